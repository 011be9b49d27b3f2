// Ranges and open ends: "بين 13 و15 تموز", "26-27 آذار/مارس الجاري", "من 13 تموز إلى 15 تموز",
// "من عام 2003 حتى عام 2009", "يومي الأحد والإثنين", "منذ مطلع العام" (to publication),
// "خلال الأيام الثلاثة الماضية". Ranges of day numbers are patterns; ranges between two full
// expressions are built from the expressions already found (combineRanges).
import { addDays, addMonths, dayRangeSpan, daySpan, formatYmd, isoWeekStart, isValidDay, monthRangeSpan, rangeSpan, yearSpan, type Ymd } from "./calendar";
import type { DateSpan } from "../model";
import { MONTH_AND_DAY_ANCHOR } from "./day-of-month";
import { MONTH, MONTH_ANCHOR, MONTH_FIRST_ANCHOR, parseMonth } from "./months";
import { COUNT, DAY_NUMBER, parseCount, parseDayNumber } from "./numbers";
import { alsoNeeding, alternation, anchorOf, ART, MODIFIER, modifierOf, WORD_END, WORD_START, compile, type Modifier } from "./patterns";
import { relativeMonth, resolveMonthDay, resolveWeekday } from "./resolve";
import { dated, type Parsed, type Rule, type RuleContext } from "./rule";
import { parseWeekday, WEEKDAY } from "./weekdays";
import { YEAR_ANCHOR, YEAR_FIGURES, yearTail } from "./years";

/** "و" joins two days, except in a compound ordinal: "السادس والعشرين" is one day. */
const TO = String.raw`\s*(?:-|الي|حتي|و(?!\s*(?:ال)?(?:عشر|ثلاث)(?:ين|ون))|وحتي|ولغايه|لغايه|الي\s+غايه)\s*`;

/** "بين 13 و15 تموز", "26-27 آذار الجاري", "من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر". */
const dayRangeOfMonth: Rule = {
  name: "day-range",
  anchor: MONTH_AND_DAY_ANCHOR,
  pattern: compile(
    String.raw`${WORD_START}(?:(?:من|بين)\s+)?(?<from>${DAY_NUMBER})${TO}(?<to>${DAY_NUMBER})(?:\s*من)?\s*(?:(?<month>${MONTH})|(?:هذا\s+)?${ART}شهر(?:\s+(?<relmod>${MODIFIER}))?)(?:\s+(?<mod>${MODIFIER})${WORD_END})?${yearTail("year")}?${WORD_END}`,
  ),
  parse(m, context) {
    const g = m.groups!;
    const from = parseDayNumber(g.from);
    const to = parseDayNumber(g.to);
    if (!from || !to || from >= to) return null;
    const month = g.month ? parseMonth(g.month) : undefined;
    return dayRange(context, m, from, to, month, g.year, modifierOf(g.mod ?? g.relmod), !g.month);
  },
};

/** "يوليو 13-15", "تموز 13 الى 15" (month first, as Duckling's corpus writes). */
const monthFirstDayRange: Rule = {
  name: "day-range",
  anchor: alsoNeeding(MONTH_FIRST_ANCHOR, [], "[0-9]"),
  pattern: compile(String.raw`${WORD_START}(?<month>${MONTH})\s+(?<from>[0-9]{1,2})${TO}(?<to>[0-9]{1,2})(?![0-9])${yearTail("year")}?`),
  parse(m, context) {
    const g = m.groups!;
    const from = +g.from;
    const to = +g.to;
    if (from >= to) return null;
    return dayRange(context, m, from, to, parseMonth(g.month), g.year, undefined, false);
  },
};

function dayRange(
  context: RuleContext,
  m: RegExpExecArray,
  from: number,
  to: number,
  month: number | undefined,
  year: string | undefined,
  modifier: Modifier | undefined,
  inRelativeMonth: boolean,
): Parsed | null {
  let first: Ymd | undefined;
  if (inRelativeMonth) first = { ...relativeMonth(context.published, modifier), day: from };
  else if (!month) return null;
  else if (year) first = { year: +year, month, day: from };
  else first = resolveMonthDay(context.published, month, from, modifier ?? context.direction(m.index, m.index + m[0].length));
  if (!first || !isValidDay(first.year, first.month, to)) return null;
  return dated(dayRangeSpan(first, { ...first, day: to }));
}

