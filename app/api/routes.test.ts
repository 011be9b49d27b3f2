// The route handlers called directly with a Request, against a temp store that CHRONICLE_DB names.
import { describe, expect, it } from "vitest";
import type { ApiError, EventDetail, EventsPage, SearchEventsPage, SourceDetail, SourceSearchPage, TimelineAnswer } from "@/lib/api-types";
import type { ArticleInput } from "@/lib/model";
import { reportIn, scriptedExtractor } from "@/lib/store/test-helpers";
import { routesOverTempStore } from "./_lib/test-store";
import { GET as getEvent } from "./events/[id]/route";
import { GET as getEvents } from "./events/route";
import { GET as getSource } from "./sources/[id]/route";
import { GET as searchSources } from "./sources/route";
import { GET as getTimeline } from "./timeline/route";

const sentences = [
  "زار وزير الدفاع الإيراني دمشق في 16 تشرين الثاني 2024.",
  "التقى وزير الدفاع الإيراني نظيره السوري في 17 تشرين الثاني 2024.",
  "أعلن وزير الدفاع السوري <img src=x onerror=alert(1)> في 18 تشرين الثاني 2024.",
];
const article: ArticleInput = { id: "routes", outlet: "Outlet", published: "2024-11-18", title: "عنوان", text: sentences.join(" ") };
const extractor = scriptedExtractor(
  new Map([
    [
      article.text,
      sentences.map((sentence, index) => {
        const day = `2024-11-${16 + index}`;
        const type = (["visit", "meeting", "statement"] as const)[index];
        const minister = index === 2 ? "وزير الدفاع السوري" : "وزير الدفاع الإيراني";
        return reportIn(article.text, { type, sentence, edtf: day, firstDay: day, lastDay: day, actors: [[minister === "وزير الدفاع السوري" ? "syria-dm" : "iran-dm", minister, "office"]] });
      }),
    ],
  ]),
);

routesOverTempStore([article], extractor);

const request = (path: string) => new Request(`http://localhost${path}`);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function body<T>(response: Response, status: number): Promise<T> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return (await response.json()) as T;
}

describe("GET /api/events", () => {
  it("answers an EventsPage for a window, and pages with the cursor it returns", async () => {
    const all = await body<EventsPage>(await getEvents(request("/api/events?from=2024-11&to=2024-11")), 200);
    expect(all.events.map((e) => e.type)).toEqual(["visit", "meeting", "statement"]);
    expect(all.nextCursor).toBeNull();
    const firstPage = await body<EventsPage>(await getEvents(request("/api/events?limit=2")), 200);
    expect(firstPage.events).toHaveLength(2);
    const secondPage = await body<EventsPage>(await getEvents(request(`/api/events?limit=2&cursor=${firstPage.nextCursor}`)), 200);
    expect(secondPage).toEqual({ events: [all.events[2]], nextCursor: null });
    const filtered = await body<EventsPage>(await getEvents(request(`/api/events?type=meeting,statement&actor=${encodeURIComponent("وزير الدفاع الإيراني")}`)), 200);
    expect(filtered.events.map((e) => e.type)).toEqual(["meeting"]);
  });

  it("answers 400 naming each bad parameter", async () => {
    const error = await body<ApiError>(await getEvents(request("/api/events?from=2024-12&to=2024-11&type=party&cursor=xyz&limit=5000")), 400);
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(["cursor", "from", "limit", "type"]);
    expect(error.error).toMatch(/^type: unknown event type "party"/);
    const order = await body<ApiError>(await getEvents(request("/api/events?from=2024-12&to=2024-11")), 400);
    expect(order).toEqual({ error: "from: must not be after to (2024-11)", issues: [{ path: "from", message: "must not be after to (2024-11)" }] });
  });
});

describe("GET /api/events/[id]", () => {
  it("answers the event with its citations' excerpts and sources, and 404 for an unknown id", async () => {
    const [visit] = (await body<EventsPage>(await getEvents(request("/api/events?type=visit")), 200)).events;
    const detail = await body<EventDetail>(await getEvent(request(`/api/events/${visit.id}`), params(visit.id)), 200);
    expect(detail.event).toEqual(visit);
    expect(detail.citations.map((c) => [c.excerpt, c.source.outlet])).toEqual([[sentences[0], "Outlet"]]);
    expect(await body<ApiError>(await getEvent(request("/api/events/unknown"), params("unknown")), 404)).toEqual({ error: "no event with id unknown" });
    const bad = await body<ApiError>(await getEvent(request("/api/events/a%20b"), params("a b")), 400);
    expect(bad.issues).toEqual([{ path: "id", message: "must be an id of letters, digits, - and _" }]);
  });
});

