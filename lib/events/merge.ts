import type { EventType } from "../model";

/** What merging needs to know of an event, whether it is stored or just extracted. */
export interface MergeCandidate {
  type: EventType;
  firstDay: string;
  lastDay: string;
  actorIds: string[];
}

// Register ids carry their kind: states stand for a whole country, so they only decide a merge
// when no person, office or organisation is named on one side.
const STATE_ID = /^state:/;

function parties(ids: string[]): { specific: Set<string>; states: Set<string> } {
  const unique = [...new Set(ids)];
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

/**
 * Two reports describe the same real-world event when they have the same type, dates that can
 * mean the same day given their precision (their day ranges overlap), and compatible
 * participants: they share an actor, and neither names a different counterpart. States count
 * (the Iran–Syria agreement of July 2020 is reported with just إيران and سوريا) when one report
 * names no one more specific.
 */
export function isSameEvent(a: MergeCandidate, b: MergeCandidate): boolean {
  if (a.type !== b.type) return false;
  if (a.firstDay > b.lastDay || b.firstDay > a.lastDay) return false;
  const pa = parties(a.actorIds);
  const pb = parties(b.actorIds);
  if (pa.specific.size > 0 && pb.specific.size > 0) return compatible(pa.specific, pb.specific);
  return compatible(pa.states, pb.states) || compatible(new Set([...pa.specific, ...pa.states]), new Set([...pb.specific, ...pb.states]));
}
