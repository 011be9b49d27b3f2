import { existsSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, storePath } from "./index";
import { DERIVED_TRIGGER_NAMES, migrations } from "./migrations";
import { countRows } from "./queries";
import { openTempStore, type TempStore } from "./test-helpers";

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.dispose();
  temp = undefined;
});

describe("openStore", () => {
  it("creates and migrates a new database file with every table and index", async () => {
    temp = await openTempStore();
    expect(existsSync(temp.path)).toBe(true);
    const { db } = temp.store;
    const objects = await sql<{ type: string; name: string }>`select type, name from sqlite_master where name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db);
    const names = (type: string) => objects.rows.filter((row) => row.type === type).map((row) => row.name).sort();
    // FTS5 and R*Tree keep their data in shadow tables named after them.
    const shadow = /^(event_search|source_search|events_span)_/;
    expect(names("table").filter((name) => !shadow.test(name))).toEqual([
      "actors",
      "audit_events",
      "audit_log",
      "citations",
      "event_actors",
      "event_day_counts",
      "event_month_counts",
      "event_search",
      "events",
      "events_span",
      "login_failures",
      "sessions",
      "source_search",
      "sources",
      "users",
    ]);
    expect(names("index")).toEqual([
      "actors_kind",
      "citations_event",
      "citations_source",
      "event_actors_actor",
      "events_first_day",
      "events_key",
      "events_place_country",
      "events_review_queue",
      "events_type_first_day",
      "login_failures_key_at",
      "sessions_user",
      "sources_external_id",
      "sources_outlet",
    ]);
    expect(names("trigger")).toEqual(DERIVED_TRIGGER_NAMES.toSorted());
    const applied = await db.selectFrom("kysely_migration" as never).select("name" as never).execute();
    expect(applied.map((row) => (row as { name: string }).name)).toEqual(Object.keys(migrations));
  });

  it("runs in WAL mode with foreign keys enforced", async () => {
    temp = await openTempStore();
    const { db } = temp.store;
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(mode.rows[0].journal_mode).toBe("wal");
    await expect(
      db
        .insertInto("citations")
        .values({ id: "c", event_id: "missing", source_id: "missing", excerpt_start: 0, excerpt_end: 1, timex_text: null, timex_start: null, timex_end: null, date: "2020" })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it("rejects values outside the model's vocabularies", async () => {
    temp = await openTempStore();
    const row = { id: "e", key: 1, type: "party", edtf: "2020", first_day: "2020-01-01", last_day: "2020-12-31", precision: "year", title: "t", place: null, confidence: 0.5, rule: "r", scheduled: 0, date_inferred: 0 };
    await expect(temp.store.db.insertInto("events").values(row).execute()).rejects.toThrow(/CHECK/);
    await expect(temp.store.db.insertInto("events").values({ ...row, type: "visit", first_day: "2021-01-01" }).execute()).rejects.toThrow(/CHECK/);
  });

  it("opens one instance per file, and reopening a closed file keeps its data without migrating again", async () => {
    temp = await openTempStore();
    expect(await openStore(temp.path)).toBe(temp.store);
    await temp.store.db.insertInto("actors").values({ id: "a", name_ar: "أ", name_en: null, kind: "person", aliases: "[]" }).execute();
    await temp.store.close();
    const reopened = await openStore(temp.path);
    expect(reopened).not.toBe(temp.store);
    expect(reopened.seeded).toBeNull();
    expect((await countRows(reopened.db)).actors).toBe(1);
    temp.store = reopened;
  });

  it("resolves CHRONICLE_DB against the working directory, defaulting to data/chronicle.db", () => {
    const saved = process.env.CHRONICLE_DB;
    try {
      delete process.env.CHRONICLE_DB;
      expect(storePath()).toBe(join(process.cwd(), "data/chronicle.db"));
      process.env.CHRONICLE_DB = "elsewhere/test.db";
      expect(storePath()).toBe(join(process.cwd(), "elsewhere/test.db"));
    } finally {
      if (saved === undefined) delete process.env.CHRONICLE_DB;
      else process.env.CHRONICLE_DB = saved;
    }
  });
});
