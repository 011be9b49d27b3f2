"use client";
// The client side of the HTTP API: typed fetches and the TanStack Query hooks the pages use.
// Every request takes the query's AbortSignal, so a query that is no longer wanted (a panned
// window, an unmounted page) stops its request.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import type { ApiError, EventDetail, EventsPage, SourceDetail } from "@/lib/api-types";
import type { ChronicleEvent } from "@/lib/model";

/** A failed API call; `status` is the HTTP status (404: the thing does not exist). */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as ApiError | null;
    throw new ApiRequestError(body?.error ?? `${response.status} ${response.statusText}`, response.status);
  }
  return (await response.json()) as T;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}

const EVENTS_PAGE_SIZE = 500;

export interface EventFilters {
  from?: string;
  to?: string;
}

/** Every event matching the filters, read page by page through the API's cursor. */
export function useAllEvents(filters: EventFilters = {}) {
  const query = useInfiniteQuery({
    queryKey: ["events", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(EVENTS_PAGE_SIZE) });
      if (filters.from) params.set("from", filters.from);
      if (filters.to) params.set("to", filters.to);
      if (pageParam) params.set("cursor", pageParam);
      return fetchJson<EventsPage>(`/api/events?${params}`, signal);
    },
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  const pages = query.data?.pages;
  const events = useMemo<ChronicleEvent[]>(() => pages?.flatMap((page) => page.events) ?? [], [pages]);
  return { ...query, events, complete: query.isSuccess && !hasNextPage };
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
