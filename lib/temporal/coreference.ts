// Expressions that name a date by pointing back at one already given: "ذلك التاريخ",
// "في اليوم نفسه", "في اليوم التالي", "في 29 من الشهر نفسه", "في ديسمبر من نفس العام", "العام ذاته". They are
// resolved after the other expressions are found (resolveBackReferences), against the latest
// dated expression before them; with none, they are dropped.
import { addDays, daySpan, isValidDay, monthSpan, parseYmd, yearSpan } from "./calendar";
import { MONTH, parseMonth } from "./months";
import { DAY_NUMBER, parseDayNumber } from "./numbers";
import { alsoNeeding, anchorOf, ART, WORD_END, WORD_START, compile } from "./patterns";
import type { Found } from "./ranges";
import { dated, type Parsed, type Rule } from "./rule";

const SAME = String.raw`(?:نفسه|ذاته|نفسها|ذاتها)`;
const SAME_DAY = String.raw`(?:${ART}يوم\s+${SAME}|نفس\s+اليوم|(?:ذلك|هذا)\s+التاريخ)`;
/**
 * "وفي اليوم التالي أعلن" (Maghrebi "الموالي"): the day after the date before it, when the text
 * dates something by it (في، صباح، مساء …); "اليوم التالي للحرب", the plan for after a war, is no day.
 */
const NEXT_DAY = String.raw`(?:(?<=(?:^|\s)[وف]?(?:في|صباح|مساء|ظهر|فجر|ليل)\s+)${ART}يوم\s+(?:التالي|الموالي)(?!\s*(?:ل|من\s+ال)))`;
const SAME_MONTH = String.raw`(?:${ART}شهر\s+${SAME}|نفس\s+الشهر)`;
const SAME_YEAR = String.raw`(?:${ART}(?:عام|سنه)\s+${SAME}|نفس\s+(?:ال)?(?:عام|سنه))`;

/** What a back reference keeps of the earlier date, and what it adds. */
export interface BackReference {
  unit: "date" | "month" | "year";
  /** Days on from the earlier date ("اليوم التالي": 1). */
  offsetDays?: number;
  month?: number;
  day?: number;
}

const sameDate: Rule = {
  name: "same-date",
  // "نفس"/"ذات" and the unit they refer to.
  anchor: alsoNeeding(anchorOf([35, 30], ["نفس", "ذات", "التاريخ", "التالي", "الموالي"]), ["يوم", "التاريخ", "شهر", "عام", "سنه"]),
  pattern: compile(
    String.raw`${WORD_START}(?:(?<sameDay>${SAME_DAY})|(?<nextDay>${NEXT_DAY})|(?:(?<dayInMonth>${DAY_NUMBER})\s+(?:من\s+)?)?(?<sameMonth>${SAME_MONTH})|(?:(?<day>${DAY_NUMBER})\s+(?:من\s+)?)?(?:(?<month>${MONTH})\s*(?:من\s+)?)?(?<sameYear>${SAME_YEAR}))${WORD_END}`,
  ),
  parse(m) {
    const g = m.groups!;
    let reference: BackReference;
    if (g.sameDay) reference = { unit: "date" };
    else if (g.nextDay) reference = { unit: "date", offsetDays: 1 };
    else if (g.sameMonth) reference = { unit: "month", day: g.dayInMonth ? parseDayNumber(g.dayInMonth) : undefined };
    else {
      const month = g.month ? parseMonth(g.month) : undefined;
      reference = { unit: "year", month, day: month && g.day ? parseDayNumber(g.day) : undefined };
    }
    return { kind: "date", span: null, backReference: reference };
  },
};

export const coreferenceRules: Rule[] = [sameDate];

/** Resolves each back reference against the latest dated expression before it. */
export function resolveBackReferences(found: Found[]): Found[] {
  const out: Found[] = [];
  let latest: Parsed | undefined;
  for (const item of found) {
    const reference = item.parsed.backReference;
    if (!reference) {
      out.push(item);
      if (item.parsed.span) latest = item.parsed;
      continue;
    }
    const span = latest?.span && resolve(reference, latest.span.firstDay);
    if (span) out.push({ ...item, parsed: dated(span) });
  }
  return out;
}

function resolve(reference: BackReference, earlierFirstDay: string) {
  const earlier = parseYmd(earlierFirstDay);
  switch (reference.unit) {
    case "date":
      return daySpan(addDays(earlier, reference.offsetDays ?? 0));
    case "month":
      if (!reference.day) return monthSpan(earlier.year, earlier.month);
      return isValidDay(earlier.year, earlier.month, reference.day) ? daySpan({ ...earlier, day: reference.day }) : undefined;
    case "year":
      if (!reference.month) return yearSpan(earlier.year);
      if (!reference.day) return monthSpan(earlier.year, reference.month);
      return isValidDay(earlier.year, reference.month, reference.day) ? daySpan({ year: earlier.year, month: reference.month, day: reference.day }) : undefined;
  }
}
