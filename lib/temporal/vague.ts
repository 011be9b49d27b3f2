// Vague references (GUIDELINES.md: PRESENT_REF, PAST_REF, FUTURE_REF): "حالياً", "الآن",
// "قبل أيام", "منذ سنوات", "الأشهر الماضية", "الأشهر المقبلة". They date nothing precisely but
// tell the reader when, and a chronology shows them as such. "في وقت سابق" ("earlier") orders
// two reports of one day's news; it says nothing of when, and is no expression.
import { alsoNeeding, alternation, anchorOf, ART, WORD_END, WORD_START, compile } from "./patterns";
import type { Rule } from "./rule";

const UNITS = ["ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "سنين", "عقود", "فتره", "مده"];
const PLURAL_UNITS = alternation([...UNITS.slice(0, 8), "ساعات"]);

const PAST = String.raw`(?:(?:قبل|منذ)\s+(?:(?:بضعه|عده|بضع)\s+)?(?:${alternation(UNITS)})(?:\s+(?:طويله|قليله|عديده))?|${ART}(?:${PLURAL_UNITS})\s+(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه|الفائته|السابقه)|مؤخرا)`;
/** "في وقت لاحق" / "لاحقاً" narrate a sequence ("later that day"), not the future: not marked. */
const FUTURE = String.raw`(?:${ART}(?:${PLURAL_UNITS})\s+(?:القليله\s+)?(?:المقبله|القادمه))`;
const PRESENT = String.raw`(?:حاليا|الان|الوقت\s+(?:الحالي|الراهن)|هذه\s+الايام)`;

const SO_FAR_BEFORE = /حتي\s*$/;

/** A word of each branch above: what makes a unit or "وقت" vague ("الان" as a whole word). */
const VAGUE_WORDS = ["قبل", "منذ", "سابق", "الماضيه", "الاخيره", "المنصرمه", "الفائته", "مؤخرا", "المقبله", "القادمه", "حاليا", "الحالي", "الراهن", "هذه"];

const vague: Rule = {
  name: "vague",
  anchor: alsoNeeding(anchorOf([16, 22], [...UNITS, "ساعات", "وقت", "حاليا", "الان", "مؤخرا", "الايام"]), VAGUE_WORDS, String.raw`الان${WORD_END}`),
  pattern: compile(String.raw`${WORD_START}(?:(?<past>${PAST})|(?<future>${FUTURE})|(?<present>${PRESENT}))${WORD_END}`),
  parse(m, { text }) {
    const g = m.groups!;
    // "حتى الآن" is "so far", not a reference to now.
    if (g.present && SO_FAR_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
    return { kind: "vague", span: null, value: g.past ? "PAST_REF" : g.future ? "FUTURE_REF" : "PRESENT_REF" };
  },
};

export const vagueRules: Rule[] = [vague];
