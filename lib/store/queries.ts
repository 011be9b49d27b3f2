// Every read and write of the store goes through this module, written with Kysely's query
// builder (no SQLite-only SQL), so that a PostgreSQL dialect can later serve the same callers.
// Functions take an executor: the store's Kysely instance or a transaction on it.
import { sql, type Selectable, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from "kysely";
import type {
  AuditChange,
  AuditEntry,
  CitationView,
  EventDetail,
  EventMatches,
  EventsPage,
  SearchEventsPage,
  SourceDetail,
  SourceSearchPage,
  SourceHighlight,
  TimelineAnswer,
  TimelineEvent,
  TimelineBucket,
  TimelineBucketSize,
} from "../api-types";
import type {
  Actor,
  ActorKind,
  ChronicleEvent,
  Citation,
  EventType,
  Language,
  Participant,
  Precision,
  ReviewStatus,
  Role,
  Source,
} from "../model";
import { toMergeCandidate, type MergeCandidate } from "../events/merge";
import { indexText, matchExpression, matchSpans, type QueryTerm } from "../text/arabic-normalize";
import { encodeCursor, type EventCursor } from "./cursor";
import { addDays as addDaysTo, dayNumber, dayOfNumber, daysInMonth } from "./days";
import { placeCountry } from "../events/places";
import type { AuditLogTable, CitationsTable, Database, EventRow, SourceRow } from "./schema";

export type Executor = Kysely<Database>;

/** How many ids go into one `in (…)` list: well under every engine's bound-parameter limit. */
const ID_CHUNK = 500;
const LIKE_WILDCARD = /[\\%_]/g;

// ---------------------------------------------------------------------------------- writes

export async function findSourceIdByHash(db: Executor, contentHash: string): Promise<string | null> {
  const row = await db.selectFrom("sources").select("id").where("content_hash", "=", contentHash).executeTakeFirst();
  return row?.id ?? null;
}

/** The content hash of a stored article the id it came with names, or null. */
export async function findHashByExternalId(db: Executor, externalId: string): Promise<string | null> {
  const row = await db.selectFrom("sources").select("content_hash").where("external_id", "=", externalId).executeTakeFirst();
  return row?.content_hash ?? null;
}

/** Stores a source and indexes its title and text for search. */
export async function insertSource(db: Executor, source: Source): Promise<void> {
  await db
    .insertInto("sources")
    .values({
      id: source.id,
      outlet: source.outlet,
      url: source.url,
      published: source.published,
      language: source.language,
      title: source.title,
      text: source.text,
      content_hash: source.contentHash,
      external_id: source.externalId,
      ingested_at: source.ingestedAt,
    })
    .execute();
  await indexSourceForSearch(db, source);
}

/** Writes a source's search row from its title and text, normalised. */
async function indexSourceForSearch(db: Executor, source: Pick<Source, "id" | "title" | "text">): Promise<void> {
  await db
    .insertInto("source_search")
    .values({ source_id: source.id, title: indexText(source.title), text: indexText(source.text) })
    .execute();
}

/**
 * Stores an actor, or, when its id is known, keeps the stored names and kind and adds any new
 * aliases (so that every surface form seen in an article finds the actor again).
 */
export async function saveActor(db: Executor, actor: Actor): Promise<void> {
  const stored = await db.selectFrom("actors").selectAll().where("id", "=", actor.id).executeTakeFirst();
  if (!stored) {
    await db
      .insertInto("actors")
      .values({
        id: actor.id,
        name_ar: actor.nameAr,
        name_en: actor.nameEn,
        kind: actor.kind,
        aliases: JSON.stringify(distinctAliases(actor.aliases, [actor.nameAr, actor.nameEn])),
      })
      .execute();
    return;
  }
  const storedAliases = JSON.parse(stored.aliases) as string[];
  const offered = [actor.nameAr, ...(actor.nameEn ? [actor.nameEn] : []), ...actor.aliases];
  const aliases = distinctAliases([...storedAliases, ...offered], [stored.name_ar, stored.name_en]);
  const nameEn = stored.name_en ?? actor.nameEn;
  if (aliases.length !== storedAliases.length || nameEn !== stored.name_en) {
    await db
      .updateTable("actors")
      .set({ aliases: JSON.stringify(aliases), name_en: nameEn })
      .where("id", "=", actor.id)
      .execute();
  }
}

function distinctAliases(aliases: string[], names: (string | null)[]): string[] {
  const taken = new Set(names.filter((name): name is string => name !== null));
  return [...new Set(aliases)].filter((alias) => alias && !taken.has(alias));
}

export type NewEventInput = Omit<ChronicleEvent, "participants" | "reviewStatus" | "corroboration">;

/** Stores an event; index it for search with indexEventForSearch once its citations are in. */
export async function insertEvent(db: Executor, event: NewEventInput): Promise<void> {
  await db
    .insertInto("events")
    .values({
      id: event.id,
      // The next key: max(key) is one step down the events_key index.
      key: sql<number>`(select coalesce(max(${sql.ref("key")}), 0) + 1 from ${sql.table("events")})`,
      place_country: placeCountry(event.place),
      type: event.type,
      edtf: event.edtf,
      first_day: event.firstDay,
      last_day: event.lastDay,
      precision: event.precision,
      title: event.title,
      title_en: event.titleEn,
      place: event.place,
      confidence: event.confidence,
      rule: event.rule,
      scheduled: event.scheduled ? 1 : 0,
      date_inferred: event.dateInferred ? 1 : 0,
    })
    .execute();
}

/** Adds participants to an event after the ones it has; actors it already has are skipped. */
export async function addEventActors(db: Executor, eventId: string, actorIds: string[]): Promise<void> {
  const present = await db
    .selectFrom("event_actors")
    .select("actor_id")
    .where("event_id", "=", eventId)
    .execute();
  const known = new Set(present.map((row) => row.actor_id));
  const added = [...new Set(actorIds)].filter((id) => !known.has(id));
  if (!added.length) return;
  await db
    .insertInto("event_actors")
    .values(added.map((actorId, index) => ({ event_id: eventId, actor_id: actorId, position: present.length + index })))
    .execute();
}

/** Stores a citation; `position` orders an imported event's sources as its file did. */
export async function insertCitation(db: Executor, citation: Citation, position = 0): Promise<void> {
  await db
    .insertInto("citations")
    .values({
      id: citation.id,
      event_id: citation.eventId,
      source_id: citation.sourceId,
      excerpt_start: citation.excerptStart,
      excerpt_end: citation.excerptEnd,
      timex_text: citation.timexText,
      timex_start: citation.timexStart,
      timex_end: citation.timexEnd,
      date: citation.date,
      position,
    })
    .execute();
}

/** Sets an event's corroboration to the number of distinct sources citing it. */
export async function refreshCorroboration(db: Executor, eventId: string): Promise<void> {
  const { sources } = await db
    .selectFrom("citations")
    .select((eb) => eb.fn.count<number>("source_id").distinct().as("sources"))
    .where("event_id", "=", eventId)
    .executeTakeFirstOrThrow();
  await db.updateTable("events").set({ corroboration: Number(sources) }).where("id", "=", eventId).execute();
}

/** (Re)writes an event's search row from its title, its citations' excerpts and their sources' titles. */
export async function indexEventForSearch(db: Executor, eventId: string): Promise<void> {
  const event = await db.selectFrom("events").select(["key", "title"]).where("id", "=", eventId).executeTakeFirstOrThrow();
  const citations = await db
    .selectFrom("citations")
    .innerJoin("sources", "sources.id", "citations.source_id")
    .select(["citations.excerpt_start", "citations.excerpt_end", "sources.title", "sources.text"])
    .where("citations.event_id", "=", eventId)
    .execute();
  await db.deleteFrom("event_search").where("rowid", "=", event.key).execute();
  await db
    .insertInto("event_search")
    .values({
      rowid: event.key,
      ...eventSearchColumns(
        event.title,
        citations.map((c) => c.text.slice(c.excerpt_start, c.excerpt_end)),
        citations.map((c) => c.title),
      ),
    })
    .execute();
}

/** The search row of an event: its title, excerpts and source titles, normalised. */
export function eventSearchColumns(title: string, excerpts: string[], sourceTitles: (string | null)[]) {
  return {
    title: indexText(title),
    excerpts: excerpts.map(indexText).join(" "),
    sources: [...new Set(sourceTitles)].map(indexText).join(" "),
  };
}

/** Fills both (new, empty) search tables from events and sources, as a migration that creates them must. */
export async function reindexAllForSearch(db: Executor | Kysely<any>): Promise<void> {
  const store = db as Executor;
  await reindexSourcesForSearch(store);
  const events = await store.selectFrom("events").select("id").execute();
  for (const { id } of events) await indexEventForSearch(store, id);
}

/** Fills the (new, empty) source search table from the sources. */
export async function reindexSourcesForSearch(db: Executor | Kysely<any>): Promise<void> {
  const store = db as Executor;
  const sources = await store.selectFrom("sources").select(["id", "title", "text"]).execute();
  for (const source of sources) await indexSourceForSearch(store, source);
}

/**
 * `insert into <table> (<columns>) values (?, …)` as Kysely compiles it, for bulk loaders that
 * prepare one statement and run it many times; parameters go in the order of `columns`.
 */
export function bulkInsertSql<T extends keyof Database & string>(db: Executor, table: T, columns: (keyof Database[T] & string)[]): string {
  const values = Object.fromEntries(columns.map((column) => [column, null]));
  return db.insertInto(table).values(values as never).compile().sql;
}

export interface StoredCandidate extends MergeCandidate {
  id: string;
  reviewStatus: ReviewStatus;
}

export interface CandidateQuery {
  type: EventType;
  firstDay: string;
  lastDay: string;
  /** Candidates must start on or after this day: keeps the index range scan bounded. */
  startsFrom: string;
  /** Events reported only by this source are not candidates (an article does not corroborate itself). */
  otherThanSource: string;
  limit: number;
}

/** Stored events of one type whose day range overlaps the given one, with their actor ids. */
export async function findMergeCandidates(db: Executor, query: CandidateQuery): Promise<StoredCandidate[]> {
  const rows = await db
    .selectFrom("events")
    .select(["id", "type", "rule", "place", "first_day", "last_day", "review_status"])
    .where("type", "=", query.type)
    .where("first_day", ">=", query.startsFrom)
    .where("first_day", "<=", query.lastDay)
    .where("last_day", ">=", query.firstDay)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("citations")
          .select("citations.id")
          .whereRef("citations.event_id", "=", "events.id")
          .where("citations.source_id", "<>", query.otherThanSource),
      ),
    )
    .orderBy("first_day", "desc")
    .orderBy("id")
    .limit(query.limit)
    .execute();
  const participants = await participantsOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    ...toMergeCandidate(
      { type: row.type as EventType, rule: row.rule, place: row.place, participants: participants.get(row.id) ?? [] },
      { firstDay: row.first_day, lastDay: row.last_day },
    ),
    reviewStatus: row.review_status as ReviewStatus,
  }));
}

