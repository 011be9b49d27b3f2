"use client";
// The interface language for client components: its words, direction and date labels.
// The language is Arabic for now; issue 5's switch will change it here and on <html>.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { formatDateSpan, formatDay } from "@/lib/format";
import {
  DEFAULT_LANGUAGE,
  directionOf,
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
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  plural: (key: PluralKey, count: number) => string;
  type: (type: EventType) => string;
  precision: (precision: Precision) => string;
  review: (status: ReviewStatus) => string;
  span: (span: Pick<DateSpan, "firstDay" | "lastDay">) => string;
  day: (iso: string) => string;
  number: (value: number) => string;
  percent: (fraction: number) => string;
  list: (items: string[]) => string;
}

function makeI18n(language: Language): I18n {
  return {
    language,
    dir: directionOf(language),
    t: (key, params) => translate(language, key, params),
    plural: (key, count) => translatePlural(language, key, count),
    type: (type) => typeLabel(language, type),
    precision: (precision) => precisionLabel(language, precision),
    review: (status) => reviewStatusLabel(language, status),
    span: (span) => formatDateSpan(span, language),
    day: (iso) => formatDay(iso, language),
    number: (value) => formatNumber(language, value),
    percent: (fraction) => formatPercent(language, fraction),
    list: (items) => formatList(language, items),
  };
}

const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LANGUAGE));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => makeI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
