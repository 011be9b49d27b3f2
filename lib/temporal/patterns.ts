// The building blocks every pattern family shares: word boundaries that let the proclitics
// و ف ب ل ك glue onto a word, the definite article (also in its "لل" form after ل), and a
// way to turn a lexicon into one alternation. Patterns are written in the folded spelling
// of normalize.ts (ا for أ/إ/آ, ه for ة, ي for ى, ASCII digits).

/**
 * Start of a word, after an optional run of proclitics: "وبتموز", "فالاثنين", "لغايه". It
 * consumes the boundary and the proclitics into the group "lead" (a leading lookbehind would
 * be tried at every position of the text, which is many times slower); the pipeline moves the
 * match start past "lead" before a rule sees it. Use it once per pattern, at its start.
 */
export const WORD_START = String.raw`(?<lead>(?:^|[^\p{L}\p{N}])(?:[وف]?[بلك]?))`;
/** End of a word. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;
/** The article ال, or the bare ل left of it after the preposition ل ("للعام"). */
export const ART = String.raw`(?:ال|(?<=ل)ل)`;
/** One or more spaces. */
export const S = String.raw`\s+`;
/** A comma or nothing between two parts of a date ("الأربعاء، 13 شباط"). */
export const COMMA = String.raw`\s*[،,]?\s*`;

const SPACES = /\s+/g;

/** Collapses runs of spaces to one and trims: how lexicon keys are looked up. */
export function squeeze(text: string): string {
  return text.replace(SPACES, " ").trim();
}

/** An alternation of the entries, longest first so that a longer spelling wins. */
export function alternation(entries: Iterable<string>): string {
  return [...new Set(entries)].sort((a, b) => b.length - a.length).map(escape).join("|");
}

const REGEX_SYNTAX = /[.*+?^${}()|[\]\\]/g;
const SPACE = / /g;

function escape(s: string): string {
  return s.replace(REGEX_SYNTAX, "\\$&").replace(SPACE, "\\s+");
}

/**
 * An anchor (see scan.ts): any of the words or patterns, anywhere (words also inside longer
 * words), and how far before and after a hit (in characters) the expressions built around it
 * can reach.
 */
export interface Anchor {
  /** Folded words, spaces squeezed. */
  words: string[];
  /** Patterns for what words cannot say (figures, a short word only as a whole word), or null. */
  pattern: RegExp | null;
  back: number;
  forward: number;
}

export function anchorOf(reach: [back: number, forward: number], words: Iterable<string>, ...patterns: string[]): Anchor {
  return {
    words: [...new Set([...words].map(squeeze))],
    pattern: patterns.length ? compile(patterns.join("|")) : null,
    back: reach[0],
    forward: reach[1],
  };
}

/** Compiles a pattern once, for every match in a text (global, Unicode). */
export function compile(source: string): RegExp {
  return new RegExp(source, "gu");
}

/** The relative modifiers that follow a weekday, month, week or year. */
export const PAST_MODIFIERS = ["الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه", "السابق", "السابقه", "المنقضي", "الماض"];
export const CURRENT_MODIFIERS = ["الجاري", "الجاريه", "الحالي", "الحاليه", "هذا", "هذه"];
export const NEXT_MODIFIERS = ["المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه", "الجاي", "الجايه", "اللاحق"];

export type Modifier = "past" | "current" | "next";

export const MODIFIER = alternation([...PAST_MODIFIERS, ...CURRENT_MODIFIERS.slice(0, 4), ...NEXT_MODIFIERS]);

export function modifierOf(word: string | undefined): Modifier | undefined {
  if (!word) return undefined;
  const w = word.trim();
  if (PAST_MODIFIERS.includes(w)) return "past";
  if (CURRENT_MODIFIERS.includes(w)) return "current";
  if (NEXT_MODIFIERS.includes(w)) return "next";
  return undefined;
}