export interface StoreCounts {
  sources: number;
  events: number;
  actors: number;
  citations: number;
}

export async function countRows(db: Executor): Promise<StoreCounts> {
  const count = async (table: keyof Database) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("rows"))
      .executeTakeFirstOrThrow();
    return Number(row.rows);
  };
  return {
    sources: await count("sources"),
    events: await count("events"),
    actors: await count("actors"),
    citations: await count("citations"),
  };
}

// -------------------------------------------------------------------------------- accounts

export interface StoredUser {
  id: number;
  name: string;
  role: Role;
  passwordHash: string;
}

export async function insertUser(db: Executor, user: { name: string; role: Role; passwordHash: string; createdAt: string }): Promise<void> {
  await db.insertInto("users").values({ name: user.name, role: user.role, password_hash: user.passwordHash, created_at: user.createdAt }).execute();
}

/** Changes a stored user's role and password; false when there is no such user. */
export async function updateUser(db: Executor, name: string, change: { role: Role; passwordHash: string }): Promise<boolean> {
  const result = await db.updateTable("users").set({ role: change.role, password_hash: change.passwordHash }).where("name", "=", name).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findUserByName(db: Executor, name: string): Promise<StoredUser | null> {
  const row = await db.selectFrom("users").select(["id", "name", "role", "password_hash"]).where("name", "=", name).executeTakeFirst();
  return row ? { id: row.id, name: row.name, role: row.role as Role, passwordHash: row.password_hash } : null;
}

export async function insertSession(db: Executor, session: { tokenHash: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string }): Promise<void> {
  await db
    .insertInto("sessions")
    .values({ token_hash: session.tokenHash, user_id: session.userId, csrf_token: session.csrfToken, created_at: session.createdAt, expires_at: session.expiresAt })
    .execute();
}

export interface SessionUser {
  userId: number;
  name: string;
  role: Role;
  csrfToken: string;
}

/** The user of an unexpired session, or null. */
export async function findSession(db: Executor, tokenHash: string, now: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.name", "users.role", "sessions.csrf_token"])
    .where("sessions.token_hash", "=", tokenHash)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();
  return row ? { userId: row.id, name: row.name, role: row.role as Role, csrfToken: row.csrf_token } : null;
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
}

export async function recordLoginFailure(db: Executor, keys: string[], at: string): Promise<void> {
  await db.insertInto("login_failures").values(keys.map((key) => ({ key, at }))).execute();
}

/** Failed sign-ins since `since` for the key that has most of them. */
export async function countLoginFailures(db: Executor, keys: string[], since: string): Promise<number> {
  const rows = await db
    .selectFrom("login_failures")
    .select(["key", (eb) => eb.fn.countAll<number>().as("failures")])
    .where("key", "in", keys)
    .where("at", ">", since)
    .groupBy("key")
    .execute();
  return Math.max(0, ...rows.map((row) => Number(row.failures)));
}

export async function clearLoginFailures(db: Executor, keys: string[], olderThan: string): Promise<void> {
  await db.deleteFrom("login_failures").where((eb) => eb.or([eb("key", "in", keys), eb("at", "<=", olderThan)])).execute();
}

// ---------------------------------------------------------------------------------- review

/** An event as stored, with its participants and citations: what an audit entry keeps to undo a change. */
export interface EventSnapshot {
  event: Omit<EventRow, "first_jdn" | "last_jdn">;
  actorIds: string[];
  citations: Selectable<CitationsTable>[];
}

export async function snapshotEvent(db: Executor, id: string): Promise<EventSnapshot | null> {
  const event = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  if (!event) return null;
  const { first_jdn: _first, last_jdn: _last, ...stored } = event;
  const actors = await db.selectFrom("event_actors").select("actor_id").where("event_id", "=", id).orderBy("position").execute();
  const citations = await db.selectFrom("citations").selectAll().where("event_id", "=", id).orderBy("id").execute();
  return { event: stored, actorIds: actors.map((row) => row.actor_id), citations };
}

/**
 * Puts an event back as a snapshot holds it: its row (re-created under its old key when that is
 * free), its participants, and its citations (moved back, or re-created when they were deleted).
 * Citations it gained since stay with it.
 */
export async function restoreEventSnapshot(db: Executor, snapshot: EventSnapshot): Promise<void> {
  const { id, key, ...fields } = snapshot.event;
  if (await eventExists(db, id)) {
    await db.updateTable("events").set(fields).where("id", "=", id).execute();
  } else {
    const taken = await db.selectFrom("events").select("id").where("key", "=", key).executeTakeFirst();
    await db
      .insertInto("events")
      .values({ id, ...fields, key: taken ? sql<number>`(select coalesce(max(${sql.ref("key")}), 0) + 1 from ${sql.table("events")})` : key })
      .execute();
  }
  await setEventActors(db, id, snapshot.actorIds);
  for (const citation of snapshot.citations) {
    const { id: citationId, ...rest } = citation;
    await db.insertInto("citations").values(citation).onConflict((conflict) => conflict.column("id").doUpdateSet(rest)).execute();
  }
}

export type EventChange = Partial<
  Pick<EventRow, "type" | "edtf" | "first_day" | "last_day" | "precision" | "title" | "title_en" | "place" | "review_status" | "scheduled" | "date_inferred">
>;

export async function updateEvent(db: Executor, id: string, change: EventChange): Promise<void> {
  const set = "place" in change ? { ...change, place_country: placeCountry(change.place ?? null) } : change;
  await db.updateTable("events").set(set).where("id", "=", id).execute();
}

/** Replaces an event's participants, in the given order. */
export async function setEventActors(db: Executor, eventId: string, actorIds: string[]): Promise<void> {
  await db.deleteFrom("event_actors").where("event_id", "=", eventId).execute();
  await addEventActors(db, eventId, actorIds);
}

export async function moveCitations(db: Executor, citationIds: string[], toEventId: string): Promise<void> {
  if (citationIds.length) await db.updateTable("citations").set({ event_id: toEventId }).where("id", "in", citationIds).execute();
}

/** The citations of a source: where each excerpt lies, and the event it is cited for. */
export async function citationsOfSource(db: Executor, sourceId: string): Promise<Pick<CitationsTable, "id" | "event_id" | "excerpt_start" | "excerpt_end">[]> {
  return db.selectFrom("citations").select(["id", "event_id", "excerpt_start", "excerpt_end"]).where("source_id", "=", sourceId).orderBy("id").execute();
}

export async function updateCitationDate(db: Executor, id: string, date: Pick<CitationsTable, "date" | "timex_text" | "timex_start" | "timex_end">): Promise<void> {
  await db.updateTable("citations").set(date).where("id", "=", id).execute();
}

export async function updateSourcePublished(db: Executor, id: string, published: string): Promise<void> {
  await db.updateTable("sources").set({ published }).where("id", "=", id).execute();
}

export async function findSource(db: Executor, id: string): Promise<Source | null> {
  const row = await db.selectFrom("sources").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toSource(row) : null;
}

export async function citationIdsOf(db: Executor, eventId: string): Promise<string[]> {
  return (await db.selectFrom("citations").select("id").where("event_id", "=", eventId).orderBy("id").execute()).map((row) => row.id);
}

/** Deletes an event with its participants, citations and search row. */
export async function deleteEvent(db: Executor, id: string): Promise<void> {
  const row = await db.selectFrom("events").select("key").where("id", "=", id).executeTakeFirst();
  if (!row) return;
  await db.deleteFrom("event_search").where("rowid", "=", row.key).execute();
  await db.deleteFrom("events").where("id", "=", id).execute();
}

export async function existingActorIds(db: Executor, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom("actors").select("id").where("id", "in", ids).execute();
  return new Set(rows.map((row) => row.id));
}

/** Stored actors whose name or an alias contains `text`, named ones first. */
export async function searchActors(db: Executor, text: string, limit: number): Promise<Actor[]> {
  const rows = await db
    .selectFrom("actors")
    .selectAll()
    .where((eb) => eb.or([contains("actors.name_ar", text), contains("actors.name_en", text), contains("actors.aliases", text)]))
    .orderBy("name_ar")
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, nameAr: row.name_ar, nameEn: row.name_en, kind: row.kind as ActorKind, aliases: JSON.parse(row.aliases) as string[] }));
}

