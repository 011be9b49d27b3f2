// Ingestion: one article in, its source, actors, events and citations stored in one
// transaction. Idempotent by content hash; each extracted event is merged into a stored report
// of the same real-world event from another source when one exists (incrementally: only
// stored candidates are read, never the other articles).
import { createHash } from "node:crypto";
import { ArticleInputError, parseArticle } from "./articles";
import { widthInDays } from "./events/dates";
import { MERGE_DAY_SLACK, isSameEvent, toMergeCandidate, type MergeCandidate } from "./events/merge";
import { loadActorRegister, toActor } from "./events/register";
import type { ExtractedEvent, ExtractedParticipant } from "./events/types";
import { extractArticle, publicationDay, type Extraction } from "./extract";
import type { Actor, ArticleInput, Language } from "./model";
import { addDays } from "./store/days";
import type { Store } from "./store";
import { placeCountry } from "./events/places";
import * as queries from "./store/queries";

/** Only events starting at most this long before a new report's first day are merge candidates. */
const MERGE_LOOKBACK_DAYS = 366;
const MERGE_CANDIDATE_LIMIT = 200;

export type Extractor = (text: string, published: string) => Extraction;

export interface IngestOptions {
  /** The pipeline that finds timexes and events (default: extractArticle). */
  extract?: Extractor;
}

export interface IngestResult {
  sourceId: string;
  /** `skipped`: a source with the same text was stored before. */
  status: "stored" | "skipped";
  eventsCreated: number;
  eventsMerged: number;
}

