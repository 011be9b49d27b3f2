// Pictures of the product as a reader sees it, written to e2e/.artifacts/ for people to look at.
import { expect, test, type Page } from "@playwright/test";
import { join } from "node:path";
import { ARTIFACTS, fetchEventDetail, fetchEvents, serveEvents, syntheticEvents, timelineItem } from "./helpers";

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  // Let the timeline's focus animation and the list's smooth scroll finish.
  await page.waitForTimeout(800);
}

test("screenshots: home, a selected event, a source, a dense timeline", async ({ page, request }) => {
  const events = await fetchEvents(request);
  expect(events.length).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page.locator(".vis-item-content")).toHaveCount(events.length);
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, "home.png") });

  const selected = events[0];
  await timelineItem(page, selected.id).locator(".vis-item-content").click();
  await expect(page.getByTestId("event-panel")).toHaveAttribute("data-event-id", selected.id);
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, "event-selected.png") });

  const [citation] = (await fetchEventDetail(request, selected.id)).citations;
  await page.goto(`/sources/${citation.sourceId}?citation=${citation.id}`);
  await expect(page.locator("mark.is-chosen").first()).toBeInViewport();
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, "source.png") });

  await page.setViewportSize({ width: 1280, height: 760 });
  await page.goto(`/?event=${selected.id}`);
  await expect(page.getByTestId("event-panel")).toHaveAttribute("data-event-id", selected.id);
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, "laptop-1280.png") });

  await page.setViewportSize({ width: 1440, height: 900 });
  await serveEvents(page, syntheticEvents(400));
  await page.goto("/");
  await expect(page.locator(".ev-content")).toHaveCount(400);
  await expect(page.locator(".chrono-item").first()).toBeVisible();
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, "dense-timeline.png") });
  await page.getByTestId("chronology").evaluate((list) => list.scrollTo({ top: list.scrollHeight / 2 }));
  await settle(page);
  await page.getByTestId("chronology").locator(".chrono-item").nth(3).click();
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, "dense-selected.png") });
});
