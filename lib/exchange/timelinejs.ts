// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html), both ways, so a
// newsroom can move a chronology to or from TimelineJS. Dates keep their precision: a month is
// {year, month} with no day, a span has an end_date. TimelineJS renders text fields as HTML, so
// everything Chronicle writes into them is escaped, and everything read from them is flattened
// back to plain text.
import { z } from "zod";
import type { EventDetail } from "../api-types";
import { PRECISIONS, type Precision } from "../model";
import { checkPartialDate, edtfSpansDays, endpointsOf, isPlainEdtf, spanFromPartialDates, type PartialDate } from "./dates";
import { sourceLabel } from "./detail";
import { escapeHtml, htmlToText, linkTargets } from "./html";
import { eventTypeNamed, firstLine, webUrls } from "./imported";
import type { ExportOptions, ImportedEvent, ImportIssue, ImportResult } from "./types";

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsText {
  headline: string;
  text: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: TimelineJsText;
  /** Slides of one group share a row; Chronicle groups by event type. */
  group: string;
  unique_id: string;
  /**
   * The EDTF and precision of a date TimelineJS cannot write (a week, a season), which the slide
   * gives as its first and last day: TimelineJS ignores fields it does not know, and an import
   * back into Chronicle keeps the precision.
   */
  chronicle_edtf?: string;
  chronicle_precision?: Precision;
}

export interface TimelineJsDocument {
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

function timelineDate(date: PartialDate): TimelineJsDate {
  const result: TimelineJsDate = { year: date.year };
  if (date.month !== undefined) result.month = date.month;
  if (date.day !== undefined) result.day = date.day;
  return result;
}

function slideHtml(detail: EventDetail): string {
  const { participants, place } = detail.event;
  const who = participants.map((participant) => participant.name).join("، ");
  const context = [who, place ?? ""].filter(Boolean).join(" — ");
  const paragraphs = context ? [`<p>${escapeHtml(context)}</p>`] : [];
  // Each citation: the excerpt it quotes (once, when sources repeat each other), then the
  // source it comes from, linked when it has a URL.
  const quoted = new Set<string>();
  for (const citation of detail.citations) {
    const excerpt = citation.excerpt.trim();
    if (excerpt && !quoted.has(excerpt)) paragraphs.push(`<blockquote>${escapeHtml(excerpt)}</blockquote>`);
    quoted.add(excerpt);
    const label = escapeHtml(sourceLabel(citation.source));
    paragraphs.push(citation.source.url ? `<p><a href="${escapeHtml(citation.source.url)}">${label}</a></p>` : `<p>${label}</p>`);
  }
  return paragraphs.join("");
}

export function toTimelineJs(details: EventDetail[], options: ExportOptions = {}): TimelineJsDocument {
  const events = details.map((detail): TimelineJsSlide => {
    const { start, end } = endpointsOf(detail.event);
    const slide: TimelineJsSlide = {
      start_date: timelineDate(start),
      text: { headline: escapeHtml(detail.event.title), text: slideHtml(detail) },
      group: detail.event.type,
      unique_id: detail.event.id,
    };
    if (end !== null) slide.end_date = timelineDate(end);
    if (!isPlainEdtf(detail.event)) {
      slide.chronicle_edtf = detail.event.edtf;
      slide.chronicle_precision = detail.event.precision;
    }
    return slide;
  });
  return options.title ? { title: { text: { headline: escapeHtml(options.title), text: "" } }, events } : { events };
}

export function exportTimelineJs(details: EventDetail[], options: ExportOptions = {}): string {
  return JSON.stringify(toTimelineJs(details, options), null, 2);
}

// Spreadsheet-made TimelineJS files write numbers as strings and leave unused fields "".
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const WHOLE_NUMBER = /^-?\d+$/;
const wholeNumber = z.union([z.number().int(), z.string().trim().regex(WHOLE_NUMBER).transform(Number)], {
  error: (issue) => (issue.input === undefined ? "is required" : `must be a whole number, not ${JSON.stringify(issue.input)}`),
});
const optionalWholeNumber = z.preprocess(blankToUndefined, wholeNumber.optional());
const dateSchema = z
  .object(
    { year: wholeNumber, month: optionalWholeNumber, day: optionalWholeNumber },
    { error: (issue) => (issue.input === undefined ? "is required: every event needs a date" : "must be an object such as {\"year\": 2020}") },
  )
  .loose();
const optionalString = z.preprocess(blankToUndefined, z.string({ error: "must be a string" }).optional());
const slideSchema = z
  .object(
    {
      start_date: dateSchema,
      end_date: z.preprocess(blankToUndefined, dateSchema.optional()),
      text: z.object({ headline: optionalString, text: optionalString }, { error: "must be an object {headline, text}" }).loose().optional(),
      media: z.object({ url: optionalString, link: optionalString }, { error: "must be an object {url}" }).loose().optional(),
      group: optionalString,
      unique_id: optionalString,
      chronicle_edtf: optionalString,
      chronicle_precision: z.preprocess(blankToUndefined, z.enum(PRECISIONS).optional()),
    },
    { error: "must be an object (a slide)" },
  )
  .loose();
const documentSchema = z
  .object(
    {
      title: z.object({ text: z.object({ headline: optionalString }).loose().optional() }).loose().optional(),
      events: z.array(z.unknown(), { error: "must be a list of slides" }),
    },
    { error: "must be a TimelineJS object {title, events}" },
  )
  .loose();

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "");
}

