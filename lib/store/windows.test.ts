// Windows whose events span their edges, the filters added for the timeline, aggregates and
// search, on a store of hand-made reports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticles } from "../ingest";
import type { ArticleInput } from "../model";
import { queryTerms } from "../text/arabic-normalize";
import { decodeCursor } from "./cursor";
import { aggregateStarting, countSpanning, listEvents, searchSources, timelineWindow, type EventFilter } from "./queries";
import { openTempStore, reportIn, scriptedExtractor, type HandMadeReport, type TempStore } from "./test-helpers";

type Report = Omit<HandMadeReport, "sentence"> & { sentence: string };

const first: Report[] = [
  { type: "statement", sentence: "أعلنت إيران خطة اقتصادية لعام 2019.", edtf: "2019", firstDay: "2019-01-01", lastDay: "2019-12-31", precision: "year", actors: [["state:iran", "إيران", "state"]], title: "خطة إيران الاقتصادية" },
  { type: "other", sentence: "استمرت الأزمة من أيار 2018 إلى شباط 2021.", edtf: "2018-05-01/2021-02-01", firstDay: "2018-05-01", lastDay: "2021-02-01", actors: [["name:crisis", "الأزمة", "unknown"]], title: "الأزمة الممتدة" },
  { type: "meeting", sentence: "التقى الوزيران في دمشق يوم رأس السنة.", edtf: "2020-01-01", firstDay: "2020-01-01", lastDay: "2020-01-01", actors: [["name:ministers", "الوزيران", "person"]], place: "دمشق", title: "لقاء الوزيرين في دمشق" },
  { type: "agreement", sentence: "وقّع الطرفان الاتفاقيّة في كانون الأول 2019.", edtf: "2019-12", firstDay: "2019-12-01", lastDay: "2019-12-31", precision: "month", actors: [["name:parties", "الطرفان", "organisation"]], title: "توقيع الاتفاقية" },
  { type: "attack", sentence: "قصفت الطائرات مواقع في ليلة رأس السنة.", edtf: "2019-12-31", firstDay: "2019-12-31", lastDay: "2019-12-31", actors: [["name:planes", "الطائرات", "unknown"]], title: "قصف ليلة رأس السنة" },
];
const second: Report[] = [
  { type: "visit", sentence: "زار الرئيس طهران في آذار.", edtf: "2020-03-15", firstDay: "2020-03-15", lastDay: "2020-03-15", actors: [["name:president", "الرئيس", "person"]], place: "طهران", title: "زيارة الرئيس إلى طهران" },
  { type: "call", sentence: "أجرت سوريا اتصالاً هاتفيّاً بالمستشفى.", edtf: "2020-01-02", firstDay: "2020-01-02", lastDay: "2020-01-02", actors: [["state:syria", "سوريا", "state"]], title: "اتصال هاتفي" },
];
const articles: ArticleInput[] = [
  { id: "a", outlet: "Outlet A", published: "2020-06-30", title: "الحصاد", text: first.map((r) => r.sentence).join(" ") },
  { id: "b", outlet: "Outlet B", published: "2020-06-30", title: "أخبار", text: second.map((r) => r.sentence).join(" ") },
];
const extractor = scriptedExtractor(
  new Map([
    [articles[0].text, first.map((report) => reportIn(articles[0].text, report))],
    [articles[1].text, second.map((report) => reportIn(articles[1].text, report))],
  ]),
);

let temp: TempStore;
beforeAll(async () => {
  temp = await openTempStore();
  await ingestArticles(temp.store, articles, { extract: extractor });
  // Review and corroboration come from people and merging; set them here to filter on.
  await temp.store.db.updateTable("events").set({ review_status: "confirmed" }).where("type", "in", ["statement", "visit"]).execute();
  await temp.store.db.updateTable("events").set({ corroboration: 3 }).where("type", "=", "meeting").execute();
});
afterAll(() => temp.dispose());

async function listed(filter: Partial<EventFilter>): Promise<string[]> {
  const page = await listEvents(temp.store.db, { limit: 100, ...filter });
  return page.events.map((event) => `${event.type} ${event.firstDay}`);
}

