// Calendar days as ISO yyyy-mm-dd strings, the form the store compares and indexes.
import { daysInMonth } from "../temporal/calendar";

// Month lengths are the temporal tagger's calendar's: one rule for the whole product.
export { daysInMonth };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar day in yyyy-mm-dd form (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  if (!DAY.test(day)) throw new Error(`not an ISO day: "${day}"`);
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Julian day number of 1970-01-01. */
const JDN_OF_EPOCH = 2_440_588;

/** The Julian day number of a day (what the store's first_jdn/last_jdn hold); JDN mod 7 = 0 on Mondays. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY) + JDN_OF_EPOCH;
}

/** The day a Julian day number stands for. */
export function dayOfNumber(jdn: number): string {
  return new Date((jdn - JDN_OF_EPOCH) * MS_PER_DAY).toISOString().slice(0, 10);
}
