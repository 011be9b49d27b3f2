// Dates as other tools write them, turned into Chronicle's DateSpan, and back into the parts
// (year, month, day) that those tools expect. Only what imports and exports need: a single
// year, month or day, an interval of them, and the day/month/year order of spreadsheets.
import edtf from "edtf";
import type { DateSpan, Precision } from "../model";
import { addDays, daysInMonth } from "../store/days";

export { addDays };

/** A calendar date known to the year, the month or the day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * A failure; `outsideCalendar` when the date is a real one Chronicle cannot keep (a year before
 * 1 or after 9999: BCE, or TimelineJS's cosmological scale), rather than a mistake in the file.
 */
type Failure = { ok: false; message: string; outsideCalendar?: true };
export type DateResult = { ok: true; span: DateSpan } | Failure;
type PartialResult = { ok: true; date: PartialDate } | Failure;

const ISO_PARTIAL = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MONTH_FIRST_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
// Spreadsheets often carry a time after the date; a chronology keeps only the day.
const TRAILING_TIME = /^(\S+?)(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
// EDTF's plain forms: a year, month or day, or an interval of two of them.
const EDTF_PLAIN = /^(\d{4}(?:-\d{2}){0,2})(?:\/(\d{4}(?:-\d{2}){0,2}))?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const EASTERN_DIGITS = /[٠-٩۰-۹]/g;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Arabic-Indic and Persian digits as ASCII, so "١٧/١١/٢٠٢٤" reads like "17/11/2024". */
export function asciiDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Checks that the parts name a real date; the message says what is wrong when they do not. */
export function checkPartialDate(date: PartialDate): PartialResult {
  const { year, month, day } = date;
  if (!Number.isInteger(year)) return { ok: false, message: `year ${year} is not a whole number` };
  if (year < 1 || year > 9999) {
    const era = year < 1 ? `${year < -9999 ? "a cosmological year" : "a year before the common era"} (${year})` : `year ${year}`;
    return { ok: false, message: `${era} is outside the years 1-9999 Chronicle keeps`, outsideCalendar: true };
  }
  if (month === undefined) {
    return day === undefined ? { ok: true, date: { year } } : { ok: false, message: "a day needs a month" };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return { ok: false, message: `month ${month} is outside 1-12` };
  }
  if (day === undefined) return { ok: true, date: { year, month } };
  const lastDay = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > lastDay) {
    return { ok: false, message: `${MONTH_NAMES[month - 1]} ${year} has no day ${day} (it has ${lastDay} days)` };
  }
  return { ok: true, date: { year, month, day } };
}

/** "2020", "2020-07" or "2020-07-05": the EDTF of a single date at its own precision. */
export function formatPartialDate(date: PartialDate): string {
  let text = pad(date.year, 4);
  if (date.month !== undefined) text += `-${pad(date.month, 2)}`;
  if (date.month !== undefined && date.day !== undefined) text += `-${pad(date.day, 2)}`;
  return text;
}