describe("windows over events that span their edges", () => {
  it("finds the events running through a day, however long ago they started, and none that ended before it", async () => {
    expect(await listed({ from: "2020-01-01", to: "2020-01-01" })).toEqual(["other 2018-05-01", "meeting 2020-01-01"]);
    expect(await listed({ from: "2019-12-31", to: "2020-01-01" })).toEqual([
      "other 2018-05-01",
      "statement 2019-01-01",
      "agreement 2019-12-01",
      "attack 2019-12-31",
      "meeting 2020-01-01",
    ]);
    // Last day of the long range, and the day after it.
    expect(await listed({ from: "2021-02-01", to: "2021-02-01" })).toEqual(["other 2018-05-01"]);
    expect(await listed({ from: "2021-02-02", to: "2030-01-01" })).toEqual([]);
    expect(await listed({ to: "2018-05-01" })).toEqual(["other 2018-05-01"]);
  });

  it("pages through the spanning events and then the starting ones without losing or repeating one", async () => {
    const seen: string[] = [];
    let after: EventFilter["after"];
    for (let page = 0; page < 10; page += 1) {
      const result = await listEvents(temp.store.db, { from: "2019-12-31", to: "2020-12-31", limit: 2, after });
      seen.push(...result.events.map((event) => `${event.type} ${event.firstDay}`));
      if (!result.nextCursor) break;
      after = decodeCursor(result.nextCursor)!;
    }
    expect(seen).toEqual(await listed({ from: "2019-12-31", to: "2020-12-31" }));
    expect(seen).toHaveLength(7);
  });

  it("counts the events that started before a day and still run on it, through the R*Tree or with filters", async () => {
    expect(await countSpanning(temp.store.db, { from: "2020-01-01" })).toBe(1); // the long range
    expect(await countSpanning(temp.store.db, { from: "2019-12-31" })).toBe(3); // range, year, month
    expect(await countSpanning(temp.store.db, { from: "2019-12-31", types: ["agreement", "attack"] })).toBe(1);
    expect(await countSpanning(temp.store.db, { from: "2018-05-01" })).toBe(0); // starting on the day is not spanning
  });
});

describe("filters", () => {
  it("by country: a state among the participants, or the place's state; by id or name", async () => {
    expect(await listed({ country: "state:syria" })).toEqual(["meeting 2020-01-01", "call 2020-01-02"]);
    expect(await listed({ country: "سوريا" })).toEqual(["meeting 2020-01-01", "call 2020-01-02"]);
    expect(await listed({ country: "Iran" })).toEqual(["statement 2019-01-01", "visit 2020-03-15"]);
    expect(await listed({ country: "state:atlantis" })).toEqual([]);
  });

  it("by outlet, review status and minimum corroboration, combined with a window", async () => {
    expect(await listed({ outlets: ["Outlet B"] })).toEqual(["call 2020-01-02", "visit 2020-03-15"]);
    expect(await listed({ outlets: ["Outlet B", "Outlet A"], from: "2020-03-01" })).toEqual(["other 2018-05-01", "visit 2020-03-15"]);
    expect(await listed({ statuses: ["confirmed"] })).toEqual(["statement 2019-01-01", "visit 2020-03-15"]);
    expect(await listed({ statuses: ["rejected"] })).toEqual([]);
    expect(await listed({ minCorroboration: 2 })).toEqual(["meeting 2020-01-01"]);
    expect(await listed({ minCorroboration: 2, from: "2020-01-02" })).toEqual([]);
  });
});

describe("search", () => {
  const search = (q: string) => listed({ search: queryTerms(q) });

  it("folds hamza forms, ta marbuta, alef maqsura and diacritics on both sides", async () => {
    expect(await search("ايران")).toEqual(["statement 2019-01-01"]); // إيران
    expect(await search("الاتفاقية")).toEqual(["agreement 2019-12-01"]); // الاتفاقيّة with shadda
    expect(await search("اتفاقيه")).toEqual(["agreement 2019-12-01"]);
    expect(await search("هاتفيا")).toEqual(["call 2020-01-02"]); // هاتفيّاً
    expect(await search("أزمة")).toEqual(["other 2018-05-01"]); // الأزمة: article and ة
  });

  it("strips clitics and suffixes, matches prefixes, and requires every word", async () => {
    expect(await search("المستشفيات")).toEqual(["call 2020-01-02"]); // بالمستشفى: ب + ال, ى/ي, plural
    expect(await search("والطائرات")).toEqual(["attack 2019-12-31"]);
    expect(await search("دمش")).toEqual(["meeting 2020-01-01"]); // prefix
    expect(await search("طهران الرئيس")).toEqual(["visit 2020-03-15"]);
    expect(await search("طهران دمشق")).toEqual([]);
    expect(await search("الحصاد")).toHaveLength(5); // a source title reaches the events it reports
  });

  it("answers what matched: spans of the title and of each matching excerpt", async () => {
    const page = await listEvents(temp.store.db, { limit: 10, search: queryTerms("الاتفاقية") });
    expect("search" in page).toBe(true);
    if (!("search" in page)) return;
    const [agreement] = page.events;
    const matches = page.search.matches[agreement.id];
    expect(matches.title.map(([start, end]) => agreement.title.slice(start, end))).toEqual(["الاتفاقية"]);
    const [excerptSpans] = Object.values(matches.excerpts);
    expect(excerptSpans.map(([start, end]) => first[3].sentence.slice(start, end))).toEqual(["الاتفاقيّة"]);
    expect(page.search.terms.map((term) => term.word)).toEqual(["الاتفاقية"]);
  });
});

