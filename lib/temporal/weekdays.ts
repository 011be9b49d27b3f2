// Weekdays: bare ("الإثنين"), with يوم ("يوم الأحد"), with a modifier ("الخميس الماضي",
// "الجمعة المقبلة", "هذا الأحد") or a week ("ثلاثاء الأسبوع الفائت", "الأحد من الأسبوع
// الماضي"). A bare weekday follows the tense of its clause (see tense.ts).
import { addDays, daySpan, isoWeekStart, weekday, type Ymd } from "./calendar";
import { alsoNeeding, alternation, anchorOf, ART, MODIFIER, modifierOf, modifierStep, WORD_END, WORD_START, compile } from "./patterns";
import { previousWeekday, resolveWeekday, type Reading } from "./resolve";
import { dated, type Rule, type RuleContext } from "./rule";
import type { Direction } from "./types";
import { TIME_OF_DAY } from "./times-of-day";

const WEEKDAY_NAMES: [number, string[]][] = [
  [0, ["احد"]],
  [1, ["اثنين", "اتنين"]],
  [2, ["ثلاثاء", "ثلاثا"]],
  [3, ["اربعاء", "اربعا"]],
  [4, ["خميس"]],
  [5, ["جمعه"]],
  [6, ["سبت"]],
];
const DAY_OF = new Map<string, number>();
for (const [day, names] of WEEKDAY_NAMES) for (const name of names) DAY_OF.set(name, day);
const NAMES = alternation(DAY_OF.keys());

/** A weekday with its article ("الاثنين", "والخميس", "للسبت"). */
export const WEEKDAY = String.raw`${ART}(?:${NAMES})(?![\p{L}])`;
/** A weekday without the article, as in "ثلاثاء الأسبوع الفائت", "اخر اثنين من". */
export const WEEKDAY_BARE = String.raw`(?:${NAMES})${WORD_END}`;

export const WEEKDAY_ANCHOR = anchorOf([35, 45], DAY_OF.keys());

const ARTICLE = /^(?:ال|ل)/;

/** 0 = Sunday … 6 = Saturday for a WEEKDAY match. */
export function parseWeekday(raw: string): number | undefined {
  const name = raw.trim().replace(ARTICLE, "");
  return DAY_OF.get(name);
}

const WEEK = String.raw`(?:${ART}|)(?:اسبوع)`;

const weekdayInWeek: Rule = {
  name: "weekday-of-week",
  anchor: alsoNeeding(WEEKDAY_ANCHOR, ["اسبوع"]),
  pattern: compile(
    String.raw`${WORD_START}(?:يوم\s+)?(?<day>${WEEKDAY}|${WEEKDAY_BARE})\s+(?:من\s+)?(?:(?<this>هذا)\s+${WEEK}|${WEEK}\s+(?<mod>${MODIFIER}))${WORD_END}`,
  ),
  parse(m, { published }) {
    const day = parseWeekday(m.groups!.day)!;
    const modifier = m.groups!.this ? "current" : modifierOf(m.groups!.mod);
    const monday = addDays(isoWeekStart(published), 7 * modifierStep(modifier));
    return dated(daySpan(addDays(monday, (day + 6) % 7)));
  },
};

const weekdayWithModifier: Rule = {
  name: "weekday",
  // The weekday with its article: "الاحد", not the "احد" of "واحد". Past the name, only the modifier.
  anchor: alsoNeeding({ ...WEEKDAY_ANCHOR, forward: 20 }, [], String.raw`ل(?:${NAMES})(?![\p{L}])`),
  pattern: compile(
    String.raw`${WORD_START}(?:${TIME_OF_DAY})?(?:يوم\s+)?(?:(?<this>هذا)\s+)?(?<day>${WEEKDAY})(?:\s+(?<mod>${MODIFIER})${WORD_END})?`,
  ),
  parse(m, context) {
    const day = parseWeekday(m.groups!.day)!;
    if (isOtherSense(context.text, m.index, day)) return null;
    const modifier = m.groups!.this ? "current" : modifierOf(m.groups!.mod);
    let date: Ymd;
    if (modifier === "past") date = previousWeekday(context.published, day);
    else if (modifier) date = resolveWeekday(context.published, day, modifier);
    else date = resolveWeekday(context.published, day, bareWeekdayReading(context, day, context.direction(m.index, m.index + m[0].length)));
    return dated(daySpan(date));
  },
};

/**
 * "صلاة الجمعة" is the prayer and "الاثنين" after a dual noun is "the two" ("الرئيسين
 * الاثنين"): not dates. The word before decides.
 */
const PRAYER_BEFORE = /(?:صلاه|صلوات|خطبه|خطيب|امام|مسجد|قداس)\s*$/;
const DUAL_BEFORE = /(?:كلا|ين)\s*$/;

function isOtherSense(text: string, start: number, day: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return PRAYER_BEFORE.test(before) || (day === 1 && DUAL_BEFORE.test(before));
}

/**
 * How a bare weekday reads. In an article, the publication's own weekday under a future verb is
 * that very day ("ستسمح الاثنين بإرسال مروحيات" written on a Monday): a newsroom writes المقبل
 * for the next week's. Asked without an article (a fixed direction), the future is the next one.
 */
function bareWeekdayReading(context: RuleContext, day: number, direction: Direction): Reading {
  return direction === "future" && context.directionFromText && weekday(context.published) === day ? "current" : direction;
}

export const weekdayRules: Rule[] = [weekdayInWeek, weekdayWithModifier];
