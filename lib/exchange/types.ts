// The shapes shared by Chronicle's exporters and importers.
import type { EventDetail } from "../api-types";
import type { DateSpan, EventType } from "../model";

/**
 * An event read from another tool's file, before it is stored. Each URL becomes a source of
 * the stored event, so an imported chronology keeps its citations.
 */
export interface ImportedEvent extends DateSpan {
  title: string;
  /** The description or quote that came with it, as plain text (HTML is flattened). */
  text: string | null;
  /** `other` unless the file names one of Chronicle's types. */
  type: EventType;
  place: string | null;
  /** Names as written in the file; resolving them to actors is the store's job. */
  participants: string[];
  /** Absolute http(s) URLs, in the order the file gives them, without repeats. */
  sourceUrls: string[];
  /** Where in the file it came from ("row 4", "events[2]"), for messages about it. */
  origin: string;
}

/** A problem with one part of an imported file; the same shape as ApiError.issues. */
export interface ImportIssue {
  /** Where: `row 5, End Date` in a spreadsheet, `events[2].start_date.month` in JSON. */
  path: string;
  message: string;
}

/** Every row or slide that could be read, and a precise complaint about every one that could not. */
export interface ImportResult {
  /** The chronology's own title, when the file carries one. */
  title: string | null;
  events: ImportedEvent[];
  issues: ImportIssue[];
  /**
   * Rows or slides left out, not wrong: dated outside the years Chronicle keeps (BCE, or
   * TimelineJS's cosmological scale). The rest of the file is imported, and these are reported.
   */
  leftOut: ImportIssue[];
}

export interface ExportOptions {
  /** A title for the whole export (TimelineJS title slide, calendar name). */
  title?: string;
  /** When the export was made: iCalendar's DTSTAMP. Defaults to now. */
  generatedAt?: Date;
  /** The public page of an event, when the caller knows where pages are served. */
  eventUrl?: (eventId: string) => string;
}

export type ExportFormatId = "timelinejs" | "csv" | "ics" | "jsonld" | "plover";
export type ImportFormatId = "timelinejs" | "csv";

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** Content-Type for the HTTP response, with its charset. */
  mime: string;
  /** File name extension without the dot. */
  extension: string;
  export: (details: EventDetail[], options?: ExportOptions) => string;
}

export interface ImportFormat {
  id: ImportFormatId;
  label: string;
  /** What a file input should accept (MIME types and extensions). */
  accept: string[];
  import: (text: string) => ImportResult;
}
