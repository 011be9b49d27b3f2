// Ingestion through the real pipeline (lib/temporal and lib/events) on the seed articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, getEventDetail, listEvents } from "./store/queries";
import { openTempStore, type TempStore } from "./store/test-helpers";

let temp: TempStore;
beforeAll(async () => {
  temp = await openTempStore({ seed: true, seedFolder: "data/seeds" });
});
afterAll(() => temp.dispose());

describe("a brand-new store", () => {
  it("loads the seed articles through ingestion", async () => {
    expect(temp.store.seeded).toMatchObject({ read: 2, stored: 2, skipped: 0 });
    const counts = await countRows(temp.store.db);
    expect(counts.sources).toBe(2);
    expect(counts.events).toBe(temp.store.seeded!.eventsCreated);
    expect(counts.citations).toBe(temp.store.seeded!.eventsCreated + temp.store.seeded!.eventsMerged);
  });
});

describe("merging across the seeds", () => {
  it("stores the July 2020 military agreement, reported by both articles, once with both citations", async () => {
    const { events } = await listEvents(temp.store.db, { limit: 100, types: ["agreement"], from: "2020-07-01", to: "2020-07-31" });
    const corroborated = events.filter((event) => event.corroboration === 2);
    expect(corroborated).toHaveLength(1);
    const detail = await getEventDetail(temp.store.db, corroborated[0].id);
    const outlets = new Set(detail!.citations.map((citation) => citation.source.outlet));
    expect(outlets).toEqual(new Set(["Athr Press", "Click News"]));
    for (const citation of detail!.citations) expect(citation.excerpt).toMatch(/اتفاقية|وثيقة/);
  });
});

describe("titles in both languages", () => {
  it("stores each extracted event with its English title beside the Arabic", async () => {
    const { events } = await listEvents(temp.store.db, { limit: 1000 });
    const meeting = events.find((event) => event.type === "meeting" && event.title === "لقاء علي محمود عباس وعزيز نصير زاده");
    expect(meeting?.titleEn).toBe("Ali Mahmoud Abbas and Aziz Nasirzadeh meet");
    expect(events.every((event) => event.titleEn)).toBe(true);
  });
});