/** "يومي الأحد والإثنين": two consecutive weekdays. */
const weekdayPair: Rule = {
  name: "weekday-range",
  anchor: anchorOf([5, 30], ["يومي"]),
  pattern: compile(String.raw`${WORD_START}يومي\s+(?<from>${WEEKDAY})\s+و\s*(?<to>${WEEKDAY})`),
  parse(m, context) {
    const reading = context.direction(m.index, m.index + m[0].length);
    const first = resolveWeekday(context.published, parseWeekday(m.groups!.from)!, reading);
    const gap = (parseWeekday(m.groups!.to)! - parseWeekday(m.groups!.from)! + 7) % 7;
    return dated(dayRangeSpan(first, addDays(first, gap)));
  },
};

/** "ليل الخميس الجمعة", "ليلة السبت/الأحد": a night across two consecutive days. */
const nightAcross: Rule = {
  name: "weekday-range",
  anchor: anchorOf([30, 30], ["ليل", "ليله"]),
  pattern: compile(String.raw`${WORD_START}(?:(?:منتصف|قبيل\s+منتصف|بعد\s+منتصف)\s+)?(?:ليل|ليله)\s+(?<from>${WEEKDAY})\s*[-/]?\s*(?<to>${WEEKDAY})`),
  parse(m, context) {
    const from = parseWeekday(m.groups!.from)!;
    if (parseWeekday(m.groups!.to) !== (from + 1) % 7) return null;
    const first = resolveWeekday(context.published, from, context.direction(m.index, m.index + m[0].length));
    return dated(dayRangeSpan(first, addDays(first, 1)));
  },
};

const PERIOD_UNITS: Record<string, "D" | "W" | "M" | "Y" | "H"> = {
  ايام: "D", اسابيع: "W", اشهر: "M", شهور: "M", سنوات: "Y", اعوام: "Y", ساعات: "H",
};

/** Dual nouns carry their count: "اليومين الماضيين" = the last two days. */
const DUALS: Record<string, string> = { يومين: "ايام", اسبوعين: "اسابيع", شهرين: "اشهر", عامين: "سنوات", سنتين: "سنوات" };

const ARTICLE = /^ال/;
const AHEAD = /المقبل|القادم|التالي/;

/** The stems of the modifiers below, one of which every such expression holds. */
const LAST_OR_NEXT = ["الماضي", "الاخير", "المنصرم", "الفائت", "السابق", "المقبل", "القادم", "التالي"];

/** "خلال الأيام الثلاثة الماضية", "الساعات الـ24 الماضية", "الأسابيع الثلاثة القادمة". */
const lastOrNextN: Rule = {
  name: "last-n",
  anchor: alsoNeeding(anchorOf([25, 30], [...Object.keys(PERIOD_UNITS), ...Object.keys(DUALS)]), LAST_OR_NEXT),
  pattern: compile(
    String.raw`${WORD_START}(?:(?:(?:ال\s?)?(?<countBefore>${COUNT})\s+)?${ART}(?<unit>${alternation(Object.keys(PERIOD_UNITS))})\s+(?:(?:ال\s?)?(?<count>${COUNT})\s+)?(?<mod>الماضيه|الاخيره|المنصرمه|الفائته|السابقه|المقبله|القادمه|التاليه)|${ART}(?<dual>${alternation(Object.keys(DUALS))})\s+(?<dualMod>الماضيين|الاخيرين|المنصرمين|الفائتين|السابقين|المقبلين|القادمين))${WORD_END}`,
  ),
  parse(m, { published }) {
    const g = m.groups!;
    const raw = (g.count ?? g.countBefore ?? "").replace(ARTICLE, "");
    const count = g.dual ? 2 : raw ? parseCount(raw) : undefined;
    if (!count) return null;
    const unit = PERIOD_UNITS[g.dual ? DUALS[g.dual] : g.unit];
    const future = AHEAD.test(g.mod ?? g.dualMod);
    if (unit === "H") {
      const days = Math.ceil(count / 24);
      return future ? dated(dayRangeSpan(published, addDays(published, days))) : dated(dayRangeSpan(addDays(published, -days), published));
    }
    if (unit === "D") return future ? dated(dayRangeSpan(addDays(published, 1), addDays(published, count))) : dated(dayRangeSpan(addDays(published, -count), addDays(published, -1)));
    if (unit === "W") {
      // Whole ISO weeks, as Duckling reads "the next three weeks": from next Monday.
      const monday = isoWeekStart(published);
      return future
        ? dated(dayRangeSpan(addDays(monday, 7), addDays(monday, 7 * count + 6)))
        : dated(dayRangeSpan(addDays(monday, -7 * count), addDays(monday, -1)));
    }
    if (unit === "M") {
      const edge = addMonths(published.year, published.month, future ? 1 : -count);
      const other = addMonths(edge.year, edge.month, count - 1);
      return dated(monthRangeSpan(edge, other));
    }
    return future
      ? dated(rangeSpan(yearSpan(published.year + 1), yearSpan(published.year + count)))
      : dated(rangeSpan(yearSpan(published.year - count), yearSpan(published.year - 1)));
  },
};

