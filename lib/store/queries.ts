// Every read and write of the store goes through this module, written with Kysely's query
// builder (no SQLite-only SQL), so that a PostgreSQL dialect can later serve the same callers.
// Functions take an executor: the store's Kysely instance or a transaction on it.
import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from "kysely";
import type { CitationView, EventDetail, EventsPage, SourceDetail, SourceHighlight } from "../api-types";
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
  Source,
} from "../model";
import type { MergeCandidate } from "../events/merge";
import { encodeCursor, type EventCursor } from "./cursor";
import type { Database, EventRow, SourceRow } from "./schema";

export type Executor = Kysely<Database>;

/** How many ids go into one `in (…)` list: well under every engine's bound-parameter limit. */
const ID_CHUNK = 500;
const LIKE_WILDCARD = /[\\%_]/g;

// ---------------------------------------------------------------------------------- writes

export async function findSourceIdByHash(db: Executor, contentHash: string): Promise<string | null> {
  const row = await db.selectFrom("sources").select("id").where("content_hash", "=", contentHash).executeTakeFirst();
  return row?.id ?? null;
}

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

export async function insertEvent(db: Executor, event: NewEventInput): Promise<void> {
  await db
    .insertInto("events")
    .values({
      id: event.id,
      type: event.type,
      edtf: event.edtf,
      first_day: event.firstDay,
      last_day: event.lastDay,
      precision: event.precision,
      title: event.title,
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

export async function insertCitation(db: Executor, citation: Citation): Promise<void> {
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

export interface StoredCandidate extends MergeCandidate {
  id: string;
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
    .select(["id", "type", "first_day", "last_day"])
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
    type: row.type as EventType,
    firstDay: row.first_day,
    lastDay: row.last_day,
    actorIds: (participants.get(row.id) ?? []).map((p) => p.actorId),
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

// ----------------------------------------------------------------------------------- reads

export interface EventFilter {
  /** Events whose last day is on or after this day (yyyy-mm-dd). */
  from?: string;
  /** Events whose first day is on or before this day (yyyy-mm-dd). */
  to?: string;
  types?: EventType[];
  /** An actor's id, or any of its names or aliases, exactly. */
  actor?: string;
  /** A source id: events it is cited for. */
  source?: string;
  /** Text contained in the event's title or one of its excerpts. */
  q?: string;
  limit: number;
  /** Continue after this event in (first_day, id) order. */
  after?: EventCursor;
}

/** Events in (first day, id) order, one page at a time. */
export async function listEvents(db: Executor, filter: EventFilter): Promise<EventsPage> {
  let query = db.selectFrom("events").selectAll("events");
  if (filter.from) query = query.where("events.last_day", ">=", filter.from);
  if (filter.to) query = query.where("events.first_day", "<=", filter.to);
  if (filter.types?.length) query = query.where("events.type", "in", filter.types);
  if (filter.actor) {
    const actor = filter.actor;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("event_actors")
          .innerJoin("actors", "actors.id", "event_actors.actor_id")
          .select("event_actors.actor_id")
          .whereRef("event_actors.event_id", "=", "events.id")
          .where((inner) =>
            inner.or([
              inner("actors.id", "=", actor),
              inner("actors.name_ar", "=", actor),
              inner("actors.name_en", "=", actor),
              // aliases is a JSON array of strings: an alias appears in it as its JSON form.
              contains("actors.aliases", JSON.stringify(actor)),
            ]),
          ),
      ),
    );
  }
  if (filter.source) {
    const source = filter.source;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("citations")
          .select("citations.id")
          .whereRef("citations.event_id", "=", "events.id")
          .where("citations.source_id", "=", source),
      ),
    );
  }
  if (filter.q) {
    const text = filter.q;
    query = query.where((eb) =>
      eb.or([
        contains("events.title", text),
        eb.exists(
          eb
            .selectFrom("citations")
            .innerJoin("sources", "sources.id", "citations.source_id")
            .select("citations.id")
            .whereRef("citations.event_id", "=", "events.id")
            .where(
              contains(
                // Offsets count UTF-16 units and substr counts characters: they agree on Arabic
                // and Latin text, which is all the search needs.
                sql<string>`substr(${sql.ref("sources.text")}, ${sql.ref("citations.excerpt_start")} + 1, ${sql.ref("citations.excerpt_end")} - ${sql.ref("citations.excerpt_start")})`,
                text,
              ),
            ),
        ),
      ]),
    );
  }
  if (filter.after) {
    const { firstDay, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple("events.first_day", "events.id"), ">", eb.tuple(firstDay, id)));
  }
  // One row more than the page shows whether another page follows.
  const rows = await query.orderBy("events.first_day").orderBy("events.id").limit(filter.limit + 1).execute();
  const page = rows.slice(0, filter.limit);
  const participants = await participantsOf(db, page.map((row) => row.id));
  const last = page.at(-1);
  return {
    events: page.map((row) => toEvent(row, participants.get(row.id) ?? [])),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ firstDay: last.first_day, id: last.id }) : null,
  };
}

/** An event with every citation's excerpt and source, or null when there is no such event. */
export async function getEventDetail(db: Executor, id: string): Promise<EventDetail | null> {
  const row = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const participants = await participantsOf(db, [id]);
  const citations = await db
    .selectFrom("citations")
    .innerJoin("sources", "sources.id", "citations.source_id")
    .selectAll("citations")
    .select(["sources.outlet", "sources.url", "sources.published", "sources.title", "sources.text"])
    .where("citations.event_id", "=", id)
    .orderBy("sources.published")
    .orderBy("citations.source_id")
    .orderBy("citations.excerpt_start")
    .execute();
  return {
    event: toEvent(row, participants.get(id) ?? []),
    citations: citations.map(
      (c): CitationView => ({
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
      }),
    ),
  };
}

/** A source's text with the spans its citations point at, or null when there is no such source. */
export async function getSourceDetail(db: Executor, id: string): Promise<SourceDetail | null> {
  const row = await db.selectFrom("sources").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const highlights = await db
    .selectFrom("citations")
    .innerJoin("events", "events.id", "citations.event_id")
    .select(["citations.id", "citations.event_id", "citations.excerpt_start", "citations.excerpt_end", "events.type", "events.title"])
    .where("citations.source_id", "=", id)
    .orderBy("citations.excerpt_start")
    .orderBy("citations.id")
    .execute();
  return {
    source: toSource(row),
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

/** `operand like '%text%'`, with LIKE's wildcards in `text` taken literally. */
function contains(operand: string | Expression<string>, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(LIKE_WILDCARD, (char) => `\\${char}`)}%`;
  return sql<SqlBool>`${typeof operand === "string" ? sql.ref(operand) : operand} like ${pattern} escape '\\'`;
}

function toEvent(row: EventRow, participants: Participant[]): ChronicleEvent {
  return {
    id: row.id,
    type: row.type as EventType,
    edtf: row.edtf,
    firstDay: row.first_day,
    lastDay: row.last_day,
    precision: row.precision as Precision,
    title: row.title,
    participants,
    place: row.place,
    reviewStatus: row.review_status as ReviewStatus,
    confidence: row.confidence,
    rule: row.rule,
    scheduled: Boolean(row.scheduled),
    dateInferred: Boolean(row.date_inferred),
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
