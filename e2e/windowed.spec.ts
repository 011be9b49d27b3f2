// The home page at scale and in use: windowed reads as the timeline pans and zooms, buckets for
// crowded windows, the list following the timeline both ways, filters, search, deep links, the
// language switch, the keyboard, and axe. Crowded histories are served from synthetic events
// (helpers.serveEvents answers the API as the server would); search runs on the real server.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { join } from "node:path";
import type { SearchEventsPage } from "../lib/api-types";
import { translate, typeLabel } from "../lib/i18n";
import { ARTIFACTS, collectPageErrors, fetchEvents, listItem, serveEvents, syntheticEvents, timelineItem, timelineWindow } from "./helpers";

const MANY = 6000;

/** Every /api/timeline request the page makes, as "from…to" strings. */
function recordTimelineRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/api/timeline") requests.push(`${url.searchParams.get("from")}…${url.searchParams.get("to")}`);
  });
  return requests;
}

async function dragTimeline(page: Page, dx: number) {
  const canvas = (await page.locator(".timeline-canvas .vis-panel.vis-center").boundingBox())!;
  const y = canvas.y + canvas.height - 30;
  const x = canvas.x + canvas.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(x + (dx * step) / 10, y);
  await page.mouse.up();
}

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(700);
}

test("a crowded history is drawn as counts per period; a column zooms in, pans read only their window", async ({ page }) => {
  const errors = collectPageErrors(page);
  await serveEvents(page, syntheticEvents(MANY));
  const requests = recordTimelineRequests(page);
  await page.goto("/");
  const timeline = page.getByTestId("timeline");
  await expect(timeline).toHaveAttribute("data-answer", "buckets");
  const columns = page.locator(".vis-item.bucket");
  expect(await columns.count()).toBeGreaterThan(10);
  await expect(page.getByTestId("window-count")).toContainText(MANY.toLocaleString("en"));
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, "buckets-ar.png") });

  // A column zooms onto its period until the events themselves are drawn.
  const before = await timelineWindow(page);
  await columns.nth(Math.floor((await columns.count()) / 2)).click();
  await expect.poll(async () => (await timelineWindow(page)).span).toBeLessThan(before.span / 5);
  await expect(timeline).toHaveAttribute("data-answer", "events");
  await expect(page.locator(".vis-item.ev").first()).toBeVisible();
  await settle(page);

  // The list follows: its first entry in sight lies in the window.
  const window = await timelineWindow(page);
  const firstListed = await page.locator(".chrono-item").first().getAttribute("data-event-id");
  const firstDay = syntheticEvents(MANY).find((event) => event.id === firstListed)!.lastDay;
  expect(Date.parse(firstDay) + 86_400_000).toBeGreaterThan(window.start);

  // Panning asks for the new window; panning back is answered from the cache.
  const asked = requests.length;
  await dragTimeline(page, 400);
  // (Right to left, dragging rightwards brings later days in.)
  await expect.poll(async () => (await timelineWindow(page)).start).toBeGreaterThan(window.start + window.span / 10);
  await settle(page);
  const afterPan = requests.length;
  await dragTimeline(page, -400);
  await settle(page);
  expect(Math.abs((await timelineWindow(page)).start - window.start)).toBeLessThan(window.span / 50);
  expect(requests.length).toBe(afterPan);
  expect(afterPan).toBeGreaterThanOrEqual(asked);
  // The window is in the URL, for a link to this view.
  await expect(page).toHaveURL(/[?&]start=.*&end=|[?&]end=.*&start=/);
  expect(errors).toEqual([]);
});

