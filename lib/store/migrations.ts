// Schema migrations, defined in code so they ship inside any bundle (Next.js included) and run
// through Kysely's Migrator. Append new migrations; never edit one that has shipped.
import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { placeCountry } from "../events/places";
import { reindexAllForSearch, reindexSourcesForSearch } from "./queries";
import { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, REVIEW_STATUSES, ROLES } from "../model";

/** `column in ('a', 'b', …)` for a CHECK constraint over a closed vocabulary. */
function oneOf(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("sources")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("outlet", "text", (c) => c.notNull())
      .addColumn("url", "text")
      .addColumn("published", "text", (c) => c.notNull())
      .addColumn("language", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull().unique())
      .addColumn("external_id", "text")
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .addCheckConstraint("sources_language", oneOf("language", ["ar", "en"]))
      .execute();

    await db.schema
      .createTable("events")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("edtf", "text", (c) => c.notNull())
      .addColumn("first_day", "text", (c) => c.notNull())
      .addColumn("last_day", "text", (c) => c.notNull())
      .addColumn("precision", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("place", "text")
      .addColumn("review_status", "text", (c) => c.notNull().defaultTo("unreviewed"))
      .addColumn("confidence", "real", (c) => c.notNull())
      .addColumn("rule", "text", (c) => c.notNull())
      .addColumn("scheduled", "integer", (c) => c.notNull())
      .addColumn("date_inferred", "integer", (c) => c.notNull())
      .addColumn("corroboration", "integer", (c) => c.notNull().defaultTo(1))
      .addCheckConstraint("events_type", oneOf("type", EVENT_TYPES))
      .addCheckConstraint("events_precision", oneOf("precision", PRECISIONS))
      .addCheckConstraint("events_review_status", oneOf("review_status", REVIEW_STATUSES))
      .addCheckConstraint("events_days", sql`first_day <= last_day`)
      .addCheckConstraint("events_confidence", sql`confidence >= 0 and confidence <= 1`)
      .execute();

    await db.schema
      .createTable("actors")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name_ar", "text", (c) => c.notNull())
      .addColumn("name_en", "text")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("aliases", "text", (c) => c.notNull().defaultTo("[]"))
      .addCheckConstraint("actors_kind", oneOf("kind", ACTOR_KINDS))
      .execute();

    await db.schema
      .createTable("event_actors")
      .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
      .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
      .addColumn("position", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("event_actors_pk", ["event_id", "actor_id"])
      .execute();

    await db.schema
      .createTable("citations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("event_id", "text", (c) => c.notNull().references("events.id").onDelete("cascade"))
      .addColumn("source_id", "text", (c) => c.notNull().references("sources.id").onDelete("cascade"))
      .addColumn("excerpt_start", "integer", (c) => c.notNull())
      .addColumn("excerpt_end", "integer", (c) => c.notNull())
      .addColumn("timex_text", "text")
      .addColumn("timex_start", "integer")
      .addColumn("timex_end", "integer")
      .addColumn("date", "text", (c) => c.notNull())
      .addCheckConstraint("citations_excerpt", sql`excerpt_start >= 0 and excerpt_start < excerpt_end`)
      .execute();

    await db.schema.createIndex("events_first_day").on("events").column("first_day").execute();
    await db.schema.createIndex("events_last_day").on("events").column("last_day").execute();
    await db.schema.createIndex("events_type_first_day").on("events").columns(["type", "first_day"]).execute();
    await db.schema.createIndex("event_actors_actor").on("event_actors").column("actor_id").execute();
    await db.schema.createIndex("citations_event").on("citations").column("event_id").execute();
    await db.schema.createIndex("citations_source").on("citations").column("source_id").execute();
  },
  async down(db: Kysely<any>) {
    for (const table of ["citations", "event_actors", "actors", "events", "sources"]) {
      await db.schema.dropTable(table).execute();
    }
  },
};

/**
 * The structures derived from events that keep windows, aggregates and search fast at a
 * million events. SQLite-specific by nature (a PostgreSQL store would use a GiST index over a
 * daterange, a materialised rollup and tsvector instead); the query module reads them through
 * Kysely like any table.
 *
 * Windows: an event overlaps [from, to] when first_day <= to and last_day >= from. A B-tree on
 * first_day bounds only one side, so the scan reads every earlier event (≈50 ms at 200,000
 * events, growing with the store). A stored bound on the longest span would give the scan a
 * lower bound, but one decade-long "range" event (the corpus has spans of 58 years) makes that
 * bound useless for everything. So the query splits the window: events starting inside it come
 * from the first_day index (ordered, stops at the page size), and events that started earlier
 * and still run come from an R*Tree over integer day numbers, which finds the intervals
 * containing a day in O(log n + k) whatever their length. On 1,000,000 synthetic events
 * (npm run bench) a page of any window then takes ≈3 ms and a timeline answer 1–4 ms.
 *
 * events_span is keyed by events.key, an explicit integer, not by rowid: VACUUM may renumber
 * the rowids of a table without an INTEGER PRIMARY KEY, which would detach every derived row.
 */
const SPAN_AND_DAY_TRIGGERS = [
  sql`create trigger events_span_insert after insert on events begin
    insert into events_span (id, first_jdn, last_jdn) values (new.key, new.first_jdn, new.last_jdn);
  end`,
  sql`create trigger events_span_update after update of key, first_day, last_day on events begin
    update events_span set id = new.key, first_jdn = new.first_jdn, last_jdn = new.last_jdn where id = old.key;
  end`,
  sql`create trigger events_span_delete after delete on events begin
    delete from events_span where id = old.key;
  end`,
  // Unfiltered aggregates read this rollup instead of every event: a decade is ≈25,000 rows
  // here against ≈1,000,000 in events.
  sql`create trigger event_day_counts_insert after insert on events begin
    insert into event_day_counts (day, day_jdn, type, events) values (new.first_day, new.first_jdn, new.type, 1)
      on conflict (day, type) do update set events = events + 1;
  end`,
  sql`create trigger event_day_counts_update after update of first_day, type on events begin
    update event_day_counts set events = events - 1 where day = old.first_day and type = old.type;
    insert into event_day_counts (day, day_jdn, type, events) values (new.first_day, new.first_jdn, new.type, 1)
      on conflict (day, type) do update set events = events + 1;
  end`,
  sql`create trigger event_day_counts_delete after delete on events begin
    update event_day_counts set events = events - 1 where day = old.first_day and type = old.type;
  end`,
];

// The same by month (migration 0003), so that a decade in months reads ≈840 rows, not ≈25,000.
const MONTH_COUNT_TRIGGERS = [
  sql`create trigger event_month_counts_insert after insert on events begin
    insert into event_month_counts (month, type, events) values (substr(new.first_day, 1, 7), new.type, 1)
      on conflict (month, type) do update set events = events + 1;
  end`,
  sql`create trigger event_month_counts_update after update of first_day, type on events begin
    update event_month_counts set events = events - 1 where month = substr(old.first_day, 1, 7) and type = old.type;
    insert into event_month_counts (month, type, events) values (substr(new.first_day, 1, 7), new.type, 1)
      on conflict (month, type) do update set events = events + 1;
  end`,
  sql`create trigger event_month_counts_delete after delete on events begin
    update event_month_counts set events = events - 1 where month = substr(old.first_day, 1, 7) and type = old.type;
  end`,
];

export const DERIVED_TRIGGER_NAMES = [
  "events_span_insert",
  "events_span_update",
  "events_span_delete",
  "event_day_counts_insert",
  "event_day_counts_update",
  "event_day_counts_delete",
  "event_month_counts_insert",
  "event_month_counts_update",
  "event_month_counts_delete",
];

/** Fills events_span and the day and month counts from events (after a bulk load without triggers). */
export async function rebuildDerivedTables(db: Kysely<any>): Promise<void> {
  await rebuildSpansAndDayCounts(db);
  await rebuildMonthCounts(db);
}

async function rebuildSpansAndDayCounts(db: Kysely<any>): Promise<void> {
  await sql`delete from events_span`.execute(db);
  await sql`insert into events_span (id, first_jdn, last_jdn) select key, first_jdn, last_jdn from events`.execute(db);
  await sql`delete from event_day_counts`.execute(db);
  await sql`insert into event_day_counts (day, day_jdn, type, events)
    select first_day, min(first_jdn), type, count(*) from events group by first_day, type`.execute(db);
}

async function rebuildMonthCounts(db: Kysely<any>): Promise<void> {
  await sql`delete from event_month_counts`.execute(db);
  await sql`insert into event_month_counts (month, type, events)
    select substr(day, 1, 7), type, sum(events) from event_day_counts group by substr(day, 1, 7), type`.execute(db);
}

// Julian day numbers: positive for every date in the calendar, and JDN mod 7 = 0 on Mondays,
// so whole weeks are plain integer division.
const JDN = (column: string) => sql`cast(julianday(${sql.ref(column)}) + 0.5 as integer)`;

const windowsAndSearch: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable("events")
      .addColumn("first_jdn", "integer", (c) => c.generatedAlwaysAs(JDN("first_day")))
      .execute();
    await db.schema
      .alterTable("events")
      .addColumn("last_jdn", "integer", (c) => c.generatedAlwaysAs(JDN("last_day")))
      .execute();
    await db.schema.alterTable("events").addColumn("key", "integer").execute();
    await sql`update events set key = rowid`.execute(db);
    await db.schema.createIndex("events_key").on("events").column("key").unique().execute();
    // The state the event's place lies in (or the place itself, when it is a state).
    await db.schema.alterTable("events").addColumn("place_country", "text").execute();
    const places = await db.selectFrom("events").select("place").distinct().where("place", "is not", null).execute();
    for (const { place } of places) {
      const country = placeCountry(place as string);
      if (country) await db.updateTable("events").set({ place_country: country }).where("place", "=", place).execute();
    }
    await db.schema.createIndex("events_place_country").on("events").columns(["place_country", "first_day"]).execute();
    await db.schema.createIndex("sources_outlet").on("sources").column("outlet").execute();
    await db.schema.createIndex("actors_kind").on("actors").column("kind").execute();

    await sql`create virtual table events_span using rtree_i32(id, first_jdn, last_jdn)`.execute(db);
    await db.schema
      .createTable("event_day_counts")
      .addColumn("day", "text", (c) => c.notNull())
      .addColumn("day_jdn", "integer", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("events", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("event_day_counts_pk", ["day", "type"])
      .modifyEnd(sql`without rowid`)
      .execute();
    await rebuildSpansAndDayCounts(db);
    for (const trigger of SPAN_AND_DAY_TRIGGERS) await trigger.execute(db);

    // Search: one row per event (rowid = events.key) and one per source, holding the
    // normalised readings that lib/text/arabic-normalize.ts makes; contentless, since the text
    // itself is in events and sources. Kept in sync by ingestion, which has the normaliser.
    await sql`create virtual table event_search using fts5(title, excerpts, sources, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1)`.execute(db);
    await sql`create virtual table source_search using fts5(source_id unindexed, title, text, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
    await reindexAllForSearch(db);
  },
  async down(db: Kysely<any>) {
    for (const name of DERIVED_TRIGGER_NAMES.slice(0, SPAN_AND_DAY_TRIGGERS.length)) await sql`drop trigger ${sql.id(name)}`.execute(db);
    for (const table of ["source_search", "event_search", "event_day_counts", "events_span"]) await db.schema.dropTable(table).execute();
    for (const index of ["actors_kind", "sources_outlet", "events_place_country", "events_key"]) await db.schema.dropIndex(index).execute();
    for (const column of ["place_country", "key", "last_jdn", "first_jdn"]) await db.schema.alterTable("events").dropColumn(column).execute();
  },
};

const monthCounts: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("event_month_counts")
      .addColumn("month", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addColumn("events", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("event_month_counts_pk", ["month", "type"])
      .modifyEnd(sql`without rowid`)
      .execute();
    await rebuildMonthCounts(db);
    for (const trigger of MONTH_COUNT_TRIGGERS) await trigger.execute(db);
    // No query bounds last_day alone any more (the R*Tree answers overlaps): the index only
    // cost writes and a tenth of the load time.
    await db.schema.dropIndex("events_last_day").execute();
    // Source search without a second copy of every article: contentless, keeping only the id.
    await db.schema.dropTable("source_search").execute();
    await sql`create virtual table source_search using fts5(source_id unindexed, title, text, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_unindexed = 1)`.execute(db);
    await reindexSourcesForSearch(db);
  },
  async down(db: Kysely<any>) {
    for (const name of DERIVED_TRIGGER_NAMES.slice(SPAN_AND_DAY_TRIGGERS.length)) await sql`drop trigger ${sql.id(name)}`.execute(db);
    await db.schema.dropTable("event_month_counts").execute();
    await db.schema.createIndex("events_last_day").on("events").column("last_day").execute();
  },
};

/**
 * Ingestion looks a new article's id up among the stored ones (one id names one article), and
 * an imported event's sources keep the order its file gave them.
 */
const externalIdsAndCitationPositions: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex("sources_external_id").on("sources").column("external_id").execute();
    await db.schema.alterTable("citations").addColumn("position", "integer", (c) => c.notNull().defaultTo(0)).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.alterTable("citations").dropColumn("position").execute();
    await db.schema.dropIndex("sources_external_id").execute();
  },
};

/**
 * People and what they did: accounts with roles, their sign-in sessions, failed sign-ins (the
 * rate limit counts them here so every server process sees the same count), the audit trail of
 * review changes with the state each change replaced, and an English title beside the event's
 * own.
 */
const accountsAndReview: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("users")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("name", "text", (c) => c.notNull().unique())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addCheckConstraint("users_role", oneOf("role", ROLES))
      .execute();
    await db.schema
      .createTable("sessions")
      // The sha256 of the cookie's token: the database alone does not let anyone sign in.
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("csrf_token", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();
    await db.schema
      .createTable("login_failures")
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("login_failures_key_at").on("login_failures").columns(["key", "at"]).execute();
    await db.schema
      .createTable("audit_log")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("user_name", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("changes", "text", (c) => c.notNull())
      .addColumn("snapshots", "text", (c) => c.notNull())
      .addColumn("undone_at", "text")
      .addColumn("undone_by", "text")
      .execute();
    await db.schema
      .createTable("audit_events")
      .addColumn("audit_id", "integer", (c) => c.notNull().references("audit_log.id").onDelete("cascade"))
      .addColumn("event_id", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("audit_events_pk", ["event_id", "audit_id"])
      .execute();
    await db.schema.alterTable("events").addColumn("title_en", "text").execute();
    await db.schema.createIndex("events_review_queue").on("events").columns(["review_status", "corroboration", "first_day"]).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex("events_review_queue").execute();
    await db.schema.alterTable("events").dropColumn("title_en").execute();
    for (const table of ["audit_events", "audit_log", "login_failures", "sessions", "users"]) await db.schema.dropTable(table).execute();
  },
};

/** Every migration by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  "0001_initial": initial,
  "0002_windows_search": windowsAndSearch,
  "0003_month_counts": monthCounts,
  "0004_external_ids_citation_positions": externalIdsAndCitationPositions,
  "0005_accounts_review": accountsAndReview,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