/** Events not yet reviewed: those most sources report first, then the most recent. */
export async function reviewQueue(db: Executor, limit: number, offset: number): Promise<{ events: ChronicleEvent[]; total: number }> {
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("review_status", "=", "unreviewed")
    .orderBy("corroboration", "desc")
    .orderBy("first_day", "desc")
    .orderBy("id")
    .limit(limit)
    .offset(offset)
    .execute();
  const { total } = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<number>().as("total"))
    .where("review_status", "=", "unreviewed")
    .executeTakeFirstOrThrow();
  const participants = await participantsOf(db, rows.map((row) => row.id));
  return { events: rows.map((row) => toEvent(row, participants.get(row.id) ?? [])), total: Number(total) };
}

/** Records a change: who, what, when, and every touched event as it was before (null: it did not exist). */
export async function insertAuditEntry(
  db: Executor,
  entry: { user: string; action: string; at: string; changes: AuditChange[]; snapshots: Record<string, EventSnapshot | null> },
): Promise<number> {
  const { id } = await db
    .insertInto("audit_log")
    .values({ user_name: entry.user, action: entry.action, at: entry.at, changes: JSON.stringify(entry.changes), snapshots: JSON.stringify(entry.snapshots) })
    .returning("id")
    .executeTakeFirstOrThrow();
  const eventIds = Object.keys(entry.snapshots);
  if (eventIds.length) await db.insertInto("audit_events").values(eventIds.map((eventId) => ({ audit_id: id, event_id: eventId }))).execute();
  return id;
}

