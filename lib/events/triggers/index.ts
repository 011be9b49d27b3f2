// All trigger families, compiled once, and the search that finds them in an article.
import { fold, foldWithMap, type FoldedText } from "../arabic";
import { Vocabulary, wordsOf, type FoldedWords } from "../words";
import type { TriggerRule } from "./rule";
import { visitRules } from "./visit";
import { meetingRules } from "./meeting";
import { callRules } from "./call";
import { agreementRules } from "./agreement";
import { statementRules } from "./statement";
import { attackRules } from "./attack";
import { otherRules } from "./other";

export type { TriggerRule, Tense } from "./rule";

const TRIGGER_RULES: readonly TriggerRule[] = [
  ...callRules,
  ...agreementRules,
  ...meetingRules,
  ...visitRules,
  ...attackRules,
  ...statementRules,
  ...otherRules,
].map(withEveryField);

const LABELS = new Map(TRIGGER_RULES.map((rule) => [rule.name, rule.label]));

/** The label of the rule named `name` (what an `other` event is), if it has one. */
export function labelOfRule(name: string): string | undefined {
  return LABELS.get(name);
}

/**
 * The rule with every optional field present (undefined where the family leaves it out): rules
 * are read for every trigger of every article, and objects of one shape are read faster than
 * objects of many.
 */
function withEveryField(rule: TriggerRule): TriggerRule {
  const { name, type, tense, words, needsAfter, needsPlace, confidence, unlessWritten, label } = rule;
  return { name, type, tense, words, needsAfter, needsPlace, confidence, unlessWritten, label };
}

// The clitics a trigger word may carry, each listed in the order a regular expression
// "(?:[وف])?(?:لل|[بلك]?(?:ال)?)" would try them (greedy: the longer reading first), so that
// where two readings of a word fit, the same one wins: the conjunction و/ف, and for nouns a
// preposition and the article too (وبزيارة، للاتفاق، والهجوم).
const CONJUNCTIONS = ["و", "ف", ""];
const VERB_PREFIXES = CONJUNCTIONS;
const NOUN_PREFIXES = CONJUNCTIONS.flatMap((c) => ["لل", "بال", "لال", "كال", "ب", "ل", "ك", "ال", ""].map((p) => c + p));

/** The folded word forms of an alternation, longest first (the order a regex tries them). */
function alternatives(words: string): string[][] {
  return fold(words)
    .split("|")
    .map((w) => w.trim().split(/\s+/))
    .sort((a, b) => phraseLength(b) - phraseLength(a));
}

/** The length the phrase had as a pattern source, words joined by "\\s+": the tie-breaking order rules were tuned with. */
function phraseLength(words: string[]): number {
  return words.join("\\s+").length;
}

/** The forms as a regex alternation (for needsAfter, which is searched in the text after a trigger). */
function alternation(words: string): string {
  return alternatives(words)
    .map((phrase) => phrase.join("\\s+"))
    .join("|");
}

/** Vowel marks off, the shadda kept: the spelling that tells عرّض from عرض. */
function withShadda(word: string): string {
  return word.replace(VOWEL_MARKS, "");
}
const VOWEL_MARKS = /[\u064B-\u0650\u0652-\u065F\u0670\u0640]/g;

const WHOLE_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * One way a written word can open a trigger: `rule` (its index) read with the clitic `prefix`
 * and the phrase whose first word the rest of the written word is; `rest` are the phrase's
 * further words. `prefixRank` and `phraseRank` order the readings of one rule, first wins.
 */
interface Opening {
  rule: number;
  prefixRank: number;
  phraseRank: number;
  prefixLength: number;
  rest: string[];
}

/**
 * Every written word that can open a trigger → its readings, sorted by rule, then prefix, then
 * phrase. Built once; finding triggers is then one lookup per word of the article.
 */
const OPENINGS = new Map<string, Opening[]>();
TRIGGER_RULES.forEach((rule, ruleIndex) => {
  const prefixes = rule.tense === "noun" ? NOUN_PREFIXES : VERB_PREFIXES;
  const phrases = alternatives(rule.words);
  for (const phrase of phrases) {
    for (const word of phrase) if (!WHOLE_WORD.test(word)) throw new Error(`trigger rule ${rule.name}: "${word}" is not a single word`);
  }
  prefixes.forEach((prefix, prefixRank) =>
    phrases.forEach((phrase, phraseRank) => {
      const written = prefix + phrase[0];
      const openings = OPENINGS.get(written) ?? [];
      openings.push({ rule: ruleIndex, prefixRank, phraseRank, prefixLength: prefix.length, rest: phrase.slice(1) });
      OPENINGS.set(written, openings);
    }),
  );
});
for (const openings of OPENINGS.values()) openings.sort((a, b) => a.rule - b.rule || a.prefixRank - b.prefixRank || a.phraseRank - b.phraseRank);
const OPENING_WORDS = new Vocabulary(OPENINGS.keys());
/** The readings of each entry of OPENING_WORDS, by its index. */
const OPENINGS_BY_ENTRY = OPENING_WORDS.entries.map((written) => OPENINGS.get(written)!);