describe("searchSources", () => {
  it("finds sources by words of their text or title, with the spans to highlight", async () => {
    const found = await searchSources(temp.store.db, queryTerms("المستشفى"), 10);
    expect(found.sources.map((hit) => hit.source.outlet)).toEqual(["Outlet B"]);
    expect(found.sources[0].text.map(([start, end]) => articles[1].text.slice(start, end))).toEqual(["بالمستشفى"]);
    const byTitle = await searchSources(temp.store.db, queryTerms("حصاد"), 10);
    expect(byTitle.sources.map((hit) => [hit.source.title, hit.title])).toEqual([["الحصاد", [[0, 6]]]]);
    expect((await searchSources(temp.store.db, queryTerms("رأس السنة"), 10)).sources.map((hit) => hit.source.outlet)).toEqual(["Outlet A"]);
    expect((await searchSources(temp.store.db, queryTerms("غواصة"), 10)).sources).toEqual([]);
  });
});

describe("aggregates", () => {
  const window = { from: "2019-06-01", to: "2020-12-31" };
  const all = ["visit", "meeting", "call", "agreement", "statement", "attack", "other"] as const;

  it("counts each event starting in the window once, in the bucket where it starts", async () => {
    const buckets = await aggregateStarting(temp.store.db, window, "month");
    expect(buckets).toEqual([
      { start: "2019-12-01", end: "2019-12-31", type: "agreement", count: 1 },
      { start: "2019-12-01", end: "2019-12-31", type: "attack", count: 1 },
      { start: "2020-01-01", end: "2020-01-31", type: "call", count: 1 },
      { start: "2020-01-01", end: "2020-01-31", type: "meeting", count: 1 },
      { start: "2020-03-01", end: "2020-03-31", type: "visit", count: 1 },
    ]);
    // With the spanning ones, the counts add up to the events overlapping the window.
    const total = buckets.reduce((sum, bucket) => sum + bucket.count, await countSpanning(temp.store.db, window));
    expect(total).toBe((await listEvents(temp.store.db, { ...window, limit: 100 })).events.length);
  });

  it("gives the same counts from the rollups (no filter, or only types) as from the events (a filter the rollups cannot answer)", async () => {
    // Every stored event has a citation: this condition keeps them all, but only the events can answer it.
    const keepsAll = { minCorroboration: 1 };
    for (const size of ["day", "week", "month", "year"] as const) {
      const fromRollups = await aggregateStarting(temp.store.db, window, size);
      expect(fromRollups.length).toBeGreaterThan(0);
      expect(fromRollups).toEqual(await aggregateStarting(temp.store.db, { ...window, ...keepsAll }, size));
      expect(await aggregateStarting(temp.store.db, { ...window, types: [...all] }, size)).toEqual(fromRollups);
      const someTypes = { types: ["meeting", "call", "statement"] as (typeof all)[number][] };
      const typesFromRollups = await aggregateStarting(temp.store.db, { ...window, ...someTypes }, size);
      expect(typesFromRollups.map((bucket) => bucket.type).sort()).toEqual(["call", "meeting"]);
      expect(typesFromRollups).toEqual(await aggregateStarting(temp.store.db, { ...window, ...someTypes, ...keepsAll }, size));
    }
    const weeks = await aggregateStarting(temp.store.db, window, "week");
    expect(weeks.find((bucket) => bucket.type === "meeting")).toEqual({ start: "2019-12-30", end: "2020-01-05", type: "meeting", count: 1 });
    const years = await aggregateStarting(temp.store.db, { from: "2018-01-01", to: "2020-12-31" }, "year");
    expect(years.map((bucket) => `${bucket.start} ${bucket.type} ${bucket.count}`)).toEqual([
      "2018-01-01 other 1",
      "2019-01-01 agreement 1",
      "2019-01-01 attack 1",
      "2019-01-01 statement 1",
      "2020-01-01 call 1",
      "2020-01-01 meeting 1",
      "2020-01-01 visit 1",
    ]);
  });

  it("answers the timeline with the starting events up to max, with buckets past it, and counts the spanning ones", async () => {
    const events = await timelineWindow(temp.store.db, window, 5, "month");
    expect(events.kind).toBe("events");
    expect(events).toMatchObject({ spanning: 2, total: 7 });
    if (events.kind === "events") expect(events.events.map((event) => event.type)).toEqual(["agreement", "attack", "meeting", "call", "visit"]);
    const buckets = await timelineWindow(temp.store.db, window, 4, "month");
    expect(buckets).toMatchObject({ kind: "buckets", bucket: "month", spanning: 2, total: 7 });
    const filtered = await timelineWindow(temp.store.db, { ...window, country: "state:syria" }, 1, "year");
    expect(filtered).toEqual({
      kind: "buckets",
      bucket: "year",
      buckets: [
        { start: "2020-01-01", end: "2020-12-31", type: "call", count: 1 },
        { start: "2020-01-01", end: "2020-12-31", type: "meeting", count: 1 },
      ],
      spanning: 0,
      total: 2,
    });
  });
});