test("scrolling the list moves the timeline; the window, selection and filters come back from a link", async ({ page }) => {
  const events = syntheticEvents(MANY);
  await serveEvents(page, events);
  await page.goto("/?start=2023-03-01T00:00:00.000Z&end=2023-04-01T00:00:00.000Z");
  await expect(page.getByTestId("timeline")).toHaveAttribute("data-answer", "events");
  const opened = await timelineWindow(page);
  expect(opened.start).toBe(Date.parse("2023-03-01T00:00:00.000Z"));
  expect(opened.end).toBe(Date.parse("2023-04-01T00:00:00.000Z"));

  const list = page.getByTestId("chronology");
  // Past the window's last event (the list reads on, page by page), the timeline follows.
  await expect(async () => {
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    expect((await timelineWindow(page)).start).toBeGreaterThan(opened.end);
  }).toPass({ timeout: 15_000 });
  // The list may read on a page more after the timeline first followed it: take the window once
  // it has rested. The list reads forwards from the window's first day; earlier events are a button away.
  let scrolled = await timelineWindow(page);
  await expect(async () => {
    await page.waitForTimeout(500);
    const again = await timelineWindow(page);
    const rested = again.start === scrolled.start && again.end === scrolled.end;
    scrolled = again;
    expect(rested).toBe(true);
  }).toPass({ timeout: 10_000 });
  await page.getByRole("button", { name: translate("ar", "earlierEvents") }).click();
  await expect.poll(async () => (await timelineWindow(page)).end).toBeLessThanOrEqual(scrolled.start + 1000);

  // A deep link: window, selected event, type filter and language, all restored.
  const meeting = events.find((event) => event.type === "meeting" && event.firstDay >= "2023-06-01")!;
  const start = new Date(Date.parse(`${meeting.firstDay}T00:00:00Z`) - 10 * 86_400_000).toISOString();
  const end = new Date(Date.parse(`${meeting.firstDay}T00:00:00Z`) + 20 * 86_400_000).toISOString();
  await page.goto(`/?lang=en&type=meeting&event=${meeting.id}&start=${start}&end=${end}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("event-panel")).toHaveAttribute("data-event-id", meeting.id);
  await expect(timelineItem(page, meeting.id)).toHaveClass(/\bvis-selected\b/);
  await expect(page.getByRole("checkbox", { name: typeLabel("en", "meeting") })).toBeChecked();
  expect((await timelineWindow(page)).start).toBe(Date.parse(start));
  await expect(page.locator(".vis-item.ev:not(.ev-meeting)")).toHaveCount(0);
  await expect(page.locator(".chrono-item:not(.ev-meeting)")).toHaveCount(0);
  await expect(listItem(page, meeting.id)).toHaveAttribute("aria-selected", "true");
});

test("filters combine in the URL and narrow both the timeline and the list", async ({ page }) => {
  await serveEvents(page, syntheticEvents(300));
  await page.goto("/");
  await expect(page.locator(".vis-item.ev").first()).toBeVisible();
  const types = { attack: typeLabel("ar", "attack"), call: typeLabel("ar", "call") };
  await page.getByRole("checkbox", { name: types.attack }).check();
  await page.getByRole("checkbox", { name: types.call }).check();
  await expect(page).toHaveURL(/[?&]type=attack(,|%2C)call/);
  await expect(page.locator(".vis-item.ev:not(.ev-attack):not(.ev-call)")).toHaveCount(0);
  await expect(page.locator(".chrono-item:not(.ev-attack):not(.ev-call)")).toHaveCount(0);
  await expect(page.locator(".chrono-item").first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: types.attack })).toBeChecked();
  await expect(page.locator(".chrono-item:not(.ev-attack):not(.ev-call)")).toHaveCount(0);
  await page.getByRole("button", { name: translate("ar", "clearFilters") }).click();
  await expect(page).not.toHaveURL(/type=/);
});

test("search goes through the API and marks what matched, as text", async ({ page, request }) => {
  const all = await fetchEvents(request);
  // A word of a stored title, searched as a prefix of four letters.
  const word = all.flatMap((event) => event.title.split(/\s+/)).find((candidate) => /^[\u0621-\u064A]{5,}$/.test(candidate))!;
  const prefix = word.slice(0, 4);
  const answer = (await (await request.get(`/api/events?q=${encodeURIComponent(prefix)}&limit=1000`)).json()) as SearchEventsPage;
  expect(answer.events.length).toBeGreaterThan(0);

  await page.goto("/");
  await expect(page.locator(".vis-item.ev").first()).toBeVisible();
  await page.getByRole("searchbox", { name: translate("ar", "searchLabel") }).fill(prefix);
  await expect(page).toHaveURL(new RegExp(`[?&]q=`));
  await expect(page.locator(".chrono-item").first()).toHaveAttribute("aria-setsize", String(answer.events.length));
  await expect(page.locator(".vis-item.ev")).toHaveCount(answer.events.length);
  const firstOption = page.locator(".chrono-item").first();
  await expect(firstOption.locator(".chrono-title mark").first()).toBeVisible();
  // The marks are made of the title's own text.
  const id = await firstOption.getAttribute("data-event-id");
  const title = answer.events.find((event) => event.id === id)!.title;
  await expect(firstOption.locator(".chrono-title")).toHaveText(title);
  await firstOption.click();
  await expect(page.getByTestId("event-panel").locator(".event-title mark").first()).toBeVisible();
});

test("the language switch turns the page to English, left to right, and back", async ({ page }) => {
  await serveEvents(page, syntheticEvents(300));
  await page.goto("/");
  await expect(page.locator(".vis-timeline.vis-rtl")).toHaveCount(1);
  await expect(page.locator(".ev-content").first()).toBeVisible();
  const window = await timelineWindow(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.locator(".vis-timeline")).toHaveCount(1);
  await expect(page.locator(".vis-timeline.vis-rtl")).toHaveCount(0);
  // Laid out left to right: the right-to-left timeline's direction is not left behind.
  await expect(page.locator(".timeline-canvas")).toHaveCSS("direction", "ltr");
  await expect(page.getByRole("heading", { name: translate("en", "chronologyLabel") })).toBeVisible();
  // The recreated timeline keeps the window; the axis speaks English.
  expect((await timelineWindow(page)).start).toBe(window.start);
  await expect(page.locator(".vis-time-axis .vis-text").filter({ hasText: /January|February|March|April|May|June|July|August|September|October|November|December|20\d\d/ }).first()).toBeVisible();
  // Hijri dates beside the Gregorian, on request.
  await page.getByRole("checkbox", { name: translate("en", "hijriToggle") }).check();
  await expect(page.locator(".chrono-date").first()).toContainText("AH");
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, "home-en-hijri.png") });

  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".vis-timeline.vis-rtl")).toHaveCount(1);
  await expect(page.locator(".chrono-date").first()).toContainText("هـ");
});

test("the keyboard drives the chronology and the event panel, with focus in sight", async ({ page }) => {
  const events = syntheticEvents(300);
  await serveEvents(page, events);
  await page.goto("/");
  const listbox = page.getByRole("listbox", { name: translate("ar", "chronologyLabel") });
  await expect(listbox.getByRole("option").first()).toBeVisible();
  // Tab reaches the list.
  await page.getByRole("searchbox").focus();
  for (let press = 0; press < 20 && !(await listbox.evaluate((element) => element === document.activeElement)); press++) await page.keyboard.press("Tab");
  await expect(listbox).toBeFocused();
  expect(await listbox.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");

  await page.keyboard.press("ArrowDown");
  const first = listbox.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  const firstId = await first.getAttribute("data-event-id");
  await expect(page.getByTestId("event-panel")).toHaveAttribute("data-event-id", firstId!);
  await page.keyboard.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "false");
  await expect(listbox).toHaveAttribute("aria-activedescendant", /chrono-option-/);
  // End goes to the last entry read; the next page is read meanwhile, and End reaches it too.
  await expect(async () => {
    await page.keyboard.press("End");
    await expect(listbox.getByRole("option", { selected: true })).toHaveAttribute("aria-posinset", String(events.length), { timeout: 1000 });
  }).toPass();
  await expect(listbox.getByRole("option", { selected: true })).toHaveAttribute("aria-setsize", String(events.length));

  // Enter goes to the panel; Escape closes it and returns to the list.
  await page.keyboard.press("Enter");
  await expect(page.locator(".panel-pane")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("event-panel")).toHaveCount(0);
  await expect(listbox).toBeFocused();
});

test("axe finds no violations on the home page, in both languages, and on a source page", async ({ page, request }) => {
  const all = await fetchEvents(request);
  await page.goto(`/?event=${all[0].id}`);
  await expect(page.getByTestId("event-panel")).toHaveAttribute("data-event-id", all[0].id);
  await settle(page);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto(`/?lang=en`);
  await expect(page.locator(".chrono-item").first()).toBeVisible();
  await settle(page);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, "home-en.png") });

  const detail = (await (await request.get(`/api/events/${all[0].id}`)).json()) as { citations: { sourceId: string; id: string }[] };
  await page.goto(`/sources/${detail.citations[0].sourceId}?citation=${detail.citations[0].id}`);
  await expect(page.locator("mark.is-chosen").first()).toBeVisible();
  await settle(page);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
