"use client";
// The interface language for client components: its words, direction and date labels.
// The language and the Hijri toggle come from the URL (?lang=en, ?hijri=true); the provider
// also puts the language and its direction on <html>.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import { formatDateSpan, formatDay, formatHijriSpan } from "@/lib/format";
import {
  DEFAULT_LANGUAGE,
  directionOf,
  eventTitle,
  formatList,
  formatNumber,
  formatPercent,
  precisionLabel,
  reviewStatusLabel,
  translate,
  translatePlural,
  typeLabel,
  type MessageKey,
  type PluralKey,
} from "@/lib/i18n";
import type { DateSpan, EventType, Language, Precision, ReviewStatus } from "@/lib/model";

export interface I18n {
  language: Language;
  dir: "rtl" | "ltr";
  /** Whether dates carry their Hijri equivalent. */
  hijri: boolean;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  plural: (key: PluralKey, count: number) => string;
  type: (type: EventType) => string;
  /** An event's title in the interface language (see eventTitle). */
  title: (event: { title: string; titleEn: string | null }) => string;
  precision: (precision: Precision) => string;
  review: (status: ReviewStatus) => string;
  /** The Gregorian label, followed by the Hijri one when the reader asked for it. */
  span: (span: Pick<DateSpan, "firstDay" | "lastDay">) => string;
  day: (iso: string) => string;
  number: (value: number) => string;
  percent: (fraction: number) => string;
  list: (items: string[]) => string;
}

function makeI18n(language: Language, hijri: boolean): I18n {
  return {
    language,
    dir: directionOf(language),
    hijri,
    t: (key, params) => translate(language, key, params),
    plural: (key, count) => translatePlural(language, key, count),
    type: (type) => typeLabel(language, type),
    title: (event) => eventTitle(language, event),
    precision: (precision) => precisionLabel(language, precision),
    review: (status) => reviewStatusLabel(language, status),
    span: (span) =>
      hijri ? `${formatDateSpan(span, language)} (${formatHijriSpan(span, language)})` : formatDateSpan(span, language),
    day: (iso) => (hijri ? `${formatDay(iso, language)} (${formatHijriSpan({ firstDay: iso, lastDay: iso }, language)})` : formatDay(iso, language)),
    number: (value) => formatNumber(language, value),
    percent: (fraction) => formatPercent(language, fraction),
    list: (items) => formatList(language, items),
  };
}

const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LANGUAGE, false));

export function I18nProvider({ language, hijri, children }: { language: Language; hijri: boolean; children: ReactNode }) {
  const value = useMemo(() => makeI18n(language, hijri), [language, hijri]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