/** "موازنة 2024-2025", "1998 - 2002": two years joined by a dash or a slash. */
const yearDash: Rule = {
  name: "year-range",
  anchor: alsoNeeding(YEAR_ANCHOR, ["-", "/"]),
  pattern: compile(String.raw`(?<![\p{N}.,/:-])(?<from>${YEAR_FIGURES})\s?[-/]\s?(?<to>${YEAR_FIGURES})(?![.,/:-]?[0-9])`),
  parse(m) {
    const from = +m.groups!.from;
    const to = +m.groups!.to;
    return from < to && to - from <= 100 ? dated(rangeSpan(yearSpan(from), yearSpan(to))) : null;
  },
};

/** "بين عامي 1943 و1945", "العامين 2014 و2015". */
const YEARS_WORDS = ["عامي", "عامين", "سنتي", "سنتين", "اعوام", "سنوات"];

const yearPair: Rule = {
  name: "year-range",
  anchor: alsoNeeding(YEAR_ANCHOR, YEARS_WORDS),
  pattern: compile(
    String.raw`${WORD_START}(?:(?:ما\s+)?بين\s+)?(?:${ART}|)(?:${alternation(YEARS_WORDS)})\s+(?<from>${YEAR_FIGURES})\s*(?:و|-|الي|حتي)\s*(?<to>${YEAR_FIGURES})`,
  ),
  parse(m) {
    const from = +m.groups!.from;
    const to = +m.groups!.to;
    return from < to ? dated(rangeSpan(yearSpan(from), yearSpan(to))) : null;
  },
};

export const rangeRules: Rule[] = [yearPair, yearDash, dayRangeOfMonth, monthFirstDayRange, weekdayPair, nightAcross, lastOrNextN];

/** An expression already found, as the range combinator sees it (folded offsets). */
export interface Found {
  start: number;
  end: number;
  rule: string;
  parsed: Parsed;
}

const RANGE_LEAD = /(?:^|[^\p{L}\p{N}])[وف]?(?<lead>من|بين|منذ)\s*$/u;
const RANGE_LINK = /^\s*(?:-|[وف]?(?:الي|حتي|لغايه|ولغايه|وحتي|و|الي\s+غايه))\s*$/u;
const SINCE_LEAD = /(?:^|[^\p{L}\p{N}])[وف]?منذ\s*$/u;

/**
 * Joins "من/بين/منذ A إلى/حتى/و B" into one range, and reads "منذ A" as the range from A to
 * publication when A is still running at publication ("منذ مطلع العام").
 */
export function combineRanges(found: Found[], text: string, published: Ymd): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    const before = text.slice(Math.max(0, a.start - 8), a.start);
    const lead = RANGE_LEAD.exec(before);
    if (lead && b && a.parsed.span && b.parsed.span && RANGE_LINK.test(text.slice(a.end, b.start))) {
      const span = orderedRange(a.parsed.span, b.parsed.span);
      if (span) {
        const leadStart = a.start - (before.length - before.lastIndexOf(lead.groups!.lead));
        out.push({ start: leadStart, end: b.end, rule: "range", parsed: dated(span) });
        i++;
        continue;
      }
    }
    if (a.parsed.span && SINCE_LEAD.test(before)) {
      const today = formatYmd(published);
      if (a.parsed.span.precision !== "day" && a.parsed.span.firstDay <= today && today <= a.parsed.span.lastDay) {
        out.push({ ...a, rule: "since", parsed: dated(rangeSpan(a.parsed.span, daySpan(published))) });
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The range from one span to another, if the second ends after the first begins and they differ. */
function orderedRange(from: DateSpan, to: DateSpan): DateSpan | undefined {
  if (from.firstDay > to.lastDay || (from.firstDay === to.firstDay && from.lastDay === to.lastDay)) return undefined;
  return rangeSpan(from, to);
}
