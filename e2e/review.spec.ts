// Review as an editor does it: anonymous writes refused, sign-in, a wrong date fixed in the
// queue (and the timeline draws the event where it now belongs), a merge and a split, each
// undone. Every change is undone before the test ends, so the files after this one read the
// store as the seeds and fixtures left it.
import { expect, test, type Page } from "@playwright/test";
import { join } from "node:path";
import type { ReviewQueuePage } from "../lib/api-types";
import { ARTIFACTS, fetchEventDetail, fetchEvents, signInAsEditor, timelineItem } from "./helpers";

async function queue(page: Page): Promise<ReviewQueuePage> {
  const response = await page.request.get("/api/review?limit=100");
  expect(response.ok()).toBe(true);
  return (await response.json()) as ReviewQueuePage;
}

async function pickInQueue(page: Page, eventId: string) {
  await page.locator(`.review-list-item[data-event-id="${eventId}"]`).click();
  await expect(page.getByTestId("review-detail")).toHaveAttribute("data-event-id", eventId);
}

async function expectNotice(page: Page, text: string) {
  await expect(page.getByTestId("review-notice")).toHaveText(text);
}

test("anonymous writes are refused and /review asks to sign in", async ({ page, request }) => {
  const csv = "date,headline,source url\n2024-01-01,anonymous,https://example.org/anonymous";
  const imported = await request.post("/api/import?format=csv", { data: csv, headers: { "content-type": "text/csv" } });
  expect(imported.status()).toBe(401);
  expect((await imported.json()).error).toMatch(/^sign in first/);
  const [event] = await fetchEvents(request);
  expect((await request.post(`/api/events/${event.id}/review`, { data: { status: "confirmed" } })).status()).toBe(401);

  await page.goto("/review?lang=en");
  await expect(page.getByText("Reviewing needs an editor account: sign in first.")).toBeVisible();
  await page.goto("/signin?lang=en");
  await page.screenshot({ path: join(ARTIFACTS, "signin-en.png") });
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.screenshot({ path: join(ARTIFACTS, "signin-ar.png") });
});

test("an editor fixes a wrong date in the queue, the timeline moves the event, and undo puts it back", async ({ page, request }) => {
  await signInAsEditor(page, "en");
  await expect(page).toHaveURL(/\/review\?lang=en$/);
  const { events, total } = await queue(page);
  await expect(page.getByTestId("review-count")).toHaveText(`${total} events await review`);
  const target = events[0].event;

  const all = await fetchEvents(request);
  // The median day of the other events: inside the timeline, never at an edge of its window.
  const others = all.filter((event) => event.id !== target.id).map((event) => event.firstDay).sort();
  const newDay = others[Math.floor(others.length / 2)];
  expect(newDay).not.toBe(target.firstDay);

  // The timeline in a tab of its own, beside the queue.
  const timeline = await page.context().newPage();
  await timeline.goto("/?lang=en");
  await expect(timeline.locator(".vis-item-content")).toHaveCount(all.length);
  const before = (await timelineItem(timeline, target.id).boundingBox())!;

  await pickInQueue(page, target.id);
  await page.screenshot({ path: join(ARTIFACTS, "review-en.png") });
  await page.keyboard.press("e");
  const form = page.getByTestId("edit-form");
  await form.locator('input[name="date"]').fill(newDay);
  await form.getByRole("button", { name: "Save and confirm" }).click();
  await expectNotice(page, "Done: edited");
  const edited = await fetchEventDetail(request, target.id);
  expect(edited.event).toMatchObject({ firstDay: newDay, lastDay: newDay, precision: "day", reviewStatus: "confirmed" });
  // Confirmed, it left the queue.
  await expect(page.locator(`.review-list-item[data-event-id="${target.id}"]`)).toHaveCount(0);

  await timeline.goto(`/?lang=en&event=${target.id}`);
  await expect(timeline.getByTestId("event-panel")).toHaveAttribute("data-event-id", target.id);
  await expect(timeline.getByTestId("event-panel").locator(".review-badge")).toHaveText("Confirmed");
  await expect(timeline.locator(".vis-item-content")).toHaveCount(all.length);
  await expect.poll(async () => Math.abs((await timelineItem(timeline, target.id).boundingBox())!.x - before.x)).toBeGreaterThan(20);

  // U takes the queue's last change back: the event is as it was, and in the queue again.
  await page.bringToFront();
  await page.keyboard.press("u");
  await expectNotice(page, "Done: last change undone");
  expect((await fetchEventDetail(request, target.id)).event).toEqual(target);
  await expect(page.locator(`.review-list-item[data-event-id="${target.id}"]`)).toHaveCount(1);
  await expect(page.getByTestId("history").first()).toBeVisible();
});