/** The latest change to an event that is not undone, with the snapshots it keeps; null when none. */
export async function lastAuditEntry(db: Executor, eventId: string): Promise<(AuditEntry & { snapshots: Record<string, EventSnapshot | null> }) | null> {
  const row = await db
    .selectFrom("audit_log")
    .innerJoin("audit_events", "audit_events.audit_id", "audit_log.id")
    .selectAll("audit_log")
    .where("audit_events.event_id", "=", eventId)
    .where("audit_log.undone_at", "is", null)
    .orderBy("audit_log.id", "desc")
    .executeTakeFirst();
  if (!row) return null;
  const [entry] = await toAuditEntries(db, [row]);
  return { ...entry, snapshots: JSON.parse(row.snapshots) as Record<string, EventSnapshot | null> };
}

export async function markAuditUndone(db: Executor, id: number, by: string, at: string): Promise<void> {
  await db.updateTable("audit_log").set({ undone_at: at, undone_by: by }).where("id", "=", id).execute();
}

/** An event's changes, newest first. */
export async function auditTrail(db: Executor, eventId: string, limit: number): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom("audit_log")
    .innerJoin("audit_events", "audit_events.audit_id", "audit_log.id")
    .selectAll("audit_log")
    .where("audit_events.event_id", "=", eventId)
    .orderBy("audit_log.id", "desc")
    .limit(limit)
    .execute();
  return toAuditEntries(db, rows);
}

async function toAuditEntries(db: Executor, rows: Selectable<AuditLogTable>[]): Promise<AuditEntry[]> {
  if (!rows.length) return [];
  const links = await db.selectFrom("audit_events").selectAll().where("audit_id", "in", rows.map((row) => row.id)).orderBy("event_id").execute();
  return rows.map((row) => ({
    id: row.id,
    user: row.user_name,
    action: row.action,
    at: row.at,
    changes: JSON.parse(row.changes) as AuditChange[],
    eventIds: links.filter((link) => link.audit_id === row.id).map((link) => link.event_id),
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
  }));
}

// ----------------------------------------------------------------------------------- reads

export interface EventFilter {
  /** Events whose last day is on or after this day (yyyy-mm-dd). */
  from?: string;
  /** Events whose first day is on or before this day (yyyy-mm-dd). */
  to?: string;
  types?: EventType[];
  /** An actor's id, or any of its names or aliases, exactly. */
  actor?: string;
  /**
   * A state's actor id or name: events with that state among their participants, or whose
   * place lies in it.
   */
  country?: string;
  /** Events cited by a source from any of these outlets (exact names). */
  outlets?: string[];
  statuses?: ReviewStatus[];
  /** Events reported by at least this many sources. */
  minCorroboration?: number;
  /** A source id: events it is cited for. */
  source?: string;
  /** Search terms (lib/text/arabic-normalize.ts queryTerms): all must match title, excerpts or source titles. */
  search?: QueryTerm[];
  limit: number;
  /** Continue after this event in (first_day, id) order. */
  after?: EventCursor;
}

/** The filter without its window and paging: what narrows events down wherever they are. */
export type EventConditions = Omit<EventFilter, "from" | "to" | "limit" | "after">;

type EventsExpressions = ExpressionBuilder<Database, "events">;

/** The event has a citation that `narrow` keeps: the outlet and source filters. */
function cited(
  eb: EventsExpressions,
  narrow: (citations: SelectQueryBuilder<Database, "events" | "citations", { id: string }>) => SelectQueryBuilder<Database, "events" | "citations", { id: string }>,
): Expression<SqlBool> {
  return eb.exists(narrow(eb.selectFrom("citations").select("citations.id").whereRef("citations.event_id", "=", "events.id")));
}

