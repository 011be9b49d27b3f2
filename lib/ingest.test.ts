import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { ExtractedEvent } from "./events/types";
import { ingestArticle, ingestArticles } from "./ingest";
import type { ArticleInput } from "./model";
import { countRows, getEventDetail, listEvents } from "./store/queries";
import { openTempStore, reportIn, scriptedExtractor, type HandMadeReport, type TempStore } from "./store/test-helpers";

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.dispose();
  temp = undefined;
});

async function store() {
  temp = await openTempStore();
  return temp.store;
}

const callSentence = "أجرى وزير الخارجية الإيراني اتصالا هاتفيا مع نظيره السوري يوم الاثنين.";
const article: ArticleInput = {
  id: "call-article",
  outlet: "Outlet",
  url: "https://outlet.example/call",
  published: "2023-01-25T08:00:00+03:00",
  lang: "ar",
  title: "اتصال",
  text: `${callSentence}\nوبحث الجانبان العلاقات الثنائية.`,
};
const call: HandMadeReport = {
  type: "call",
  sentence: callSentence,
  edtf: "2023-01-23",
  firstDay: "2023-01-23",
  lastDay: "2023-01-23",
  actors: [
    ["iran-foreign-minister", "وزير الخارجية الإيراني", "office"],
    ["syria-foreign-minister", "نظيره السوري", "office"],
  ],
};

/** Another outlet's article reporting `report` in `sentence`. */
function otherReport(outlet: string, sentence: string, report: Partial<HandMadeReport>): [ArticleInput, ExtractedEvent[]] {
  const other: ArticleInput = { outlet, published: "2023-01-26", text: sentence };
  return [other, [reportIn(other.text, { ...call, sentence, ...report })]];
}

describe("ingestArticle", () => {
  it("stores the source under the first 16 hex digits of its content hash, with its publication day", async () => {
    const s = await store();
    const extract = scriptedExtractor(new Map([[article.text, [reportIn(article.text, call)]]]));
    const result = await ingestArticle(s, article, { extract });
    const hash = createHash("sha256").update(article.text).digest("hex");
    expect(result).toEqual({ sourceId: hash.slice(0, 16), status: "stored", eventsCreated: 1, eventsMerged: 0 });
    const source = await s.db.selectFrom("sources").selectAll().executeTakeFirstOrThrow();
    expect(source).toMatchObject({ id: hash.slice(0, 16), content_hash: hash, published: "2023-01-25", external_id: "call-article", language: "ar" });
    const [event] = (await listEvents(s.db, { limit: 10 })).events;
    expect(event.id).toMatch(/^[0-9a-f]{16}-e0$/);
    expect(event).toMatchObject({ type: "call", edtf: "2023-01-23", corroboration: 1, scheduled: false, dateInferred: false });
  });

  it("stores a participant the register knows under the register's names, keeping the article's wording as an alias", async () => {
    const s = await store();
    const report = reportIn(article.text, { ...call, actors: [["state:iran", "الإيراني", "state"]] });
    await ingestArticle(s, article, { extract: () => ({ timex: [], events: [report] }) });
    const iran = await s.db.selectFrom("actors").selectAll().where("id", "=", "state:iran").executeTakeFirstOrThrow();
    expect(iran).toMatchObject({ name_ar: "إيران", name_en: "Iran", kind: "state" });
    expect(JSON.parse(iran.aliases)).toContain("الإيراني");
    expect((await listEvents(s.db, { limit: 1, actor: "Iran" })).events).toHaveLength(1);
  });

  it("is idempotent: the same text again stores nothing and is reported as skipped", async () => {
    const s = await store();
    const extract = scriptedExtractor(new Map([[article.text, [reportIn(article.text, call)]]]));
    await ingestArticle(s, article, { extract });
    const before = await countRows(s.db);
    const again = await ingestArticle(s, { ...article, outlet: "Another outlet", id: "copy" }, { extract });
    expect(again.status).toBe("skipped");
    expect(await countRows(s.db)).toEqual(before);
    expect(await ingestArticles(s, [article, article], { extract })).toEqual({ read: 2, stored: 0, skipped: 2, eventsCreated: 0, eventsMerged: 0 });
  });

  it("stores nothing of an article when a step fails part-way through", async () => {
    const s = await store();
    const good = reportIn(article.text, call);
    const bad = { ...good, type: "party" } as unknown as ExtractedEvent; // rejected by the events table
    await expect(ingestArticle(s, article, { extract: scriptedExtractor(new Map([[article.text, [good, bad]]])) })).rejects.toThrow(/CHECK/);
    expect(await countRows(s.db)).toEqual({ sources: 0, events: 0, actors: 0, citations: 0 });
    // …and the article goes in whole once the failure is gone.
    const stored = await ingestArticle(s, article, { extract: scriptedExtractor(new Map([[article.text, [good]]])) });
    expect(stored.status).toBe("stored");
  });

  it("refuses offsets outside the text before storing anything", async () => {
    const s = await store();
    const outside = { ...reportIn(article.text, call), excerpt: { start: 0, end: article.text.length + 5 } };
    await expect(ingestArticle(s, article, { extract: () => ({ timex: [], events: [outside] }) })).rejects.toThrow(/outside the text/);
    expect((await countRows(s.db)).sources).toBe(0);
  });

  it("refuses a stored article's id given to another text, and stores nothing of it", async () => {
    const s = await store();
    const extract = scriptedExtractor(new Map([[article.text, [reportIn(article.text, call)]]]));
    await ingestArticle(s, article, { extract });
    const before = await countRows(s.db);
    const changed = { ...article, text: `${article.text}\nوأضاف المصدر تفصيلا.` };
    await expect(ingestArticle(s, changed, { extract: () => ({ timex: [], events: [] }) })).rejects.toThrow(
      /article call-article: the id "call-article" names a stored article with another text/,
    );
    expect(await countRows(s.db)).toEqual(before);
  });

  it("refuses invalid articles, saying what is wrong", async () => {
    const s = await store();
    await expect(ingestArticle(s, { ...article, published: "25/01/2023" })).rejects.toThrow(/article call-article: published: must be/);
  });
});