function firstDayOf(date: PartialDate): string {
  return formatPartialDate({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
}

function lastDayOf(date: PartialDate): string {
  const month = date.month ?? 12;
  return formatPartialDate({ year: date.year, month, day: date.day ?? daysInMonth(date.year, month) });
}

function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return "day";
  return date.month !== undefined ? "month" : "year";
}

function samePartialDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * The span from `start` to `end` (both inclusive, each at its own precision). Without an end,
 * or with an end equal to the start, it is a single date of the start's precision.
 */
export function spanFromPartialDates(start: PartialDate, end: PartialDate | null): DateResult {
  const checkedStart = checkPartialDate(start);
  if (!checkedStart.ok) return checkedStart;
  if (end === null || samePartialDate(start, end)) {
    const date = checkedStart.date;
    return {
      ok: true,
      span: { edtf: formatPartialDate(date), firstDay: firstDayOf(date), lastDay: lastDayOf(date), precision: precisionOf(date) },
    };
  }
  const checkedEnd = checkPartialDate(end);
  if (!checkedEnd.ok) return { ...checkedEnd, message: `end date: ${checkedEnd.message}` };
  const firstDay = firstDayOf(checkedStart.date);
  const lastDay = lastDayOf(checkedEnd.date);
  if (lastDay < firstDay) {
    return {
      ok: false,
      message: `the end (${formatPartialDate(checkedEnd.date)}) is before the start (${formatPartialDate(checkedStart.date)})`,
    };
  }
  return {
    ok: true,
    span: {
      edtf: `${formatPartialDate(checkedStart.date)}/${formatPartialDate(checkedEnd.date)}`,
      firstDay,
      lastDay,
      precision: "range",
    },
  };
}

/**
 * Reads one date as spreadsheets and people write it: yyyy, yyyy-mm, yyyy-mm-dd (or with
 * slashes), d/m/yyyy (day first, as in Arabic and European usage), m/yyyy; Eastern Arabic
 * digits and a trailing time are accepted.
 */
export function parsePartialDate(text: string): PartialResult {
  const trimmed = asciiDigits(text.trim());
  const withoutTime = TRAILING_TIME.exec(trimmed)?.[1] ?? trimmed;
  let parts: PartialDate | null = null;
  const iso = ISO_PARTIAL.exec(withoutTime);
  const dayFirst = DAY_FIRST.exec(withoutTime);
  const monthYear = MONTH_FIRST_YEAR.exec(withoutTime);
  if (iso) {
    parts = { year: Number(iso[1]) };
    if (iso[2] !== undefined) parts.month = Number(iso[2]);
    if (iso[3] !== undefined) parts.day = Number(iso[3]);
  } else if (dayFirst) {
    parts = { year: Number(dayFirst[3]), month: Number(dayFirst[2]), day: Number(dayFirst[1]) };
  } else if (monthYear) {
    parts = { year: Number(monthYear[2]), month: Number(monthYear[1]) };
  }
  if (parts === null) {
    return { ok: false, message: `"${text.trim()}" is not a date: write yyyy, yyyy-mm, yyyy-mm-dd or d/m/yyyy` };
  }
  const checked = checkPartialDate(parts);
  return checked.ok ? checked : { ...checked, message: `"${text.trim()}" is not a date: ${checked.message}` };
}

/**
 * Reads a date cell: a single date (see parsePartialDate) or an EDTF interval of two
 * ("2024-11-01/2024-11-17", "2020-07/2020-09").
 */
export function parseDateText(text: string): DateResult {
  const trimmed = asciiDigits(text.trim());
  const interval = EDTF_PLAIN.exec(trimmed);
  if (interval?.[2] !== undefined) {
    const start = parsePartialDate(interval[1]);
    if (!start.ok) return start;
    const end = parsePartialDate(interval[2]);
    if (!end.ok) return end;
    return spanFromPartialDates(start.date, end.date);
  }
  const single = parsePartialDate(trimmed);
  return single.ok ? spanFromPartialDates(single.date, null) : single;
}

/** The Monday that starts ISO week `week` of `year` (week 1 holds 4 January). */
function isoWeekMonday(year: number, week: number): string {
  const fourth = `${pad(year, 4)}-01-04`;
  const weekdayFromMonday = (new Date(`${fourth}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(fourth, (week - 1) * 7 - weekdayFromMonday);
}

/**
 * Whether `value` is an EDTF date (or an ISO week, as Chronicle writes weeks) meaning exactly the
 * days `firstDay`–`lastDay`: what an import may take from Chronicle's own exports, which carry
 * both, instead of an arbitrary string in the date column.
 */
export function edtfSpansDays(value: string, firstDay: string, lastDay: string): boolean {
  const week = ISO_WEEK.exec(value);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    return Number(week[2]) >= 1 && Number(week[2]) <= 53 && monday === firstDay && addDays(monday, 6) === lastDay;
  }
  try {
    const parsed = edtf(value);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    return day(parsed.min) === firstDay && day(parsed.max) === lastDay;
  } catch {
    return false;
  }
}

function partialDateOfDay(isoDay: string): PartialDate {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new Error(`not an ISO day: "${isoDay}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The span's EDTF as year/month/day parts, when it is a plain date or interval of them that means the span's days. */
function plainEndpoints(span: DateSpan): { start: PartialDate; end: PartialDate | null } | null {
  const plain = EDTF_PLAIN.exec(span.edtf);
  if (!plain) return null;
  const start = parsePartialDate(plain[1]);
  const end = plain[2] === undefined ? null : parsePartialDate(plain[2]);
  if (!start.ok || (end !== null && !end.ok)) return null;
  const endDate = end === null ? null : end.date;
  const check = spanFromPartialDates(start.date, endDate);
  if (!check.ok || check.span.firstDay !== span.firstDay || check.span.lastDay !== span.lastDay) return null;
  return { start: start.date, end: endDate };
}

/** Whether year/month/day parts say all the span's EDTF says (a week or a season they cannot). */
export function isPlainEdtf(span: DateSpan): boolean {
  return plainEndpoints(span) !== null;
}

/**
 * The start and end of a span as year/month/day parts for formats that have no EDTF: taken
 * from the EDTF value when it is a plain date or interval (so a month stays a month), else
 * (weeks, seasons, parts of periods) from its first and last day. `end` is null for a single date.
 */
export function endpointsOf(span: DateSpan): { start: PartialDate; end: PartialDate | null } {
  const plain = plainEndpoints(span);
  if (plain) return plain;
  const start = partialDateOfDay(span.firstDay);
  return { start, end: span.firstDay === span.lastDay ? null : partialDateOfDay(span.lastDay) };
}
