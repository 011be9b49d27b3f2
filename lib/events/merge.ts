import type { EventType } from "../model";

/** What merging needs to know of an event, whether it is stored or just extracted. */
export interface MergeCandidate {
  type: EventType;
  firstDay: string;
  lastDay: string;
  actorIds: string[];
}

/**
 * Two reports describe the same real-world event when they have the same type, dates that can
 * mean the same day given their precision (their day ranges overlap), and at least one actor
 * in common.
 */
export function isSameEvent(a: MergeCandidate, b: MergeCandidate): boolean {
  if (a.type !== b.type) return false;
  if (a.firstDay > b.lastDay || b.firstDay > a.lastDay) return false;
  const actors = new Set(a.actorIds);
  return b.actorIds.some((id) => actors.has(id));
}
