// How a partial date (a weekday, a month, a day and month) becomes a calendar date relative to
// the publication day, by the rules of GUIDELINES.md: past reading → the latest one on or
// before publication; future reading → the next one after it; الماضي → the latest one before
// publication; الجاري → the current one; المقبل → the next one.
import { addDays, addMonths, compareYmd, isValidDay, weekday, type Ymd } from "./calendar";
import { modifierStep, type Modifier } from "./patterns";
import type { Direction } from "./types";

/** How to pick among the candidates: the modifier when the text gives one, else the direction. */
export type Reading = Modifier | Direction;

/** A weekday (0 = Sunday) relative to the publication day. */
export function resolveWeekday(published: Ymd, day: number, reading: Reading): Ymd {
  const today = weekday(published);
  const back = (today - day + 7) % 7;
  const ahead = (day - today + 7) % 7;
  switch (reading) {
    case "past":
      return addDays(published, -back);
    case "current":
      return addDays(published, ahead);
    case "future":
    case "next":
      return addDays(published, ahead === 0 ? 7 : ahead);
  }
}

/** A strictly earlier weekday: الخميس الماضي written on a Thursday is a week back. */
export function previousWeekday(published: Ymd, day: number): Ymd {
  const back = (weekday(published) - day + 7) % 7;
  return addDays(published, back === 0 ? -7 : -back);
}

/** A day of a month whose year the text does not give. */
export function resolveMonthDay(published: Ymd, month: number, day: number, reading: Reading): Ymd | undefined {
  const candidates = [published.year - 1, published.year, published.year + 1]
    .filter((year) => isValidDay(year, month, day))
    .map((year) => ({ year, month, day }));
  if (candidates.length === 0) return undefined;
  switch (reading) {
    case "current":
      return candidates.find((c) => c.year === published.year);
    case "past":
      return candidates.filter((c) => compareYmd(c, published) <= 0).pop();
    case "future":
      return candidates.find((c) => compareYmd(c, published) >= 0);
    case "next":
      return candidates.find((c) => compareYmd(c, published) > 0);
  }
}

/** How far ahead a day and month with no year and no past cue is read as the coming one. */
const COMING_DAYS = 92;

/**
 * A day of a month with neither year nor modifier, read in the clause's direction, except that
 * a "past" clause (the default when no future cue is found) takes the coming date when it falls
 * within the next quarter: news names upcoming days without a year ("تجري الانتخابات في 20
 * نوفمبر" on 10 September, "القمة … في نواكشوط 25 جويلية" on 3 July) far more often than days
 * almost a year gone, which it dates with their year.
 */
export function resolveUnmarkedMonthDay(published: Ymd, month: number, day: number, direction: Direction): Ymd | undefined {
  if (direction === "past") {
    const coming = resolveMonthDay(published, month, day, "next");
    if (coming && compareYmd(coming, addDays(published, COMING_DAYS)) <= 0) return coming;
  }
  return resolveMonthDay(published, month, day, direction);
}

/** The month "الشهر الماضي / الجاري / المقبل" names: the publication's, or one either side. */
export function relativeMonth(published: Ymd, modifier: Modifier | undefined): { year: number; month: number } {
  return addMonths(published.year, published.month, modifierStep(modifier));
}

/** A month whose year the text does not give. */
export function resolveMonth(published: Ymd, month: number, reading: Reading, strictPast: boolean): { year: number; month: number } {
  const current = published.month;
  switch (reading) {
    case "current":
      return { year: published.year, month };
    case "past": {
      const back = (current - month + 12) % 12;
      return addMonths(published.year, current, -(back === 0 && strictPast ? 12 : back));
    }
    case "future":
    case "next": {
      const ahead = (month - current + 12) % 12;
      return addMonths(published.year, current, ahead === 0 && reading === "next" ? 12 : ahead);
    }
  }
}