describe("GET /api/sources/[id]", () => {
  it("answers the text as stored, with the spans to highlight, and 404 for an unknown id", async () => {
    const [statement] = (await body<EventsPage>(await getEvents(request("/api/events?type=statement")), 200)).events;
    const { citations } = await body<EventDetail>(await getEvent(request(`/api/events/${statement.id}`), params(statement.id)), 200);
    const sourceId = citations[0].sourceId;
    const detail = await body<SourceDetail>(await getSource(request(`/api/sources/${sourceId}`), params(sourceId)), 200);
    expect(detail.source.text).toBe(article.text);
    expect(detail.highlights.map((h) => detail.source.text.slice(h.start, h.end))).toEqual(sentences);
    expect(detail.highlights[2]).toMatchObject({ citationId: citations[0].id, eventId: statement.id, eventType: "statement" });
    expect(await body<ApiError>(await getSource(request("/api/sources/0000000000000000"), params("0000000000000000")), 404)).toEqual({
      error: "no source with id 0000000000000000",
    });
  });
});

describe("GET /api/events with the new filters and search", () => {
  it("filters by status, corroboration and outlet, and answers what a search matched", async () => {
    const none = await body<EventsPage>(await getEvents(request("/api/events?status=confirmed")), 200);
    expect(none.events).toEqual([]);
    const outlet = await body<EventsPage>(await getEvents(request("/api/events?outlet=Outlet&minCorroboration=1")), 200);
    expect(outlet.events).toHaveLength(3);
    const found = await body<SearchEventsPage>(await getEvents(request(`/api/events?q=${encodeURIComponent("الايراني")}`)), 200);
    expect(found.events.map((e) => e.type)).toEqual(["visit", "meeting"]);
    expect(found.search.terms).toEqual([{ word: "الايراني", prefixes: ["الايران", "ايران"] }]);
    const [excerptSpans] = Object.values(found.search.matches[found.events[0].id].excerpts);
    expect(excerptSpans.map(([start, end]) => sentences[0].slice(start, end))).toEqual(["الإيراني"]);
  });

  it("answers 400 for unknown statuses, bad corroboration and a query without a word", async () => {
    const error = await body<ApiError>(await getEvents(request("/api/events?status=maybe&minCorroboration=x&q=%21")), 400);
    expect(error.issues?.map((issue) => issue.path)).toEqual(["status", "minCorroboration", "q"]);
  });
});

describe("GET /api/timeline", () => {
  it("answers the events starting in a window up to max, and buckets past it", async () => {
    const events = await body<TimelineAnswer>(await getTimeline(request("/api/timeline?from=2024-11&to=2024-11")), 200);
    expect(events).toMatchObject({ kind: "events", spanning: 0, total: 3 });
    // What the timeline draws, no more: the panel asks /api/events/[id] for the rest.
    if (events.kind === "events") {
      for (const event of events.events) {
        expect(Object.keys(event).sort()).toEqual(["dateInferred", "edtf", "firstDay", "id", "lastDay", "precision", "scheduled", "title", "titleEn", "type"]);
      }
    }
    const buckets = await body<TimelineAnswer>(await getTimeline(request("/api/timeline?from=2024-11-01&to=2024-11-30&max=2&type=visit,meeting,statement")), 200);
    expect(buckets).toEqual({
      kind: "buckets",
      bucket: "day",
      buckets: [
        { start: "2024-11-16", end: "2024-11-16", type: "visit", count: 1 },
        { start: "2024-11-17", end: "2024-11-17", type: "meeting", count: 1 },
        { start: "2024-11-18", end: "2024-11-18", type: "statement", count: 1 },
      ],
      spanning: 0,
      total: 3,
    });
  });

  it("answers windows reaching the first and last years ISO dates can write", async () => {
    for (const window of ["from=2000&to=9999&max=1", "from=0000&to=9999&max=1", "from=9999-12-31&to=9999-12-31", "from=0000-01-01&to=0000-01-31&max=1"]) {
      const answer = await body<TimelineAnswer>(await getTimeline(request(`/api/timeline?${window}`)), 200);
      expect(answer.total).toBeGreaterThanOrEqual(0);
    }
  });

  it("answers 400 without a window, and for a bad max or an unknown parameter", async () => {
    const missing = await body<ApiError>(await getTimeline(request("/api/timeline?max=0")), 400);
    expect(missing.issues?.map((issue) => issue.path)).toEqual(["from", "to", "max"]);
    const unknown = await body<ApiError>(await getTimeline(request("/api/timeline?from=2024&to=2024&cursor=abc")), 400);
    expect(unknown.error).toMatch(/^cursor: is not a parameter/);
    const order = await body<ApiError>(await getTimeline(request("/api/timeline?from=2025&to=2024&max=3000")), 400);
    expect(order.issues).toEqual([
      { path: "max", message: "must be at most 2000" },
      { path: "from", message: "must not be after to (2024)" },
    ]);
  });
});

describe("GET /api/sources", () => {
  it("finds sources by their text, and answers 400 without a query", async () => {
    const found = await body<SourceSearchPage>(await searchSources(request(`/api/sources?q=${encodeURIComponent("وزير السوري")}`)), 200);
    expect(found.sources.map((hit) => hit.source.outlet)).toEqual(["Outlet"]);
    expect(found.sources[0].text.map(([start, end]) => article.text.slice(start, end))).toEqual(["وزير", "وزير", "السوري", "وزير", "السوري"]);
    const missing = await body<ApiError>(await searchSources(request("/api/sources?limit=5")), 400);
    expect(missing.issues?.map((issue) => issue.path)).toEqual(["q"]);
  });
});
