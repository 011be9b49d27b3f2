// BROWSER BENCHMARKS GO HERE. The harness (scripts/bench.ts) runs every entry of
// BROWSER_BENCHMARKS against the running server, after the API load test, and puts their rows
// in the printed table and in bench-results/bench.json. scripts/bench/browser-timeline.ts:
// first paint of / with 100,000 events, frame times while panning and zooming, and raw
// vis-timeline with 10,000 items.
import { timelineBenchmark } from "./browser-timeline";


export interface BrowserBenchContext {
  /** e.g. http://127.0.0.1:3107 */
  baseUrl: string;
  /** The store the server reads, with `events` events in it. */
  databasePath: string;
  events: number;
}

export interface BrowserBenchRow {
  name: string;
  /** The figure measured, in `unit`. */
  value: number;
  unit: string;
  /** The figure the issue asks for, when it sets one, and whether it was met. */
  target?: { value: number; met: boolean };
}

export interface BrowserBenchmark {
  name: string;
  run(context: BrowserBenchContext): Promise<BrowserBenchRow[]>;
}

export const BROWSER_BENCHMARKS: BrowserBenchmark[] = [timelineBenchmark];
