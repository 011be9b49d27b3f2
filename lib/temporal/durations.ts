// Durations. Where one dates something against another event ("بعد يوم واحد من زيارة …",
// "قبل أسبوعين من الانتخابات", "غداة الاجتماع") the tagger exposes the duration, the relation
// and the anchor phrase; the event extractor resolves it. Where it counts back from
// publication ("قبل أسبوع", "قبل 54 سنة") it is a date of the unit's precision.
import { addDays, addMonths, daySpan, monthSpan, yearSpan, type Ymd } from "./calendar";
import { MONTH_NAME } from "./months";
import { COUNT, parseCount } from "./numbers";
import { alsoNeeding, alternation, anchorOf, WORD_END, WORD_START, compile } from "./patterns";
import { dated, type Parsed, type Rule } from "./rule";

type Unit = "D" | "W" | "M" | "Y";

/** Unit words, and the count a word implies alone (singular 1, dual 2, plural none). */
const UNIT_WORDS: [Unit, number | undefined, string[]][] = [
  ["D", 1, ["يوم", "يوما"]], ["D", 2, ["يومين", "يومان"]], ["D", undefined, ["ايام"]],
  ["W", 1, ["اسبوع", "اسبوعا"]], ["W", 2, ["اسبوعين", "اسبوعان"]], ["W", undefined, ["اسابيع"]],
  ["M", 1, ["شهر", "شهرا"]], ["M", 2, ["شهرين", "شهران"]], ["M", undefined, ["اشهر", "شهور"]],
  ["Y", 1, ["عام", "عاما", "سنه"]], ["Y", 2, ["عامين", "عامان", "سنتين", "سنتان"]], ["Y", undefined, ["اعوام", "سنوات", "سنين"]],
];
const UNIT_OF = new Map<string, { unit: Unit; implied?: number }>();
for (const [unit, implied, words] of UNIT_WORDS) for (const word of words) UNIT_OF.set(word, { unit, implied });

const UNIT_ANCHOR = anchorOf([25, 25], UNIT_OF.keys());

const UNIT = String.raw`(?<unit>${alternation(UNIT_OF.keys())})${WORD_END}`;
const LENGTH = String.raw`(?:(?<count>${COUNT})\s+)?${UNIT}(?:\s+(?:واحد|واحده|فقط|كامل|كامله|تقريبا))?`;
/** LENGTH with its groups renamed, for the second branch of one pattern. */
const LENGTH_FROM = LENGTH.replace("<count>", "<countFrom>").replace("<unit>", "<unitFrom>");

/** The words after "من" that name the anchoring event, up to the end of the clause. */
const ANCHOR_PHRASE = /^[^.،,؛:\n!?؟()"«»“”]{1,80}?(?=[.،,؛:\n!?؟()"«»“”]|$|\s(?:و?(?:الذي|التي|حيث|بعد|قبل|عندما|حين))\s)/u;
const MAX_PHRASE_WORDS = 8;
/** Splits keeping the spaces, so that the first words can be joined back as written. */
const SPACE_RUNS = /(\s+)/;
const NOW = /^(?:الان|اليوم)(?![\p{L}])/u;
const CLAUSE_START = /(?:^|[.،,؛:!?؟\n])\s*$/;
/** "قبل شهر رمضان" is "before Ramadan", not "a month ago". */
const HIJRI_WORDS = "رمضان|شعبان|محرم|الحج|العيد|عيد";

function lengthOf(groups: Record<string, string | undefined>): { unit: Unit; count: number } | undefined {
  const entry = UNIT_OF.get(groups.unit!);
  if (!entry) return undefined;
  const count = groups.count ? parseCount(groups.count) : entry.implied;
  return count ? { unit: entry.unit, count } : undefined;
}

