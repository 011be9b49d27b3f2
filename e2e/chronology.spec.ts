// The home page against the real server and database: timeline, list, panel, selection, zoom.
import { expect, test, type Page } from "@playwright/test";
import { translate } from "../lib/i18n";
import type { ChronicleEvent } from "../lib/model";
import { collectPageErrors, fetchEventDetail, fetchEvents, listItem, timelineItem, timelineWindow, xssSourceIds } from "./helpers";

const HOUR_MS = 3_600_000;
const CENTURY_MS = 100 * 365.25 * 24 * HOUR_MS;

async function openChronology(page: Page, count: number) {
  await page.goto("/");
  await expect(page.locator(".vis-item-content")).toHaveCount(count);
}


/** The events reported by the seed articles (every source but the XSS fixture). */
async function seedEvents(request: Parameters<typeof fetchEvents>[0]): Promise<{ all: ChronicleEvent[]; seeds: ChronicleEvent[] }> {
  const all = await fetchEvents(request);
  const fixture = new Set<string>();
  for (const sourceId of xssSourceIds()) {
    for (const event of await fetchEvents(request, `source=${sourceId}`)) fixture.add(event.id);
  }
  return { all, seeds: all.filter((event) => !fixture.has(event.id)) };
}

test("the timeline and the chronology show every stored event, the seeds' included", async ({ page, request }) => {
  const { all, seeds } = await seedEvents(request);
  const seedSources = new Set<string>();
  for (const event of seeds) {
    for (const citation of (await fetchEventDetail(request, event.id)).citations) seedSources.add(citation.sourceId);
  }
  expect(seedSources.size, "both seed articles yield events").toBe(2);

  const errors = collectPageErrors(page);
  await openChronology(page, all.length);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The Arabic font is loaded, from this server (self-hosted, no CDN).
  await page.evaluate(() => document.fonts.ready);
  const font = await page.evaluate(() => ({
    loaded: [...document.fonts].some((face) => face.family.replace(/"/g, "") === "Noto Naskh Arabic" && face.status === "loaded"),
    files: performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => /\.woff2?(\?|$)/.test(name)),
  }));
  expect(font.loaded).toBe(true);
  expect(font.files.length).toBeGreaterThan(0);
  for (const file of font.files) expect(file.startsWith(new URL(page.url()).origin)).toBe(true);
  // The list is virtualised: it draws the entries in sight, each telling its place among them all.
  await expect(page.getByTestId("chronology").locator("[role=option]").first()).toHaveAttribute("aria-setsize", String(all.length));
  for (const event of seeds) {
    const item = timelineItem(page, event.id);
    await expect(item).toHaveClass(new RegExp(`\\bev-${event.type}\\b`));
    // A day is a point on its day; anything less precise spans every day it can mean.
    await expect(item).toHaveClass(event.firstDay === event.lastDay ? /\bvis-point\b/ : /\bvis-range\b/);
  }
  expect(errors).toEqual([]);
});

test("zoom changes the visible window, from the buttons and with ctrl+wheel, within hours and a century", async ({ page, request }) => {
  const { all } = await seedEvents(request);
  await openChronology(page, all.length);
  const start = await timelineWindow(page);
  expect(start.span).toBeGreaterThan(0);

  await page.getByRole("button", { name: translate("ar", "zoomIn") }).click();
  await expect.poll(async () => (await timelineWindow(page)).span).toBeLessThan(start.span * 0.75);
  const zoomedIn = await timelineWindow(page);

  const canvas = await page.locator(".timeline-canvas .vis-panel.vis-center").boundingBox();
  if (!canvas) throw new Error("the timeline has no drawing area");
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  /** Turns the wheel with ctrl held until `done` says the window is where it should be. */
  const ctrlWheelUntil = async (deltaY: number, done: (span: number) => boolean, turns = 80) => {
    await page.keyboard.down("Control");
    for (let turn = 0; turn < turns && !done((await timelineWindow(page)).span); turn++) await page.mouse.wheel(0, deltaY);
    await page.keyboard.up("Control");
  };
  await ctrlWheelUntil(600, (span) => span > zoomedIn.span * 1.2);
  expect((await timelineWindow(page)).span).toBeGreaterThan(zoomedIn.span * 1.2);

  // Down to an hour at the closest, up to a century at the farthest.
  await ctrlWheelUntil(-600, (span) => span < 2 * HOUR_MS);
  await ctrlWheelUntil(-600, () => false, 10); // past the limit
  expect((await timelineWindow(page)).span).toBeLessThan(2 * HOUR_MS);
  expect((await timelineWindow(page)).span).toBeGreaterThanOrEqual(HOUR_MS * 0.99);
  await ctrlWheelUntil(600, (span) => span > CENTURY_MS * 0.9);
  await ctrlWheelUntil(600, () => false, 10); // past the limit
  expect((await timelineWindow(page)).span).toBeGreaterThan(CENTURY_MS * 0.9);
  expect((await timelineWindow(page)).span).toBeLessThanOrEqual(CENTURY_MS * 1.01);
});

test("clicking an event on the timeline opens its excerpt and selects it in the list", async ({ page, request }) => {
  const { all, seeds } = await seedEvents(request);
  const event = seeds[0];
  const detail = await fetchEventDetail(request, event.id);
  await openChronology(page, all.length);

  await timelineItem(page, event.id).locator(".vis-item-content").click();
  const panel = page.getByTestId("event-panel");
  await expect(panel).toHaveAttribute("data-event-id", event.id);
  await expect(panel.locator(".excerpt").first()).toHaveText(detail.citations[0].excerpt);
  await expect(panel.locator(".event-title")).toHaveText(event.title);
  await expect(listItem(page, event.id)).toHaveAttribute("aria-selected", "true");
  await expect(listItem(page, event.id)).toBeInViewport();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}`));
});

test("clicking an event in the list selects it on the timeline and opens its excerpt", async ({ page, request }) => {
  const { all, seeds } = await seedEvents(request);
  const event = seeds.at(-1)!;
  const detail = await fetchEventDetail(request, event.id);
  await openChronology(page, all.length);

  // The last entry: scroll the (virtualised) list to its end to draw it.
  await page.getByTestId("chronology").evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
  await listItem(page, event.id).click();
  await expect(timelineItem(page, event.id)).toHaveClass(/\bvis-selected\b/);
  await expect(timelineItem(page, event.id)).toBeInViewport();
  const panel = page.getByTestId("event-panel");
  await expect(panel).toHaveAttribute("data-event-id", event.id);
  for (const [index, citation] of detail.citations.entries()) {
    await expect(panel.locator(".excerpt").nth(index)).toHaveText(citation.excerpt);
  }

  // The arrow keys move the selection along the chronology.
  const order = await page.getByTestId("chronology").locator("[role=option][data-event-id]").evaluateAll((buttons) =>
    buttons.map((button) => (button as HTMLElement).dataset.eventId),
  );
  const position = order.indexOf(event.id);
  const previous = order[position - 1];
  if (previous) {
    await page.keyboard.press("ArrowUp");
    await expect(panel).toHaveAttribute("data-event-id", previous);
    await expect(timelineItem(page, previous)).toHaveClass(/\bvis-selected\b/);
  }

  // Escape clears the selection everywhere.
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.getByText(translate("ar", "noSelection"))).toBeVisible();
  await expect(page.locator(".vis-item.vis-selected")).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]event=/);
});

test("a link to /?event=ID opens with that event selected everywhere", async ({ page, request }) => {
  const { all, seeds } = await seedEvents(request);
  const event = seeds[Math.floor(seeds.length / 2)];
  await page.goto(`/?event=${event.id}`);
  await expect(page.getByTestId("chronology").locator("[role=option]").first()).toHaveAttribute("aria-setsize", String(all.length));
  await expect(page.getByTestId("event-panel")).toHaveAttribute("data-event-id", event.id);
  await expect(timelineItem(page, event.id)).toHaveClass(/\bvis-selected\b/);
  await expect(timelineItem(page, event.id)).toBeInViewport();
  await expect(listItem(page, event.id)).toHaveAttribute("aria-selected", "true");

  // A link to the bare page (the brand in the header) clears it again.
  await page.locator(".site-header a.brand").click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("event-panel")).toHaveCount(0);
  await expect(listItem(page, event.id)).toHaveAttribute("aria-selected", "false");
});
