// The country of an event's place, for the `country` filter: places in the actor register know
// their state, and a state named as the place is its own country.
import { resolveActor } from "../events/register";

/** The state id a place lies in (or the place itself when it is a state); null when unknown. */
export function placeCountry(place: string | null): string | null {
  if (!place) return null;
  const actor = resolveActor(place);
  if (!actor) return null;
  if (actor.kind === "state") return actor.id;
  return actor.kind === "place" ? actor.state : null;
}
