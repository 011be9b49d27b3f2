// Shared by the end-to-end tests: where things are, API reads, the timeline's visible window,
// and synthetic events for the tests that only exercise the pages.
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EventDetail, EventsPage, TimelineAnswer, TimelineBucket, TimelineBucketSize } from "../lib/api-types";
import { bucketSizeFor } from "../lib/store/filters";
import { EVENT_TYPES, type ChronicleEvent, type Precision } from "../lib/model";

const e2eFolder = dirname(fileURLToPath(import.meta.url));
export const XSS_FIXTURE = join(e2eFolder, "fixtures", "xss");
export const ARTIFACTS = join(e2eFolder, ".artifacts");

/** The editor the global setup adds (through `npm run user:add`), for the tests that write. */
export const E2E_EDITOR = { name: "e2e-editor", password: "e2e editor's password" };

/** Signs the page's browser in as the e2e editor through the sign-in page, in the given interface language. */
export async function signInAsEditor(page: Page, language: "ar" | "en" = "en"): Promise<void> {
  await page.goto(`/signin${language === "en" ? "?lang=en" : ""}`);
  const form = page.getByTestId("signin-form");
  await form.locator('input[name="name"]').fill(E2E_EDITOR.name);
  await form.locator('input[name="password"]').fill(E2E_EDITOR.password);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("account")).toContainText(E2E_EDITOR.name);
}

/** The sources the global setup made of the XSS fixture. */
export function xssSourceIds(): string[] {
  const ids = JSON.parse(process.env.E2E_XSS_SOURCE_IDS ?? "[]") as string[];
  if (ids.length === 0) throw new Error("The global setup stored no XSS fixture source");
  return ids;
}

/** Every stored event matching the query, through the API's cursor. */
export async function fetchEvents(request: APIRequestContext, query = ""): Promise<ChronicleEvent[]> {
  const events: ChronicleEvent[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set("limit", "1000");
    if (cursor) params.set("cursor", cursor);
    const response = await request.get(`/api/events?${params}`);
    expect(response.ok(), await response.text()).toBe(true);
    const page = (await response.json()) as EventsPage;
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}

export async function fetchEventDetail(request: APIRequestContext, id: string): Promise<EventDetail> {
  const response = await request.get(`/api/events/${encodeURIComponent(id)}`);
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as EventDetail;
}

/** The timeline's visible window in milliseconds, as the page records it after each change. */
export async function timelineWindow(page: Page): Promise<{ start: number; end: number; span: number }> {
  const frame = page.getByTestId("timeline");
  const start = Date.parse((await frame.getAttribute("data-window-start")) ?? "");
  const end = Date.parse((await frame.getAttribute("data-window-end")) ?? "");
  return { start, end, span: end - start };
}

/** An event's entry in the chronology list (an option of its listbox). */
export function listItem(page: Page, eventId: string) {
  return page.getByTestId("chronology").locator(`[role="option"][data-event-id="${eventId}"]`);
}

/** The timeline item that draws an event. */
export function timelineItem(page: Page, eventId: string) {
  return page.locator(`.vis-item[data-id="${eventId}"]`);
}

// A small deterministic generator (mulberry32), so screenshots are the same on every run.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = ["وزير الخارجية", "الرئيس السوري", "وزير الدفاع الإيراني", "الأمم المتحدة", "رئيس الوزراء العراقي", "المبعوث الأممي"];
const PLACES = ["دمشق", "طهران", "بغداد", "عمّان", "بيروت", null];
const VERBS: Record<string, string> = {
  visit: "زيارة",
  meeting: "لقاء",
  call: "اتصال هاتفي بين",
  agreement: "توقيع اتفاق بين",
  statement: "تصريح",
  attack: "غارة على",
  other: "تعيين",
};

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `count` plausible events over three years, mixing every type and precision. */
export function syntheticEvents(count: number, seed = 7): ChronicleEvent[] {
  const next = random(seed);
  const pick = <T,>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const origin = Date.UTC(2022, 0, 1);
  return Array.from({ length: count }, (_, index) => {
    const type = pick(EVENT_TYPES);
    const day = new Date(origin + Math.floor(next() * 3 * 365) * 86_400_000);
    const roll = next();
    let precision: Precision = "day";
    let first = day;
    let last = day;
    if (roll > 0.8) {
      precision = "month";
      first = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
      last = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0));
    } else if (roll > 0.65) {
      precision = "range";
      last = new Date(day.getTime() + Math.floor(1 + next() * 9) * 86_400_000);
    }
    const participants = [pick(ACTORS), pick(ACTORS)].filter((name, position, all) => all.indexOf(name) === position);
    const place = pick(PLACES);
    return {
      id: `synthetic-${index}`,
      type,
      edtf: precision === "month" ? isoDay(first).slice(0, 7) : precision === "range" ? `${isoDay(first)}/${isoDay(last)}` : isoDay(first),
      firstDay: isoDay(first),
      lastDay: isoDay(last),
      precision,
      title: `${VERBS[type]} ${participants.join(" و")}${place ? ` في ${place}` : ""}`,
      titleEn: null,
      participants: participants.map((name, position) => ({ actorId: `actor-${position}-${name}`, name, kind: "office" as const })),
      place,
      reviewStatus: "unreviewed" as const,
      confidence: 0.5 + next() * 0.5,
      rule: "synthetic",
      scheduled: false,
      dateInferred: false,
      corroboration: 1 + Math.floor(next() * 3),
    };
  });
}

