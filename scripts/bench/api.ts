// The API benchmark's measuring part: windows at several zoom levels over a store, timed
// in-process through the same library calls the route handlers make (so `npm test` can run a
// small version without a server), and as HTTP paths for the load test.
import { bucketSizeFor, DEFAULT_LIMIT, DEFAULT_TIMELINE_EVENTS } from "../../lib/store/filters";
import { addDays, dayNumber } from "../../lib/store/days";
import { listEvents, timelineWindow, type Executor } from "../../lib/store/queries";
import { fetchRangeFor } from "../../lib/view-window";

export const ZOOMS = [
  { name: "decade", days: 3653 },
  { name: "year", days: 365 },
  { name: "month", days: 30 },
  { name: "week", days: 7 },
  { name: "day", days: 1 },
] as const;

export type ZoomName = (typeof ZOOMS)[number]["name"];

export interface Window {
  zoom: ZoomName;
  from: string;
  to: string;
}

/** Deterministic windows of every zoom level, starting anywhere in [firstDay, lastDay − length]. */
export function windowsFor(firstDay: string, lastDay: string, perZoom: number, seed = 7): Window[] {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
  const span = dayNumber(lastDay) - dayNumber(firstDay);
  return ZOOMS.flatMap((zoom) =>
    Array.from({ length: perZoom }, () => {
      const from = addDays(firstDay, Math.floor(random() * Math.max(1, span - zoom.days)));
      return { zoom: zoom.name, from, to: addDays(from, zoom.days - 1) };
    }),
  );
}

/**
 * The n-th of a sequence of windows of one zoom level in which no window repeats: every start
 * day in turn, then every start again one day longer, and so on. A load of them asks the server
 * for a window it has never answered on every request.
 */
export function freshWindow(firstDay: string, lastDay: string, zoom: (typeof ZOOMS)[number], n: number): Window {
  const starts = Math.max(1, dayNumber(lastDay) - dayNumber(firstDay) - zoom.days);
  const from = addDays(firstDay, n % starts);
  return { zoom: zoom.name, from, to: addDays(from, zoom.days - 1 + Math.floor(n / starts)) };
}

/** The HTTP path of the timeline answer for exactly these days. */
export function timelinePath(window: Pick<Window, "from" | "to">): string {
  return `/api/timeline?from=${window.from}&to=${window.to}`;
}

/**
 * The path the page asks when a reader looks at this window: the window with its margins,
 * snapped to the grid of lib/view-window.ts, as components/api.ts requests it.
 */
export function clientTimelinePath(window: Window): string {
  return timelinePath(fetchRangeFor({ start: Date.parse(window.from), end: Date.parse(window.to) + 86_400_000 }));
}

export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles of durations in milliseconds. */
export function percentiles(durations: number[]): Percentiles {
  const sorted = [...durations].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { samples: sorted.length, p50: rank(50), p95: rank(95), max: sorted.at(-1) ?? NaN };
}

export interface SequentialRow extends Percentiles {
  zoom: ZoomName;
  query: "timeline" | "events page";
  /** How the timeline answered: windows answered with events, and with buckets. */
  answeredWithEvents: number;
  answeredWithBuckets: number;
}

/**
 * Times each window one after another: GET /api/timeline's work (count up to max + 1, then
 * events or buckets) and GET /api/events's first page of the same window.
 */
export async function sequentialBench(db: Executor, windows: Window[]): Promise<SequentialRow[]> {
  const rows: SequentialRow[] = [];
  for (const zoom of ZOOMS) {
    const mine = windows.filter((window) => window.zoom === zoom.name);
    const timeline: number[] = [];
    const pages: number[] = [];
    let events = 0;
    let buckets = 0;
    for (const window of mine) {
      let started = performance.now();
      const answer = await timelineWindow(db, { from: window.from, to: window.to }, DEFAULT_TIMELINE_EVENTS, bucketSizeFor(window.from, window.to));
      timeline.push(performance.now() - started);
      if (answer.kind === "events") events += 1;
      else buckets += 1;
      started = performance.now();
      await listEvents(db, { from: window.from, to: window.to, limit: DEFAULT_LIMIT });
      pages.push(performance.now() - started);
    }
    rows.push({ zoom: zoom.name, query: "timeline", ...percentiles(timeline), answeredWithEvents: events, answeredWithBuckets: buckets });
    rows.push({ zoom: zoom.name, query: "events page", ...percentiles(pages), answeredWithEvents: mine.length, answeredWithBuckets: 0 });
  }
  return rows;
}
