// Exports read through the store, and imports stored through it: a chronology exported from
// one store and imported into another keeps its dates, titles, types and sources.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportCsv, importCsv } from "./exchange/spreadsheet";
import { exportTimelineJs, importTimelineJs } from "./exchange/timelinejs";
import type { ImportedEvent } from "./exchange/types";
import { storeImportedEvents } from "./import";
import { ingestArticles } from "./ingest";
import type { ArticleInput } from "./model";
import { ExportTooLargeError, countRows, exportDetails, getEventDetail, getSourceDetail } from "./store/queries";
import { openTempStore, reportIn, scriptedExtractor, type TempStore } from "./store/test-helpers";

const sentences = [
  "زار وزير الدفاع الإيراني دمشق في 16 تشرين الثاني 2024.",
  "وقّع البلدان اتفاقاً للتعاون العسكري في تموز 2020.",
  "أعلن وزير الدفاع السوري استمرار التعاون بين 1 و3 كانون الأول 2024.",
];
const article: ArticleInput = {
  id: "exchange",
  outlet: "سانا",
  url: "https://sana.sy/?p=1",
  published: "2024-12-04",
  title: "عنوان",
  text: sentences.join(" "),
};
const extractor = scriptedExtractor(
  new Map([
    [
      article.text,
      [
        reportIn(article.text, { type: "visit", sentence: sentences[0], edtf: "2024-11-16", firstDay: "2024-11-16", lastDay: "2024-11-16", actors: [["iran-dm", "وزير الدفاع الإيراني", "office"]], place: "دمشق" }),
        reportIn(article.text, { type: "agreement", sentence: sentences[1], edtf: "2020-07", firstDay: "2020-07-01", lastDay: "2020-07-31", precision: "month", actors: [] }),
        reportIn(article.text, { type: "statement", sentence: sentences[2], edtf: "2024-12-01/2024-12-03", firstDay: "2024-12-01", lastDay: "2024-12-03", actors: [["syria-dm", "وزير الدفاع السوري", "office"]] }),
      ],
    ],
  ]),
);

let from: TempStore;
let to: TempStore;
beforeEach(async () => {
  from = await openTempStore();
  to = await openTempStore();
  await ingestArticles(from.store, [article], { extract: extractor });
});
afterEach(async () => {
  await from.dispose();
  await to.dispose();
});

/** What an exchange must keep of an event. */
const essentials = (details: Awaited<ReturnType<typeof exportDetails>>) =>
  details.map(({ event, citations }) => ({
    edtf: event.edtf,
    firstDay: event.firstDay,
    lastDay: event.lastDay,
    precision: event.precision,
    type: event.type,
    title: event.title,
    urls: [...new Set(citations.map((citation) => citation.source.url))],
  }));

describe("exportDetails", () => {
  it("reads every event the filter selects with its citations, as getEventDetail does", async () => {
    const all = await exportDetails(from.store.db, {}, 100);
    expect(all.map((detail) => detail.event.type)).toEqual(["agreement", "visit", "statement"]);
    for (const detail of all) expect(detail).toEqual(await getEventDetail(from.store.db, detail.event.id));
    const visits = await exportDetails(from.store.db, { types: ["visit"], from: "2024-11-01" }, 100);
    expect(visits.map((detail) => detail.event.title)).toEqual([sentences[0]]);
  });

  it("refuses a selection larger than the limit", async () => {
    await expect(exportDetails(from.store.db, {}, 2)).rejects.toBeInstanceOf(ExportTooLargeError);
  });
});