export interface IngestTotals {
  read: number;
  stored: number;
  skipped: number;
  eventsCreated: number;
  eventsMerged: number;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** A source's id: the first 16 hex digits of its content hash, stable across databases. */
export function sourceIdOf(hash: string): string {
  return hash.slice(0, 16);
}

/** Validates, extracts and stores one article; nothing of it is stored when any step fails. */
export async function ingestArticle(store: Store, input: ArticleInput, options: IngestOptions = {}): Promise<IngestResult> {
  const where = input.id ? `article ${input.id}` : "article";
  const article = parseArticle(input, where);
  const hash = contentHash(article.text);
  const sourceId = sourceIdOf(hash);
  const skipped: IngestResult = { sourceId, status: "skipped", eventsCreated: 0, eventsMerged: 0 };
  // Checked before extracting to spare the work, and again inside the transaction for races.
  await refuseReusedId(store.db, article, hash, where);
  if (await queries.findSourceIdByHash(store.db, hash)) return skipped;

  const { events } = (options.extract ?? extractArticle)(article.text, article.published);
  events.forEach((event) => checkOffsets(event, article.text.length));
  const language: Language = article.lang ?? "ar";

  return store.db.transaction().execute(async (trx) => {
    await refuseReusedId(trx, article, hash, where);
    if (await queries.findSourceIdByHash(trx, hash)) return skipped;
    await queries.insertSource(trx, {
      id: sourceId,
      outlet: article.outlet.trim(),
      url: article.url ?? null,
      published: publicationDay(article.published),
      language,
      title: article.title ?? null,
      text: article.text,
      contentHash: hash,
      externalId: article.id ?? null,
      ingestedAt: new Date().toISOString(),
    });

    const result: IngestResult = { sourceId, status: "stored", eventsCreated: 0, eventsMerged: 0 };
    const touched = new Set<string>();
    for (const [index, event] of events.entries()) {
      for (const participant of event.participants) await queries.saveActor(trx, actorOf(participant, language));
      // The place's country is stored as an actor too, so that the country filter finds it by name.
      const country = loadActorRegister().actors.get(placeCountry(event.place) ?? "");
      if (country) await queries.saveActor(trx, toActor(country));
      const report = toMergeCandidate(event, event.date);
      const match = await storedMatch(trx, report, sourceId);
      const eventId = match?.id ?? `${sourceId}-e${index}`;
      if (!match) await queries.insertEvent(trx, newEvent(eventId, event));
      // A reviewed event keeps the participants a person verified; the new report only cites it.
      if (!match || match.reviewStatus === "unreviewed") await queries.addEventActors(trx, eventId, report.actorIds);
      await queries.insertCitation(trx, {
        id: `${sourceId}-c${index}`,
        eventId,
        sourceId,
        excerptStart: event.excerpt.start,
        excerptEnd: event.excerpt.end,
        timexText: event.timex?.text ?? null,
        timexStart: event.timex?.start ?? null,
        timexEnd: event.timex?.end ?? null,
        date: event.date.edtf,
      });
      touched.add(eventId);
      if (match) {
        await queries.refreshCorroboration(trx, eventId);
        result.eventsMerged += 1;
      } else {
        result.eventsCreated += 1;
      }
    }
    // After the citations, so that each search row holds every excerpt and source title.
    for (const eventId of touched) await queries.indexEventForSearch(trx, eventId);
    return result;
  });
}

/** An id names one article: a stored one with another text under the same id is a conflict, not a second article. */
async function refuseReusedId(db: queries.Executor, article: ArticleInput, hash: string, where: string): Promise<void> {
  if (!article.id) return;
  const stored = await queries.findHashByExternalId(db, article.id);
  if (stored !== null && stored !== hash) {
    throw new ArticleInputError([`${where}: the id "${article.id}" names a stored article with another text; give the new text its own id`]);
  }
}

/** Ingests articles in order (each in its own transaction) and adds up what happened. */
export async function ingestArticles(
  store: Store,
  articles: ArticleInput[],
  options: IngestOptions = {},
): Promise<IngestTotals> {
  const totals: IngestTotals = { read: articles.length, stored: 0, skipped: 0, eventsCreated: 0, eventsMerged: 0 };
  for (const [index, article] of articles.entries()) {
    let result: IngestResult;
    try {
      result = await ingestArticle(store, article, options);
    } catch (cause) {
      const name = article.id ? `${article.id}` : `number ${index + 1}`;
      throw new Error(`ingesting article ${name} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
    if (result.status === "stored") totals.stored += 1;
    else totals.skipped += 1;
    totals.eventsCreated += result.eventsCreated;
    totals.eventsMerged += result.eventsMerged;
  }
  return totals;
}

/**
 * The stored event a new report is the same event as (reported by a source other than
 * `otherThanSource`), or null: what ingestion and imports merge into.
 */
export async function storedMatch(db: queries.Executor, report: MergeCandidate, otherThanSource: string): Promise<queries.StoredCandidate | null> {
  const candidates = await queries.findMergeCandidates(db, {
    type: report.type,
    // Widened by the slack isSameEvent allows, which then decides.
    firstDay: addDays(report.firstDay, -MERGE_DAY_SLACK),
    lastDay: addDays(report.lastDay, MERGE_DAY_SLACK),
    startsFrom: addDays(report.firstDay, -MERGE_LOOKBACK_DAYS),
    otherThanSource,
    limit: MERGE_CANDIDATE_LIMIT,
  });
  return bestMatch(candidates, report);
}

/** Of the stored reports that are the same event, the one sharing most actors, then the narrowest. */
function bestMatch(candidates: queries.StoredCandidate[], report: MergeCandidate): queries.StoredCandidate | null {
  const actors = new Set(report.actorIds);
  const shared = (c: MergeCandidate) => c.actorIds.filter((id) => actors.has(id)).length;
  let best: queries.StoredCandidate | null = null;
  for (const candidate of candidates) {
    if (!isSameEvent(candidate, report)) continue;
    if (!best || shared(candidate) > shared(best) || (shared(candidate) === shared(best) && widthInDays(candidate) < widthInDays(best))) {
      best = candidate;
    }
  }
  return best;
}

function newEvent(id: string, event: ExtractedEvent): queries.NewEventInput {
  return {
    id,
    type: event.type,
    ...event.date,
    title: event.title,
    titleEn: event.titleEn,
    place: event.place,
    confidence: event.confidence,
    rule: event.rule,
    scheduled: event.scheduled,
    dateInferred: event.dateInferred,
  };
}

/**
 * The actor a participant stands for: the register's entry when it knows the id (with the
 * article's wording kept as an alias), else what the article says.
 */
function actorOf(participant: ExtractedParticipant, language: Language): Actor {
  const registered = loadActorRegister().actors.get(participant.actorId);
  if (registered) {
    const actor = toActor(registered);
    return { ...actor, aliases: [...actor.aliases, participant.name] };
  }
  return {
    id: participant.actorId,
    nameAr: participant.name,
    nameEn: language === "en" ? participant.name : null,
    kind: participant.kind,
    aliases: [],
  };
}

/** An extractor's offsets must point into the text, or highlights would show the wrong words. */
function checkOffsets(event: ExtractedEvent, length: number) {
  const spans = [event.excerpt, ...(event.timex ? [event.timex] : []), ...event.participants];
  for (const { start, end } of spans) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length)) {
      throw new Error(`the extractor returned the span ${start}–${end} outside the text (length ${length}) for a ${event.type} event`);
    }
  }
}
