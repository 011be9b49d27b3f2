import type { EventType } from "../model";
import { overlaps } from "./dates";
import { loadActorRegister } from "./register";

/** What merging needs to know of an event, whether it is stored or just extracted. */
export interface MergeCandidate {
  type: EventType;
  firstDay: string;
  lastDay: string;
  actorIds: string[];
}

/**
 * What merging needs of an extracted event (or of a candidate for one): its type, days and
 * actors. Repeated actors are left in: isSameEvent and mergeKeys count each actor once.
 */
export function toMergeCandidate(
  event: { type: EventType; participants: readonly { actorId: string }[] },
  date: { firstDay: string; lastDay: string },
): MergeCandidate {
  return { type: event.type, firstDay: date.firstDay, lastDay: date.lastDay, actorIds: event.participants.map((p) => p.actorId) };
}

// Register ids carry their kind: states stand for a whole country, so they only decide a merge
// when no person, office or organisation is named on one side.
const STATE_ID = /^state:/;
// Actors the register does not know carry ids made from whatever phrase named them: they decide
// a merge only when neither report names anyone the register knows.
const UNREGISTERED_ID = /^name:/;

function parties(ids: string[]): { specific: Set<string>; states: Set<string> } {
  const registered = ids.filter((id) => !UNREGISTERED_ID.test(id));
  const unique = [...new Set(registered.length ? registered : ids)];
  return {
    specific: new Set(unique.filter((id) => !STATE_ID.test(id))),
    states: new Set(unique.filter((id) => STATE_ID.test(id))),
  };
}

function intersection(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** One set of participants names everyone on the other side that it could know about. */
function compatible(a: Set<string>, b: Set<string>): boolean {
  const shared = intersection(a, b);
  if (shared === 0) return false;
  // A meeting of X with Y is not a meeting of X with Z: beyond the shared actors, the smaller
  // side must have nobody the larger one lacks, unless two or more actors are shared.
  return shared >= 2 || shared === Math.min(a.size, b.size);
}

const DAY_SLACK_TYPES: EventType[] = ["visit", "meeting", "call", "agreement"];
/** How many days apart two single-day reports of one event may be; stores widen their candidate search by it. */
export const MERGE_DAY_SLACK = 1;

/** Days between two single-day spans; ranges are never "a day apart". */
function daysApart(a: MergeCandidate, b: MergeCandidate): number {
  if (a.firstDay !== a.lastDay || b.firstDay !== b.lastDay) return Infinity;
  return Math.abs(Date.parse(a.firstDay) - Date.parse(b.firstDay)) / 86_400_000;
}

/**
 * Two reports describe the same real-world event when they have the same type, dates that can
 * mean the same day given their precision (their day ranges overlap), and compatible
 * participants: they share an actor, and neither names a different counterpart. States count
 * (the Iran–Syria agreement of July 2020 is reported with just إيران and سوريا) when one report
 * names no one more specific. Single-day dates a day apart still match for meetings, visits,
 * calls and agreements between the same named people: the conflict is kept on the citations.
 */
export function isSameEvent(a: MergeCandidate, b: MergeCandidate): boolean {
  if (a.type !== b.type) return false;
  const pa = parties(a.actorIds);
  const pb = parties(b.actorIds);
  if (!overlaps(a, b)) {
    // Outlets disagree by a day on when a meeting or an alliance happened (one dates the
    // announcement, the other the publication): the same named people, a day apart, are one
    // event whose dates conflict, not two events.
    const sameNamedPeople = intersection(pa.specific, pb.specific) >= 1 && compatible(pa.specific, pb.specific);
    if (!(DAY_SLACK_TYPES.includes(a.type) && sameNamedPeople && daysApart(a, b) <= MERGE_DAY_SLACK)) return false;
  }
  if (pa.specific.size > 0 && pb.specific.size > 0) return compatible(pa.specific, pb.specific);
  // One report names the countries ("بين إيران وتركيا وروسيا"), the other their leaders.
  return compatible(withStatesOf(pa), withStatesOf(pb));
}

/**
 * The actors of which a report with these participants shares at least one with any report it
 * is the same event as (isSameEvent needs a shared actor): what a batch indexes reports by, to
 * compare each only with those that can match.
 */
export function mergeKeys(actorIds: string[]): Set<string> {
  return withStatesOf(parties(actorIds));
}

/** A report's states, counting those of the people it names through the offices they hold. */
function withStatesOf(p: { specific: Set<string>; states: Set<string> }): Set<string> {
  const reg = loadActorRegister();
  const states = new Set(p.states);
  for (const id of p.specific) {
    for (const office of reg.officesOf.get(id) ?? []) {
      const state = reg.actors.get(office)?.state;
      if (state) states.add(state);
    }
  }
  return new Set([...p.specific, ...states]);
}
