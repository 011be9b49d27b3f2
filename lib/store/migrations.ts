// Schema migrations, defined in code so they ship inside any bundle (Next.js included) and run
// through Kysely's Migrator. Append new migrations; never edit one that has shipped.
import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { ACTOR_KINDS, EVENT_TYPES, PRECISIONS, REVIEW_STATUSES } from "../model";

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

/** Every migration by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  "0001_initial": initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
