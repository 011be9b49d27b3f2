// The store's side of exports and imports: the events a filter selects, each with its citations
// (what every exporter reads), and imported events stored with a source per cited URL.
// Kept apart from queries.ts while that module is being reworked; it belongs there.
import { createHash } from "node:crypto";
import { sql, type SqlBool } from "kysely";
import type { CitationView, EventDetail } from "../api-types";
import type { ImportedEvent } from "../exchange/types";
import type { ChronicleEvent, Language } from "../model";
import {
  addEventActors,
  findSourceIdByHash,
  indexEventForSearch,
  insertCitation,
  insertEvent,
  insertSource,
  listEvents,
  refreshCorroboration,
  saveActor,
  type EventFilter,
  type Executor,
} from "./queries";

const PAGE_SIZE = 1000;
const ID_CHUNK = 500;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LEADING_WWW = /^www\./;
const LIKE_WILDCARD = /[\\%_]/g;
/** Between the passages of one source's text, so each excerpt stands apart when it is shown. */
const PASSAGE_SEPARATOR = "\n\n";
/** An imported event was put there by a person: the extraction confidence does not apply. */
const IMPORTED_CONFIDENCE = 1;

export type ExportFilter = Omit<EventFilter, "limit" | "after">;

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
    const page = await listEvents(db, { ...filter, limit: PAGE_SIZE, after });
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
      // The order getEventDetail gives, so an export lists citations as the event page does.
      .orderBy("citations.event_id")
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

export interface ImportOptions {
  /** The importer's format id, kept as the events' rule ("import:timelinejs"). */
  format: string;
  /** The chronology's own title, kept as the title of the sources made from it. */
  title?: string | null;
  importedAt?: Date;
}

export interface ImportTotals {
  /** Events stored by this import. */
  eventsCreated: number;
  /** Events already stored by an earlier import of the same rows. */
  eventsSkipped: number;
  sourcesCreated: number;
  citations: number;
  /** Stored events that cite no source: the file gave them no web address. */
  withoutSource: number;
}