test("a merge and a split in the queue, each undone with U", async ({ page, request }) => {
  await signInAsEditor(page, "en");
  const { events } = await queue(page);
  const [kept, other] = events;

  // Merge the second event of the queue into the first.
  await pickInQueue(page, kept.event.id);
  await page.keyboard.press("m");
  const merge = page.getByTestId("merge-form");
  await merge.locator('input[name="other"]').fill(other.event.id);
  await merge.getByRole("button", { name: "Merge" }).click();
  await expectNotice(page, "Done: merged");
  expect((await request.get(`/api/events/${other.event.id}`)).status()).toBe(404);
  const merged = await fetchEventDetail(request, kept.event.id);
  expect(merged.citations.map((citation) => citation.id).sort()).toEqual([...kept.citations, ...other.citations].map((citation) => citation.id).sort());
  expect(merged.event.corroboration).toBeGreaterThanOrEqual(kept.event.corroboration);
  await expect(page.getByTestId("history").locator("li strong").first()).toHaveText("merged");

  // Split the merged-in citation off again, into an event of its own.
  const split = other.citations[0];
  await page.locator(`.citation[data-citation-id="${split.id}"]`).locator("xpath=..").getByRole("button", { name: "Split off into its own event" }).click();
  await expectNotice(page, "Done: split");
  expect((await fetchEventDetail(request, kept.event.id)).citations.map((citation) => citation.id)).not.toContain(split.id);
  const created = (await queue(page)).events.find((detail) => detail.citations.some((citation) => citation.id === split.id))!;
  expect(created.event.id).not.toBe(kept.event.id);
  expect(created.event.id).not.toBe(other.event.id);

  // U undoes the split, then the merge: both events are as they were.
  await page.keyboard.press("u");
  await expectNotice(page, "Done: last change undone");
  expect((await request.get(`/api/events/${created.event.id}`)).status()).toBe(404);
  expect((await fetchEventDetail(request, kept.event.id)).citations).toHaveLength(merged.citations.length);
  await page.keyboard.press("u");
  await expect.poll(async () => (await request.get(`/api/events/${other.event.id}`)).status()).toBe(200);
  expect(await fetchEventDetail(request, other.event.id)).toEqual(other);
  expect(await fetchEventDetail(request, kept.event.id)).toEqual(kept);
});

test("screenshots: the queue in Arabic, on a laptop's width", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsEditor(page, "ar");
  await expect(page.getByTestId("review")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.keyboard.press("e");
  await expect(page.getByTestId("edit-form")).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, "review-ar.png"), fullPage: true });
});

test("an article pasted by hand shows its temporal expressions and events before anything is stored", async ({ page, request }) => {
  const before = (await fetchEvents(request)).length;
  await signInAsEditor(page, "en");
  await page.goto("/articles/new?lang=en");
  const entry = page.getByTestId("article-entry");
  await entry.locator('input[name="outlet"]').fill("سانا");
  await entry.locator('input[name="published"]').fill("2024-11-18");
  await entry.locator('input[name="url"]').fill("https://sana.sy/?p=9");
  await entry.locator('textarea[name="text"]').fill("زار وزير الدفاع الإيراني دمشق في 16 تشرين الثاني 2024 والتقى نظيره السوري.");
  await entry.getByRole("button", { name: "Show what will be extracted" }).click();
  const preview = page.getByTestId("article-preview");
  await expect(preview.locator("mark.preview-timex").first()).toHaveText("16 تشرين الثاني 2024");
  await expect(preview.getByTestId("preview-event").first()).toContainText("16 November 2024");
  await expect(entry.getByRole("button", { name: "Store" })).toBeEnabled();
  await page.screenshot({ path: join(ARTIFACTS, "article-entry-en.png"), fullPage: true });
  expect(await fetchEvents(request)).toHaveLength(before);
});
