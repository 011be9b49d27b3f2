"use client";
// Everything a link can carry, read from and written to the URL with nuqs: the language, the
// Hijri toggle, the timeline window, the selected event and the filters. Writes replace the
// history entry (panning must not fill the back button) and stay on the client (shallow).
import {
  parseAsArrayOf,
  parseAsBoolean,
  parseAsInteger,
  parseAsIsoDateTime,
  parseAsString,
  parseAsStringLiteral,
  useQueryState,
  useQueryStates,
  createParser,
} from "nuqs";
import { useMemo } from "react";
import { EVENT_TYPES, LANGUAGES, REVIEW_STATUSES, type EventType, type Language, type ReviewStatus } from "@/lib/model";
import { DEFAULT_LANGUAGE } from "@/lib/i18n";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const parseAsDay = createParser({
  parse: (value) => (ISO_DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : null),
  serialize: (value: string) => value,
});

const REPLACE = { history: "replace", shallow: true } as const;

export const languageParser = parseAsStringLiteral(LANGUAGES).withDefault(DEFAULT_LANGUAGE).withOptions(REPLACE);
export const hijriParser = parseAsBoolean.withDefault(false).withOptions(REPLACE);

export function useLanguageParam() {
  return useQueryState("lang", languageParser);
}

export function useHijriParam() {
  return useQueryState("hijri", hijriParser);
}

const filterParsers = {
  q: parseAsString.withDefault(""),
  type: parseAsArrayOf(parseAsStringLiteral(EVENT_TYPES)).withDefault([]),
  status: parseAsArrayOf(parseAsStringLiteral(REVIEW_STATUSES)).withDefault([]),
  actor: parseAsString.withDefault(""),
  country: parseAsString.withDefault(""),
  outlet: parseAsString.withDefault(""),
  /** One article's events (a stored source's id): where a source page's embed and links lead. */
  source: parseAsString.withDefault(""),
  minSources: parseAsInteger,
  from: parseAsDay,
  to: parseAsDay,
};

export interface Filters {
  q: string;
  type: EventType[];
  status: ReviewStatus[];
  actor: string;
  country: string;
  outlet: string;
  source: string;
  minSources: number | null;
  from: string | null;
  to: string | null;
}

/** Whether any filter is in force. */
export function isFiltered(filters: Filters): boolean {
  return Boolean(
    filters.q ||
      filters.type.length ||
      filters.status.length ||
      filters.actor ||
      filters.country ||
      filters.outlet ||
      filters.source ||
      filters.minSources ||
      filters.from ||
      filters.to,
  );
}

export function useFilterParams() {
  const [filters, setFilters] = useQueryStates(filterParsers, REPLACE);
  // A stable object while the URL is unchanged, so that it can key queries and effects.
  const stable = useMemo<Filters>(
    () => ({ ...filters, type: [...filters.type], status: [...filters.status] }),
    [JSON.stringify(filters)],
  );
  return [stable, setFilters] as const;
}

const viewParsers = {
  event: parseAsString,
  start: parseAsIsoDateTime,
  end: parseAsIsoDateTime,
};

/** The selected event and the timeline window (`start`, `end`: ISO instants). */
export function useViewParams() {
  return useQueryStates(viewParsers, REPLACE);
}

/** A path on this site that keeps the reader's language and calendar. */
export function localHref(path: string, language: Language, hijri: boolean): string {
  const url = new URL(path, "http://local");
  if (language !== DEFAULT_LANGUAGE) url.searchParams.set("lang", language);
  if (hijri) url.searchParams.set("hijri", "true");
  return `${url.pathname}${url.search}${url.hash}`;
}
