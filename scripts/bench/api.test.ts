// The small version of `npm run bench`'s API part, in-process: it must keep producing sane
// figures for every zoom level, so the benchmark cannot rot between full runs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../lib/store";
import { clientTimelinePath, freshWindow, percentiles, sequentialBench, timelinePath, windowsFor, ZOOMS } from "./api";
import { seedSynthetic } from "./synthetic";

let folder: string;
let store: Store;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "chronicle-bench-small-"));
  const path = join(folder, "bench.db");
  await seedSynthetic(path, { events: 20_000, fromYear: 2005, toYear: 2025, seed: 1 });
  store = await openStore(path, { seed: false });
}, 60_000);
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("percentiles", () => {
  it("takes nearest ranks", () => {
    expect(percentiles([5, 1, 4, 2, 3, 6, 7, 8, 9, 10])).toEqual({ samples: 10, p50: 5, p95: 10, max: 10 });
    expect(percentiles([3])).toEqual({ samples: 1, p50: 3, p95: 3, max: 3 });
  });
});

describe("windowsFor", () => {
  it("makes the same windows of every zoom inside the years, every time", () => {
    const windows = windowsFor("2005-01-01", "2025-12-31", 3);
    expect(windows).toEqual(windowsFor("2005-01-01", "2025-12-31", 3));
    expect(windows.map((window) => window.zoom)).toEqual(ZOOMS.flatMap((zoom) => [zoom.name, zoom.name, zoom.name]));
    for (const window of windows) expect(window.from >= "2005-01-01" && window.to <= "2025-12-31" && window.from <= window.to).toBe(true);
    expect(timelinePath(windows[0])).toBe(`/api/timeline?from=${windows[0].from}&to=${windows[0].to}`);
  });
});

describe("freshWindow", () => {
  it("never repeats a window, even past one window per start day, and keeps each zoom's length at least", () => {
    for (const zoom of ZOOMS) {
      const windows = Array.from({ length: 20_000 }, (_, n) => freshWindow("2005-01-01", "2025-12-31", zoom, n));
      expect(new Set(windows.map(timelinePath)).size).toBe(windows.length);
      for (const window of windows) expect(Date.parse(window.to) - Date.parse(window.from)).toBeGreaterThanOrEqual((zoom.days - 1) * 86_400_000);
    }
  });
});

describe("clientTimelinePath", () => {
  it("asks for the window with half its width either side, snapped to a grid that nearby windows share", () => {
    const paths = Array.from({ length: 8 }, (_, shift) => {
      const from = new Date(Date.UTC(2020, 2, 10 + shift)).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(2020, 2, 16 + shift)).toISOString().slice(0, 10);
      const path = clientTimelinePath({ zoom: "week", from, to });
      const [, askedFrom, askedTo] = /from=(\d{4}-\d{2}-\d{2})&to=(\d{4}-\d{2}-\d{2})$/.exec(path)!;
      // A week-wide window: 3.5 days of margin each side, ends on a grid of 4 days.
      expect(Date.parse(from) - Date.parse(askedFrom)).toBeGreaterThanOrEqual(3 * 86_400_000);
      expect(Date.parse(askedTo) - Date.parse(to)).toBeGreaterThanOrEqual(3 * 86_400_000);
      expect((Date.parse(askedFrom) / 86_400_000) % 4).toBe(0);
      return path;
    });
    // Panning day by day asks for the same range again and again.
    expect(new Set(paths).size).toBeLessThanOrEqual(paths.length / 2 + 1);
  });
});

describe("sequentialBench on 20,000 synthetic events", () => {
  it("times timeline windows and event pages at every zoom, with buckets when zoomed out and events when zoomed in", async () => {
    const rows = await sequentialBench(store.db, windowsFor("2005-01-01", "2025-12-31", 8));
    expect(rows.map((row) => `${row.query} ${row.zoom}`)).toEqual(ZOOMS.flatMap((zoom) => [`timeline ${zoom.name}`, `events page ${zoom.name}`]));
    for (const row of rows) {
      expect(row.samples).toBe(8);
      expect(row.p50).toBeGreaterThan(0);
      expect(row.p50).toBeLessThanOrEqual(row.p95);
      expect(row.p95).toBeLessThanOrEqual(row.max);
      // Generous: 20,000 events answer in a few milliseconds; seconds would mean a lost index.
      expect(row.p95).toBeLessThan(1000);
    }
    const timeline = (zoom: string) => rows.find((row) => row.query === "timeline" && row.zoom === zoom)!;
    expect(timeline("decade").answeredWithBuckets).toBe(8);
    expect(timeline("day").answeredWithEvents).toBe(8);
  });
});
