// The route handlers called directly with a Request, against a temp store that CHRONICLE_DB names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, EventDetail, EventsPage, SourceDetail } from "@/lib/api-types";
import { ingestArticles } from "@/lib/ingest";
import type { ArticleInput } from "@/lib/model";
import { openTempStore, reportIn, scriptedExtractor, type TempStore } from "@/lib/store/test-helpers";
import { GET as getEvent } from "./events/[id]/route";
import { GET as getEvents } from "./events/route";
import { GET as getSource } from "./sources/[id]/route";

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

let temp: TempStore;
let savedDb: string | undefined;
beforeAll(async () => {
  temp = await openTempStore();
  await ingestArticles(temp.store, [article], { extract: extractor });
  savedDb = process.env.CHRONICLE_DB;
  process.env.CHRONICLE_DB = temp.path;
});
afterAll(async () => {
  if (savedDb === undefined) delete process.env.CHRONICLE_DB;
  else process.env.CHRONICLE_DB = savedDb;
  await temp.dispose();
});

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
