// The JSON shapes of the HTTP API, shared by the route handlers and the pages.
import type { ChronicleEvent, Citation, EventType, Source } from "./model";

/** GET /api/events?from&to&type&actor&source&q&limit&cursor */
export interface EventsPage {
  events: ChronicleEvent[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface SourceSummary {
  id: string;
  outlet: string;
  url: string | null;
  published: string;
  title: string | null;
}

export interface CitationView extends Citation {
  excerpt: string; // the cited text itself
  source: SourceSummary;
}

/** GET /api/events/[id] */
export interface EventDetail {
  event: ChronicleEvent;
  citations: CitationView[];
}

export interface SourceHighlight {
  citationId: string;
  eventId: string;
  eventType: EventType;
  eventTitle: string;
  start: number;
  end: number;
}

/** GET /api/sources/[id] */
export interface SourceDetail {
  source: Source;
  highlights: SourceHighlight[];
}

/** Every 4xx/5xx answer. */
export interface ApiError {
  error: string;
  issues?: { path: string; message: string }[];
}
