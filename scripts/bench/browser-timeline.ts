// The browser benchmarks of `npm run bench` (registered in scripts/bench/browser.ts): with
// 100,000 synthetic events stored, how soon / paints and draws its timeline, and the median
// frame time while panning and zooming it; then the same for raw vis-timeline given 10,000
// items directly, side by side. Debian's Chromium, headless. A frame's time is its work (input
// to rendered, scripts/bench/frames.ts); the rAF interval, which headless Chromium holds to
// 60 Hz at best, is printed beside it.
import { chromium, type Browser } from "@playwright/test";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openStore } from "../../lib/store";
import { countRows } from "../../lib/store/queries";
import type { BrowserBenchContext, BrowserBenchmark, BrowserBenchRow } from "./browser";
import { measureFirstPaint, measurePanZoomFrames, openRawVisTimeline } from "./frames";
import { startServer } from "./http";
import { seedSynthetic } from "./synthetic";

const VIEW_EVENTS = 100_000;
const RAW_ITEMS = 10_000;
const FIRST_PAINT_TARGET_MS = 1500;
const FRAME_TARGET_MS = 16;
/** Page loads measured after one warm-up; the median is reported. */
const LOADS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A server over `VIEW_EVENTS` events: the harness's own when it holds that many, else one of ours. */
async function serverWithViewEvents(context: BrowserBenchContext): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  if (context.events === VIEW_EVENTS) return { baseUrl: context.baseUrl, stop: async () => {} };
  const folder = join(tmpdir(), "chronicle-bench");
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `synthetic-${VIEW_EVENTS}.db`);
  let stored = 0;
  if (existsSync(path)) {
    const store = await openStore(path, { seed: false });
    stored = (await countRows(store.db)).events;
    await store.close();
  }
  if (stored !== VIEW_EVENTS) {
    if (stored) throw new Error(`${path} holds ${stored} events, not ${VIEW_EVENTS}: remove it`);
    await seedSynthetic(path, { events: VIEW_EVENTS, fromYear: 2005, toYear: 2025, seed: 1 });
  }
  return startServer(resolve("."), path, "/api/events?limit=1");
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
}

const VIEWPORT = { width: 1440, height: 900 };

export const timelineBenchmark: BrowserBenchmark = {
  name: `timeline: Chronicle over ${VIEW_EVENTS.toLocaleString("en")} events vs raw vis-timeline with ${RAW_ITEMS.toLocaleString("en")} items`,
  async run(context): Promise<BrowserBenchRow[]> {
    const server = await serverWithViewEvents(context);
    const browser = await launch();
    try {
      const paints = [];
      for (let load = 0; load <= LOADS; load++) {
        // A fresh context each time: nothing cached but what the server keeps.
        const browserContext = await browser.newContext({ viewport: VIEWPORT, locale: "ar-SY", timezoneId: "UTC" });
        const page = await browserContext.newPage();
        const paint = await measureFirstPaint(page, `${server.baseUrl}/`);
        if (load > 0) paints.push(paint);
        await browserContext.close();
      }
      const productContext = await browser.newContext({ viewport: VIEWPORT, locale: "ar-SY", timezoneId: "UTC" });
      const productPage = await productContext.newPage();
      await measureFirstPaint(productPage, `${server.baseUrl}/`);
      await productPage.waitForTimeout(500);
      const productFrames = await measurePanZoomFrames(productPage, ".timeline-canvas .vis-panel.vis-center");
      await productContext.close();
      const rawContext = await browser.newContext({ viewport: VIEWPORT });
      const rawPage = await rawContext.newPage();
      const raw = await openRawVisTimeline(rawPage, RAW_ITEMS);
      const rawFrames = await measurePanZoomFrames(rawPage, "#timeline .vis-panel.vis-center");
      await rawContext.close();

      const firstPaint = median(paints.map((paint) => paint.firstContentfulPaintMs));
      const drawn = median(paints.map((paint) => paint.timelineDrawnMs));
      const round = (value: number) => Math.round(value * 10) / 10;
      return [
        { name: `Chronicle / first contentful paint (${VIEW_EVENTS} events)`, value: round(firstPaint), unit: "ms", target: { value: FIRST_PAINT_TARGET_MS, met: firstPaint <= FIRST_PAINT_TARGET_MS } },
        { name: `Chronicle / timeline drawn (${VIEW_EVENTS} events)`, value: round(drawn), unit: "ms", target: { value: FIRST_PAINT_TARGET_MS, met: drawn <= FIRST_PAINT_TARGET_MS } },
        { name: `Chronicle / pan+zoom median frame (${productFrames.frames} frames)`, value: round(productFrames.medianMs), unit: "ms", target: { value: FRAME_TARGET_MS, met: productFrames.medianMs <= FRAME_TARGET_MS } },
        { name: "Chronicle / pan+zoom p95 frame", value: round(productFrames.p95Ms), unit: "ms" },
        { name: "Chronicle / pan+zoom median rAF interval", value: round(productFrames.medianIntervalMs), unit: "ms" },
        { name: `raw vis-timeline / drawn (${RAW_ITEMS} items)`, value: round(raw.drawnMs), unit: "ms" },
        { name: `raw vis-timeline / pan+zoom median frame (${rawFrames.frames} frames)`, value: round(rawFrames.medianMs), unit: "ms" },
        { name: "raw vis-timeline / pan+zoom p95 frame", value: round(rawFrames.p95Ms), unit: "ms" },
        { name: "raw vis-timeline / pan+zoom median rAF interval", value: round(rawFrames.medianIntervalMs), unit: "ms" },
      ];
    } finally {
      await browser.close();
      await server.stop();
    }
  },
};
