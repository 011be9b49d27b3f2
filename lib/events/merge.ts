import type { EventType } from "../model";
import { overlaps, widthInDays } from "./dates";
import { placeCountry } from "./places";
import { loadActorRegister } from "./register";
import { labelOfRule } from "./triggers";

/** What merging needs to know of an event, whether it is stored or just extracted. */
export interface MergeCandidate {
  type: EventType;
  /** What happened, finer than `other`: see kindOf. */
  kind: string;
  firstDay: string;
  lastDay: string;
  actorIds: string[];
  place: string | null;
}

/**
 * What kind of event a rule found: its type, and for `other` the rule's label (an election is
 * not a resignation, though both are "other"). `rule` is the stored form, "other.resigned+date:lead".
 */
export function kindOf(type: EventType, rule: string): string {
  if (type !== "other") return type;
  const name = rule.split("+")[0];
  return `other:${labelOfRule(name) ?? name}`;
}

/**
 * What merging needs of an extracted or stored event: its type and kind, days, actors and place.
 * Repeated actors are left in: isSameEvent and mergeKeys count each actor once.
 */
export function toMergeCandidate(
  event: { type: EventType; rule: string; place: string | null; participants: readonly { actorId: string }[] },
  date: { firstDay: string; lastDay: string },
): MergeCandidate {
  return {
    type: event.type,
    kind: kindOf(event.type, event.rule),
    firstDay: date.firstDay,
    lastDay: date.lastDay,
    // A statement is its speaker's: whom it addressed or named does not make two speakers' words one.
    actorIds: (event.type === "statement" ? event.participants.slice(0, 1) : event.participants).map((p) => p.actorId),
    place: event.place,
  };
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
  if (a.type !== b.type || a.kind !== b.kind) return false;
  if (placesContradict(a.place, b.place) || !comparableSpans(a, b)) return false;
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

/** Longer than this, a span ("منذ 2015 حتى اليوم") is a period, not the date of one event. */
const PERIOD_DAYS = 366;
/**
 * How many times wider one date may be than the other: a day fits its month, a month its year,
 * but a report dated only "2018" says nothing about which of that year's meetings it is.
 */
const WIDTH_RATIO = 31;

/** A period matches only the same period: it overlaps every event inside it, but is none of them. */
function comparableSpans(a: MergeCandidate, b: MergeCandidate): boolean {
  const [wa, wb] = [widthInDays(a), widthInDays(b)];
  if (wa > PERIOD_DAYS || wb > PERIOD_DAYS) return a.firstDay === b.firstDay && a.lastDay === b.lastDay;
  return Math.max(wa, wb) <= WIDTH_RATIO * Math.min(wa, wb);
}

/** Two places the register puts in different countries: a strike on Gaza is not one on Aleppo. */
function placesContradict(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return false;
  const [countryA, countryB] = [placeCountry(a), placeCountry(b)];
  return countryA !== null && countryB !== null && countryA !== countryB;
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
