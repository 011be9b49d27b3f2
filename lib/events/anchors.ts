// "بعد يوم واحد من زيارة لاريجاني": a duration that places one event relative to another.
// The temporal tagger may report these itself (Timex.anchor); this finds the ones it did not,
// so that dating through another event does not depend on it.
import type { Timex } from "../temporal/types";
import { fold, type FoldedText } from "./arabic";
import { spanList } from "./text";
import { wordsOf, type FoldedWords } from "./words";

const UNIT: Record<string, { unit: "D" | "W" | "M" | "Y"; count: number }> = {};
const units: [string, "D" | "W" | "M" | "Y", number][] = [
  ["يوم واحد|يوما واحدا|يوم|يوما", "D", 1], ["يومين", "D", 2],
  ["أسبوع واحد|أسبوع|أسبوعا", "W", 1], ["أسبوعين", "W", 2],
  ["شهر واحد|شهر|شهرا", "M", 1], ["شهرين", "M", 2],
  ["عام واحد|عام|عاما|سنة|سنة واحدة", "Y", 1], ["عامين|سنتين", "Y", 2],
];
for (const [forms, unit, count] of units) for (const form of forms.split("|")) UNIT[fold(form)] = { unit, count };

const COUNTS: Record<string, number> = {};
["ثلاثة|ثلاث", "أربعة|أربع", "خمسة|خمس", "ستة|ست", "سبعة|سبع", "ثمانية|ثماني", "تسعة|تسع", "عشرة|عشر"].forEach((forms, i) => {
  for (const form of forms.split("|")) COUNTS[fold(form)] = i + 3;
});
const PLURAL_UNIT: Record<string, "D" | "W" | "M" | "Y"> = {
  [fold("أيام")]: "D", [fold("أسابيع")]: "W", [fold("أشهر")]: "M", [fold("شهور")]: "M", [fold("أعوام")]: "Y", [fold("سنوات")]: "Y",
};

const singular = Object.keys(UNIT).sort((a, b) => b.length - a.length).map((f) => f.replace(/\s+/g, "\\s+")).join("|");
const counts = ["\\d+", ...Object.keys(COUNTS)].join("|");
const plurals = Object.keys(PLURAL_UNIT).join("|");
const RELATION_WORDS = [fold("بعد"), fold("قبل")];
const RELATION_LAST_UNITS = RELATION_WORDS.map((word) => word.charCodeAt(word.length - 1));
// Tried (sticky) only where a relation word stands: as a search over the whole article, the
// lookbehind it opens with is tried at every position.
const ANCHORED = new RegExp(
  `(?<![\\p{L}])(${RELATION_WORDS.join("|")})\\s+(?:(${singular})|(${counts})\\s+(${plurals}))\\s+${fold("من")}\\s+`,
  "uy",
);

/**
 * Where a relation word ends a word of the folded text, in order: the only places ANCHORED can
 * match, since a space must follow the relation word (the pattern checks what precedes it).
 */
function relationWordsIn(words: FoldedWords): number[] {
  const at: number[] = [];
  const text = words.folded;
  for (let i = 0; i < words.count; i++) {
    const end = words.end[i];
    // Nearly every word of an article ends otherwise: its last unit turns it away before any compare.
    const last = text.charCodeAt(end - 1);
    for (let r = 0; r < RELATION_WORDS.length; r++) {
      const word = RELATION_WORDS[r];
      if (last !== RELATION_LAST_UNITS[r]) continue;
      const start = end - word.length;
      if (start >= words.start[i] && text.startsWith(word, start)) at.push(start);
    }
  }
  return at;
}

const SPACES = /\s+/g;

/** Durations anchored on another event ("بعد يومين من …") that no tagger expression covers. */
export function anchoredDurations(text: string, folded: FoldedText, timexes: Timex[]): Timex[] {
  const found = spanList<Timex>();
  // As a global search would: each match is looked for after the previous one.
  let searchFrom = 0;
  for (const at of relationWordsIn(wordsOf(folded))) {
    if (at < searchFrom) continue;
    ANCHORED.lastIndex = at;
    const m = ANCHORED.exec(folded.folded);
    if (!m) continue;
    searchFrom = at + m[0].length;
    const [, relationWord, singularForm, countWord, pluralForm] = m;
    const value = singularForm
      ? `P${UNIT[singularForm.replace(SPACES, " ")].count}${UNIT[singularForm.replace(SPACES, " ")].unit}`
      : `P${/^\d+$/.test(countWord) ? Number(countWord) : COUNTS[countWord]}${PLURAL_UNIT[pluralForm]}`;
    const start = folded.map[m.index];
    const phraseStart = folded.map[m.index + m[0].length];
    const durationText = m[0].slice(0, m[0].trimEnd().length - fold("من").length).trimEnd();
    const end = folded.map[m.index + durationText.length - 1] + 1;
    if (timexes.some((t) => t.kind === "duration" && t.start < phraseStart && start < t.end)) continue;
    found.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      kind: "duration",
      span: null,
      rule: "events:anchored-duration",
      warnings: [],
      anchor: {
        duration: value,
        relation: relationWord === fold("بعد") ? "after" : "before",
        phraseStart,
        phraseEnd: Math.min(text.length, phraseStart + 60),
      },
    });
  }
  return found;
}
