// Article text, titles, outlets and names are untrusted: an article full of markup must show
// that markup as text, and nothing in it may run.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fetchEventDetail, fetchEvents, serveEvents, syntheticEvents, timelineItem, XSS_FIXTURE, xssSourceIds } from "./helpers";

interface FixtureEntry {
  file: string;
  outlet: string;
  title: string;
}
const [fixture] = JSON.parse(readFileSync(join(XSS_FIXTURE, "sources.json"), "utf8")) as FixtureEntry[];
const fixtureText = readFileSync(join(XSS_FIXTURE, fixture.file), "utf8");
const PAYLOAD = '<img src=x onerror="window.__xss=1">';

function watchForScripts(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => [...document.scripts].some((script) => script.textContent?.includes("__xss")))).toBe(false);
}

test("the fixture article's title, outlet and text render as literal text", async ({ page }) => {
  expect(fixtureText).toContain(PAYLOAD);
  const dialogs = watchForScripts(page);
  for (const sourceId of xssSourceIds()) {
    await page.goto(`/sources/${sourceId}`);
    await expect(page.locator("h1.source-title")).toHaveText(fixture.title);
    await expect(page.locator(".source-meta .outlet")).toHaveText(fixture.outlet);
    await expect(page.getByTestId("article")).toContainText(PAYLOAD);
    await expect(page.getByTestId("article")).toContainText("<script>window.__xss=1</script>");
    await expectNothingRan(page, dialogs);
  }
});

test("events from the fixture show their excerpts as literal text on the chronology page", async ({ page, request }) => {
  const dialogs = watchForScripts(page);
  const events = (await Promise.all(xssSourceIds().map((id) => fetchEvents(request, `source=${id}`)))).flat();
  expect(events.length, "the fixture article reports at least one event").toBeGreaterThan(0);
  for (const event of events) {
    const detail = await fetchEventDetail(request, event.id);
    await page.goto(`/?event=${event.id}`);
    const panel = page.getByTestId("event-panel");
    await expect(panel).toHaveAttribute("data-event-id", event.id);
    await expect(panel.locator(".event-title")).toHaveText(event.title);
    for (const [index, citation] of detail.citations.entries()) {
      await expect(panel.locator(".excerpt").nth(index)).toHaveText(citation.excerpt);
      await expect(panel.locator(".citation-source .outlet").nth(index)).toHaveText(citation.source.outlet);
    }
    await expect(timelineItem(page, event.id).locator(".ev-title")).toHaveText(event.title);
    await expectNothingRan(page, dialogs);
  }
});

test("timeline items and list entries never parse titles or names as HTML", async ({ page }) => {
  const dialogs = watchForScripts(page);
  const [day, month] = syntheticEvents(2);
  const hostile = [
    { ...day, title: `لقاء ${PAYLOAD} <b>عريض</b>`, participants: [{ actorId: "a", name: PAYLOAD, kind: "person" as const }] },
    { ...month, id: "hostile-month", precision: "month" as const, firstDay: "2023-07-01", lastDay: "2023-07-31", edtf: "2023-07", title: `<script>window.__xss=1</script>` },
  ];
  await serveEvents(page, hostile);
  await page.goto("/");
  await expect(page.locator(".vis-item-content")).toHaveCount(2);
  await expect(timelineItem(page, hostile[0].id).locator(".ev-title")).toHaveText(hostile[0].title);
  await expect(timelineItem(page, hostile[1].id).locator(".ev-title")).toHaveText(hostile[1].title);
  await expect(page.locator(".vis-item b")).toHaveCount(0);
  await expect(page.getByTestId("chronology").locator(`[data-event-id="${hostile[0].id}"] .chrono-meta`)).toContainText(PAYLOAD);
  await expectNothingRan(page, dialogs);
});
