// The domain model of Chronicle: what is stored, served and drawn.
// Dates are EDTF strings (https://www.loc.gov/standards/datetime/) plus the first and last
// calendar day they can mean (ISO yyyy-mm-dd, both inclusive), so that a month-precision
// event is a month-long span and never a point on its first day.

export const EVENT_TYPES = ["visit", "meeting", "call", "agreement", "statement", "attack", "other"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How finely a date is known. `range` covers explicit spans and parts of periods. */
export const PRECISIONS = ["day", "week", "month", "season", "year", "range"] as const;
export type Precision = (typeof PRECISIONS)[number];

export const REVIEW_STATUSES = ["unreviewed", "confirmed", "rejected"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What a signed-in person may do: read (viewer), review and write (editor), and manage accounts (admin). */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ACTOR_KINDS = ["person", "office", "state", "organisation", "place", "unknown"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const LANGUAGES = ["ar", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A resolved date: its EDTF value and the inclusive day range it stands for. */
export interface DateSpan {
  edtf: string;
  firstDay: string;
  lastDay: string;
  precision: Precision;
}

export interface Source {
  id: string;
  outlet: string;
  url: string | null;
  published: string; // yyyy-mm-dd in the outlet's own time zone
  language: Language;
  title: string | null;
  text: string;
  contentHash: string; // sha256 hex of the text
  externalId: string | null; // the id the article came with, if any
  ingestedAt: string;
}

export interface Actor {
  id: string;
  nameAr: string;
  nameEn: string | null;
  kind: ActorKind;
  aliases: string[];
}

export interface Participant {
  actorId: string;
  name: string; // display name in the article's language
  kind: ActorKind;
}

export interface ChronicleEvent extends DateSpan {
  id: string;
  type: EventType;
  title: string;
  /** The English title: built at extraction from the register's English names, or given by a reviewer; null for imported events. */
  titleEn: string | null;
  participants: Participant[];
  place: string | null;
  reviewStatus: ReviewStatus;
  confidence: number; // 0..1
  rule: string; // which extraction rule produced it
  scheduled: boolean; // reported as future at publication time
  dateInferred: boolean; // no governing expression: the narrowest range the text allows
  corroboration: number; // number of distinct sources that report it
}

export interface Citation {
  id: string;
  eventId: string;
  sourceId: string;
  excerptStart: number; // JavaScript string index into Source.text
  excerptEnd: number;
  /** The temporal expression that dated the event in this source, if any. */
  timexText: string | null;
  timexStart: number | null;
  timexEnd: number | null;
  /** The date this source gives for the event (sources may disagree). */
  date: string;
}

/** An article as it comes in, before it is stored. */
export interface ArticleInput {
  id?: string | null;
  outlet: string;
  url?: string | null;
  published: string; // ISO date or timestamp; its date part is the anchor
  lang?: Language;
  title?: string | null;
  text: string;
}