interface RuleChecks {
  needsAfter: RegExp | null;
  unlessWritten: Set<string>;
}

const CHECKS: RuleChecks[] = TRIGGER_RULES.map((rule) => ({
  needsAfter: rule.needsAfter ? new RegExp(alternation(rule.needsAfter), "u") : null,
  unlessWritten: new Set((rule.unlessWritten ?? "").split("|").filter(Boolean).map(withShadda)),
}));

/** How far after a trigger its object noun may sit (needsAfter), within its sentence or line. */
const OBJECT_REACH = 60;
const FULL_STOP = ".".charCodeAt(0);
const NEWLINE = "\n".charCodeAt(0);

/** Where the object of a trigger ending at `from` may be: up to OBJECT_REACH on, cut at a full stop or line end. */
function objectReach(folded: string, from: number): string {
  const limit = Math.min(folded.length, from + OBJECT_REACH);
  let end = from;
  while (end < limit && folded.charCodeAt(end) !== FULL_STOP && folded.charCodeAt(end) !== NEWLINE) end++;
  return folded.slice(from, end);
}

export interface TriggerMatch {
  rule: TriggerRule;
  /** The clitics written on the trigger (و، ف، بـ، لـ، ال), folded. */
  prefix: string;
  /** Offsets of the trigger word itself (without the conjunction) in the original text. */
  start: number;
  end: number;
  /** The same in the folded text. */
  foldedStart: number;
  foldedEnd: number;
}

/** Whether the words after word `at` are `rest`, with only spaces between them. */
function phraseContinues(words: FoldedWords, at: number, rest: string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const next = at + 1 + k;
    if (next >= words.count || !words.is(next, rest[k]) || !words.spaceOnlyAfter(next - 1)) return false;
  }
  return true;
}

/**
 * Every trigger in the text; where two overlap, the longer one (then the earlier family) wins.
 * Each rule matches whole words, leftmost first, and a match is not overlapped by another of
 * the same rule (as a global regex would scan), even when a check then rejects it.
 */
export function findTriggers(text: string, folded: FoldedText = foldWithMap(text)): TriggerMatch[] {
  const words = wordsOf(folded);
  const found: { match: TriggerMatch; ruleIndex: number }[] = [];
  /** Per rule, where its previous match ended: the next one starts after it. */
  const resumeAt = new Array<number>(TRIGGER_RULES.length).fill(0);
  const openingWords = OPENING_WORDS.in(words);
  for (const i of openingWords.known) {
    const entry = openingWords.at(i);
    if (entry < 0) continue;
    const openings = OPENINGS_BY_ENTRY[entry];
    const wordStart = words.start[i];
    for (const opening of openings) {
      // A rule already matched here (or over this word) reads it no other way.
      if (wordStart < resumeAt[opening.rule]) continue;
      if (!phraseContinues(words, i, opening.rest)) continue;
      const foldedStart = wordStart + opening.prefixLength;
      const foldedEnd = words.end[i + opening.rest.length];
      resumeAt[opening.rule] = foldedEnd;
      const { needsAfter, unlessWritten } = CHECKS[opening.rule];
      if (needsAfter) {
        if (!needsAfter.test(objectReach(folded.folded, foldedEnd))) continue;
      }
      // The end takes in marks after the last letter (هاتفياً), which folding dropped.
      if (unlessWritten.size && unlessWritten.has(withShadda(text.slice(folded.map[foldedStart], folded.map[foldedEnd])).trim())) continue;
      found.push({
        ruleIndex: opening.rule,
        match: {
          rule: TRIGGER_RULES[opening.rule],
          prefix: folded.folded.slice(wordStart, foldedStart),
          foldedStart,
          foldedEnd,
          start: folded.map[foldedStart],
          end: folded.map[foldedEnd],
        },
      });
    }
  }
  found.sort(
    (a, b) =>
      b.match.foldedEnd - b.match.foldedStart - (a.match.foldedEnd - a.match.foldedStart) ||
      a.ruleIndex - b.ruleIndex ||
      a.match.foldedStart - b.match.foldedStart,
  );
  const kept: TriggerMatch[] = [];
  for (const { match: t } of found) {
    if (kept.some((k) => t.foldedStart < k.foldedEnd && k.foldedStart < t.foldedEnd)) continue;
    kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}
