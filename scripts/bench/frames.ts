// Browser measurements shared by the benchmark (scripts/bench/browser-timeline.ts, under
// `npm run bench`) and its small version in the e2e suite (e2e/bench.spec.ts), so both measure
// alike: how soon a page shows its timeline, and how long frames take while the reader pans and
// zooms it. A frame counts when an input (pointer or wheel) arrived since the frame before; its
// time is its work from that input to the end of its rendering, beside the interval between
// animation frames (see FRAME_RECORDER).
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export interface FrameStats {
  frames: number;
  /** A frame's work, from its first input event to the end of its rendering. */
  medianMs: number;
  p95Ms: number;
  /** rAF to rAF: what the reader sees, at best the display's refresh interval. */
  medianIntervalMs: number;
}

export interface PaintStats {
  /** First contentful paint, from navigation start. */
  firstContentfulPaintMs: number;
  /** The first timeline item (an event or a bucket column) in the DOM, from navigation start. */
  timelineDrawnMs: number;
}

/** Installed before any page script runs: records when the first timeline item appears. */
const PAINT_PROBE = `(() => {
  const probe = { timelineDrawn: -1 };
  window.__chroniclePaint = probe;
  const observer = new MutationObserver(() => {
    if (probe.timelineDrawn < 0 && document.querySelector(".vis-item")) {
      probe.timelineDrawn = performance.now();
      observer.disconnect();
    }
  });
  document.addEventListener("DOMContentLoaded", () => observer.observe(document.body, { childList: true, subtree: true }));
})();`;

/** Opens `url` and reports how soon it painted and drew its timeline. */
export async function measureFirstPaint(page: Page, url: string, timeoutMs = 30_000): Promise<PaintStats> {
  await page.addInitScript(PAINT_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __chroniclePaint: { timelineDrawn: number } }).__chroniclePaint.timelineDrawn >= 0, null, {
    timeout: timeoutMs,
  });
  return page.evaluate(() => ({
    firstContentfulPaintMs: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1,
    timelineDrawnMs: (window as unknown as { __chroniclePaint: { timelineDrawn: number } }).__chroniclePaint.timelineDrawn,
  }));
}

/**
 * Records, for each frame that handled input, the interval since the previous frame (rAF to
 * rAF: never below the display's refresh interval) and the frame's own work: from its first
 * input event to the end of its rendering (a message posted from requestAnimationFrame is
 * delivered once style, layout and paint are done). A string: it runs in the page as written.
 */
const FRAME_RECORDER = `(() => {
  const recorder = { intervals: [], work: [], inputAt: -1, last: 0, running: true, pending: [] };
  window.__frames = recorder;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const started = recorder.pending.shift();
    if (started !== undefined) recorder.work.push(performance.now() - started);
  };
  const mark = () => { if (recorder.inputAt < 0) recorder.inputAt = performance.now(); };
  for (const type of ["pointermove", "mousemove", "wheel"]) window.addEventListener(type, mark, { capture: true, passive: true });
  const loop = (time) => {
    if (recorder.inputAt >= 0) {
      if (recorder.last) recorder.intervals.push(time - recorder.last);
      recorder.pending.push(Math.min(recorder.inputAt, performance.now()));
      channel.port2.postMessage(0);
    }
    recorder.inputAt = -1;
    recorder.last = time;
    if (recorder.running) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/**
 * Pans (mouse drags) and zooms (ctrl+wheel) the timeline drawn in `canvasSelector` and returns
 * the frame times measured meanwhile.
 */
export async function measurePanZoomFrames(page: Page, canvasSelector: string, rounds = 3): Promise<FrameStats> {
  const box = await page.locator(canvasSelector).first().boundingBox();
  if (!box) throw new Error(`No timeline at ${canvasSelector}`);
  await page.evaluate(FRAME_RECORDER);
  const x = box.x + box.width / 2;
  const y = box.y + box.height - 40;
  const reach = Math.min(300, box.width / 3);
  for (let round = 0; round < rounds; round++) {
    for (const direction of [1, -1]) {
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let step = 1; step <= 30; step++) await page.mouse.move(x + (direction * reach * step) / 30, y);
      await page.mouse.up();
    }
    await page.keyboard.down("Control");
    for (const deltaY of [-120, 120]) for (let step = 0; step < 10; step++) await page.mouse.wheel(0, deltaY);
    await page.keyboard.up("Control");
  }
  await page.waitForTimeout(100); // the last frame's rendering
  const recorded = await page.evaluate(() => {
    const recorder = (window as unknown as { __frames: { intervals: number[]; work: number[]; running: boolean } }).__frames;
    recorder.running = false;
    return { intervals: recorder.intervals, work: recorder.work };
  });
  const work = [...recorded.work].sort((a, b) => a - b);
  const intervals = [...recorded.intervals].sort((a, b) => a - b);
  return { frames: work.length, medianMs: percentile(work, 0.5), p95Ms: percentile(work, 0.95), medianIntervalMs: percentile(intervals, 0.5) };
}

/**
 * A bare page with vis-timeline (its standalone build, no Chronicle code) given `count` items
 * directly, all in view: the baseline the product's windowed timeline is compared with.
 */
export async function openRawVisTimeline(page: Page, count: number): Promise<{ drawnMs: number }> {
  const require = createRequire(import.meta.url);
  const script = readFileSync(require.resolve("vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"), "utf8");
  await page.setContent(`<!doctype html><html><body style="margin:0"><div id="timeline" style="height:700px"></div></body></html>`);
  await page.addScriptTag({ content: script });
  const drawnMs = await page.evaluate(async (itemCount) => {
    const vis = (window as unknown as { vis: { Timeline: new (element: Element, items: unknown[], options: object) => unknown } }).vis;
    const origin = Date.UTC(2022, 0, 1);
    const spread = 3 * 365 * 86_400_000;
    // Deterministic spread: the golden ratio's fractional steps fill the range evenly.
    const items = Array.from({ length: itemCount }, (_, index) => ({
      id: index,
      content: `event ${index}`,
      start: new Date(origin + ((index * 0.6180339887) % 1) * spread),
    }));
    const started = performance.now();
    new vis.Timeline(document.getElementById("timeline")!, items, { height: "700px", start: new Date(origin), end: new Date(origin + spread) });
    // Drawn: the frame after construction has been rendered.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, count);
  await page.waitForSelector("#timeline .vis-item", { timeout: 120_000 });
  return { drawnMs };
}
