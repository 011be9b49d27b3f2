// The tables of the store as Kysely sees them. Column names are snake_case in SQL; the query
// module maps rows to the camelCase domain model (lib/model.ts). Booleans are 0/1 integers so
// the same schema serves SQLite and PostgreSQL.
import type { Generated, Insertable, Selectable } from "kysely";

export interface SourcesTable {
  id: string;
  outlet: string;
  url: string | null;
  published: string;
  language: string;
  title: string | null;
  text: string;
  content_hash: string;
  external_id: string | null;
  ingested_at: string;
}

export interface EventsTable {
  id: string;
  type: string;
  edtf: string;
  first_day: string;
  last_day: string;
  precision: string;
  title: string;
  place: string | null;
  review_status: Generated<string>;
  confidence: number;
  rule: string;
  scheduled: number;
  date_inferred: number;
  corroboration: Generated<number>;
}

export interface ActorsTable {
  id: string;
  name_ar: string;
  name_en: string | null;
  kind: string;
  /** JSON array of strings. */
  aliases: string;
}

export interface EventActorsTable {
  event_id: string;
  actor_id: string;
  /** Order in which the participants were first reported. */
  position: number;
}

export interface CitationsTable {
  id: string;
  event_id: string;
  source_id: string;
  excerpt_start: number;
  excerpt_end: number;
  timex_text: string | null;
  timex_start: number | null;
  timex_end: number | null;
  date: string;
}

export interface Database {
  sources: SourcesTable;
  events: EventsTable;
  actors: ActorsTable;
  event_actors: EventActorsTable;
  citations: CitationsTable;
}

export type SourceRow = Selectable<SourcesTable>;
export type EventRow = Selectable<EventsTable>;
export type ActorRow = Selectable<ActorsTable>;
export type CitationRow = Selectable<CitationsTable>;
export type NewEvent = Insertable<EventsTable>;
export type NewCitation = Insertable<CitationsTable>;
export type NewSource = Insertable<SourcesTable>;
