// The browser benchmark, small: the measurements `npm run bench` makes (scripts/bench/frames.ts)
// run here on a few thousand served events, so that they keep working. The bounds are generous:
// this checks that they measure, on any machine; the benchmark checks the targets.
import { expect, test } from "@playwright/test";
import { measureFirstPaint, measurePanZoomFrames, openRawVisTimeline } from "../scripts/bench/frames";
import { serveEvents, syntheticEvents } from "./helpers";

test("the browser benchmark measures first paint and frame times, for Chronicle and raw vis-timeline", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await serveEvents(page, syntheticEvents(5000));
  const paint = await measureFirstPaint(page, "/");
  expect(paint.firstContentfulPaintMs).toBeGreaterThan(0);
  expect(paint.timelineDrawnMs).toBeGreaterThan(paint.firstContentfulPaintMs * 0.5);
  expect(paint.timelineDrawnMs).toBeLessThan(15_000);
  await expect(page.getByTestId("timeline")).toHaveAttribute("data-answer", "buckets");

  const product = await measurePanZoomFrames(page, ".timeline-canvas .vis-panel.vis-center", 1);
  expect(product.frames).toBeGreaterThan(5);
  expect(product.medianMs).toBeGreaterThan(0);
  expect(product.medianMs).toBeLessThan(500);

  const rawPage = await browser.newPage();
  const raw = await openRawVisTimeline(rawPage, 1000);
  expect(raw.drawnMs).toBeGreaterThan(0);
  const rawFrames = await measurePanZoomFrames(rawPage, "#timeline .vis-panel.vis-center", 1);
  expect(rawFrames.frames).toBeGreaterThan(5);
  expect(rawFrames.medianMs).toBeLessThan(2000);
  await rawPage.close();
  test.info().annotations.push({
    type: "measured",
    description: `first paint ${paint.firstContentfulPaintMs.toFixed(0)} ms, timeline drawn ${paint.timelineDrawnMs.toFixed(0)} ms, frames median ${product.medianMs.toFixed(1)} ms; raw vis-timeline (1,000 items) median ${rawFrames.medianMs.toFixed(1)} ms`,
  });
});
