// A day of a month, in figures or ordinal words: "7 أكتوبر", "الأول من أيلول الفائت",
// "السادس والعشرين من الشهر الماضي", "في 14 من الشهر الجاري", "19 تشرين الثاني/نوفمبر 1977",
// "الاثنين 18 شباط", "الخميس الموافق 14 شهر شباط". A weekday written before the date must
// agree with it; a disagreement goes to the warnings.
import { daySpan, isValidDay, weekday, weekdayMismatch, type Ymd } from "./calendar";
import { MONTH, MONTH_ANCHOR, parseMonth } from "./months";
import { DAY_NUMBER, ORDINAL_DAY, ORDINAL_DAY_WORDS, parseDayNumber } from "./numbers";
import { alsoNeeding, ART, COMMA, MODIFIER, modifierOf, WORD_END, WORD_START, compile, type Modifier } from "./patterns";
import { relativeMonth, resolveMonthDay, resolveUnmarkedMonthDay } from "./resolve";
import { followsSince } from "./tense";
import { dated, type Parsed, type Rule, type RuleContext } from "./rule";
import { TIME_OF_DAY } from "./times-of-day";
import { parseWeekday, WEEKDAY } from "./weekdays";
import { relativeYear, relativeYearTail, yearTail } from "./years";

/**
 * "هجمات 11 سبتمبر", "عملية السابع من أكتوبر", "بعد 7 أكتوبر": a day named by the event it
 * is known for, or measured from, is one gone by (folded text: ة is ه).
 */
const NAMED_BY_EVENT = /(?:هجمات|هجوم|احداث|عمليه|طوفان|انتصار|ثوره|زلزال|مجزره|حرب|بعد)\s*(?:ال)?$/;

/** "الاثنين، " / "يوم الخميس الموافق " before a date. */
const WEEKDAY_LEAD = String.raw`(?:(?:يوم\s+)?(?<weekday>${WEEKDAY})${COMMA}(?:الموافق\s+|في\s+)?)`;

/** "الشهر الماضي", "هذا الشهر", "الشهر" after a day number. */
const RELATIVE_MONTH = String.raw`(?:(?:هذا\s+)?${ART}شهر(?:\s+(?<relmod>${MODIFIER}))?)`;

/** A month and a day number, in figures or words. */
export const MONTH_AND_DAY_ANCHOR = alsoNeeding(MONTH_ANCHOR, ORDINAL_DAY_WORDS, "[0-9]");

const dayOfMonth: Rule = {
  name: "day-of-month",
  anchor: MONTH_AND_DAY_ANCHOR,
  pattern: compile(
    String.raw`(?:${WORD_START}|(?=[0-9])(?<=\p{L}))${WEEKDAY_LEAD}?(?:${TIME_OF_DAY})?(?:(?:(?:ال)?يوم\s+)?(?<day>${DAY_NUMBER})|(?<dayBefore>${ORDINAL_DAY})\s+يوم)(?:\s*[-/]?\s*(?:من|في))?\s*ب?(?:(?<month>${MONTH})|${RELATIVE_MONTH})(?:\s+(?<mod>${MODIFIER})${WORD_END})?(?:${yearTail("year")}|${relativeYearTail("relyear")})?${WORD_END}`,
  ),
  parse(m, context) {
    const g = m.groups!;
    const day = parseDayNumber(g.day ?? g.dayBefore);
    if (!day) return null;
    const end = m.index + m[0].length;
    let date: Ymd | undefined;
    if (g.month) {
      const month = parseMonth(g.month);
      if (!month) return null;
      const year = g.year ? +g.year : g.relyear ? relativeYear(g.relyear, context.published) : undefined;
      if (year !== undefined) date = isValidDay(year, month, day) ? { year, month, day } : undefined;
      else {
        const modifier = modifierOf(g.mod);
        if (modifier) date = resolveMonthDay(context.published, month, day, modifier);
        // "منذ 17 أكتوبر" (since) is past whatever comes after it.
        else if (followsSince(context.text, m.index) || NAMED_BY_EVENT.test(context.text.slice(Math.max(0, m.index - 12), m.index))) {
          date = resolveMonthDay(context.published, month, day, "past");
        }
        else date = resolveUnmarkedMonthDay(context.published, month, day, context.direction(m.index, end));
      }
    } else {
      date = dayInRelativeMonth(context, day, modifierOf(g.relmod ?? g.mod));
    }
    if (!date) return null;
    return withWeekdayCheck(dated(daySpan(date)), g.weekday, date, context.published);
  },
};

function dayInRelativeMonth({ published }: RuleContext, day: number, modifier: Modifier | undefined): Ymd | undefined {
  const { year, month } = relativeMonth(published, modifier);
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

/** Adds a warning when the weekday written before a date is not that date's weekday. */
function withWeekdayCheck(parsed: Parsed, weekdayText: string | undefined, date: Ymd, published: Ymd): Parsed {
  if (!weekdayText) return parsed;
  const named = parseWeekday(weekdayText);
  if (named !== undefined && named !== weekday(date)) parsed.warnings = [...(parsed.warnings ?? []), weekdayMismatch(named, date, published)];
  return parsed;
}

export const dayOfMonthRules: Rule[] = [dayOfMonth];
