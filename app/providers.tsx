"use client";
// Client-side context for every page: the URL state (nuqs), the TanStack Query cache and the
// interface language, which the URL names (?lang=en).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, useState, type ReactNode } from "react";
import { isNotFound } from "@/components/api";
import { I18nProvider } from "@/components/i18n";
import { useHijriParam, useLanguageParam } from "@/components/url-state";
import { DEFAULT_LANGUAGE } from "@/lib/i18n";

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

function UrlI18nProvider({ children }: { children: ReactNode }) {
  const [language] = useLanguageParam();
  const [hijri] = useHijriParam();
  return (
    <I18nProvider language={language} hijri={hijri}>
      {children}
    </I18nProvider>
  );
}

export default function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <NuqsAdapter>
      <QueryClientProvider client={queryClient}>
        {/* A statically rendered page knows its URL only in the browser: until then, the default language. */}
        <Suspense
          fallback={
            <I18nProvider language={DEFAULT_LANGUAGE} hijri={false}>
              {children}
            </I18nProvider>
          }
        >
          <UrlI18nProvider>{children}</UrlI18nProvider>
        </Suspense>
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