/** Every condition of a filter except the window, as expressions over `events`. */
function conditions(eb: EventsExpressions, filter: EventConditions): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (filter.types?.length) where.push(eb("events.type", "in", filter.types));
  if (filter.statuses?.length) where.push(eb("events.review_status", "in", filter.statuses));
  if (filter.minCorroboration !== undefined) where.push(eb("events.corroboration", ">=", filter.minCorroboration));
  if (filter.actor) {
    const actor = filter.actor;
    where.push(
      eb.exists(
        eb
          .selectFrom("event_actors")
          .innerJoin("actors", "actors.id", "event_actors.actor_id")
          .select("event_actors.actor_id")
          .whereRef("event_actors.event_id", "=", "events.id")
          .where((inner) => namedBy(inner, actor)),
      ),
    );
  }
  if (filter.country) {
    const country = filter.country;
    const states = eb
      .selectFrom("actors")
      .select("actors.id")
      .where("actors.kind", "=", "state")
      .where((inner) => namedBy(inner, country));
    where.push(
      eb.or([
        eb("events.place_country", "=", country),
        eb("events.place_country", "in", states),
        eb.exists(
          eb
            .selectFrom("event_actors")
            .select("event_actors.actor_id")
            .whereRef("event_actors.event_id", "=", "events.id")
            .where("event_actors.actor_id", "in", states),
        ),
      ]),
    );
  }
  if (filter.outlets?.length) {
    const outlets = filter.outlets;
    where.push(cited(eb, (citation) => citation.where("citations.source_id", "in", eb.selectFrom("sources").select("sources.id").where("sources.outlet", "in", outlets))));
  }
  if (filter.source) {
    const source = filter.source;
    where.push(cited(eb, (citation) => citation.where("citations.source_id", "=", source)));
  }
  if (filter.search?.length) {
    const expression = matchExpression(filter.search);
    where.push(
      eb(
        "events.key",
        "in",
        eb.selectFrom("event_search").select("event_search.rowid").where(sql<SqlBool>`${sql.table("event_search")} match ${expression}`),
      ),
    );
  }
  return where;
}

/** An actor (any kind) by id, Arabic or English name, or alias, exactly. */
function namedBy(eb: ExpressionBuilder<Database, "actors">, name: string): Expression<SqlBool> {
  return eb.or([eb("actors.id", "=", name), calledBy(eb, name)]);
}

/** An actor by Arabic or English name, or alias, exactly. */
function calledBy(eb: ExpressionBuilder<Database, "actors">, name: string): Expression<SqlBool> {
  return eb.or([
    eb("actors.name_ar", "=", name),
    eb("actors.name_en", "=", name),
    // aliases is a JSON array of strings: an alias appears in it as its JSON form.
    contains("actors.aliases", JSON.stringify(name)),
  ]);
}

/** Whether a filter narrows events beyond their window. */
function hasConditions(filter: EventConditions): boolean {
  return Boolean(
    filter.types?.length ||
      filter.statuses?.length ||
      filter.minCorroboration !== undefined ||
      filter.actor ||
      filter.country ||
      filter.outlets?.length ||
      filter.source ||
      filter.search?.length,
  );
}

/**
 * The two halves of a window [from, to]: events that started before it and still run
 * (`spanning`, found through the events_span R*Tree, optionally only those starting on or
 * before the Julian day `spanningUpTo`) and events that start inside it (`starting`, a range
 * of the first_day index). Every spanning event sorts before every starting one, so a page is
 * the spanning events, then the starting ones.
 */
function windowHalves(db: Executor, filter: EventFilter, spanningUpTo?: number) {
  const base = () => db.selectFrom("events").where((eb) => eb.and(conditions(eb, filter)));
  const from = filter.from;
  const spanning = from
    ? base().where("events.key", "in", (eb) => {
        const day = dayNumber(from);
        let span = eb.selectFrom("events_span").select("events_span.id").where("events_span.first_jdn", "<", day).where("events_span.last_jdn", ">=", day);
        if (spanningUpTo !== undefined) span = span.where("events_span.first_jdn", "<=", spanningUpTo);
        return span;
      })
    : null;
  let starting = base();
  if (from) starting = starting.where("events.first_day", ">=", from);
  if (filter.to) starting = starting.where("events.first_day", "<=", filter.to);
  return { spanning, starting };
}

/**
 * The last first day (a Julian day) an unfiltered page of `limit` spanning events can reach,
 * read from the R*Tree alone: thousands of long events run through any day at a million
 * events, and sorting them all for one page would cost more than the rest of the query. Rows
 * on the cursor's own first day may fall before the cursor, so they are skipped over too.
 * Undefined when fewer events span `from` than the page could take.
 */
async function spanningBound(db: Executor, from: string, after: EventCursor | undefined, limit: number): Promise<number | undefined> {
  const day = dayNumber(from);
  const spanningRows = () => db.selectFrom("events_span").where("first_jdn", "<", day).where("last_jdn", ">=", day);
  let candidates = spanningRows().select("first_jdn");
  let skipped = 0;
  if (after) {
    const cursorDay = dayNumber(after.firstDay);
    candidates = candidates.where("first_jdn", ">=", cursorDay);
    const row = await spanningRows()
      .where("first_jdn", "=", cursorDay)
      .select((eb) => eb.fn.countAll<number>().as("rows"))
      .executeTakeFirstOrThrow();
    skipped = Number(row.rows);
  }
  const bound = await candidates.orderBy("first_jdn").limit(1).offset(limit - 1 + skipped).executeTakeFirst();
  return bound?.first_jdn;
}

/** Rows of the window in (first_day, id) order after `after`, at most `limit`. */
async function windowRows(db: Executor, filter: EventFilter, limit: number): Promise<EventRow[]> {
  const after = filter.after;
  const from = filter.from;
  const needsSpanning = from !== undefined && (!after || after.firstDay < from);
  const bound = needsSpanning && !hasConditions(filter) ? await spanningBound(db, from, after, limit) : undefined;
  const { spanning, starting } = windowHalves(db, filter, bound);
  const page = <Q extends typeof starting>(query: Q) =>
    (after ? query.where((eb) => eb(eb.refTuple("events.first_day", "events.id"), ">", eb.tuple(after.firstDay, after.id))) : query)
      .selectAll("events")
      .orderBy("events.first_day")
      .orderBy("events.id")
      .limit(limit);
  const rows: EventRow[] = [];
  if (spanning && needsSpanning) rows.push(...(await page(spanning).execute()));
  if (rows.length < limit) rows.push(...(await page(starting).limit(limit - rows.length).execute()));
  return rows;
}

