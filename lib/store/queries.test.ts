import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticles } from "../ingest";
import type { ArticleInput } from "../model";
import { queryTerms } from "../text/arabic-normalize";
import { decodeCursor } from "./cursor";
import { getEventDetail, getSourceDetail, listEvents, type EventFilter } from "./queries";
import { openTempStore, reportIn, scriptedExtractor, type TempStore } from "./test-helpers";

// Three articles whose events span a month, single days and a year, so that window overlap,
// filters and paging have something to tell apart.
const agreementSentence = "وقع وزير الدفاع السوري ونظيره الإيراني اتفاقية للتعاون العسكري في تموز 2020.";
const visitSentence = "وزار الرئيس السوري طهران في الخامس من تموز.";
const first: ArticleInput = {
  id: "first",
  outlet: "Outlet One",
  url: "https://one.example/a",
  published: "2020-07-20T09:00:00+03:00",
  title: "اتفاقية عسكرية",
  text: `${agreementSentence}\n${visitSentence}`,
};
const meetingSentence = "التقى وزير الدفاع الإيراني العماد علي عباس في دمشق اليوم الأحد.";
const laterAgreementSentence = "وأشار إلى الاتفاقية العسكرية التي وقعها وزير الدفاع السوري مع نظيره في الثامن من تموز 2020.";
const second: ArticleInput = {
  id: "second",
  outlet: "Outlet Two",
  url: null,
  published: "2024-11-17",
  title: null,
  text: `${meetingSentence} ${laterAgreementSentence}`,
};
const statementSentence = "أعلنت الحكومة خفض الضرائب بنسبة 50% خلال عام 2019.";
const third: ArticleInput = { id: "third", outlet: "Outlet Three", published: "2019-12-30", text: statementSentence };

const extractor = scriptedExtractor(
  new Map([
    [
      first.text,
      [
        reportIn(first.text, {
          type: "agreement",
          sentence: agreementSentence,
          edtf: "2020-07",
          firstDay: "2020-07-01",
          lastDay: "2020-07-31",
          precision: "month",
          actors: [
            ["syria-defence-minister", "وزير الدفاع السوري", "office"],
            ["iran-defence-minister", "نظيره الإيراني", "office"],
          ],
          title: "اتفاقية تعاون عسكري بين سوريا وإيران",
        }),
        reportIn(first.text, {
          type: "visit",
          sentence: visitSentence,
          edtf: "2020-07-05",
          firstDay: "2020-07-05",
          lastDay: "2020-07-05",
          actors: [["syria-president", "الرئيس السوري"]],
          place: "طهران",
        }),
      ],
    ],
    [
      second.text,
      [
        reportIn(second.text, {
          type: "meeting",
          sentence: meetingSentence,
          edtf: "2024-11-17",
          firstDay: "2024-11-17",
          lastDay: "2024-11-17",
          actors: [
            ["iran-defence-minister", "وزير الدفاع الإيراني", "office"],
            ["ali-abbas", "علي عباس"],
          ],
          place: "دمشق",
        }),
        reportIn(second.text, {
          type: "agreement",
          sentence: laterAgreementSentence,
          edtf: "2020-07-08",
          firstDay: "2020-07-08",
          lastDay: "2020-07-08",
          actors: [["syria-defence-minister", "وزير الدفاع السوري", "office"]],
        }),
      ],
    ],
    [
      third.text,
      [
        reportIn(third.text, {
          type: "statement",
          sentence: statementSentence,
          edtf: "2019",
          firstDay: "2019-01-01",
          lastDay: "2019-12-31",
          precision: "year",
          actors: [["government", "الحكومة", "organisation"]],
          title: "خفض الضرائب",
        }),
      ],
    ],
  ]),
);

let temp: TempStore;
beforeAll(async () => {
  temp = await openTempStore();
  const totals = await ingestArticles(temp.store, [first, second, third], { extract: extractor });
  expect(totals).toEqual({ read: 3, stored: 3, skipped: 0, eventsCreated: 4, eventsMerged: 1 });
});
afterAll(() => temp.dispose());

async function titles(filter: Partial<EventFilter>): Promise<string[]> {
  const page = await listEvents(temp.store.db, { limit: 100, ...filter });
  return page.events.map((event) => `${event.type} ${event.firstDay}`);
}

