// Gregorian day arithmetic on plain yyyy-mm-dd values (UTC, no time zones: a publication date
// is already a calendar day) and the EDTF spans a resolved expression becomes.
import type { DateSpan, Precision } from "../model";

export interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export function parseYmd(iso: string): Ymd {
  const m = ISO_DAY.exec(iso.trim());
  if (!m) throw new Error(`expected a yyyy-mm-dd date, got "${iso}"`);
  const ymd = { year: +m[1], month: +m[2], day: +m[3] };
  if (!isValidDay(ymd.year, ymd.month, ymd.day)) throw new Error(`not a calendar day: "${iso}"`);
  return ymd;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function toEpochDay(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

function fromEpochDay(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(d) + days);
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** 0 = Sunday … 6 = Saturday, as JavaScript counts. */
export function weekday(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "Sunday" for 0 …: the language of warnings. */
function weekdayName(day: number): string {
  return WEEKDAY_NAMES[day];
}

/** The warning for a weekday written beside a date that falls on another weekday. */
export function weekdayMismatch(named: number, date: Ymd, published: Ymd): string {
  return `the text names ${weekdayName(named)} but ${formatYmd(date)} is a ${weekdayName(weekday(date))} (published ${formatYmd(published)})`;
}

/** "00" … "99": every month and day is written with one of them, so they are made once. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));

const pad = (n: number, width = 2) => (width === 2 && TWO_DIGITS[n]) || String(n).padStart(width, "0");

export function formatYmd(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Monday of the ISO week that contains d. */
export function isoWeekStart(d: Ymd): Ymd {
  return addDays(d, -((weekday(d) + 6) % 7));
}

function span(edtf: string, first: Ymd, last: Ymd, precision: Precision): DateSpan {
  return { edtf, firstDay: formatYmd(first), lastDay: formatYmd(last), precision };
}

export function daySpan(d: Ymd): DateSpan {
  return span(formatYmd(d), d, d, "day");
}

export function monthSpan(year: number, month: number): DateSpan {
  return span(formatMonth(year, month), { year, month, day: 1 }, { year, month, day: daysInMonth(year, month) }, "month");
}

export function yearSpan(year: number): DateSpan {
  return span(pad(year, 4), { year, month: 1, day: 1 }, { year, month: 12, day: 31 }, "year");
}

/**
 * The ISO week (Monday to Sunday) that contains the day. Its value is the interval of its
 * days, which GUIDELINES.md accepts for weeks: the ISO notation 2018-W07 is not EDTF.
 */
export function weekSpan(anyDay: Ymd): DateSpan {
  const monday = isoWeekStart(anyDay);
  const sunday = addDays(monday, 6);
  return span(`${formatYmd(monday)}/${formatYmd(sunday)}`, monday, sunday, "week");
}

/** Whole months from one month to another, both inclusive: "2024-05/2024-08". */
export function monthRangeSpan(from: { year: number; month: number }, to: { year: number; month: number }): DateSpan {
  return span(
    `${formatMonth(from.year, from.month)}/${formatMonth(to.year, to.month)}`,
    { ...from, day: 1 },
    { ...to, day: daysInMonth(to.year, to.month) },
    "range",
  );
}

/**
 * The interval from one span to another, written at the precision each end was given:
 * "2003/2009", "2024-11-01/2024-11-17", "2023-10-17/2023-10-24".
 */
export function rangeSpan(from: DateSpan, to: DateSpan): DateSpan {
  const left = from.edtf.includes("/") || from.precision === "week" ? from.firstDay : from.edtf;
  const right = to.edtf.includes("/") || to.precision === "week" ? to.lastDay : to.edtf;
  return { edtf: `${left}/${right}`, firstDay: from.firstDay, lastDay: to.lastDay, precision: "range" };
}

/** The days from first to last, both inclusive, as a day-precision interval. */
export function dayRangeSpan(first: Ymd, last: Ymd): DateSpan {
  return span(`${formatYmd(first)}/${formatYmd(last)}`, first, last, "range");
}