/** Events in (first day, id) order, one page at a time; with search terms, what matched in each. */
export async function listEvents(db: Executor, filter: EventFilter): Promise<EventsPage | SearchEventsPage> {
  // One row more than the page shows whether another page follows.
  const rows = await windowRows(db, filter, filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const participants = await participantsOf(db, page.map((row) => row.id));
  const last = page.at(-1);
  const result: EventsPage = {
    events: page.map((row) => toEvent(row, participants.get(row.id) ?? [])),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ firstDay: last.first_day, id: last.id }) : null,
  };
  if (!filter.search?.length) return result;
  return { ...result, search: { terms: filter.search, matches: await searchMatches(db, page, filter.search) } };
}

/** Where the terms matched in each event's title and excerpts: [start, end) spans for highlighting. */
async function searchMatches(db: Executor, rows: EventRow[], terms: QueryTerm[]): Promise<Record<string, EventMatches>> {
  const matches: Record<string, EventMatches> = {};
  for (const row of rows) matches[row.id] = { title: matchSpans(row.title, terms), excerpts: {} };
  for (let start = 0; start < rows.length; start += ID_CHUNK) {
    const citations = await db
      .selectFrom("citations")
      .innerJoin("sources", "sources.id", "citations.source_id")
      .select(["citations.id", "citations.event_id", "citations.excerpt_start", "citations.excerpt_end", "sources.text"])
      .where("citations.event_id", "in", rows.slice(start, start + ID_CHUNK).map((row) => row.id))
      .execute();
    for (const citation of citations) {
      const spans = matchSpans(citation.text.slice(citation.excerpt_start, citation.excerpt_end), terms);
      if (spans.length) matches[citation.event_id].excerpts[citation.id] = spans;
    }
  }
  return matches;
}

/** How many rows a window query yields, counting no further than `cap`. */
async function countUpTo(db: Executor, query: ReturnType<typeof windowHalves>["starting"], cap: number): Promise<number> {
  const row = await db
    .selectFrom(query.select(sql<number>`1`.as("one")).limit(cap).as("window"))
    .select((eb) => eb.fn.countAll<number>().as("events"))
    .executeTakeFirstOrThrow();
  return Number(row.events);
}

/** How many events started before `from` and still run on it. */
export async function countSpanning(db: Executor, filter: EventConditions & { from: string }): Promise<number> {
  const day = dayNumber(filter.from);
  if (!hasConditions(filter)) {
    // The R*Tree alone answers: no event row is read.
    const row = await db
      .selectFrom("events_span")
      .select((eb) => eb.fn.countAll<number>().as("events"))
      .where("first_jdn", "<", day)
      .where("last_jdn", ">=", day)
      .executeTakeFirstOrThrow();
    return Number(row.events);
  }
  const { spanning } = windowHalves(db, { ...filter, limit: 0 });
  const row = await spanning!.select((eb) => eb.fn.countAll<number>().as("events")).executeTakeFirstOrThrow();
  return Number(row.events);
}

/** The columns of what the timeline draws of an event. */
const TIMELINE_COLUMNS = ["events.id", "events.type", "events.edtf", "events.first_day", "events.last_day", "events.precision", "events.title", "events.title_en", "events.date_inferred", "events.scheduled"] as const;
type TimelineRow = Pick<EventRow, "id" | "type" | "edtf" | "first_day" | "last_day" | "precision" | "title" | "title_en" | "date_inferred" | "scheduled">;

/** The events starting in [from, to] in order, at most `limit`, as the timeline draws them (its "events" answer). */
export async function startingEvents(db: Executor, filter: EventConditions & { from: string; to: string }, limit: number): Promise<TimelineEvent[]> {
  const { starting } = windowHalves(db, { ...filter, limit });
  const rows = await starting.select(TIMELINE_COLUMNS).orderBy("events.first_day").orderBy("events.id").limit(limit).execute();
  return rows.map(toTimelineEvent);
}

/** SQL for the key of the bucket an event starts in, from its first day and its Julian day number. */
function bucketKey(size: TimelineBucketSize, day: string, jdn: string): RawBuilder<string | number> {
  switch (size) {
    case "day":
      return sql<string>`${sql.ref(day)}`;
    case "week":
      // Julian day 0 was a Monday: weeks run Monday to Sunday.
      return sql<number>`${sql.ref(jdn)} / 7`;
    case "month":
      return sql<string>`substr(${sql.ref(day)}, 1, 7)`;
    case "year":
      return sql<string>`substr(${sql.ref(day)}, 1, 4)`;
  }
}

/** The first and last day of the bucket a key names. */
function bucketBounds(size: TimelineBucketSize, key: string | number): { start: string; end: string } {
  switch (size) {
    case "day":
      return { start: String(key), end: String(key) };
    case "week":
      return { start: dayOfNumber(Number(key) * 7), end: dayOfNumber(Number(key) * 7 + 6) };
    case "month": {
      const [year, month] = String(key).split("-").map(Number);
      return { start: `${key}-01`, end: `${key}-${String(daysInMonth(year, month)).padStart(2, "0")}` };
    }
    case "year":
      return { start: `${key}-01-01`, end: `${key}-12-31` };
  }
}

/**
 * Counts per bucket and type of the events starting in [from, to], with GROUP BY over the
 * per-day and per-month rollups when nothing but types filters (they count by type), else over
 * the events themselves (through the first_day index).
 */
export async function aggregateStarting(
  db: Executor,
  filter: EventConditions & { from: string; to: string },
  size: TimelineBucketSize,
): Promise<TimelineBucket[]> {
  let rows: { key: string | number; type: string; events: number }[];
  const { types, ...otherConditions } = filter;
  if (hasConditions(otherConditions)) {
    const key = bucketKey(size, "events.first_day", "events.first_jdn");
    rows = await db
      .selectFrom("events")
      .where((eb) => eb.and(conditions(eb, filter)))
      .where("events.first_day", ">=", filter.from)
      .where("events.first_day", "<=", filter.to)
      .select([key.as("key"), "events.type as type", (eb) => eb.fn.countAll<number>().as("events")])
      .groupBy([key, "events.type"])
      .orderBy("key")
      .orderBy("type")
      .execute();
  } else if (size === "month" || size === "year") {
    rows = await rollupByMonths(db, filter.from, filter.to, size === "month" ? 7 : 4, types);
  } else {
    const key = bucketKey(size, "event_day_counts.day", "event_day_counts.day_jdn");
    rows = await db
      .selectFrom("event_day_counts")
      .where("event_day_counts.day", ">=", filter.from)
      .where("event_day_counts.day", "<=", filter.to)
      .$if(Boolean(types?.length), (query) => query.where("event_day_counts.type", "in", types!))
      .select([key.as("key"), "event_day_counts.type as type", (eb) => eb.fn.sum<number>("event_day_counts.events").as("events")])
      .groupBy([key, "event_day_counts.type"])
      .having((eb) => eb.fn.sum("event_day_counts.events"), ">", 0)
      .orderBy("key")
      .orderBy("type")
      .execute();
  }
  // Rows come sorted by key, one per type: each bucket's bounds are worked out once.
  let bounds = { key: null as string | number | null, start: "", end: "" };
  return rows.map((row) => {
    if (row.key !== bounds.key) bounds = { key: row.key, ...bucketBounds(size, row.key) };
    return { start: bounds.start, end: bounds.end, type: row.type as EventType, count: Number(row.events) };
  });
}