function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[]): ImportIssue[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

/** A slide that could not be read (`leftOut`: dated outside Chronicle's years, not a mistake). */
type SlideProblem = ImportIssue & { leftOut?: true };

function dateProblem(path: string, failure: { message: string; outsideCalendar?: true }): SlideProblem {
  return failure.outsideCalendar ? { path, message: `${failure.message}; the slide is left out`, leftOut: true } : { path, message: failure.message };
}

function importSlide(slide: z.infer<typeof slideSchema>, index: number): ImportedEvent | SlideProblem {
  const path = `events[${index}]`;
  const start = checkPartialDate(slide.start_date);
  if (!start.ok) return dateProblem(`${path}.start_date`, start);
  const end = slide.end_date ? checkPartialDate(slide.end_date) : null;
  if (end && !end.ok) return dateProblem(`${path}.end_date`, end);
  const date = spanFromPartialDates(start.date, end?.ok ? end.date : null);
  if (!date.ok) return dateProblem(`${path}.end_date`, date);
  // Chronicle's own export: the week or season the first and last day stand for.
  const { chronicle_edtf: edtf, chronicle_precision: precision } = slide;
  const span = edtf && precision && edtfSpansDays(edtf, date.span.firstDay, date.span.lastDay) ? { ...date.span, edtf, precision } : date.span;
  const html = slide.text?.text ?? "";
  const text = htmlToText(html) || null;
  const title = htmlToText(slide.text?.headline ?? "") || firstLine(text);
  if (!title) return { path: `${path}.text.headline`, message: "the slide has neither a headline nor text to name the event by" };
  return {
    ...span,
    title,
    text,
    type: eventTypeNamed(slide.group) ?? "other",
    place: null,
    participants: [],
    sourceUrls: webUrls([...linkTargets(html), slide.media?.link ?? "", slide.media?.url ?? ""]),
    origin: path,
  };
}

/** Reads a TimelineJS3 JSON file; every slide that cannot be read is reported with its path. */
export function importTimelineJs(json: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json.startsWith("\uFEFF") ? json.slice(1) : json);
  } catch (error) {
    return { title: null, events: [], issues: [{ path: "", message: `not JSON: ${(error as Error).message}` }], leftOut: [] };
  }
  const document = documentSchema.safeParse(data);
  if (!document.success) return { title: null, events: [], issues: zodIssues(document.error, []), leftOut: [] };
  const events: ImportedEvent[] = [];
  const issues: ImportIssue[] = [];
  const leftOut: ImportIssue[] = [];
  document.data.events.forEach((raw, index) => {
    const slide = slideSchema.safeParse(raw);
    if (!slide.success) {
      issues.push(...zodIssues(slide.error, ["events", index]));
      return;
    }
    const imported = importSlide(slide.data, index);
    if (!("message" in imported)) events.push(imported);
    else if (imported.leftOut) leftOut.push({ path: imported.path, message: imported.message });
    else issues.push(imported);
  });
  const title = htmlToText(document.data.title?.text?.headline ?? "") || null;
  return { title, events, issues, leftOut };
}