const anchoredDuration: Rule = {
  name: "anchored-duration",
  anchor: alsoNeeding(UNIT_ANCHOR, ["بعد", "قبل"]),
  pattern: compile(String.raw`${WORD_START}(?<duration>(?<relation>بعد|قبل)\s+${LENGTH})\s+(?:من|على)\s+`),
  parse(m, context) {
    const { text } = context;
    const length = lengthOf(m.groups!);
    if (!length) return null;
    const phrase = anchorPhrase(text, m.index + m[0].length);
    if (!phrase) return null;
    // "قبل شهر من الآن" counts from now: a date, not an anchor on another event.
    const now = NOW.exec(text.slice(phrase.phraseStart, phrase.phraseStart + 8));
    if (now) return { ...countedFrom(context.published, length, m.groups!.relation === "بعد" ? 1 : -1), end: phrase.phraseStart + now[0].length };
    const duration = `P${length.count}${length.unit}`;
    const relation = m.groups!.relation === "بعد" ? "after" : "before";
    return { kind: "duration", span: null, value: duration, end: m.index + m.groups!.duration.length, anchor: { duration, relation, ...phrase } };
  },
};

function anchorPhrase(text: string, phraseStart: number): { phraseStart: number; phraseEnd: number } | undefined {
  const phrase = ANCHOR_PHRASE.exec(text.slice(phraseStart, phraseStart + 200));
  if (!phrase) return undefined;
  const words = phrase[0].trimEnd().split(SPACE_RUNS).slice(0, MAX_PHRASE_WORDS * 2 - 1).join("");
  return { phraseStart, phraseEnd: phraseStart + words.length };
}

/** "غداة الاجتماع" (the morrow of), "عشية الانتخابات" (the eve of). */
const dayAfterBefore: Rule = {
  name: "anchored-duration",
  anchor: anchorOf([5, 10], ["غداه", "عشيه"]),
  pattern: compile(String.raw`${WORD_START}(?<word>غداه|عشيه)\s+`),
  parse(m, { text }) {
    const phrase = anchorPhrase(text, m.index + m[0].length);
    if (!phrase) return null;
    const relation = m.groups!.word === "غداه" ? "after" : "before";
    return { kind: "duration", span: null, value: "P1D", end: m.index + m.groups!.word.length, anchor: { duration: "P1D", relation, ...phrase } };
  },
};

/** "قبل أسبوع", "قبل ثلاثة أيام", "قبل 54 سنة": counted back from publication. */
const agoFromPublication: Rule = {
  name: "ago",
  anchor: alsoNeeding(UNIT_ANCHOR, ["قبل", "من"]),
  pattern: compile(
    String.raw`${WORD_START}(?:قبل\s+${LENGTH}(?!\s+(?:من|على)\s)(?!\s*[0-9])(?!\s+(?:${MONTH_NAME}|${HIJRI_WORDS}))|من\s+${LENGTH_FROM}(?=\s*(?:[.،,؛\n]|$)))`,
  ),
  parse(m, { published, text }) {
    const g = m.groups!;
    const length = lengthOf({ count: g.count ?? g.countFrom, unit: g.unit ?? g.unitFrom });
    if (!length) return null;
    // "من أسبوع" is "a week ago" only standing alone; inside a clause "من" is "than"/"from"
    // ("أكثر من عام").
    if (g.unitFrom && !CLAUSE_START.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
    return countedFrom(published, length, -1);
  },
};

/** The date a length away from publication, at the precision of its unit. */
function countedFrom(published: Ymd, { unit, count }: { unit: Unit; count: number }, sign: 1 | -1): Parsed {
  if (unit === "D" || unit === "W") return dated(daySpan(addDays(published, sign * count * (unit === "W" ? 7 : 1))));
  if (unit === "M") {
    const { year, month } = addMonths(published.year, published.month, sign * count);
    return dated(monthSpan(year, month));
  }
  return dated(yearSpan(published.year + sign * count));
}

export const durationRules: Rule[] = [anchoredDuration, dayAfterBefore, agoFromPublication];
