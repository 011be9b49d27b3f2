// The JSON shapes of the HTTP API, shared by the route handlers and the pages.
import type { ChronicleEvent, Citation, EventType, Role, Source } from "./model";

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

/** [start, end) offsets, JavaScript string indices. */
export type TextSpan = [number, number];

/** What a search matched in one event, for highlighting. */
export interface EventMatches {
  /** Spans of ChronicleEvent.title. */
  title: TextSpan[];
  /** By citation id: spans of that citation's excerpt (CitationView.excerpt, not the source text). */
  excerpts: Record<string, TextSpan[]>;
}

/** GET /api/events with `q`: the page plus what matched. */
export interface SearchEventsPage extends EventsPage {
  search: {
    /** The query's words and the normalised prefixes each matched by (see lib/text/arabic-normalize.ts). */
    terms: { word: string; prefixes: string[] }[];
    /** By event id, for every event on the page. */
    matches: Record<string, EventMatches>;
  };
}

export type TimelineBucketSize = "day" | "week" | "month" | "year";

/** Events of one type starting in one bucket (weeks run Monday to Sunday). */
export interface TimelineBucket {
  start: string; // first day of the bucket, yyyy-mm-dd (may lie before the window)
  end: string; // last day of the bucket (may lie after the window)
  type: EventType;
  count: number;
}

/**
 * GET /api/timeline?from&to&max&(the filters of /api/events): what starts in the window, as
 * events when there are at most `max`, else as counts per bucket and type; and how many events
 * started before the window and still run in it (`spanning`: counted, not listed; GET
 * /api/events lists every overlapping event).
 */
/**
 * An event as the timeline draws it: its date, type and title. Participants, place and review
 * fields stay out (the panel asks /api/events/[id] for them), which halves an answer that may
 * hold hundreds of events.
 */
export type TimelineEvent = Pick<ChronicleEvent, "id" | "type" | "edtf" | "firstDay" | "lastDay" | "precision" | "title" | "titleEn" | "dateInferred" | "scheduled">;

export type TimelineAnswer =
  | { kind: "events"; events: TimelineEvent[]; spanning: number; total: number }
  | {
      kind: "buckets";
      bucket: TimelineBucketSize;
      /** Events starting inside the window, by bucket and type; buckets without events are left out. */
      buckets: TimelineBucket[];
      spanning: number;
      /** Every event overlapping the window: the counts plus spanning. */
      total: number;
    };

/** GET /api/sources?q&limit: sources whose title or text matches every word, best first. */
export interface SourceSearchPage {
  terms: { word: string; prefixes: string[] }[];
  sources: {
    source: SourceSummary;
    /** Spans of the title. */
    title: TextSpan[];
    /** Spans of the source's text (Source.text, as GET /api/sources/[id] answers it), the first 50. */
    text: TextSpan[];
  }[];
}

/** A rich oEmbed answer (https://oembed.com/, section 2.3.4.4). */
export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
}

/** GET /api/auth/session and POST /api/auth/login: who is signed in, and the token every write sends as X-CSRF-Token. */
export type SessionAnswer = { user: { name: string; role: Role }; csrfToken: string } | { user: null; csrfToken: null };

/** GET /api/review: the queue of unreviewed events, most corroborated then most recent first. */
export interface ReviewQueuePage {
  events: EventDetail[];
  /** Every unreviewed event, not only this page. */
  total: number;
}

/** What every review write answers: the audit entry it made (or undid) and the event as it is now (null once deleted). */
export interface ReviewAnswer {
  auditId: number;
  event: EventDetail | null;
  /** POST /api/events/[id]/split: the id of the new event. */
  created?: string;
}

/** One field a change set: its value before and after. */
export interface AuditChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** GET /api/events/[id]/audit: one change by a person, newest first. */
export interface AuditEntry {
  id: number;
  user: string;
  /** confirm, reject, edit, merge, split or delete. */
  action: string;
  at: string;
  changes: AuditChange[];
  /** Every event the change touched. */
  eventIds: string[];
  undoneAt: string | null;
  undoneBy: string | null;
}