describe("merging at ingest", () => {
  it("adds another outlet's report of the same event as a citation and counts it", async () => {
    const s = await store();
    const sentence = "وكان وزير الخارجية الإيراني قد تحدث مع نظيره السوري بحضور الرئيس في كانون الثاني 2023.";
    const [other, otherEvents] = otherReport("Second outlet", sentence, {
      edtf: "2023-01",
      firstDay: "2023-01-01",
      lastDay: "2023-01-31",
      precision: "month",
      actors: [
        ["iran-foreign-minister", "وزير الخارجية الإيراني", "office"],
        ["syria-foreign-minister", "نظيره السوري", "office"],
        ["the-president", "الرئيس", "office"],
      ],
    });
    const extract = scriptedExtractor(new Map([[article.text, [reportIn(article.text, call)]], [other.text, otherEvents]]));
    expect(await ingestArticles(s, [article, other], { extract })).toMatchObject({ stored: 2, eventsCreated: 1, eventsMerged: 1 });
    const [event] = (await listEvents(s.db, { limit: 10 })).events;
    expect(event.corroboration).toBe(2);
    // The merged event keeps the first report's date; each citation keeps its source's own.
    expect(event.edtf).toBe("2023-01-23");
    expect(event.participants.map((p) => p.actorId)).toEqual(["iran-foreign-minister", "syria-foreign-minister", "the-president"]);
    const detail = await getEventDetail(s.db, event.id);
    expect(detail?.citations.map((c) => c.date)).toEqual(["2023-01-23", "2023-01"]);
  });

  it("keeps reports apart when the type, the dates or every actor differ", async () => {
    const s = await store();
    const reports: [ArticleInput, ExtractedEvent[]][] = [
      otherReport("Other type", "التقى وزير الخارجية الإيراني نظيره السوري.", { type: "meeting" }),
      otherReport("Other day", "اتصل وزير الخارجية الإيراني بنظيره السوري أمس.", { sentence: "اتصل وزير الخارجية الإيراني بنظيره السوري أمس.", edtf: "2023-01-25", firstDay: "2023-01-25", lastDay: "2023-01-25", actors: [["iran-foreign-minister", "وزير الخارجية الإيراني", "office"]] }),
      otherReport("Other actors", "اتصل الرئيس العراقي بالملك الأردني.", { actors: [["iraq-president", "الرئيس العراقي"], ["jordan-king", "الملك الأردني"]] }),
    ];
    const extract = scriptedExtractor(new Map([[article.text, [reportIn(article.text, call)]], ...reports.map(([a, events]) => [a.text, events] as const)]));
    const totals = await ingestArticles(s, [article, ...reports.map(([a]) => a)], { extract });
    expect(totals).toMatchObject({ stored: 4, eventsCreated: 4, eventsMerged: 0 });
  });

  it("merges the same people's call that another outlet dates a day later, keeping both dates", async () => {
    const s = await store();
    const sentence = "وأجرى وزير الخارجية الإيراني اتصالا مع نظيره السوري الثلاثاء.";
    const [other, otherEvents] = otherReport("Next-day outlet", sentence, { edtf: "2023-01-24", firstDay: "2023-01-24", lastDay: "2023-01-24" });
    const extract = scriptedExtractor(new Map([[article.text, [reportIn(article.text, call)]], [other.text, otherEvents]]));
    expect(await ingestArticles(s, [article, other], { extract })).toMatchObject({ eventsCreated: 1, eventsMerged: 1 });
    const [event] = (await listEvents(s.db, { limit: 10 })).events;
    const detail = await getEventDetail(s.db, event.id);
    expect(detail?.citations.map((c) => c.date)).toEqual(["2023-01-23", "2023-01-24"]);
  });

  it("does not let an article corroborate itself", async () => {
    const s = await store();
    const twice = reportIn(article.text, call);
    await ingestArticle(s, article, { extract: () => ({ timex: [], events: [twice, twice] }) });
    const { events } = await listEvents(s.db, { limit: 10 });
    expect(events.map((e) => e.corroboration)).toEqual([1, 1]);
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
  });
});
