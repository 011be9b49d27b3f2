// The export, import and oEmbed route handlers called directly with a Request, against a temp
// store that CHRONICLE_DB names.
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiError, EventsPage, OEmbedRich } from "@/lib/api-types";
import { countRows, type StoreCounts } from "@/lib/store/queries";
import type { ImportAnswer } from "@/lib/import";
import { routesOverTempStore, signedInHeaders, visitAndMeetingArticle } from "./_lib/test-store";
import { GET as getEvents } from "./events/route";
import { GET as getExport } from "./export/route";
import { POST as postImport } from "./import/route";
import { GET as getOEmbed } from "./oembed/route";

const { article, extractor } = visitAndMeetingArticle({ id: "exchange-routes", outlet: "Outlet", url: "https://outlet.example/a", title: "عنوان" });

const temp = routesOverTempStore([article], extractor);
/** An editor's session: every import needs one. */
let editor: Record<string, string> = {};
beforeAll(async () => {
  editor = await signedInHeaders(temp().store, "editor");
});

const origin = "http://chronicle.test";
const get = (path: string) => new Request(`${origin}${path}`);
const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${origin}${path}`, { method: "POST", body, headers: { ...editor, ...headers } });

async function jsonBody<T>(response: Response, status: number): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return (await response.json()) as T;
}

async function allEvents() {
  return (await jsonBody<EventsPage>(await getEvents(get("/api/events?limit=1000")), 200)).events;
}

describe("GET /api/export", () => {
  it("downloads the filtered selection in each format with its type and a file name", async () => {
    const expected: Record<string, RegExp> = {
      timelinejs: /^application\/json/,
      csv: /^text\/csv/,
      ics: /^text\/calendar/,
      jsonld: /^application\/ld\+json/,
      plover: /^application\/x-ndjson/,
    };
    const visit = (await allEvents()).find((event) => event.type === "visit")!;
    const meeting = (await allEvents()).find((event) => event.type === "meeting")!;
    for (const [format, mime] of Object.entries(expected)) {
      const response = await getExport(get(`/api/export?format=${format}&type=visit`));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(mime);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="chronicle-\d{4}-\d{2}-\d{2}\.(json|csv|ics|jsonld|jsonl)"$/);
      const text = await response.text();
      expect(text).toContain(visit.id);
      expect(text).not.toContain(meeting.id);
    }
  });

  it("links each event to its page on the site that served the export", async () => {
    const [visit] = (await allEvents()).filter((event) => event.type === "visit");
    const jsonLd = JSON.parse(await (await getExport(get("/api/export?format=jsonld"))).text());
    expect(jsonLd["@graph"].map((node: { url: string }) => node.url)).toContain(`${origin}/events/${visit.id}`);
  });

  it("answers 400 for a missing format, paging parameters and bad filters, all at once", async () => {
    const error = await jsonBody<ApiError>(await getExport(get("/api/export?limit=5&type=party")), 400);
    expect(error.issues?.map((issue) => issue.path)).toEqual(["format", "limit", "type"]);
    expect(error.error).toMatch(/^format: must be one of timelinejs, csv, ics, jsonld, plover/);
  });
});

describe("POST /api/import", () => {
  let counts: StoreCounts;
  beforeAll(async () => {
    counts = await countRows(temp().store.db);
  });

  const csv = ["Date,End Date,Headline,Text,Source URL", "2023-05-01,2023-05-03,قمة في جدة,انعقدت القمة العربية,https://example.org/summit", "2023-06,,اتفاق,,https://example.org/summit"].join("\n");

  it("stores a CSV sent as the body, each URL as a source, and the events show up in the API", async () => {
    const answer = await jsonBody<ImportAnswer>(await postImport(post("/api/import?format=csv", csv, { "content-type": "text/csv" })), 200);
    expect(answer).toEqual({ format: "csv", title: null, eventsCreated: 2, eventsMerged: 0, eventsSkipped: 0, sourcesCreated: 1, citations: 2, withoutSource: 0, leftOut: [] });
    const imported = (await allEvents()).filter((event) => event.rule === "import:csv");
    expect(imported.map((event) => [event.edtf, event.title])).toEqual([["2023-05-01/2023-05-03", "قمة في جدة"], ["2023-06", "اتفاق"]]);
  });

  it("takes a TimelineJS file from a multipart form, the format read from its name", async () => {
    const timeline = { title: { text: { headline: "خط زمني" } }, events: [{ start_date: { year: 2022, month: 3 }, text: { headline: "حدث", text: '<p>نص <a href="https://example.org/b">مصدر</a></p>' } }] };
    const form = new FormData();
    form.set("file", new File([JSON.stringify(timeline)], "chronology.json", { type: "application/json" }));
    const answer = await jsonBody<ImportAnswer>(await postImport(post("/api/import", form)), 200);
    expect(answer).toMatchObject({ format: "timelinejs", title: "خط زمني", eventsCreated: 1, sourcesCreated: 1 });
  });

  it("stores a row citing several URLs (once a 500: UNIQUE constraint failed: citations.id), one source each", async () => {
    const sheet = ["date,headline,source url", '2021-05-04,حدث بمصدرين,"https://one.example/a https://two.example/b"'].join("\n");
    const answer = await jsonBody<ImportAnswer>(await postImport(post("/api/import?format=csv", sheet)), 200);
    expect(answer).toMatchObject({ eventsCreated: 1, sourcesCreated: 2, citations: 2 });
    const [event] = (await jsonBody<EventsPage>(await getEvents(get("/api/events?from=2021-05-04&to=2021-05-04")), 200)).events;
    expect(event.corroboration).toBe(2);
  });

  it("refuses a file with any bad row whole, listing every problem, and stores nothing of it", async () => {
    const before = await countRows(temp().store.db);
    const bad = ["date,headline,source url", "2023-02-30,يوم لا يوجد,https://example.org/x", "2023-03-01,صحيح,https://example.org/y", "2023-03-02,,ftp://example.org/z"].join("\n");
    const error = await jsonBody<ApiError>(await postImport(post("/api/import?format=csv", bad)), 400);
    expect(error.error).toMatch(/^the file has \d+ problems; nothing was imported$/);
    expect(error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining(["row 2, date", "row 4, headline", "row 4, source url"]));
    expect(await countRows(temp().store.db)).toEqual(before);
    expect(before.events).toBeGreaterThan(counts.events);
  });

  it("answers 400 for an unknown format or an empty file, and 403 to another site's form", async () => {
    expect((await jsonBody<ApiError>(await postImport(post("/api/import?format=xlsx", csv)), 400)).issues?.[0].path).toBe("format");
    expect((await jsonBody<ApiError>(await postImport(post("/api/import", csv)), 400)).issues?.[0].message).toMatch(/^is required/);
    expect((await jsonBody<ApiError>(await postImport(post("/api/import?format=csv", "  ")), 400)).issues?.[0].message).toBe("is empty");
    const crossSite = await postImport(post("/api/import?format=csv", csv, { "sec-fetch-site": "cross-site" }));
    expect(crossSite.status).toBe(403);
    const foreignOrigin = new Request(`${origin}/api/import?format=csv`, { method: "POST", body: csv, headers: { origin: "https://evil.example" } });
    expect((await postImport(foreignOrigin)).status).toBe(403);
  });
});

describe("POST /api/import: bodies it cannot take", () => {
  /** A chunked body of `total` bytes of CSV rows that counts how much of it was read. */
  function countedStream(total: number) {
    const chunk = new TextEncoder().encode("2020-01-01,حدث,https://example.org/x\n".repeat(2048));
    const stream = {
      pulled: 0,
      body: new ReadableStream<Uint8Array>({
        pull(controller) {
          if (stream.pulled >= total) return controller.close();
          stream.pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    };
    return stream;
  }

  it("stops reading a chunked body at the limit and answers 413", async () => {
    const limit = 5 * 1024 * 1024;
    const stream = countedStream(64 * 1024 * 1024);
    const request = new Request(`${origin}/api/import?format=csv`, {
      method: "POST",
      body: stream.body,
      headers: { ...editor, "content-type": "text/csv" },
      duplex: "half",
    } as RequestInit);
    const error = await jsonBody<ApiError>(await postImport(request), 413);
    expect(error.error).toMatch(/larger than 5 MB/);
    expect(stream.pulled).toBeLessThan(limit + 1024 * 1024);
  });

  it("answers 400 for a body that is not the multipart form it claims to be", async () => {
    for (const body of ["garbage", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunterminated", ""]) {
      const error = await jsonBody<ApiError>(await postImport(post("/api/import?format=csv", body, { "content-type": "multipart/form-data; boundary=x" })), 400);
      expect(error.issues?.[0].path).toMatch(/^(body|file)$/);
    }
  });

  it("names invalid UTF-8 and NUL bytes, and reads past a byte order mark", async () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const invalid = new Uint8Array([...utf8("date,headline\n2020-01-01,"), 0xff, 0xfe]);
    const bad = await jsonBody<ApiError>(await postImport(post("/api/import?format=csv", invalid)), 400);
    expect(bad.issues?.[0]).toEqual({ path: "file", message: expect.stringMatching(/^is not valid UTF-8: byte 0xFF at offset 25 \(line 2\)/) });
    const nul = await jsonBody<ApiError>(await postImport(post("/api/import?format=csv", utf8("date,headline\n2020-01-01,a\0b"))), 400);
    expect(nul.issues?.[0].message).toMatch(/^holds a NUL byte at offset 26 \(line 2\)/);
    const bom = await jsonBody<ImportAnswer>(await postImport(post("/api/import?format=csv", utf8("\uFEFFdate,headline\n2019-01-01,حدث مع علامة الترتيب"))), 200);
    expect(bom.eventsCreated).toBe(1);
  });
});

describe("GET /api/oembed", () => {
  const oembed = (query: Record<string, string>) => getOEmbed(get(`/api/oembed?${new URLSearchParams(query)}`));

  it("answers a rich iframe of the embed for the home page, keeping its filters and selection", async () => {
    const visit = (await allEvents()).find((event) => event.type === "visit")!;
    const answer = await jsonBody<OEmbedRich>(await oembed({ url: `${origin}/?type=visit&event=${visit.id}` }), 200);
    expect(answer).toMatchObject({ version: "1.0", type: "rich", width: 800, height: 40 + 320 + 320, provider_name: "كرونيكل", provider_url: `${origin}/` });
    expect(answer.html).toMatch(/^<iframe src="http:\/\/chronicle\.test\/embed\?type=visit&amp;event=[\w-]+" width="800" height="680" title="[^"]+"/);
  });

  it("names an event page's embed after the event, and fits maxwidth × maxheight", async () => {
    const meeting = (await allEvents()).find((event) => event.type === "meeting")!;
    const answer = await jsonBody<OEmbedRich>(await oembed({ url: `${origin}/events/${meeting.id}`, maxwidth: "500", maxheight: "600" }), 200);
    expect(answer.title).toBe(meeting.title);
    expect(answer).toMatchObject({ width: 500, height: 600 });
    // The timeline gives up height first (600 = 40 + 240 + the 320 of the list).
    expect(answer.html).toContain(`/embed?event=${meeting.id}&amp;height=240"`);
    // Too low for the list: the timeline alone.
    const low = await jsonBody<OEmbedRich>(await oembed({ url: `${origin}/events/${meeting.id}`, maxheight: "300" }), 200);
    expect(low.height).toBe(300);
    expect(low.html).toContain("height=260&amp;list=none");
  });

  it("answers a source page with the embed of the timeline of that source's events, named after it", async () => {
    const { id: sourceId } = await temp().store.db.selectFrom("sources").select("id").where("external_id", "=", article.id!).executeTakeFirstOrThrow();
    const answer = await jsonBody<OEmbedRich>(await oembed({ url: `${origin}/sources/${sourceId}?citation=c1` }), 200);
    expect(answer.title).toBe(article.title);
    expect(answer.html).toContain(`src="${origin}/embed?source=${sourceId}"`);
  });

  it("answers 404 for pages it cannot embed, 501 for xml, 400 for bad parameters", async () => {
    expect((await oembed({ url: "https://elsewhere.example/" })).status).toBe(404);
    expect((await oembed({ url: `${origin}/api/events` })).status).toBe(404);
    expect((await oembed({ url: `${origin}/events/no-such-event` })).status).toBe(404);
    expect((await oembed({ url: `${origin}/sources/0000000000000000` })).status).toBe(404);
    expect((await oembed({ url: `${origin}/`, maxheight: "100" })).status).toBe(404);
    expect((await oembed({ url: `${origin}/`, format: "xml" })).status).toBe(501);
    const bad = await jsonBody<ApiError>(await oembed({ url: "not a url", maxwidth: "-3" }), 400);
    expect(bad.issues?.map((issue) => issue.path)).toEqual(["url", "maxwidth"]);
    expect((await jsonBody<ApiError>(await oembed({}), 400)).issues?.[0].path).toBe("url");
  });
});
