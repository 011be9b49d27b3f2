// iCalendar (RFC 5545). Every event is an all-day VEVENT: a day-precision event covers its day,
// a month, year, week or range covers its first to last day (DTEND is exclusive, so it is the day
// after the last). The precision and the EDTF value travel in X- properties, since iCalendar has
// no way to say "some day in July 2020". Events are TRANSPARENT: a month-long span must not mark
// a calendar busy.
import type { EventDetail } from "../api-types";
import { addDays } from "./dates";
import { citedExcerpts, citedSources, citedUrls, sourceLabel } from "./detail";
import type { ExportOptions } from "./types";

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;
const TEXT_SPECIAL = /[\\;,\n]/g;
const LINE_BREAKS = /\r\n?/g;
const DASHES_AND_COLONS = /[-:]/g;
const MILLISECONDS = /\.\d{3}/;
const utf8 = new TextEncoder();

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newline. */
export function escapeText(text: string): string {
  return text.replace(LINE_BREAKS, "\n").replace(TEXT_SPECIAL, (char) => (char === "\n" ? "\\n" : `\\${char}`));
}

/**
 * Folds a content line so that no line exceeds 75 octets of UTF-8 (RFC 5545 3.1): continuation
 * lines start with one space, which counts toward their 75. A line is only broken between
 * characters, never inside a multi-byte one (Arabic letters are two octets, some symbols four).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function basicDate(isoDay: string): string {
  return isoDay.replace(DASHES_AND_COLONS, "");
}

function utcTimestamp(date: Date): string {
  return date.toISOString().replace(MILLISECONDS, "").replace(DASHES_AND_COLONS, "");
}

/** A URI as iCalendar wants it: ASCII only (non-Latin paths percent-encoded). */
function asciiUri(url: string): string {
  return URL.canParse(url) ? new URL(url).href : encodeURI(url);
}

function description(detail: EventDetail): string {
  const { participants, place } = detail.event;
  const lines: string[] = [];
  const who = participants.map((participant) => participant.name).join("، ");
  if (who) lines.push(who);
  if (place) lines.push(place);
  for (const excerpt of citedExcerpts(detail)) lines.push("", `«${excerpt}»`);
  lines.push("");
  for (const source of citedSources(detail)) lines.push(source.url ? `${sourceLabel(source)}: ${source.url}` : sourceLabel(source));
  return lines.join("\n").trim();
}

function eventLines(detail: EventDetail, stamp: string, options: ExportOptions): string[] {
  const { event } = detail;
  const url = options.eventUrl?.(event.id) ?? citedUrls(detail)[0];
  const lines = [
    "BEGIN:VEVENT",
    `UID:${event.id}@chronicle`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.firstDay)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.lastDay, 1))}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description(detail))}`,
  ];
  if (event.place) lines.push(`LOCATION:${escapeText(event.place)}`);
  if (url) lines.push(`URL:${asciiUri(url)}`);
  lines.push(
    `CATEGORIES:${escapeText(event.type)}`,
    `STATUS:${calendarStatus(event)}`,
    `X-CHRONICLE-REVIEW:${event.reviewStatus}`,
    "TRANSP:TRANSPARENT",
    `X-CHRONICLE-EDTF:${escapeText(event.edtf)}`,
    `X-CHRONICLE-PRECISION:${event.precision}`,
    `X-CHRONICLE-TYPE:${event.type}`,
    "END:VEVENT",
  );
  return lines;
}

/**
 * CONFIRMED only for what a person confirmed (and was not, when published, still to come);
 * CANCELLED for what a person rejected; a machine's guess is TENTATIVE.
 */
function calendarStatus(event: EventDetail["event"]): "CONFIRMED" | "TENTATIVE" | "CANCELLED" {
  if (event.reviewStatus === "rejected") return "CANCELLED";
  return event.reviewStatus === "confirmed" && !event.scheduled ? "CONFIRMED" : "TENTATIVE";
}

export function exportIcalendar(details: EventDetail[], options: ExportOptions = {}): string {
  const stamp = utcTimestamp(options.generatedAt ?? new Date());
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chronicle//Chronicle chronology export//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (options.title) lines.push(`X-WR-CALNAME:${escapeText(options.title)}`);
  for (const detail of details) lines.push(...eventLines(detail, stamp, options));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
