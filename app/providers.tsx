"use client";
// Client-side context for every page: the URL state (nuqs), the TanStack Query cache and the
// interface language, which the URL names (?lang=en).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, useCallback, useLayoutEffect, useState, type ReactNode } from "react";
import { isNotFound } from "@/components/api";
import { I18nProvider } from "@/components/i18n";
import { useHijriParam, useLanguageParam } from "@/components/url-state";
import { DEFAULT_LANGUAGE } from "@/lib/i18n";
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

/** Reads the language and calendar from the URL (known only in the browser on a static page). */
function UrlReadingSettings({ onChange }: { onChange: (language: Language, hijri: boolean) => void }) {
  const [language] = useLanguageParam();
  const [hijri] = useHijriParam();
  // Before the browser paints the hydrated page.
  useLayoutEffect(() => onChange(language, hijri), [language, hijri, onChange]);
  return null;
}

export default function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [settings, setSettings] = useState({ language: DEFAULT_LANGUAGE, hijri: false });
  const onSettings = useCallback(
    (language: Language, hijri: boolean) =>
      setSettings((previous) => (previous.language === language && previous.hijri === hijri ? previous : { language, hijri })),
    [],
  );
  return (
    <NuqsAdapter>
      <QueryClientProvider client={queryClient}>
        <Suspense fallback={null}>
          <UrlReadingSettings onChange={onSettings} />
        </Suspense>
        <I18nProvider language={settings.language} hijri={settings.hijri}>
          {children}
        </I18nProvider>
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