describe("storeImportedEvents", () => {
  it("round-trips TimelineJS: dates, precision, types, titles and source URLs come back", async () => {
    const exported = await exportDetails(from.store.db, {}, 100);
    const imported = importTimelineJs(exportTimelineJs(exported));
    expect(imported.issues).toEqual([]);
    const totals = await storeImportedEvents(to.store.db, imported.events, { format: "timelinejs" });
    expect(totals).toEqual({ eventsCreated: 3, eventsMerged: 0, eventsSkipped: 0, sourcesCreated: 1, citations: 3, withoutSource: 0 });
    const back = await exportDetails(to.store.db, {}, 100);
    expect(essentials(back)).toEqual(essentials(exported));
    expect(back.every((detail) => detail.event.rule === "import:timelinejs" && detail.event.corroboration === 1)).toBe(true);
  });

  it("round-trips CSV with participants and places, and cites each event's own passage", async () => {
    const exported = await exportDetails(from.store.db, {}, 100);
    const imported = importCsv(exportCsv(exported));
    expect(imported.issues).toEqual([]);
    await storeImportedEvents(to.store.db, imported.events, { format: "csv" });
    const back = await exportDetails(to.store.db, {}, 100);
    expect(essentials(back)).toEqual(essentials(exported));
    expect(back.map((detail) => detail.event.participants.map((p) => p.name))).toEqual(exported.map((detail) => detail.event.participants.map((p) => p.name)));
    expect(back.map((detail) => detail.event.place)).toEqual(exported.map((detail) => detail.event.place));
    // One source for the one URL; each citation highlights the excerpt its event came with.
    expect(back.map((detail) => detail.citations.map((citation) => citation.excerpt))).toEqual(exported.map((detail) => [detail.citations[0].excerpt]));
    const source = await getSourceDetail(to.store.db, back[0].citations[0].sourceId);
    expect(source?.source).toMatchObject({ url: article.url, outlet: "sana.sy", language: "ar", published: "2024-12-03" });
    expect(source?.highlights).toHaveLength(3);
  });

  it("round-trips both exports as the same events: a week stays a week, sources stay in their order", async () => {
    const urls = ["https://z.example/5", "https://a.example/1", "https://m.example/3", "https://b.example/2", "https://y.example/4"];
    const week: ImportedEvent = {
      edtf: "2018-W07", firstDay: "2018-02-12", lastDay: "2018-02-18", precision: "week",
      title: "غارات على محيط دمشق", text: "نص", type: "attack", place: "دمشق", participants: [], sourceUrls: urls, origin: "row 2",
    };
    await storeImportedEvents(from.store.db, [week], { format: "csv" });
    const exported = await exportDetails(from.store.db, { types: ["attack"] }, 100);
    expect(essentials(exported)).toEqual([expect.objectContaining({ edtf: "2018-W07", precision: "week", urls })]);
    for (const [format, file] of [["timelinejs", importTimelineJs(exportTimelineJs(exported))], ["csv", importCsv(exportCsv(exported))]] as const) {
      expect(file.issues).toEqual([]);
      const store = await openTempStore();
      try {
        await storeImportedEvents(store.store.db, file.events, { format });
        expect(essentials(await exportDetails(store.store.db, {}, 100)), format).toEqual(essentials(exported));
      } finally {
        await store.dispose();
      }
    }
  });

  it("closes a directional override an imported title, text, place or name leaves open", async () => {
    const event: ImportedEvent = {
      edtf: "2024-01-02", firstDay: "2024-01-02", lastDay: "2024-01-02", precision: "day",
      title: "عنوان \u202Egnp.exe", text: "نص \u2067مفتوح", type: "other", place: "\u202Bدمشق", participants: ["\u202Dاسم"], sourceUrls: ["https://example.org/a"], origin: "row 2",
    };
    await storeImportedEvents(to.store.db, [event], { format: "csv" });
    const [detail] = await exportDetails(to.store.db, {}, 100);
    expect(detail.event.title).toBe("عنوان \u202Egnp.exe\u202C");
    expect(detail.event.place).toBe("\u202Bدمشق\u202C");
    expect(detail.event.participants.map((participant) => participant.name)).toEqual(["\u202Dاسم\u202C"]);
    expect(detail.citations[0].excerpt).toBe("نص \u2067مفتوح\u2069");
  });

  it("stores nothing new when the same file is imported again", async () => {
    const imported = importTimelineJs(exportTimelineJs(await exportDetails(from.store.db, {}, 100)));
    await storeImportedEvents(to.store.db, imported.events, { format: "timelinejs" });
    const before = await countRows(to.store.db);
    const again = await storeImportedEvents(to.store.db, imported.events, { format: "timelinejs" });
    expect(again).toMatchObject({ eventsCreated: 0, eventsSkipped: 3, sourcesCreated: 0 });
    expect(await countRows(to.store.db)).toEqual(before);
  });

  it("stores nothing when one event cannot be stored", async () => {
    const good: ImportedEvent = {
      edtf: "2024-01-02", firstDay: "2024-01-02", lastDay: "2024-01-02", precision: "day",
      title: "حدث", text: null, type: "other", place: null, participants: ["أحد"], sourceUrls: ["https://example.org/a"], origin: "row 2",
    };
    // A title the events table refuses (NOT NULL), standing for any failure half-way through.
    const broken = { ...good, title: null as unknown as string, edtf: "2024-01-03", origin: "row 3" };
    await expect(storeImportedEvents(to.store.db, [good, broken], { format: "csv" })).rejects.toThrow();
    expect(await countRows(to.store.db)).toEqual({ sources: 0, events: 0, actors: 0, citations: 0 });
  });

  it("stores a row that cites several URLs with one source and one citation per URL", async () => {
    const row: ImportedEvent = {
      edtf: "2024-01-02", firstDay: "2024-01-02", lastDay: "2024-01-02", precision: "day",
      title: "حدث", text: null, type: "other", place: null, participants: [], sourceUrls: ["https://example.org/a", "https://example.org/b"], origin: "row 2",
    };
    const totals = await storeImportedEvents(to.store.db, [row], { format: "csv" });
    expect(totals).toMatchObject({ eventsCreated: 1, sourcesCreated: 2, citations: 2 });
    const [detail] = await exportDetails(to.store.db, {}, 10);
    expect(detail.citations.map((citation) => citation.source.url).sort()).toEqual(row.sourceUrls);
    expect(detail.event.corroboration).toBe(2);
  });

  it("merges a row into the stored event it reports, as ingestion would, instead of storing a duplicate", async () => {
    const [visit] = await exportDetails(from.store.db, { types: ["visit"] }, 10);
    const row: ImportedEvent = {
      edtf: "2024-11-16", firstDay: "2024-11-16", lastDay: "2024-11-16", precision: "day",
      title: "Iranian defence minister in Damascus", text: "The minister arrived.", type: "visit", place: null,
      participants: ["وزير الدفاع الإيراني"], sourceUrls: ["https://other.example/visit"], origin: "row 2",
    };
    const before = await countRows(from.store.db);
    const totals = await storeImportedEvents(from.store.db, [row], { format: "csv" });
    expect(totals).toMatchObject({ eventsCreated: 0, eventsMerged: 1, citations: 1 });
    expect((await countRows(from.store.db)).events).toBe(before.events);
    const merged = await getEventDetail(from.store.db, visit.event.id);
    expect(merged?.event.corroboration).toBe(2);
    expect(merged?.citations.map((citation) => citation.source.url).sort()).toEqual([row.sourceUrls[0], article.url]);
    // The same file again: nothing new.
    expect(await storeImportedEvents(from.store.db, [row], { format: "csv" })).toMatchObject({ eventsMerged: 0, eventsSkipped: 1 });
  });
});
