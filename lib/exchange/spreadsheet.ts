// Chronologies as spreadsheets: Chronicle's CSV export (one row per event, EDTF kept), and the
// import of spreadsheets people already keep (date, end date, headline, text, source URL),
// including the TimelineJS Google Sheets template and Chronicle's own export.
import type { EventDetail } from "../api-types";
import { PRECISIONS, type DateSpan, type Precision } from "../model";
import { CsvSyntaxError, formatCsv, parseCsv } from "./csv";
import { asciiDigits, checkPartialDate, edtfSpansDays, parseDateText, parsePartialDate, spanFromPartialDates, type DateResult, type PartialDate } from "./dates";
import { citedExcerpts, citedUrls } from "./detail";
import { htmlToText, linkTargets } from "./html";
import { eventTypeNamed, firstLine, webUrls } from "./imported";
import type { ImportedEvent, ImportIssue, ImportResult } from "./types";

export const CSV_COLUMNS = [
  "id", "date", "first_day", "last_day", "precision", "type", "title", "participants", "place", "sources", "excerpt", "review_status",
] as const;

// Excel and LibreOffice run a cell that starts with one of these as a formula; a leading
// apostrophe makes it text (OWASP "CSV injection"). The importer takes the apostrophe off again.
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED_FORMULA = /^'(?=[=+\-@\t\r])/;
// Excel needs the byte order mark to read the file as UTF-8 rather than the locale's code page.
const UTF8_BOM = "\uFEFF";
const PARTICIPANT_SEPARATOR = "; ";
const PARTICIPANT_SPLIT = /[;؛|]/;
const WHITESPACE = /\s+/;
const HEADER_NOISE = /[\s_\-.]+/g;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_NUMBER = /^-?\d+$/;

function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unguardFormula(value: string): string {
  return value.replace(GUARDED_FORMULA, "");
}

/** The rows of the CSV export, header first. */
export function csvRecords(details: EventDetail[]): string[][] {
  const rows = details.map((detail) => {
    const { event } = detail;
    return [
      event.id,
      event.edtf,
      event.firstDay,
      event.lastDay,
      event.precision,
      event.type,
      event.title,
      event.participants.map((participant) => participant.name).join(PARTICIPANT_SEPARATOR),
      event.place ?? "",
      citedUrls(detail).join("\n"),
      citedExcerpts(detail).join("\n\n"),
      event.reviewStatus,
    ].map(guardFormula);
  });
  return [[...CSV_COLUMNS], ...rows];
}

export function exportCsv(details: EventDetail[]): string {
  return UTF8_BOM + formatCsv(csvRecords(details));
}

type Field =
  | "date" | "endDate" | "year" | "month" | "day" | "endYear" | "endMonth" | "endDay"
  | "headline" | "text" | "sources" | "type" | "group" | "place" | "participants"
  | "firstDay" | "lastDay" | "precision" | "media";

// Header names as spreadsheets write them, after lower-casing and collapsing spaces, _ and -.
// The TimelineJS template (Year, Month, Day, End Year, Headline, Text, Group, Type) and
// Chronicle's own export are among them.
const HEADER_ALIASES: Record<Field, string[]> = {
  date: ["date", "start date", "start", "from", "التاريخ", "تاريخ البدء", "تاريخ البداية"],
  endDate: ["end date", "end", "to", "until", "تاريخ الانتهاء", "تاريخ النهاية"],
  year: ["year", "start year", "السنة"],
  month: ["month", "start month", "الشهر"],
  day: ["day", "start day", "اليوم"],
  endYear: ["end year"],
  endMonth: ["end month"],
  endDay: ["end day"],
  headline: ["headline", "title", "event", "name", "العنوان", "الحدث"],
  text: ["text", "description", "details", "body", "excerpt", "النص", "التفاصيل", "الوصف"],
  sources: ["source url", "source urls", "source", "sources", "url", "link", "source link", "المصدر", "المصادر", "الرابط"],
  type: ["type", "event type", "category", "النوع"],
  group: ["group", "المجموعة"],
  place: ["place", "location", "المكان", "الموقع"],
  participants: ["participants", "actors", "المشاركون", "الأطراف"],
  firstDay: ["first day"],
  lastDay: ["last day"],
  precision: ["precision", "الدقة"],
  // The TimelineJS template's slide media: a link to the article, a picture, a video.
  media: ["media"],
};

