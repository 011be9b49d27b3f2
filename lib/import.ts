// Imported chronologies (TimelineJS JSON, spreadsheets) become stored events, each cited by a
// source made from its web address; the file formats themselves are read in lib/exchange.
import type { ImportedEvent, ImportIssue } from "./exchange/types";
import type { Language } from "./model";
import { toMergeCandidate } from "./events/merge";
import { contentHash, sourceIdOf, storedMatch } from "./ingest";
import * as queries from "./store/queries";
import { closeBidiControls } from "./text/bidi";
import type { Executor } from "./store/queries";

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LEADING_WWW = /^www\./;
/** Between the passages of one source's text, so each excerpt stands apart when it is shown. */
const PASSAGE_SEPARATOR = "\n\n";
/** An imported event was put there by a person: the extraction confidence does not apply. */
const IMPORTED_CONFIDENCE = 1;

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
  /** Rows that were the same event as a stored one, and became its citations. */
  eventsMerged: number;
  /** Events already stored by an earlier import of the same rows. */
  eventsSkipped: number;
  sourcesCreated: number;
  citations: number;
  /** Stored events that cite no source: the file gave them no web address. */
  withoutSource: number;
}

/** POST /api/import's answer: what was stored, and the rows or slides left out (dated outside the years 1-9999). */
export interface ImportAnswer extends ImportTotals {
  format: string;
  title: string | null;
  leftOut: ImportIssue[];
}

/** What an imported event is known by: the same row imported twice is the same event. */
function importedEventId(event: ImportedEvent): string {
  return `imp-${contentHash(JSON.stringify([event.edtf, event.title, event.text, event.sourceUrls])).slice(0, 16)}`;
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

/** The event with every directional control its texts open closed, as ingestion stores articles' fields. */
function withDirectionalControlsClosed(event: ImportedEvent): ImportedEvent {
  const close = (text: string | null) => (text === null ? null : closeBidiControls(text));
  return { ...event, title: closeBidiControls(event.title), text: close(event.text), place: close(event.place), participants: event.participants.map(closeBidiControls) };
}

/** The id of the stored actor a name stands for; a new actor's when none is stored yet. */
async function actorIdFor(db: Executor, name: string): Promise<string> {
  const known = await queries.findActorIdByName(db, name);
  if (known) return known;
  const id = `imp-actor-${contentHash(name).slice(0, 12)}`;
  await queries.saveActor(db, { id, nameAr: name, nameEn: languageOf(name) === "en" ? name : null, kind: "unknown", aliases: [] });
  return id;
}

/**
 * Stores imported events with their sources and citations, all in one transaction: either every
 * event is stored or none is. A row that cites a source and is the same event as a stored one
 * (the rule ingestion merges by) becomes a citation of that event instead of a duplicate; a
 * reviewed event keeps its fields and participants. Importing the same file again stores nothing new.
 */
export async function storeImportedEvents(db: Executor, imported: ImportedEvent[], options: ImportOptions): Promise<ImportTotals> {
  const ingestedAt = (options.importedAt ?? new Date()).toISOString();
  const events = imported.map(withDirectionalControlsClosed);
  return db.transaction().execute(async (trx) => {
    const totals: ImportTotals = { eventsCreated: 0, eventsMerged: 0, eventsSkipped: 0, sourcesCreated: 0, citations: 0, withoutSource: 0 };
    const fresh: { id: string; event: ImportedEvent }[] = [];
    /** The stored event each fresh row's citations point at: its own, or the one it merged into. */
    const storedAs = new Map<string, string>();
    const seen = new Set<string>();
    for (const event of events) {
      const id = importedEventId(event);
      if (seen.has(id) || (await queries.eventExists(trx, id)) || (await queries.hasCitationsOfRow(trx, id))) {
        totals.eventsSkipped += 1;
        continue;
      }
      seen.add(id);
      fresh.push({ id, event });
      const actorIds: string[] = [];
      for (const name of event.participants) actorIds.push(await actorIdFor(trx, name));
      // Without a source there is nothing to cite the stored event by: such rows stay events of their own.
      const match = event.sourceUrls.length ? await storedMatch(trx, toMergeCandidate({ type: event.type, rule: `import:${options.format}`, place: event.place, participants: actorIds.map((actorId) => ({ actorId })) }, event), "") : null;
      if (match) {
        storedAs.set(id, match.id);
        if (match.reviewStatus === "unreviewed") await queries.addEventActors(trx, match.id, actorIds);
        totals.eventsMerged += 1;
        continue;
      }
      storedAs.set(id, id);
      await queries.insertEvent(trx, {
        id,
        type: event.type,
        edtf: event.edtf,
        firstDay: event.firstDay,
        lastDay: event.lastDay,
        precision: event.precision,
        title: event.title,
        // An imported title is in the file's language, whichever that is: it stands for both.
        titleEn: null,
        place: event.place,
        confidence: IMPORTED_CONFIDENCE,
        rule: `import:${options.format}`,
        scheduled: false,
        dateInferred: false,
      });
      await queries.addEventActors(trx, id, actorIds);
      totals.eventsCreated += 1;
      if (event.sourceUrls.length === 0) totals.withoutSource += 1;
    }

    const freshById = new Map(fresh.map(({ id, event }) => [id, event]));
    for (const plan of planSources(fresh)) {
      // The address counts too: two sources with the same passages are still two sources.
      const hash = contentHash(`${plan.url}\n${plan.text}`);
      let sourceId = await queries.findSourceIdByHash(trx, hash);
      if (!sourceId) {
        sourceId = sourceIdOf(hash);
        await queries.insertSource(trx, {
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
      for (const [rowId, passage] of plan.passages) {
        const event = freshById.get(rowId)!;
        const citation = {
          id: `${rowId}-${sourceId}`,
          eventId: storedAs.get(rowId)!,
          sourceId,
          excerptStart: passage.start,
          excerptEnd: passage.end,
          timexText: null,
          timexStart: null,
          timexEnd: null,
          date: event.edtf,
        };
        await queries.insertCitation(trx, citation, event.sourceUrls.indexOf(plan.url));
        totals.citations += 1;
      }
    }
    for (const id of new Set(storedAs.values())) {
      await queries.refreshCorroboration(trx, id);
      await queries.indexEventForSearch(trx, id);
    }
    return totals;
  });
}
