// All trigger families, compiled once, and the search that finds them in an article.
import { fold, foldWithMap, NOT_AFTER_LETTER, NOT_BEFORE_LETTER, type FoldedText } from "../arabic";
import type { TriggerRule } from "./rule";
import { visitRules } from "./visit";
import { meetingRules } from "./meeting";
import { callRules } from "./call";
import { agreementRules } from "./agreement";
import { statementRules } from "./statement";
import { attackRules } from "./attack";
import { otherRules } from "./other";

export type { TriggerRule, Tense } from "./rule";

export const TRIGGER_RULES: readonly TriggerRule[] = [
  ...callRules,
  ...agreementRules,
  ...meetingRules,
  ...visitRules,
  ...attackRules,
  ...statementRules,
  ...otherRules,
];

const VERB_PREFIX = "(?:[وف])?";
// Nouns also take a preposition and the article: وبزيارة، للاتفاق، والهجوم.
const NOUN_PREFIX = "(?:[وف])?(?:لل|[بلك]?(?:ال)?)";

function alternation(words: string): string {
  return fold(words)
    .split("|")
    .map((w) => w.trim().replace(/\s+/g, "\\s+"))
    .sort((a, b) => b.length - a.length)
    .join("|");
}

interface CompiledRule {
  rule: TriggerRule;
  pattern: RegExp;
  needsAfter: RegExp | null;
  unlessWritten: Set<string>;
}

/** Vowel marks off, the shadda kept: the spelling that tells عرّض from عرض. */
function withShadda(word: string): string {
  return word.replace(/[\u064B-\u0650\u0652-\u065F\u0670\u0640]/g, "");
}

const COMPILED: CompiledRule[] = TRIGGER_RULES.map((rule) => ({
  rule,
  pattern: new RegExp(
    `${NOT_AFTER_LETTER}${rule.tense === "noun" ? NOUN_PREFIX : VERB_PREFIX}(${alternation(rule.words)})${NOT_BEFORE_LETTER}`,
    "gu",
  ),
  needsAfter: rule.needsAfter ? new RegExp(alternation(rule.needsAfter), "u") : null,
  unlessWritten: new Set((rule.unlessWritten ?? "").split("|").filter(Boolean).map(withShadda)),
}));

/** How far after a trigger its object noun may sit (needsAfter). */
const OBJECT_REACH = 60;

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

/** Every trigger in the text; where two overlap, the longer one (then the earlier family) wins. */
export function findTriggers(text: string, folded: FoldedText = foldWithMap(text)): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (const { rule, pattern, needsAfter, unlessWritten } of COMPILED) {
    for (const m of folded.folded.matchAll(pattern)) {
      const foldedStart = m.index + m[0].length - m[1].length;
      const foldedEnd = m.index + m[0].length;
      if (needsAfter) {
        const after = folded.folded.slice(foldedEnd, foldedEnd + OBJECT_REACH).split(/[.\n]/)[0];
        if (!needsAfter.test(after)) continue;
      }
      // The end takes in marks after the last letter (هاتفياً), which folding dropped.
      if (unlessWritten.size && unlessWritten.has(withShadda(text.slice(folded.map[foldedStart], folded.map[foldedEnd])).trim())) continue;
      found.push({ rule, prefix: m[0].slice(0, m[0].length - m[1].length), foldedStart, foldedEnd, start: folded.map[foldedStart], end: folded.map[foldedEnd] });
    }
  }
  const order = new Map(TRIGGER_RULES.map((r, i) => [r, i]));
  found.sort((a, b) => b.foldedEnd - b.foldedStart - (a.foldedEnd - a.foldedStart) || order.get(a.rule)! - order.get(b.rule)!);
  const kept: TriggerMatch[] = [];
  for (const t of found) {
    if (kept.some((k) => t.foldedStart < k.foldedEnd && k.foldedStart < t.foldedEnd)) continue;
    kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}