function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(HEADER_NOISE, " ").trim();
}

const FIELD_BY_HEADER = new Map<string, Field>(
  (Object.entries(HEADER_ALIASES) as [Field, string[]][]).flatMap(([field, names]) => names.map((name) => [normaliseHeader(name), field])),
);

interface Column {
  index: number;
  header: string; // as written in the file, for messages
}

/** Which column holds each field: the first column whose header names it. */
function mapColumns(header: string[]): Map<Field, Column> {
  const columns = new Map<Field, Column>();
  header.forEach((name, index) => {
    const field = FIELD_BY_HEADER.get(normaliseHeader(name));
    if (field && !columns.has(field)) columns.set(field, { index, header: name.trim() });
  });
  return columns;
}

// TimelineJS sheets mark the title slide and eras in the Type column; they are not events.
const NON_EVENT_ROW_TYPES = new Set(["title", "era"]);

class RowReader {
  readonly issues: ImportIssue[] = [];
  /** Set when the row is dated outside the years Chronicle keeps: left out, not wrong. */
  leftOut: ImportIssue | null = null;

  constructor(
    private readonly record: string[],
    private readonly columns: Map<Field, Column>,
    readonly row: number,
  ) {}

  hasColumn(field: Field): boolean {
    return this.columns.has(field);
  }

  has(field: Field): boolean {
    return this.cell(field) !== "";
  }

  cell(field: Field): string {
    const column = this.columns.get(field);
    return column === undefined ? "" : unguardFormula((this.record[column.index] ?? "").trim());
  }

  fail(field: Field, message: string): null {
    const header = this.columns.get(field)?.header ?? field;
    this.issues.push({ path: `row ${this.row}, ${header}`, message });
    return null;
  }

  /** A date that could not be had: a mistake in the row, or (outside Chronicle's years) a row to leave out. */
  failDate(field: Field, failure: { message: string; outsideCalendar?: true }): null {
    if (!failure.outsideCalendar) return this.fail(field, failure.message);
    this.leftOut ??= { path: `row ${this.row}, ${this.columns.get(field)?.header ?? field}`, message: `${failure.message}; the row is left out` };
    return null;
  }

  /** A date from one cell, reported against that column when it is not one. */
  partialDate(field: Field): PartialDate | null {
    const result = parsePartialDate(this.cell(field));
    return result.ok ? result.date : this.failDate(field, result);
  }

  /** A date from separate year, month and day cells, as in the TimelineJS template. */
  partsDate(year: Field, month: Field, day: Field): PartialDate | null {
    const parts: PartialDate = { year: 0 };
    for (const [field, key] of [[year, "year"], [month, "month"], [day, "day"]] as const) {
      if (!this.has(field)) continue;
      const value = asciiDigits(this.cell(field));
      if (!WHOLE_NUMBER.test(value)) return this.fail(field, `"${this.cell(field)}" is not a whole number`);
      parts[key] = Number(value);
    }
    const checked = checkPartialDate(parts);
    return checked.ok ? checked.date : this.failDate(year, checked);
  }
}

/** A span written out in full (Chronicle's export: EDTF plus first day, last day, precision). */
function spelledOutSpan(reader: RowReader): DateSpan | null {
  const firstDay = reader.cell("firstDay");
  const lastDay = reader.cell("lastDay");
  const precision = reader.cell("precision");
  if (!ISO_DAY.test(firstDay) || !ISO_DAY.test(lastDay) || firstDay > lastDay) return null;
  if (!(PRECISIONS as readonly string[]).includes(precision) || !edtfSpansDays(reader.cell("date"), firstDay, lastDay)) return null;
  return { edtf: reader.cell("date"), firstDay, lastDay, precision: precision as Precision };
}

function rowDate(reader: RowReader): DateSpan | null {
  if (reader.has("date")) {
    if (reader.has("endDate")) {
      const start = reader.partialDate("date");
      const end = reader.partialDate("endDate");
      if (!start || !end) return null;
      return dateOrFail(reader, "endDate", spanFromPartialDates(start, end));
    }
    const parsed = parseDateText(reader.cell("date"));
    // EDTF forms beyond plain dates (weeks, seasons) come in whole from Chronicle's own export.
    return parsed.ok ? parsed.span : (spelledOutSpan(reader) ?? reader.failDate("date", parsed));
  }
  if (reader.has("year")) {
    const start = reader.partsDate("year", "month", "day");
    const end = reader.has("endYear") ? reader.partsDate("endYear", "endMonth", "endDay") : null;
    if (!start || (reader.has("endYear") && !end)) return null;
    return dateOrFail(reader, "endYear", spanFromPartialDates(start, end));
  }
  return reader.fail(reader.hasColumn("date") ? "date" : "year", "the row has no date");
}

