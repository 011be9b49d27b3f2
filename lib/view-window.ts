// The timeline's visible window and the range of days the pages ask the API for. The range is
// the window plus half its width on each side, with its ends snapped to a grid whose step grows
// with the zoom level (a power of two of days): small pans and zooms then ask for the same range
// again, which the query cache already holds, and a request only goes out once the reader moves
// beyond the margin.

const DAY_MS = 24 * 60 * 60 * 1000;
/** The API takes four-digit years only. */
const EARLIEST_DAY = Date.UTC(1000, 0, 1);
const LATEST_DAY = Date.UTC(9999, 11, 31);

export interface DayRange {
  /** First day, yyyy-mm-dd, inclusive. */
  from: string;
  /** Last day, yyyy-mm-dd, inclusive. */
  to: string;
}

export interface TimeWindow {
  start: number; // epoch milliseconds
  end: number;
}

export function isoDayOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The grid step for a window: the smallest power of two of days at least half its width. */
export function gridStepDays(window: TimeWindow): number {
  const halfSpanDays = Math.max(window.end - window.start, 0) / DAY_MS / 2;
  let step = 1;
  while (step < halfSpanDays) step *= 2;
  return step;
}

/** The days to fetch for a window: the window, half its width either side, snapped to the grid. */
export function fetchRangeFor(window: TimeWindow): DayRange {
  if (!(window.end > window.start)) throw new Error(`A window must end after it starts: ${window.start}…${window.end}`);
  const margin = (window.end - window.start) / 2;
  const stepMs = gridStepDays(window) * DAY_MS;
  const first = Math.floor((window.start - margin) / stepMs) * stepMs;
  const last = Math.ceil((window.end + margin) / stepMs) * stepMs - DAY_MS;
  return { from: isoDayOf(Math.max(first, EARLIEST_DAY)), to: isoDayOf(Math.min(Math.max(last, first), LATEST_DAY)) };
}

/** The overlap of two day ranges, or null when they do not meet (an open end is unbounded). */
export function intersectDays(range: DayRange, bounds: { from?: string; to?: string }): DayRange | null {
  const from = bounds.from && bounds.from > range.from ? bounds.from : range.from;
  const to = bounds.to && bounds.to < range.to ? bounds.to : range.to;
  return from <= to ? { from, to } : null;
}
