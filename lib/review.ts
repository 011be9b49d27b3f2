// What reviewers do to events: confirm, reject, edit, merge two, split a citation off, delete an
// imported one, correct an article's publication date, and undo. Every change runs in one transaction that also writes an audit entry
// holding each touched event as it was, so that the last change of an event can be undone.
import { z } from "zod";
import { loadActorRegister, toActor } from "./events/register";
import { parseDateText } from "./exchange/dates";
import { extractArticle, type Extraction } from "./extract";
import { isCalendarDay } from "./store/days";
import { EVENT_TYPES, type Actor, type ReviewStatus } from "./model";
import type { Store } from "./store";
import * as queries from "./store/queries";
import type { AuditChange } from "./api-types";
import type { EventChange, EventSnapshot, Executor } from "./store/queries";

/** A change that cannot be made; `status` is the HTTP status that says why. */
export class ReviewError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
    this.name = "ReviewError";
  }
}

const IMPORTED_RULE = /^import:/;

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((text) => text.trim() || null)
    .nullable();

/** An edit: only the fields given change. `date` is yyyy, yyyy-mm, yyyy-mm-dd, d/m/yyyy or an interval of two. */
export const eventEditSchema = z
  .object({
    type: z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(", ")}` }),
    date: z.string().min(1, "must not be empty"),
    title: z.string().trim().min(1, "must not be empty").max(500, "must be at most 500 characters"),
    titleEn: optionalText(500),
    place: optionalText(200),
    participants: z.array(z.string().min(1).max(200)).max(50, "at most 50 participants"),
  })
  .partial()
  .strict()
  .refine((edit) => Object.keys(edit).length > 0, "give at least one field to change");
export type EventEdit = z.infer<typeof eventEditSchema>;

interface Reviewer {
  name: string;
}

type Snapshots = Record<string, EventSnapshot | null>;

/**
 * Runs `apply` in a transaction after taking snapshots of `eventIds` (an id that names no event
 * yet snapshots as null: the change creates it), then refreshes what is derived from every
 * touched event and records the audit entry.
 */
async function recordChange(
  store: Store,
  reviewer: Reviewer,
  action: string,
  eventIds: string[],
  apply: (trx: Executor, snapshots: Snapshots) => Promise<AuditChange[]>,
): Promise<number> {
  return store.db.transaction().execute(async (trx) => {
    const snapshots: Snapshots = {};
    for (const id of eventIds) snapshots[id] = await queries.snapshotEvent(trx, id);
    const changes = await apply(trx, snapshots);
    await refreshDerived(trx, eventIds);
    return queries.insertAuditEntry(trx, { user: reviewer.name, action, at: new Date().toISOString(), changes, snapshots });
  });
}

/** Corroboration and search rows of the events that still exist. */
async function refreshDerived(trx: Executor, eventIds: string[]): Promise<void> {
  for (const id of eventIds) {
    if (!(await queries.eventExists(trx, id))) continue;
    await queries.refreshCorroboration(trx, id);
    await queries.indexEventForSearch(trx, id);
  }
}

function existing(snapshots: Snapshots, id: string): EventSnapshot {
  const snapshot = snapshots[id];
  if (!snapshot) throw new ReviewError(404, `no event with id ${id}`);
  return snapshot;
}

/** Confirms or rejects an event. */
export function setReviewStatus(store: Store, reviewer: Reviewer, eventId: string, status: Exclude<ReviewStatus, "unreviewed">): Promise<number> {
  return recordChange(store, reviewer, status === "confirmed" ? "confirm" : "reject", [eventId], async (trx, snapshots) => {
    const before = existing(snapshots, eventId).event.review_status;
    await queries.updateEvent(trx, eventId, { review_status: status });
    return [{ field: "reviewStatus", from: before, to: status }];
  });
}

/**
 * Changes an event's fields as a reviewer corrected them; the event is then confirmed (a person
 * has looked at it). Participants are actor ids: stored actors, or the register's.
 */
export function editEvent(store: Store, reviewer: Reviewer, eventId: string, edit: EventEdit): Promise<number> {
  return recordChange(store, reviewer, "edit", [eventId], async (trx, snapshots) => {
    const before = existing(snapshots, eventId);
    const stored = before.event;
    const change: EventChange = {};
    const changes: AuditChange[] = [];
    const note = (field: string, from: unknown, to: unknown) => {
      if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
    };
    if (edit.type !== undefined) {
      change.type = edit.type;
      note("type", stored.type, edit.type);
    }
    if (edit.date !== undefined) {
      const parsed = parseDateText(edit.date);
      if (!parsed.ok) throw new ReviewError(400, `date: ${parsed.message}`);
      const { edtf, firstDay, lastDay, precision } = parsed.span;
      Object.assign(change, { edtf, first_day: firstDay, last_day: lastDay, precision });
      note("date", stored.edtf, edtf);
    }
    if (edit.title !== undefined) {
      change.title = edit.title;
      note("title", stored.title, edit.title);
    }
    if (edit.titleEn !== undefined) {
      change.title_en = edit.titleEn;
      note("titleEn", stored.title_en, edit.titleEn);
    }
    if (edit.place !== undefined) {
      change.place = edit.place;
      note("place", stored.place, edit.place);
    }
    if (edit.participants !== undefined) {
      const ids = [...new Set(edit.participants)];
      await ensureActors(trx, ids);
      await queries.setEventActors(trx, eventId, ids);
      note("participants", before.actorIds, ids);
    }
    change.review_status = "confirmed";
    note("reviewStatus", stored.review_status, "confirmed");
    await queries.updateEvent(trx, eventId, change);
    return changes;
  });
}

/** Stores the register's actors among `ids` that are not stored yet; an id neither knows is refused. */
async function ensureActors(trx: Executor, ids: string[]): Promise<void> {
  const stored = await queries.existingActorIds(trx, ids);
  const register = loadActorRegister().actors;
  for (const id of ids) {
    if (stored.has(id)) continue;
    const known = register.get(id);
    if (!known) throw new ReviewError(400, `participants: no actor with id ${id}`);
    await queries.saveActor(trx, toActor(known));
  }
}

/**
 * Merges `otherId` into `keptId`: the other event's citations and participants join the kept
 * one, whose own fields stay, and the other is deleted. A reviewed event is never merged away
 * into an unreviewed one (that would overwrite what a person verified).
 */
export function mergeEvents(store: Store, reviewer: Reviewer, keptId: string, otherId: string): Promise<number> {
  if (keptId === otherId) return Promise.reject(new ReviewError(400, "an event cannot be merged with itself"));
  return recordChange(store, reviewer, "merge", [keptId, otherId], async (trx, snapshots) => {
    const kept = existing(snapshots, keptId);
    const other = existing(snapshots, otherId);
    if (other.event.review_status !== "unreviewed" && kept.event.review_status === "unreviewed") {
      throw new ReviewError(409, `${otherId} is reviewed and ${keptId} is not: merge ${keptId} into ${otherId} instead`);
    }
    await queries.moveCitations(trx, other.citations.map((citation) => citation.id), keptId);
    await queries.addEventActors(trx, keptId, other.actorIds);
    await queries.deleteEvent(trx, otherId);
    return [{ field: "merged", from: otherId, to: keptId }];
  });
}

/**
 * Splits one citation off an event into an event of its own: same type, participants and
 * place, dated as that citation's source dates it, not yet reviewed. Answers the new event's id.
 */
export async function splitCitation(store: Store, reviewer: Reviewer, eventId: string, citationId: string): Promise<{ auditId: number; eventId: string }> {
  const newId = `${eventId.slice(0, 90)}-split-${citationId.slice(-24)}`.replace(/[^A-Za-z0-9_-]/g, "_");
  const auditId = await recordChange(store, reviewer, "split", [eventId, newId], async (trx, snapshots) => {
    const original = existing(snapshots, eventId);
    if (snapshots[newId]) throw new ReviewError(409, `the event ${newId} exists already`);
    const citation = original.citations.find((candidate) => candidate.id === citationId);
    if (!citation) throw new ReviewError(404, `the event ${eventId} has no citation ${citationId}`);
    if (original.citations.length < 2) throw new ReviewError(409, "an event's only citation cannot be split off");
    const date = parseDateText(citation.date);
    const span = date.ok
      ? date.span
      : { edtf: original.event.edtf, firstDay: original.event.first_day, lastDay: original.event.last_day, precision: original.event.precision };
    const event = original.event;
    await queries.insertEvent(trx, {
      id: newId,
      type: event.type as queries.NewEventInput["type"],
      ...span,
      precision: span.precision as queries.NewEventInput["precision"],
      title: event.title,
      titleEn: event.title_en,
      place: event.place,
      confidence: event.confidence,
      rule: event.rule,
      scheduled: Boolean(event.scheduled),
      dateInferred: Boolean(event.date_inferred),
    });
    await queries.addEventActors(trx, newId, original.actorIds);
    await queries.moveCitations(trx, [citationId], newId);
    return [{ field: "citation", from: eventId, to: newId }];
  });
  return { auditId, eventId: newId };
}

/** Deletes an event that came in by import (extracted events are rejected instead, so their sources still explain them). */
export function deleteImportedEvent(store: Store, reviewer: Reviewer, eventId: string): Promise<number> {
  return recordChange(store, reviewer, "delete", [eventId], async (trx, snapshots) => {
    const event = existing(snapshots, eventId).event;
    if (!IMPORTED_RULE.test(event.rule)) throw new ReviewError(409, "only imported events can be deleted; reject an extracted event instead");
    await queries.deleteEvent(trx, eventId);
    return [{ field: "deleted", from: eventId, to: null }];
  });
}

/**
 * Undoes the last change of an event that is not undone yet: every event it touched goes back
 * to what it was, and events it created are deleted. Refused when a later change touched one of
 * those events (undo that first).
 */
export async function undoLastChange(store: Store, reviewer: Reviewer, eventId: string): Promise<{ undone: number; action: string }> {
  return store.db.transaction().execute(async (trx) => {
    const entry = await queries.lastAuditEntry(trx, eventId);
    if (!entry) throw new ReviewError(404, `no change of ${eventId} is left to undo`);
    // The source's date is not part of an event snapshot: correcting it again is its undo.
    if (entry.action === "redate") throw new ReviewError(409, "a corrected publication date is undone by correcting it again");
    for (const touched of entry.eventIds) {
      const latest = await queries.lastAuditEntry(trx, touched);
      if (latest && latest.id !== entry.id) {
        throw new ReviewError(409, `a later change (${latest.action} by ${latest.user}) touched ${touched}: undo it first`);
      }
    }
    const created: string[] = [];
    for (const [id, snapshot] of Object.entries(entry.snapshots)) {
      if (snapshot) await queries.restoreEventSnapshot(trx, snapshot);
      else created.push(id);
    }
    for (const id of created) {
      const left = await queries.citationIdsOf(trx, id);
      if (left.length) throw new ReviewError(409, `${id} has citations that came after the change (${left.join(", ")}): it cannot be removed`);
      await queries.deleteEvent(trx, id);
    }
    await refreshDerived(trx, entry.eventIds);
    await queries.markAuditUndone(trx, entry.id, reviewer.name, new Date().toISOString());
    return { undone: entry.id, action: entry.action };
  });
}

/** Actors whose name contains `text`: the register's and those stored from articles, at most `limit`. */
export async function suggestActors(store: Store, text: string, limit: number): Promise<Actor[]> {
  const found = new Map<string, Actor>();
  for (const actor of await queries.searchActors(store.db, text, limit)) found.set(actor.id, actor);
  for (const registered of loadActorRegister().actors.values()) {
    if (found.size >= limit) break;
    const names = [registered.nameAr, registered.nameEn ?? "", ...registered.aliases];
    if (!found.has(registered.id) && names.some((name) => name.includes(text))) found.set(registered.id, toActor(registered));
  }
  return [...found.values()].slice(0, limit);
}

/**
 * Corrects a source's publication date and resolves every relative date of it again: the text
 * is extracted anew against the new day, each citation takes the date its excerpt now gets, and
 * so does each unreviewed event that this source alone reports (an event others report, or one a
 * person reviewed, keeps its date; its citation still shows what this source now says).
 */
export async function correctPublicationDate(
  store: Store,
  reviewer: Reviewer,
  sourceId: string,
  published: string,
  extract: (text: string, published: string) => Extraction = extractArticle,
): Promise<number> {
  if (!isCalendarDay(published)) throw new ReviewError(400, `published: "${published}" is not a yyyy-mm-dd day`);
  const source = await queries.findSource(store.db, sourceId);
  if (!source) throw new ReviewError(404, `no source with id ${sourceId}`);
  const { events } = extract(source.text, published);
  const citations = await queries.citationsOfSource(store.db, sourceId);
  const eventIds = [...new Set(citations.map((citation) => citation.event_id))];
  return recordChange(store, reviewer, "redate", eventIds, async (trx, snapshots) => {
    const changes: AuditChange[] = [{ field: `published of ${sourceId}`, from: source.published, to: published }];
    await queries.updateSourcePublished(trx, sourceId, published);
    for (const citation of citations) {
      const found = events.find((event) => event.excerpt.start === citation.excerpt_start && event.excerpt.end === citation.excerpt_end);
      if (!found) continue;
      const { timex, date } = found;
      await queries.updateCitationDate(trx, citation.id, { date: date.edtf, timex_text: timex?.text ?? null, timex_start: timex?.start ?? null, timex_end: timex?.end ?? null });
      const before = existing(snapshots, citation.event_id);
      const onlyThisSource = before.citations.every((cited) => cited.source_id === sourceId);
      if (before.event.review_status !== "unreviewed" || !onlyThisSource || before.event.edtf === date.edtf) continue;
      await queries.updateEvent(trx, citation.event_id, {
        edtf: date.edtf,
        first_day: date.firstDay,
        last_day: date.lastDay,
        precision: date.precision,
        scheduled: found.scheduled ? 1 : 0,
        date_inferred: found.dateInferred ? 1 : 0,
      });
      changes.push({ field: `date of ${citation.event_id}`, from: before.event.edtf, to: date.edtf });
    }
    return changes;
  });
}