describe("listEvents", () => {
  it("orders events by first day and overlaps the window with each event's whole range", async () => {
    expect(await titles({})).toEqual(["statement 2019-01-01", "agreement 2020-07-01", "visit 2020-07-05", "meeting 2024-11-17"]);
    // 10 July is inside the month-long agreement but after the visit.
    expect(await titles({ from: "2020-07-10", to: "2020-07-10" })).toEqual(["agreement 2020-07-01"]);
    expect(await titles({ from: "2020-07-05", to: "2020-07-05" })).toEqual(["agreement 2020-07-01", "visit 2020-07-05"]);
    expect(await titles({ to: "2019-06-30" })).toEqual(["statement 2019-01-01"]);
    expect(await titles({ from: "2020-08-01" })).toEqual(["meeting 2024-11-17"]);
    expect(await titles({ from: "2021-01-01", to: "2023-12-31" })).toEqual([]);
  });

  it("filters by type, actor id, name or alias, source and text", async () => {
    expect(await titles({ types: ["visit", "meeting"] })).toEqual(["visit 2020-07-05", "meeting 2024-11-17"]);
    expect(await titles({ actor: "iran-defence-minister" })).toEqual(["agreement 2020-07-01", "meeting 2024-11-17"]);
    // The first surface form seen is the actor's name; later ones become aliases.
    expect(await titles({ actor: "نظيره الإيراني" })).toEqual(["agreement 2020-07-01", "meeting 2024-11-17"]);
    expect(await titles({ actor: "وزير الدفاع الإيراني" })).toEqual(["agreement 2020-07-01", "meeting 2024-11-17"]);
    expect(await titles({ actor: "وزير الدفاع" })).toEqual([]);
    const [, secondId] = await sourceIds();
    expect(await titles({ source: secondId })).toEqual(["agreement 2020-07-01", "meeting 2024-11-17"]);
    expect(await titles({ search: queryTerms("تعاون عسكري") })).toEqual(["agreement 2020-07-01"]); // title
    expect(await titles({ search: queryTerms("في دمشق") })).toEqual(["meeting 2024-11-17"]); // excerpt
    expect(await titles({ search: queryTerms("50%") })).toEqual(["statement 2019-01-01"]);
  });

  it("pages with an opaque cursor through every event exactly once", async () => {
    const seen: string[] = [];
    let after: EventFilter["after"];
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await listEvents(temp.store.db, { limit: 3, after });
      seen.push(...page.events.map((event) => event.id));
      if (!page.nextCursor) break;
      after = decodeCursor(page.nextCursor) ?? undefined;
      expect(after).toEqual({ firstDay: page.events[2].firstDay, id: page.events[2].id });
    }
    const all = await listEvents(temp.store.db, { limit: 100 });
    expect(all.nextCursor).toBeNull();
    expect(seen).toEqual(all.events.map((event) => event.id));
    expect(seen).toHaveLength(4);
  });

  it("returns participants in the order they were reported", async () => {
    const [agreement] = (await listEvents(temp.store.db, { limit: 1, types: ["agreement"] })).events;
    expect(agreement.participants.map((p) => p.actorId)).toEqual(["syria-defence-minister", "iran-defence-minister"]);
    expect(agreement.participants[0]).toEqual({ actorId: "syria-defence-minister", name: "وزير الدفاع السوري", kind: "office" });
  });
});

async function sourceIds(): Promise<string[]> {
  const rows = await temp.store.db.selectFrom("sources").select(["id", "external_id"]).orderBy("external_id").execute();
  return rows.map((row) => row.id);
}

describe("getEventDetail", () => {
  it("gives every citation's excerpt, date and source, keeping the sources' conflicting dates", async () => {
    const [agreement] = (await listEvents(temp.store.db, { limit: 1, types: ["agreement"] })).events;
    const detail = await getEventDetail(temp.store.db, agreement.id);
    expect(detail?.event).toMatchObject({ edtf: "2020-07", precision: "month", corroboration: 2, reviewStatus: "unreviewed" });
    expect(detail?.citations.map((c) => [c.source.outlet, c.date, c.excerpt])).toEqual([
      ["Outlet One", "2020-07", agreementSentence],
      ["Outlet Two", "2020-07-08", laterAgreementSentence],
    ]);
    expect(detail?.citations[0].source).toEqual({
      id: detail?.citations[0].sourceId,
      outlet: "Outlet One",
      url: "https://one.example/a",
      published: "2020-07-20",
      title: "اتفاقية عسكرية",
    });
  });

  it("answers null for an unknown id", async () => {
    expect(await getEventDetail(temp.store.db, "nope")).toBeNull();
  });
});

describe("getSourceDetail", () => {
  it("gives the text and the span of every citation in it", async () => {
    const [, secondId] = await sourceIds();
    const detail = await getSourceDetail(temp.store.db, secondId);
    expect(detail?.source).toMatchObject({ id: secondId, outlet: "Outlet Two", published: "2024-11-17", externalId: "second", text: second.text });
    expect(detail?.highlights.map((h) => [h.eventType, second.text.slice(h.start, h.end)])).toEqual([
      ["meeting", meetingSentence],
      ["agreement", laterAgreementSentence],
    ]);
    expect(await getSourceDetail(temp.store.db, "nope")).toBeNull();
  });
});
