// The synthetic generator on a small count: what it stores follows the measured distributions,
// and the derived tables (R*Tree, day counts, search) agree with the events after the bulk load.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../lib/model";
import { openStore, type Store } from "../../lib/store";
import { decodeCursor } from "../../lib/store/cursor";
import { aggregateStarting, countRows, countSpanning, listEvents, type EventFilter } from "../../lib/store/queries";
import { queryTerms } from "../../lib/text/arabic-normalize";
import { loadDistributions, seedSynthetic } from "./synthetic";

const EVENTS = 3000;
const distributions = loadDistributions();
let folder: string;
let path: string;
let store: Store;
let seconds: number;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "chronicle-synthetic-"));
  path = join(folder, "synthetic.db");
  seconds = (await seedSynthetic(path, { events: EVENTS, fromYear: 2015, toYear: 2020, seed: 3 })).seconds;
  store = await openStore(path, { seed: false });
});
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

const share = (part: number, whole: number) => part / whole;

describe("seedSynthetic", () => {
  it("stores the asked number of events, each cited as often as its corroboration says", async () => {
    const counts = await countRows(store.db);
    expect(counts.events).toBe(EVENTS);
    expect(seconds).toBeGreaterThan(0);
    const mismatched = await sql<{ n: number }>`
      select count(*) as n from events e where e.corroboration <> (select count(distinct source_id) from citations c where c.event_id = e.id)`.execute(store.db);
    expect(mismatched.rows[0].n).toBe(0);
    // Excerpts point at the sentence of their event inside the source text.
    const [citation] = (await store.db.selectFrom("citations").innerJoin("sources", "sources.id", "citations.source_id").innerJoin("events", "events.id", "citations.event_id").select(["sources.text", "citations.excerpt_start", "citations.excerpt_end", "events.edtf"]).limit(1).execute());
    expect(citation.text.slice(citation.excerpt_start, citation.excerpt_end)).toMatch(/\.$/);
  });

  it("draws types, precisions and outlets in the measured proportions", async () => {
    const rows = async (query: ReturnType<typeof sql<{ key: string; n: number }>>) => (await query.execute(store.db)).rows;
    const totalMeasured = Object.values(distributions.types).reduce((sum, n) => sum + n, 0);
    for (const row of await rows(sql`select type as key, count(*) as n from events group by type`)) {
      expect(Math.abs(share(row.n, EVENTS) - share(distributions.types[row.key], totalMeasured))).toBeLessThan(0.04);
    }
    const dayShare = (await rows(sql`select 'day' as key, count(*) as n from events where precision = 'day'`))[0].n / EVENTS;
    const measuredDays = Object.values(distributions.precisionByType).reduce((sum, byPrecision) => sum + (byPrecision.day ?? 0), 0) / totalMeasured;
    expect(Math.abs(dayShare - measuredDays)).toBeLessThan(0.04);
    const outlets = await rows(sql`select outlet as key, count(*) as n from sources group by outlet order by n desc`);
    expect(outlets[0].key).toBe(Object.entries(distributions.outlets).sort((a, b) => b[1] - a[1])[0][0]);
  });

  it("keeps dates consistent: first ≤ last day, publication within the years, precisions with their spans", async () => {
    const bad = await sql<{ n: number }>`
      select count(*) as n from events where first_day > last_day
        or (precision = 'day' and first_day <> last_day)
        or (precision = 'month' and substr(first_day, 9) <> '01')
        or (precision = 'year' and (substr(first_day, 6) <> '01-01' or substr(last_day, 6) <> '12-31'))`.execute(store.db);
    expect(bad.rows[0].n).toBe(0);
    const published = await sql<{ first: string; last: string }>`select min(published) as first, max(published) as last from sources`.execute(store.db);
    expect(published.rows[0].first >= "2015-01-01" && published.rows[0].last <= "2020-12-31").toBe(true);
  });

  it("leaves the derived tables in step with the events, so windows and aggregates agree with a scan", async () => {
    const all = await store.db.selectFrom("events").select(["first_day", "last_day", "type"]).execute();
    for (const [from, to] of [["2016-03-01", "2016-03-31"], ["2018-01-01", "2018-12-31"], ["2019-07-15", "2019-07-15"]]) {
      const overlapping = all.filter((event) => event.first_day <= to && event.last_day >= from);
      const listed = await listEvents(store.db, { from, to, limit: 1000 });
      expect(listed.events.length).toBe(Math.min(1000, overlapping.length));
      const spanning = await countSpanning(store.db, { from });
      expect(spanning).toBe(overlapping.filter((event) => event.first_day < from).length);
      const buckets = await aggregateStarting(store.db, { from, to }, "week");
      expect(buckets.reduce((sum, bucket) => sum + bucket.count, spanning)).toBe(overlapping.length);
      const filtered = await aggregateStarting(store.db, { from, to, types: [...EVENT_TYPES] }, "week");
      expect(filtered).toEqual(buckets);
    }
  });

  it("pages through a window in (first day, id) order exactly as a sort of every overlapping event does, across ties", async () => {
    const all = await store.db.selectFrom("events").select(["id", "first_day", "last_day"]).execute();
    for (const [from, to] of [["2018-06-15", "2018-07-15"], ["2019-01-01", "2019-01-01"]]) {
      const expected = all
        .filter((event) => event.first_day <= to && event.last_day >= from)
        .sort((a, b) => (a.first_day === b.first_day ? (a.id < b.id ? -1 : 1) : a.first_day < b.first_day ? -1 : 1))
        .map((event) => event.id);
      const seen: string[] = [];
      let after: EventFilter["after"];
      for (let pages = 0; pages < 100; pages += 1) {
        const page = await listEvents(store.db, { from, to, limit: 7, after });
        seen.push(...page.events.map((event) => event.id));
        if (!page.nextCursor) break;
        after = decodeCursor(page.nextCursor)!;
      }
      expect(expected.length).toBeGreaterThan(20);
      expect(seen).toEqual(expected);
    }
  });

  it("adds whole months from the month rollup and partial edge months from the day rollup, as the events themselves count", async () => {
    const windows = [
      ["2015-01-01", "2020-12-31"],
      ["2016-03-17", "2019-11-04"],
      ["2017-05-01", "2017-05-20"],
      ["2017-05-20", "2017-06-30"],
      ["2018-02-10", "2018-03-09"],
    ];
    for (const [from, to] of windows) {
      for (const size of ["month", "year"] as const) {
        const rollup = await aggregateStarting(store.db, { from, to }, size);
        expect(rollup.length).toBeGreaterThan(0);
        expect(rollup).toEqual(await aggregateStarting(store.db, { from, to, types: [...EVENT_TYPES] }, size));
      }
    }
  });

  it("indexes the generated sentences for search", async () => {
    const page = await listEvents(store.db, { limit: 5, search: queryTerms("الزيارة الرسمية") });
    expect(page.events.length).toBeGreaterThan(0);
    expect(page.events.every((event) => event.type === "visit")).toBe(true);
  });

  it("refuses a database that already holds events", async () => {
    await expect(seedSynthetic(path, { events: 10, fromYear: 2015, toYear: 2020, seed: 3 })).rejects.toThrow(/already holds 3000 events/);
  });
});
