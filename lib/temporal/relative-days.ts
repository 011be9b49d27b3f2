// Days named relative to publication: اليوم، أمس، البارحة، أول أمس، غداً، بعد غد, with an
// optional time of day before ("ظهر أمس", "فجر اليوم") and an optional weekday after
// ("اليوم الأحد", "أمس السبت"), which must agree with the day named: a disagreement is reported
// in the warnings and the relative word wins, since it is the newsroom's own clock.
import { addDays, daySpan, weekday, weekdayMismatch } from "./calendar";
import { alternation, anchorOf, ART, COMMA, squeeze, WORD_END, WORD_START, compile } from "./patterns";
import { dated, type Rule } from "./rule";
import { TIME_OF_DAY } from "./times-of-day";
import { parseWeekday, WEEKDAY } from "./weekdays";

const OFFSETS: [number, string[]][] = [
  [0, ["اليوم", "هذا اليوم", "الليله", "هذه الليله", "نهار اليوم", "صباح اليوم", "اليوم الحالي", "هذا الصباح", "هذا المساء", "صباح هذا اليوم"]],
  [-1, ["امس", "الامس", "البارحه", "امبارح", "الليله الماضيه", "ليله امس", "اليوم الماضي", "اليوم السابق", "اليوم المنصرم", "يوم امس"]],
  [-2, ["اول امس", "اول من امس", "اول الامس", "قبل امس", "يوم قبل امس", "اليوم القبل البارحه", "اليوم الي قبل امبارح", "اليوم الذي قبل الامس", "امس الاول"]],
  [1, ["غدا", "غد", "الغد", "يوم غد", "بكره", "بكرا", "يوم الغد", "صباح الغد"]],
  [2, ["بعد غد", "بعد الغد", "يوم بعد غد", "اليوم الذي بعد الغد", "اليوم الي بعد بكره", "بعد بكره"]],
];
const OFFSET_OF = new Map<string, number>();
for (const [offset, words] of OFFSETS) for (const w of words) OFFSET_OF.set(w, offset);

/**
 * "اليوم" also with the ل of "لليوم" folded in ("لليوم" → ل + ليوم), so its article is ART. It
 * can come after the other words: those that can match where it does are longer ("اليوم
 * الحالي"), and longest first would try them before it anyway.
 */
const RELATIVE = `${alternation([...OFFSET_OF.keys()].filter((word) => word !== "اليوم"))}|${ART}يوم`;

/**
 * Words right before اليوم that make it "nowadays", not the publication day: a noun it
 * qualifies ("عالم اليوم"), a contrast with the past ("أما اليوم"), a state that lasts ("ما زلت
 * أفعل اليوم", "باتت اليوم", "ما نشهده اليوم"). A past verb before it ("الذي أعلنه الاحتلال
 * اليوم") keeps the day.
 */
const NOWADAYS_BEFORE = /(?:^|[^\p{L}])(?:عالم|جيل|اجيال|شباب|واقع|انسان|مجتمع|مجتمعات|اطفال|نساء|حروب|اما|واما|نحن|فنحن|ونحن|بات|باتت|اصبح|اصبحت|صار|صارت|زال|زالت|زلت|يزال|تزال|نشهده|نشهد|نعيشه|نعيش|نراه|باكملها|باكمله)\s+$/u;

/** "لليوم" folds to ل + "ليوم". */
const AFTER_LI = /^ليوم$/;
const THAT_BEFORE = /ذلك\s*$/;

const relativeDay: Rule = {
  name: "relative-day",
  anchor: anchorOf([30, 30], ["يوم", "امس", "غد", "بكر", "بارحه", "امبارح", "ليله", "الصباح", "المساء"]),
  pattern: compile(
    String.raw`${WORD_START}(?:${TIME_OF_DAY})?(?<word>${RELATIVE})(?:${COMMA}(?:يوم\s+)?(?<weekday>${WEEKDAY}))?${WORD_END}`,
  ),
  parse(m, { published, text }) {
    const word = squeeze(m.groups!.word).replace(AFTER_LI, "اليوم");
    const offset = OFFSET_OF.get(word);
    if (offset === undefined) return null;
    // "ظهر ذلك اليوم" is that day of the story, not today.
    if (word === "اليوم" && THAT_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
    const date = addDays(published, offset);
    if (word === "اليوم" && !m.groups!.weekday && NOWADAYS_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      return { kind: "vague", span: null, value: "PRESENT_REF" };
    }
    const warnings: string[] = [];
    if (m.groups!.weekday) {
      const named = parseWeekday(m.groups!.weekday)!;
      if (named !== weekday(date)) warnings.push(weekdayMismatch(named, date, published));
    }
    return dated(daySpan(date), warnings);
  },
};

export const relativeDayRules: Rule[] = [relativeDay];
