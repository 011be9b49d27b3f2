// What the importers share: recognising Chronicle's event types, keeping only web URLs as
// sources, and naming an event that came without a title.
import { EVENT_TYPES, type EventType } from "../model";

const EVENT_TYPE_NAMES = new Set<string>(EVENT_TYPES);

/** One of Chronicle's types when the label names it (Chronicle's own exports label by type id). */
export function eventTypeNamed(label: string | null | undefined): EventType | null {
  const name = label?.trim().toLowerCase() ?? "";
  return EVENT_TYPE_NAMES.has(name) ? (name as EventType) : null;
}

/** The candidates that are absolute http(s) URLs, each once, in order. */
export function webUrls(candidates: readonly string[]): string[] {
  const urls: string[] = [];
  for (const candidate of candidates) {
    if (!URL.canParse(candidate)) continue;
    const { protocol } = new URL(candidate);
    if ((protocol === "http:" || protocol === "https:") && !urls.includes(candidate)) urls.push(candidate);
  }
  return urls;
}

/** The first line of a text: the title of an event that came with text but no headline. */
export function firstLine(text: string | null): string {
  return text?.split("\n", 1)[0].trim() ?? "";
}
