"use client";
// The client side of the HTTP API: typed fetches and the TanStack Query hooks the pages use.
// Every request takes the query's AbortSignal, so a query that is no longer wanted (a panned
// window, an unmounted page) stops its request.
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { ApiError, EventDetail, EventMatches, EventsPage, SearchEventsPage, SourceDetail, TimelineAnswer } from "@/lib/api-types";
import type { ChronicleEvent } from "@/lib/model";
import { queryTerms } from "@/lib/text/arabic-normalize";
import { intersectDays, type DayRange } from "@/lib/view-window";
import type { Filters } from "./url-state";

/** A failed API call; `status` is the HTTP status (404: the thing does not exist). */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The parameters or fields the server named as wrong. */
    readonly issues: NonNullable<ApiError["issues"]> = [],
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** A response's JSON answer; a failure throws ApiRequestError with the server's message and issues. */
export async function answerOf<T>(response: Response): Promise<T> {
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new ApiRequestError(body?.error ?? `${response.status} ${response.statusText}`, response.status, body?.issues ?? []);
  }
  return (await response.json()) as T;
}

export async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  return answerOf<T>(await fetch(url, { signal, headers: { accept: "application/json" } }));
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}

/** Events per page of the chronology list: a screenful or two, fetched as the reader scrolls. */
const LIST_PAGE_SIZE = 200;
/** Most events the timeline draws one by one; a fuller window comes back as counts per bucket. */
export const TIMELINE_MAX_EVENTS = 500;
/** Wide enough for any date the articles give, narrow enough for four-digit years. */
const EXTENT_RANGE: DayRange = { from: "1800-01-01", to: "2200-12-31" };

/** The filters as the API takes them (from the URL state): empty ones are left out. */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type.length) params.set("type", filters.type.join(","));
  if (filters.status.length) params.set("status", filters.status.join(","));
  if (filters.minSources && filters.minSources > 1) params.set("minCorroboration", String(filters.minSources));
  for (const key of ["actor", "country", "outlet", "source"] as const) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  // The API rejects a query without a searchable word; until there is one, it is no filter.
  if (queryTerms(filters.q).length) params.set("q", filters.q.trim());
  return params;
}

function timelineUrl(range: DayRange, filters: Filters): string {
  const params = filterParams(filters);
  params.set("from", range.from);
  params.set("to", range.to);
  params.set("max", String(TIMELINE_MAX_EVENTS));
  return `/api/timeline?${params}`;
}

/**
 * What the timeline draws for a range of days: its events, or counts per bucket when there are
 * too many. The previous range's answer stays on screen while the next one loads.
 */
export function useTimelineRange(range: DayRange | null, filters: Filters) {
  return useQuery({
    queryKey: ["timeline", range, filters],
    enabled: range !== null,
    queryFn: ({ signal }) => fetchJson<TimelineAnswer>(timelineUrl(range!, filters), signal),
    placeholderData: keepPreviousData,
  });
}

export interface Extent {
  /** The first and last day holding any event that passes the filters. */
  range: DayRange;
  /** How many events pass the filters. */
  total: number;
}

/** Where and how many the events passing the filters are, or null if none does. */
export function useExtent(filters: Filters) {
  const range = intersectDays(EXTENT_RANGE, { from: filters.from ?? undefined, to: filters.to ?? undefined });
  return useQuery({
    queryKey: ["extent", range, filters],
    queryFn: async ({ signal }): Promise<Extent | null> => {
      if (!range) return null;
      const answer = await fetchJson<TimelineAnswer>(timelineUrl(range, filters), signal);
      const spans =
        answer.kind === "events"
          ? answer.events.map((event) => ({ from: event.firstDay, to: event.lastDay }))
          : answer.buckets.map((bucket) => ({ from: bucket.start, to: bucket.end }));
      if (spans.length === 0) return null;
      let from = spans[0].from;
      let to = spans[0].to;
      for (const span of spans) {
        if (span.from < from) from = span.from;
        if (span.to > to) to = span.to;
      }
      return { range: { from, to }, total: answer.total };
    },
  });
}

/**
 * The chronology from a day onwards, page by page as the reader scrolls (the API's cursor only
 * runs forwards), with what a search matched in each event.
 */
export function useChronologyFrom(firstDay: string | null, filters: Filters) {
  const query = useInfiniteQuery({
    queryKey: ["chronology", firstDay, filters],
    enabled: firstDay !== null,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = filterParams(filters);
      const from = filters.from && filters.from > firstDay! ? filters.from : firstDay!;
      params.set("from", from);
      if (filters.to) params.set("to", filters.to);
      params.set("limit", String(LIST_PAGE_SIZE));
      if (pageParam) params.set("cursor", pageParam);
      return fetchJson<EventsPage | SearchEventsPage>(`/api/events?${params}`, signal);
    },
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
  const pages = query.data?.pages;
  const events = useMemo<ChronicleEvent[]>(() => pages?.flatMap((page) => page.events) ?? [], [pages]);
  const matches = useMemo(() => {
    const byEvent: Record<string, EventMatches> = {};
    for (const page of pages ?? []) if ("search" in page) Object.assign(byEvent, page.search.matches);
    return byEvent;
  }, [pages]);
  return { ...query, events, matches };
}

export function useEventDetail(id: string | null) {
  return useQuery({
    queryKey: ["event", id],
    enabled: id !== null,
    queryFn: ({ signal }) => fetchJson<EventDetail>(`/api/events/${encodeURIComponent(id ?? "")}`, signal),
  });
}

export function useSourceDetail(id: string) {
  return useQuery({
    queryKey: ["source", id],
    queryFn: ({ signal }) => fetchJson<SourceDetail>(`/api/sources/${encodeURIComponent(id)}`, signal),
  });
}
