// Dates are drawn as precisely as they are known: a month is a month-long range labelled with
// the month, a range spans its days, a day is a point on its day. The events are served to the
// page directly, so this tests the drawing alone.
import { expect, test } from "@playwright/test";
import { formatDateSpan, formatMonthHeading } from "../lib/format";
import { translate } from "../lib/i18n";
import type { ChronicleEvent } from "../lib/model";
import { serveEvents, syntheticEvents, timelineItem } from "./helpers";

const [template] = syntheticEvents(1);

function event(id: string, precision: ChronicleEvent["precision"], firstDay: string, lastDay: string, edtf: string): ChronicleEvent {
  return { ...template, id, precision, firstDay, lastDay, edtf, title: `حدث ${id}` };
}

const month = event("july", "month", "2020-07-01", "2020-07-31", "2020-07");
const range = event("range", "range", "2020-07-10", "2020-07-20", "2020-07-10/2020-07-20");
const day = event("day", "day", "2020-07-15", "2020-07-15", "2020-07-15");

test("a month is a range over the whole month labelled with the month, never a point on the 1st", async ({ page }) => {
  await serveEvents(page, [month, range, day]);
  await page.goto("/");
  await expect(page.locator(".vis-item-content")).toHaveCount(3);

  const monthItem = timelineItem(page, month.id);
  await expect(monthItem).toHaveClass(/\bvis-range\b/);
  await expect(monthItem).toHaveClass(/\bev-precision-month\b/);
  await expect(monthItem.locator(".ev-date")).toHaveText("تموز 2020");
  await expect(timelineItem(page, range.id)).toHaveClass(/\bvis-range\b/);
  await expect(timelineItem(page, range.id).locator(".ev-date")).toHaveText(formatDateSpan(range, "ar"));
  await expect(timelineItem(page, day.id)).toHaveClass(/\bvis-point\b/);

  // Widths in proportion to the days covered: 31 days against 11.
  const monthBox = (await monthItem.boundingBox())!;
  const rangeBox = (await timelineItem(page, range.id).boundingBox())!;
  expect(monthBox.width / rangeBox.width).toBeGreaterThan((31 / 11) * 0.9);
  expect(monthBox.width / rangeBox.width).toBeLessThan((31 / 11) * 1.1);
  // The day's point stands inside both spans (right to left: later days further left).
  const dayBox = (await timelineItem(page, day.id).boundingBox())!;
  const dayCentre = dayBox.x + dayBox.width / 2;
  expect(dayCentre).toBeGreaterThan(rangeBox.x);
  expect(dayCentre).toBeLessThan(rangeBox.x + rangeBox.width);

  const chronology = page.getByTestId("chronology");
  // Headings are for the eye (each entry reads out its own date): hidden from assistive technology.
  await expect(chronology.locator(".chrono-month-heading", { hasText: formatMonthHeading(2020, 7, "ar") })).toBeVisible();
  await expect(chronology.locator(`[data-event-id="${month.id}"] .chrono-date`)).toHaveText("تموز 2020");
});

test("empty and failing event lists say so", async ({ page }) => {
  await serveEvents(page, []);
  await page.goto("/");
  await expect(page.getByTestId("chronology")).toHaveCount(0);
  await expect(page.locator(".list-pane .state-empty")).toBeVisible();

  await page.unroute("**/api/events?*");
  await page.unroute("**/api/timeline?*");
  await page.route("**/api/{events,timeline}?*", (route) => route.fulfill({ status: 500, json: { error: "database is locked" } }));
  await page.reload();
  await expect(page.locator(".list-pane .state-error")).toContainText("database is locked");
  await expect(page.getByRole("button", { name: translate("ar", "retry") })).toBeVisible();
});
