// Counting inside a month: the nth or last weekday ("ثالث ثلاثاء في أيلول 2014", "الاثنين
// الأخير من شهر آذار", "آخر اثنين من الشهر القادم"), the first or last week ("أول أسبوع بشهر
// أكتوبر 2014": the week from the first Monday; "آخر أسبوع في سبتمبر": the week to the last
// Sunday), the last day ("آخر يوم بشهر عشرة سنة 2015"), and the nth weekday after a holiday.
// "الثلاثاء الثالث من أيلول" is also "Tuesday 3 September": when the third is a Tuesday,
// the day-of-month reading is kept (the weekday then agrees with the date).
import { addDays, daysInMonth, daySpan, weekday, weekSpan, type Ymd } from "./calendar";
import { HOLIDAY, HOLIDAY_ANCHOR, resolveHoliday } from "./holidays";
import { MONTH, MONTH_ANCHOR, parseMonth } from "./months";
import { alsoNeeding, alternation, ART, MODIFIER, modifierOf, modifierStep, WORD_END, WORD_START, compile } from "./patterns";
import { relativeMonth, resolveMonth } from "./resolve";
import { dated, type Rule, type RuleContext } from "./rule";
import { parseWeekday, WEEKDAY, WEEKDAY_ANCHOR, WEEKDAY_BARE } from "./weekdays";
import { YEAR_FIGURES } from "./years";

const LAST = -1;
const ORDINALS = new Map<string, number>([
  ["اول", 1], ["الاول", 1], ["الاولي", 1], ["ثاني", 2], ["ثان", 2], ["الثاني", 2], ["الثانيه", 2], ["ثالث", 3], ["الثالث", 3],
  ["الثالثه", 3], ["رابع", 4], ["الرابع", 4], ["الرابعه", 4], ["خامس", 5], ["الخامس", 5], ["الخامسه", 5],
  ["اخر", LAST], ["الاخير", LAST], ["الاخيره", LAST],
]);
const ORDINAL_BEFORE = alternation([...ORDINALS.keys()].filter((k) => !k.startsWith("ال")));
const ORDINAL_AFTER = alternation([...ORDINALS.keys()].filter((k) => k.startsWith("ال")));

/** "من شهر اذار", "في ايلول في سنه 2014", "بشهر عشره سنه 2015", "من الشهر القادم", "من شهر مارس السنه القادمه". */
const IN_MONTH = String.raw`\s*(?:من|في|ب)\s*(?:(?<month>${MONTH})(?:\s*(?:(?:من|في|ل|ب)\s*)?(?:${ART}|[لب])?(?:عام|سنه)?\s*(?<year>${YEAR_FIGURES})|\s+${ART}(?:عام|سنه)\s+(?<yearmod>${MODIFIER}))?|${ART}شهر\s+(?<monthmod>${MODIFIER}))${WORD_END}`;

function targetMonth(g: Record<string, string | undefined>, context: RuleContext, at: number): { year: number; month: number } | undefined {
  const { published } = context;
  if (g.monthmod) return relativeMonth(published, modifierOf(g.monthmod));
  const month = parseMonth(g.month!);
  if (!month) return undefined;
  if (g.year) return { year: +g.year, month };
  if (g.yearmod) return { year: published.year + modifierStep(modifierOf(g.yearmod)), month };
  return resolveMonth(published, month, context.direction(at, at), false);
}

function nthWeekday(year: number, month: number, day: number, nth: number): Ymd | undefined {
  if (nth === LAST) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekday(last) - day + 7) % 7));
  }
  const first = { year, month, day: 1 };
  const date = addDays(first, (day - weekday(first) + 7) % 7 + 7 * (nth - 1));
  return date.month === month ? date : undefined;
}

const nthWeekdayOfMonth: Rule = {
  name: "nth-weekday",
  anchor: alsoNeeding(MONTH_ANCHOR, WEEKDAY_ANCHOR.words),
  pattern: compile(
    String.raw`${WORD_START}(?:(?<ord>${ORDINAL_BEFORE})\s+(?:يوم\s+)?(?<day>${WEEKDAY_BARE})|(?:يوم\s+)?(?<day2>${WEEKDAY})\s+(?<ord2>${ORDINAL_AFTER}))${WORD_END}${IN_MONTH}`,
  ),
  parse(m, context) {
    const g = m.groups!;
    const day = parseWeekday(g.day ?? g.day2)!;
    const nth = ORDINALS.get(g.ord ?? g.ord2)!;
    const target = targetMonth(g, context, m.index);
    if (!target) return null;
    // "الثلاثاء الثالث من ايلول" where the 3rd is a Tuesday: a day of the month (day-of-month.ts).
    if (g.ord2 && nth > 0 && weekday({ ...target, day: nth }) === day) return null;
    const date = nthWeekday(target.year, target.month, day, nth);
    return date ? dated(daySpan(date)) : null;
  },
};

const nthWeekOfMonth: Rule = {
  name: "nth-week",
  anchor: alsoNeeding(MONTH_ANCHOR, ["اسبوع"]),
  pattern: compile(String.raw`${WORD_START}(?:(?<ord>${ORDINAL_BEFORE})\s+اسبوع|${ART}اسبوع\s+(?<ord2>${ORDINAL_AFTER}))${IN_MONTH}`),
  parse(m, context) {
    const g = m.groups!;
    const nth = ORDINALS.get(g.ord ?? g.ord2)!;
    const target = targetMonth(g, context, m.index);
    if (!target) return null;
    if (nth === LAST) {
      const lastSunday = nthWeekday(target.year, target.month, 0, LAST)!;
      return dated(weekSpan(lastSunday));
    }
    const monday = nthWeekday(target.year, target.month, 1, nth);
    return monday ? dated(weekSpan(monday)) : null;
  },
};

const lastDayOfMonth: Rule = {
  name: "last-day",
  anchor: alsoNeeding(MONTH_ANCHOR, ["يوم"]),
  pattern: compile(String.raw`${WORD_START}(?:اخر\s+يوم|${ART}يوم\s+الاخير)${IN_MONTH}`),
  parse(m, context) {
    const target = targetMonth(m.groups!, context, m.index);
    return target ? dated(daySpan({ ...target, day: daysInMonth(target.year, target.month) })) : null;
  },
};

const nthWeekdayAfterHoliday: Rule = {
  name: "nth-weekday",
  anchor: HOLIDAY_ANCHOR,
  pattern: compile(String.raw`${WORD_START}(?<ord>${ORDINAL_BEFORE})\s+(?:يوم\s+)?(?<day>${WEEKDAY_BARE})\s+بعد\s+${HOLIDAY}`),
  parse(m, context) {
    const g = m.groups!;
    const nth = ORDINALS.get(g.ord)!;
    const holiday = resolveHoliday(g.holiday, g.holidayYear, context.published, context.direction(m.index, m.index) === "past");
    if (!holiday || nth === LAST) return null;
    const day = parseWeekday(g.day)!;
    const first = addDays(holiday, ((day - weekday(holiday) + 7) % 7) || 7);
    return dated(daySpan(addDays(first, 7 * (nth - 1))));
  },
};

export const nthInMonthRules: Rule[] = [nthWeekdayOfMonth, nthWeekOfMonth, lastDayOfMonth, nthWeekdayAfterHoliday];