/** POST /api/import's answer: what was stored. */
export interface ImportAnswer extends ImportTotals {
  format: string;
  title: string | null;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** What an imported event is known by: the same row imported twice is the same event. */
function importedEventId(event: ImportedEvent): string {
  return `imp-${sha256(JSON.stringify([event.edtf, event.title, event.text, event.sourceUrls])).slice(0, 16)}`;
}

/** The passage an imported event is cited by: its text, or its title when it came without one. */
function passageOf(event: ImportedEvent): string {
  return event.text?.trim() || event.title;
}

function languageOf(text: string): Language {
  return ARABIC_LETTER.test(text) ? "ar" : "en";
}

interface SourcePlan {
  url: string;
  text: string;
  /** Where each event's passage lies in `text`. */
  passages: Map<string, { start: number; end: number }>;
  /** The latest last day of the events it reports: the earliest day it can have been published. */
  published: string;
}

/**
 * One source per cited URL. The file carries no article text, so a source's text is the passages
 * of the events citing it, one after another, and each citation points at its own passage; the
 * publication day, which the file does not give, is taken as the earliest day the source could
 * report all its events.
 */
function planSources(events: { id: string; event: ImportedEvent }[]): SourcePlan[] {
  const plans = new Map<string, SourcePlan>();
  for (const { id, event } of events) {
    const passage = passageOf(event);
    for (const url of event.sourceUrls) {
      const plan = plans.get(url) ?? { url, text: "", passages: new Map(), published: event.lastDay };
      const start = plan.text ? plan.text.length + PASSAGE_SEPARATOR.length : 0;
      plan.text = plan.text ? `${plan.text}${PASSAGE_SEPARATOR}${passage}` : passage;
      plan.passages.set(id, { start, end: start + passage.length });
      if (event.lastDay > plan.published) plan.published = event.lastDay;
      plans.set(url, plan);
    }
  }
  return [...plans.values()];
}

/** A LIKE pattern finding the name among an actor's aliases (a JSON array of strings). */
function aliasPattern(name: string): string {
  return `%${JSON.stringify(name).replace(LIKE_WILDCARD, (char) => `\\${char}`)}%`;
}

/** The id of the stored actor a name stands for, by any of its names or aliases; else a new actor's. */
async function actorIdFor(db: Executor, name: string): Promise<string> {
  const known = await db
    .selectFrom("actors")
    .select("id")
    .where((eb) =>
      eb.or([eb("name_ar", "=", name), eb("name_en", "=", name), sql<SqlBool>`${sql.ref("aliases")} like ${aliasPattern(name)} escape '\\'`]),
    )
    .orderBy("id")
    .executeTakeFirst();
  if (known) return known.id;
  const id = `imp-actor-${sha256(name).slice(0, 12)}`;
  await saveActor(db, { id, nameAr: name, nameEn: languageOf(name) === "en" ? name : null, kind: "unknown", aliases: [] });
  return id;
}

/**
 * Stores imported events with their sources and citations, all in one transaction: either every
 * event is stored or none is. Importing the same file again stores nothing new.
 */
export async function storeImportedEvents(db: Executor, events: ImportedEvent[], options: ImportOptions): Promise<ImportTotals> {
  const ingestedAt = (options.importedAt ?? new Date()).toISOString();
  return db.transaction().execute(async (trx) => {
    const totals: ImportTotals = { eventsCreated: 0, eventsSkipped: 0, sourcesCreated: 0, citations: 0, withoutSource: 0 };
    const fresh: { id: string; event: ImportedEvent }[] = [];
    const seen = new Set<string>();
    for (const event of events) {
      const id = importedEventId(event);
      const stored = await trx.selectFrom("events").select("id").where("id", "=", id).executeTakeFirst();
      if (stored || seen.has(id)) {
        totals.eventsSkipped += 1;
        continue;
      }
      seen.add(id);
      fresh.push({ id, event });
      await insertEvent(trx, {
        id,
        type: event.type,
        edtf: event.edtf,
        firstDay: event.firstDay,
        lastDay: event.lastDay,
        precision: event.precision,
        title: event.title,
        place: event.place,
        confidence: IMPORTED_CONFIDENCE,
        rule: `import:${options.format}`,
        scheduled: false,
        dateInferred: false,
      });
      const actorIds: string[] = [];
      for (const name of event.participants) actorIds.push(await actorIdFor(trx, name));
      await addEventActors(trx, id, actorIds);
      totals.eventsCreated += 1;
      if (event.sourceUrls.length === 0) totals.withoutSource += 1;
    }

    const freshById = new Map(fresh.map(({ id, event }) => [id, event]));
    for (const plan of planSources(fresh)) {
      const hash = sha256(plan.text);
      let sourceId = await findSourceIdByHash(trx, hash);
      if (!sourceId) {
        sourceId = hash.slice(0, 16);
        await insertSource(trx, {
          id: sourceId,
          outlet: new URL(plan.url).hostname.replace(LEADING_WWW, ""),
          url: plan.url,
          published: plan.published,
          language: languageOf(plan.text),
          title: options.title ?? null,
          text: plan.text,
          contentHash: hash,
          externalId: null,
          ingestedAt,
        });
        totals.sourcesCreated += 1;
      }
      for (const [eventId, passage] of plan.passages) {
        const event = freshById.get(eventId)!;
        await insertCitation(trx, {
          id: `${eventId}-${sourceId}`,
          eventId,
          sourceId,
          excerptStart: passage.start,
          excerptEnd: passage.end,
          timexText: null,
          timexStart: null,
          timexEnd: null,
          date: event.edtf,
        });
        totals.citations += 1;
      }
    }
    for (const { id } of fresh) {
      await refreshCorroboration(trx, id);
      await indexEventForSearch(trx, id);
    }
    return totals;
  });
}