/** The first day of the bucket of a given size that a day falls in (weeks start on Monday). */
function bucketStart(day: string, size: TimelineBucketSize): string {
  if (size === "year") return `${day.slice(0, 4)}-01-01`;
  if (size === "month") return `${day.slice(0, 7)}-01`;
  if (size === "day") return day;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return isoDay(date);
}

function bucketEnd(start: string, size: TimelineBucketSize): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (size === "year") date.setUTCFullYear(date.getUTCFullYear() + 1);
  else if (size === "month") date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + (size === "week" ? 7 : 1));
  date.setUTCDate(date.getUTCDate() - 1);
  return isoDay(date);
}

/**
 * Answers the page's API calls from `events` alone, as the real API would: GET /api/events
 * (from, to, type, limit, cursor) and GET /api/timeline (the window's events, or counts per
 * bucket past `max`), and each event as GET /api/events/[id]. Tests of the drawing need no database.
 */
export async function serveEvents(page: Page, events: ChronicleEvent[]): Promise<void> {
  const byId = new Map(events.map((event) => [event.id, event]));
  const sorted = [...events].sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.id.localeCompare(b.id));
  const matching = (params: URLSearchParams) => {
    const types = params.get("type")?.split(",");
    return sorted.filter((event) => !types || types.includes(event.type));
  };
  await page.route("**/api/events?*", (route) => {
    const params = new URL(route.request().url()).searchParams;
    const from = params.get("from") ?? "0000";
    const to = params.get("to") ?? "9999";
    const inRange = matching(params).filter((event) => event.lastDay >= from && event.firstDay <= to);
    const offset = Number(params.get("cursor") ?? 0);
    const limit = Number(params.get("limit") ?? 200);
    const pageEvents = inRange.slice(offset, offset + limit);
    const nextCursor = offset + limit < inRange.length ? String(offset + limit) : null;
    return route.fulfill({ json: { events: pageEvents, nextCursor } satisfies EventsPage });
  });
  await page.route("**/api/timeline?*", (route) => {
    const params = new URL(route.request().url()).searchParams;
    const from = params.get("from")!;
    const to = params.get("to")!;
    const max = Number(params.get("max") ?? 500);
    const candidates = matching(params);
    const starting = candidates.filter((event) => event.firstDay >= from && event.firstDay <= to);
    const spanning = candidates.filter((event) => event.firstDay < from && event.lastDay >= from).length;
    const total = starting.length + spanning;
    if (starting.length <= max) return route.fulfill({ json: { kind: "events", events: starting, spanning, total } satisfies TimelineAnswer });
    const size = bucketSizeFor(from, to);
    const counts = new Map<string, TimelineBucket>();
    for (const event of starting) {
      const start = bucketStart(event.firstDay, size);
      const key = `${start}|${event.type}`;
      const bucket = counts.get(key) ?? { start, end: bucketEnd(start, size), type: event.type, count: 0 };
      bucket.count += 1;
      counts.set(key, bucket);
    }
    return route.fulfill({ json: { kind: "buckets", bucket: size, buckets: [...counts.values()], spanning, total } satisfies TimelineAnswer });
  });
  await page.route("**/api/events/*", (route) => {
    const id = decodeURIComponent(new URL(route.request().url()).pathname.split("/").pop() ?? "");
    const event = byId.get(id);
    return event
      ? route.fulfill({ json: { event, citations: [] } satisfies EventDetail })
      : route.fulfill({ status: 404, json: { error: `no event ${id}` } });
  });
}

/** Collects uncaught page errors, console errors and failed requests, to assert that a page ran cleanly. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(`${message.type()}: ${message.text()}`);
  });
  return errors;
}