/**
 * Counts by month (keyLength 7) or year (4) of the events starting in [from, to], of every type
 * or of the given ones: whole months from the month rollup, the days of the partial months at
 * either edge from the day rollup, added up by one GROUP BY.
 */
async function rollupByMonths(db: Executor, from: string, to: string, keyLength: number, types: EventType[] | undefined) {
  const fullFrom = from.endsWith("-01") ? from : firstOfNextMonth(from);
  const fullTo = lastOfMonth(to) === to ? to : addDaysTo(`${to.slice(0, 7)}-01`, -1);
  const months = fullFrom <= fullTo;
  const parts = db
    .selectFrom("event_day_counts")
    .select([sql<string>`substr(${sql.ref("day")}, 1, ${keyLength})`.as("key"), "type", "events"])
    .where((eb) =>
      months
        ? eb.or([eb.and([eb("day", ">=", from), eb("day", "<", fullFrom)]), eb.and([eb("day", ">", fullTo), eb("day", "<=", to)])])
        : eb.and([eb("day", ">=", from), eb("day", "<=", to)]),
    )
    .$if(months, (query) =>
      query.unionAll(
        db
          .selectFrom("event_month_counts")
          .select([sql<string>`substr(${sql.ref("month")}, 1, ${keyLength})`.as("key"), "type", "events"])
          .where("month", ">=", fullFrom.slice(0, 7))
          .where("month", "<=", fullTo.slice(0, 7)),
      ),
    );
  return db
    .selectFrom(parts.as("counts"))
    .select(["counts.key", "counts.type", (eb) => eb.fn.sum<number>("counts.events").as("events")])
    .$if(Boolean(types?.length), (query) => query.where("counts.type", "in", types!))
    .groupBy(["counts.key", "counts.type"])
    .having((eb) => eb.fn.sum("counts.events"), ">", 0)
    .orderBy("counts.key")
    .orderBy("counts.type")
    .execute();
}