function dateOrFail(reader: RowReader, field: Field, result: DateResult): DateSpan | null {
  return result.ok ? result.span : reader.failDate(field, result);
}

/**
 * The row's web addresses, in order: its source column; then, in a TimelineJS sheet, the links in
 * the slide's text and its media when that is a web address (an embed code is none).
 */
function rowSources(reader: RowReader, html: string | null): string[] {
  const candidates = reader.cell("sources").split(WHITESPACE).filter(Boolean);
  const urls = webUrls(candidates);
  for (const candidate of candidates) {
    if (!urls.includes(candidate)) reader.fail("sources", `"${candidate}" is not a web address (http:// or https://)`);
  }
  if (html === null) return urls;
  // In the order the TimelineJS importer reads a slide: links in the text, then the media.
  return webUrls([...urls, ...linkTargets(html), reader.cell("media")]);
}

function readRow(reader: RowReader, timelineJsSheet: boolean): ImportedEvent | null {
  const date = rowDate(reader);
  // TimelineJS renders a slide's Text as HTML: its words are the text, its links are sources.
  const html = timelineJsSheet ? reader.cell("text") : null;
  const text = (html === null ? reader.cell("text") : htmlToText(html)) || null;
  const title = (timelineJsSheet ? htmlToText(reader.cell("headline")) : reader.cell("headline")) || firstLine(text);
  if (!title && !reader.leftOut) reader.fail(reader.hasColumn("headline") ? "headline" : "text", "the row has neither a headline nor text to name the event by");
  const sourceUrls = rowSources(reader, html);
  if (!date || !title || reader.issues.length > 0) return null;
  return {
    ...date,
    title,
    text,
    type: eventTypeNamed(reader.cell("type")) ?? eventTypeNamed(reader.cell("group")) ?? "other",
    place: reader.cell("place") || null,
    participants: reader.cell("participants").split(PARTICIPANT_SPLIT).map((name) => name.trim()).filter(Boolean),
    sourceUrls,
    origin: `row ${reader.row}`,
  };
}

/**
 * Reads a spreadsheet saved as CSV. The first row names the columns (matched case-insensitively,
 * in English or Arabic, with common variants); each later row is an event. Dates may be yyyy,
 * yyyy-mm, yyyy-mm-dd, d/m/yyyy or an EDTF interval, or come in Year/Month/Day columns.
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
export function importCsv(text: string): ImportResult {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { title: null, events: [], issues: [{ path: `line ${error.line}`, message: error.message }], leftOut: [] };
    throw error;
  }
  const [header, ...rows] = records;
  const columns = mapColumns(header ?? []);
  const missing: string[] = [];
  if (!columns.has("date") && !columns.has("year")) missing.push('a date column ("date", or "year" with "month" and "day")');
  if (!columns.has("headline") && !columns.has("text")) missing.push('a "headline" or "text" column');
  if (missing.length > 0) {
    const found = header?.filter((name) => name.trim()).join(", ") || "nothing";
    return { title: null, events: [], issues: [{ path: "row 1", message: `the header needs ${missing.join(" and ")}; it has ${found}` }], leftOut: [] };
  }
  // The TimelineJS Google Sheets template (Year, Month, Day, …, Headline, Text, Media, …).
  const timelineJsSheet = columns.has("year") || columns.has("media");

  let title: string | null = null;
  const events: ImportedEvent[] = [];
  const issues: ImportIssue[] = [];
  const leftOut: ImportIssue[] = [];
  rows.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === "")) return;
    const reader = new RowReader(record, columns, index + 2);
    const rowType = reader.cell("type").toLowerCase();
    if (NON_EVENT_ROW_TYPES.has(rowType)) {
      if (rowType === "title") title ??= reader.cell("headline") || null;
      return;
    }
    const event = readRow(reader, timelineJsSheet);
    if (event) events.push(event);
    issues.push(...reader.issues);
    if (reader.leftOut && reader.issues.length === 0) leftOut.push(reader.leftOut);
  });
  return { title, events, issues, leftOut };
}
