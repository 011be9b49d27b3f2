// Day arithmetic for event dates: ranges between two known days, shifts by an ISO duration,
// and the EDTF that names a day range as precisely as it deserves.
import type { DateSpan } from "../model";
import { daysInMonth } from "../temporal/calendar";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(day: string): Date {
  if (!DAY.test(day)) throw new Error(`expected a yyyy-mm-dd day, got "${day}"`);
  // Date.UTC from the fields is many times faster than parsing the string, and means the same
  // day where the string parser and Date.UTC agree: month 1-12, day 1-31 (both roll 30 February
  // over to March), year 100 or later (Date.UTC reads 0-99 as 1900-1999). Elsewhere: the parser.
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const dayOfMonth = Number(day.slice(8, 10));
  if (year >= 100 && month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31) return new Date(Date.UTC(year, month - 1, dayOfMonth));
  return new Date(`${day}T00:00:00Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last day of the month a day (or a yyyy-mm month) falls in: 2024-02-10 → 2024-02-29. */
export function lastDayOfMonthOf(day: string): string {
  const [year, month] = day.split("-").map(Number);
  return `${day.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, "0")}`;
}

/** The span of the days first..last (inclusive), named as a day, month, year or range. */
export function spanOfDays(firstDay: string, lastDay: string): DateSpan {
  if (lastDay < firstDay) throw new Error(`a range must not end (${lastDay}) before it starts (${firstDay})`);
  if (firstDay === lastDay) return { edtf: firstDay, firstDay, lastDay, precision: "day" };
  const [y1, m1, d1] = firstDay.split("-").map(Number);
  const [y2, m2, d2] = lastDay.split("-").map(Number);
  if (y1 === y2 && m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return { edtf: String(y1), firstDay, lastDay, precision: "year" };
  if (y1 === y2 && m1 === m2 && d1 === 1 && d2 === daysInMonth(y2, m2)) {
    return { edtf: firstDay.slice(0, 7), firstDay, lastDay, precision: "month" };
  }
  return { edtf: `${firstDay}/${lastDay}`, firstDay, lastDay, precision: "range" };
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** Adds (sign 1) or subtracts (sign -1) an ISO duration (P1D, P2W, P3M, P1Y) to a day. */
function shiftDay(day: string, duration: string, sign: 1 | -1): string {
  const m = DURATION.exec(duration);
  if (!m || duration === "P") throw new Error(`expected an ISO duration like P1D, got "${duration}"`);
  const [years, months, weeks, days] = m.slice(1).map((x) => Number(x ?? 0));
  const date = toDate(day);
  date.setUTCFullYear(date.getUTCFullYear() + sign * years, date.getUTCMonth() + sign * months);
  date.setUTCDate(date.getUTCDate() + sign * (weeks * 7 + days));
  return toDay(date);
}

/** A span moved by a duration, keeping its width: a month-long span stays a month-long range. */
export function shiftSpan(span: DateSpan, duration: string, sign: 1 | -1): DateSpan {
  return spanOfDays(shiftDay(span.firstDay, duration, sign), shiftDay(span.lastDay, duration, sign));
}

export function overlaps(a: { firstDay: string; lastDay: string }, b: { firstDay: string; lastDay: string }): boolean {
  return a.firstDay <= b.lastDay && b.firstDay <= a.lastDay;
}

export function widthInDays(span: { firstDay: string; lastDay: string }): number {
  return Math.round((toDate(span.lastDay).getTime() - toDate(span.firstDay).getTime()) / 86_400_000) + 1;
}