function firstOfNextMonth(day: string): string {
  const [year, month] = day.split("-").map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** Worked out within the month, so that the window may end on 9999-12-31 (the last day ISO dates can write). */
function lastOfMonth(day: string): string {
  const [year, month] = day.split("-").map(Number);
  return `${day.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
}

/**
 * What the timeline draws for a window: the events starting in it when there are at most
 * `max` (counted no further than max + 1), else counts per bucket and type; and in both cases
 * how many events started before the window and still run in it. Those are counted, not
 * listed: at a million events some thousands of year-long and multi-year events run through
 * any day, and listing them would turn every window, however narrow, into buckets. A client
 * keeps the items it fetched for earlier windows, and /api/events lists every overlapping event.
 */
export async function timelineWindow(
  db: Executor,
  filter: EventConditions & { from: string; to: string },
  max: number,
  bucket: TimelineBucketSize,
): Promise<TimelineAnswer> {
  const spanning = await countSpanning(db, filter);
  const { starting } = windowHalves(db, { ...filter, limit: max });
  if ((await countUpTo(db, starting, max + 1)) <= max) {
    const events = await startingEvents(db, filter, max);
    return { kind: "events", events, spanning, total: events.length + spanning };
  }
  const buckets = await aggregateStarting(db, filter, bucket);
  const total = buckets.reduce((sum, counted) => sum + counted.count, spanning);
  return { kind: "buckets", bucket, buckets, spanning, total };
}

/** Most spans of a source's text a search hit carries: enough to show and jump to the first ones. */
const MAX_TEXT_SPANS = 50;

/** Sources whose title or text matches every search term, best match first (FTS5's bm25 rank). */
export async function searchSources(db: Executor, terms: QueryTerm[], limit: number): Promise<SourceSearchPage> {
  const hits = await db
    .selectFrom("source_search")
    .innerJoin("sources", "sources.id", "source_search.source_id")
    .select(["sources.id", "sources.outlet", "sources.url", "sources.published", "sources.title", "sources.text"])
    .where(sql<SqlBool>`${sql.table("source_search")} match ${matchExpression(terms)}`)
    .orderBy(sql`rank`)
    .orderBy("sources.id")
    .limit(limit)
    .execute();
  return {
    terms,
    sources: hits.map((hit) => ({
      source: { id: hit.id, outlet: hit.outlet, url: hit.url, published: hit.published, title: hit.title },
      title: hit.title ? matchSpans(hit.title, terms) : [],
      text: matchSpans(hit.text, terms).slice(0, MAX_TEXT_SPANS),
    })),
  };
}

/** The filter of an export: every event it selects, not a page of them. */
export type ExportFilter = Omit<EventFilter, "limit" | "after">;

/** Most events a page of an export reads at once. */
const EXPORT_PAGE_SIZE = 1000;

/** More events match than one export may hold: the caller should ask for a narrower selection. */
export class ExportTooLargeError extends Error {
  constructor(readonly max: number) {
    super(`more than ${max} events match: narrow the selection (a shorter period, a type, an actor) and export again`);
    this.name = "ExportTooLargeError";
  }
}

/** Every event the filter selects, in date order, with its citations; at most `max` events (a page size or cursor in the filter is ignored). */
export async function exportDetails(db: Executor, filter: ExportFilter, max: number): Promise<EventDetail[]> {
  const events: ChronicleEvent[] = [];
  let after: EventFilter["after"];
  for (;;) {
    const page = await listEvents(db, { ...filter, limit: EXPORT_PAGE_SIZE, after });
    events.push(...page.events);
    if (events.length > max) throw new ExportTooLargeError(max);
    const last = page.events.at(-1);
    if (!page.nextCursor || !last) break;
    after = { firstDay: last.firstDay, id: last.id };
  }
  return withCitations(db, events);
}

/** The events with every citation's excerpt and source, read in a few batched queries. */
export async function withCitations(db: Executor, events: ChronicleEvent[]): Promise<EventDetail[]> {
  const byEvent = new Map<string, CitationView[]>(events.map((event) => [event.id, []]));
  const ids = [...byEvent.keys()];
  for (let start = 0; start < ids.length; start += ID_CHUNK) {
    const rows = await db
      .selectFrom("citations")
      .innerJoin("sources", "sources.id", "citations.source_id")
      .selectAll("citations")
      .select(["sources.outlet", "sources.url", "sources.published", "sources.title", "sources.text"])
      .where("citations.event_id", "in", ids.slice(start, start + ID_CHUNK))
      // The order getEventDetail gives, so an export lists citations as the event page does:
      // an imported event's sources as its file listed them, reports by publication day.
      .orderBy("citations.event_id")
      .orderBy("citations.position")
      .orderBy("sources.published")
      .orderBy("citations.source_id")
      .orderBy("citations.excerpt_start")
      .execute();
    for (const c of rows) {
      byEvent.get(c.event_id)!.push({
        id: c.id,
        eventId: c.event_id,
        sourceId: c.source_id,
        excerptStart: c.excerpt_start,
        excerptEnd: c.excerpt_end,
        timexText: c.timex_text,
        timexStart: c.timex_start,
        timexEnd: c.timex_end,
        date: c.date,
        excerpt: c.text.slice(c.excerpt_start, c.excerpt_end),
        source: { id: c.source_id, outlet: c.outlet, url: c.url, published: c.published, title: c.title },
      });
    }
  }
  return events.map((event) => ({ event, citations: byEvent.get(event.id)! }));
}

/** The id of the stored actor a name stands for, by its Arabic or English name or an alias. */
export async function findActorIdByName(db: Executor, name: string): Promise<string | null> {
  const known = await db
    .selectFrom("actors")
    .select("id")
    .where((eb) => calledBy(eb, name))
    .orderBy("id")
    .executeTakeFirst();
  return known?.id ?? null;
}

/** Whether an imported row (by its id) already cites some event: its citations are "<row id>-<source id>". */
export async function hasCitationsOfRow(db: Executor, rowId: string): Promise<boolean> {
  // A range of the primary key ("." sorts right after "-"), not a LIKE, which would read every citation.
  const row = await db.selectFrom("citations").select("id").where("id", ">", `${rowId}-`).where("id", "<", `${rowId}.`).executeTakeFirst();
  return !!row;
}

export async function eventExists(db: Executor, id: string): Promise<boolean> {
  return !!(await db.selectFrom("events").select("id").where("id", "=", id).executeTakeFirst());
}

/** An event with every citation's excerpt and source, or null when there is no such event. */
export async function getEventDetail(db: Executor, id: string): Promise<EventDetail | null> {
  const row = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const participants = await participantsOf(db, [id]);
  const [detail] = await withCitations(db, [toEvent(row, participants.get(id) ?? [])]);
  return detail;
}

/** A source's text with the spans its citations point at, or null when there is no such source. */
export async function getSourceDetail(db: Executor, id: string): Promise<SourceDetail | null> {
  const source = await findSource(db, id);
  if (!source) return null;
  const highlights = await db
    .selectFrom("citations")
    .innerJoin("events", "events.id", "citations.event_id")
    .select(["citations.id", "citations.event_id", "citations.excerpt_start", "citations.excerpt_end", "events.type", "events.title"])
    .where("citations.source_id", "=", id)
    .orderBy("citations.excerpt_start")
    .orderBy("citations.id")
    .execute();
  return {
    source,
    highlights: highlights.map(
      (h): SourceHighlight => ({
        citationId: h.id,
        eventId: h.event_id,
        eventType: h.type as EventType,
        eventTitle: h.title,
        start: h.excerpt_start,
        end: h.excerpt_end,
      }),
    ),
  };
}

// --------------------------------------------------------------------------------- helpers

/** The participants of each event, in the order they were first reported. */
async function participantsOf(db: Executor, eventIds: string[]): Promise<Map<string, Participant[]>> {
  const byEvent = new Map<string, Participant[]>();
  for (let start = 0; start < eventIds.length; start += ID_CHUNK) {
    const rows = await db
      .selectFrom("event_actors")
      .innerJoin("actors", "actors.id", "event_actors.actor_id")
      .select(["event_actors.event_id", "actors.id", "actors.name_ar", "actors.kind"])
      .where("event_actors.event_id", "in", eventIds.slice(start, start + ID_CHUNK))
      .orderBy("event_actors.event_id")
      .orderBy("event_actors.position")
      .execute();
    for (const row of rows) {
      const list = byEvent.get(row.event_id) ?? [];
      list.push({ actorId: row.id, name: row.name_ar, kind: row.kind as ActorKind });
      byEvent.set(row.event_id, list);
    }
  }
  return byEvent;
}

/** `column like '%text%'`, with LIKE's wildcards in `text` taken literally. */
function contains(column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(LIKE_WILDCARD, (char) => `\\${char}`)}%`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

function toTimelineEvent(row: TimelineRow): TimelineEvent {
  return {
    id: row.id,
    type: row.type as EventType,
    edtf: row.edtf,
    firstDay: row.first_day,
    lastDay: row.last_day,
    precision: row.precision as Precision,
    title: row.title,
    titleEn: row.title_en,
    dateInferred: Boolean(row.date_inferred),
    scheduled: Boolean(row.scheduled),
  };
}

function toEvent(row: EventRow, participants: Participant[]): ChronicleEvent {
  return {
    ...toTimelineEvent(row),
    participants,
    place: row.place,
    reviewStatus: row.review_status as ReviewStatus,
    confidence: row.confidence,
    rule: row.rule,
    corroboration: row.corroboration,
  };
}

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
    language: row.language as Language,
    title: row.title,
    text: row.text,
    contentHash: row.content_hash,
    externalId: row.external_id,
    ingestedAt: row.ingested_at,
  };
}
