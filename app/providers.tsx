"use client";
// Client-side context for every page: the TanStack Query cache and the interface language.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { isNotFound } from "@/components/api";
import { I18nProvider } from "@/components/i18n";
import type { Language } from "@/lib/model";

const MAX_RETRIES = 2;

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Stored events change only when articles are ingested; a minute of freshness spares
        // refetching when the reader moves between the timeline and a source.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // A missing event or source will not appear by asking again.
        retry: (failures, error) => !isNotFound(error) && failures < MAX_RETRIES,
      },
    },
  });
}

export default function Providers({ language, children }: { language: Language; children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider language={language}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
