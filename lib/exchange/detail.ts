// What every exporter reads off an event and its citations, in one place.
import type { EventDetail, SourceSummary } from "../api-types";
import { loadActorRegister, type RegisterActor } from "../events/register";
import { placeCountry } from "../events/places";

/** The sources an event cites, in citation order, each once. */
export function citedSources(detail: EventDetail): SourceSummary[] {
  const seen = new Map<string, SourceSummary>();
  for (const citation of detail.citations) {
    if (!seen.has(citation.source.id)) seen.set(citation.source.id, citation.source);
  }
  return [...seen.values()];
}

/** The URLs of the cited sources, each once (sources without a URL are left out). */
export function citedUrls(detail: EventDetail): string[] {
  return [...new Set(citedSources(detail).flatMap((source) => (source.url ? [source.url] : [])))];
}

/** The distinct excerpts, in citation order. */
export function citedExcerpts(detail: EventDetail): string[] {
  return [...new Set(detail.citations.map((citation) => citation.excerpt.trim()).filter(Boolean))];
}

/** "Outlet, 2024-11-17": how a source is named in text. */
export function sourceLabel(source: SourceSummary): string {
  return `${source.outlet}, ${source.published}`;
}

/** The state an event's place lies in (or is), when the actor register knows the place. */
export function placeState(place: string): RegisterActor | null {
  return loadActorRegister().actors.get(placeCountry(place) ?? "") ?? null;
}
