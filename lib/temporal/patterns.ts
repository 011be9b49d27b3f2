// The building blocks every pattern family shares: word boundaries that let the proclitics
// و ف ب ل ك glue onto a word, the definite article (also in its "لل" form after ل), and a
// way to turn a lexicon into one alternation. Patterns are written in the folded spelling
// of normalize.ts (ا for أ/إ/آ, ه for ة, ي for ى, ASCII digits).

/**
 * A character that is neither a letter nor a digit ([^\p{L}\p{N}]). A pattern tries it at
 * nearly every position of a window, where the character is mostly an Arabic letter, so it
 * leads with a plain class that rules those out in one range check and lets the engine skip
 * ahead (a leading lookaround or Unicode property would make it enter the full pattern at
 * every position); the Unicode class is then checked looking back, spaces first, as they are
 * most of what passes. The class leaves out lone surrogates: the folded text has none
 * (normalize's decoder replaces them).
 */
export const NOT_WORD_CHAR = String.raw`(?:[\0-\u061F\u064B-\uD7FF\uE000-\uFFFF]|[\u{10000}-\u{10FFFF}])(?<=[ \n]|[^\p{L}\p{N}])`;

/**
 * Start of a word, after an optional run of proclitics: "وبتموز", "فالاثنين", "لغايه". It
 * consumes the boundary and the proclitics into the group "lead" (a leading lookbehind would
 * be tried at every position of the text, which is many times slower); the pipeline moves the
 * match start past "lead" before a rule sees it. Use it once per pattern, at its start. The
 * start of the text counts as a boundary: patterns read it after a space (scan.ts, Passage).
 */
export const WORD_START = String.raw`(?<lead>${NOT_WORD_CHAR}(?:[وف]?[بلك]?))`;
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

/**
 * An alternation of the entries that prefers the longest matching entry, shaped as a trie:
 * entries sharing a start share one branch ("اسبوع(?:ين|ان|ا)?"), so the engine reads a common
 * prefix once instead of once per entry. At any position the entries that can match form a
 * chain of prefixes, which the trie tries longest first, as the flat "longest entry first"
 * alternation did, also when a pattern backtracks into it. A space matches any run of spaces.
 */
export function alternation(entries: Iterable<string>): string {
  const root = new TrieNode();
  for (const entry of new Set(entries)) root.add(entry);
  return root.source();
}

class TrieNode {
  private readonly next = new Map<string, TrieNode>();
  private ends = false;

  add(entry: string): void {
    let node: TrieNode = this;
    for (const char of entry) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = new TrieNode()));
      node = child;
    }
    node.ends = true;
  }

  /** The pattern of the entries, as one alternation. */
  source(): string {
    const branches = this.branches();
    return this.ends && branches ? `(?:${branches})?` : branches;
  }

  /** The pattern of what may follow this node, one branch per next character. */
  private branches(): string {
    return [...this.next]
      .map(([char, child]) => {
        let path = escape(char);
        let node = child;
        // A run of single-child nodes is one literal.
        while (!node.ends && node.next.size === 1) {
          const [[nextChar, nextNode]] = node.next;
          path += escape(nextChar);
          node = nextNode;
        }
        if (node.next.size === 0) return path;
        // A longer entry first, then the one ending here.
        return node.ends ? `${path}(?:${node.branches()})?` : `${path}(?:${node.branches()})`;
      })
      .join("|");
  }
}

const REGEX_SYNTAX = /[.*+?^${}()|[\]\\]/g;

function escape(char: string): string {
  return char === " " ? String.raw`\s+` : char.replace(REGEX_SYNTAX, "\\$&");
}

/**
 * An anchor (see scan.ts): any of the words, whole words or patterns, anywhere (words also
 * inside longer words), and how far before and after a hit (in characters) the expressions
 * built around it can reach.
 */
export interface Anchor {
  /** Folded words, spaces squeezed. */
  words: string[];
  /**
   * Short words that count only as words of their own ("آب", not the آب of "انتخابات"): after a
   * space, "/" or "(" (the start of the text counts as a space) and before a non-letter; the hit
   * takes in the character before, as the pattern [\s/(]آب(?![\p{L}]) would.
   */
  wholeWords: string[];
  /** Patterns of figures ("2019", "12 هـ"), each matching only from a digit, or null. */
  pattern: RegExp | null;
  back: number;
  forward: number;
  /** Something else every expression holds (see alsoNeeding), or null. */
  also: AlsoNeeded | null;
}

/** Words (folded, spaces squeezed; also inside longer words) and patterns, one of which a window must hold. */
export interface AlsoNeeded {
  words: string[];
  pattern: RegExp | null;
}

/**
 * The patterns are of figures: each is made to match only from a digit, so that the scanner
 * tries them only at the digits of a text rather than searching all of it (scan.ts).
 */
export function anchorOf(reach: [back: number, forward: number], words: Iterable<string>, ...patterns: string[]): Anchor {
  return {
    words: [...new Set([...words].map(squeeze))],
    wholeWords: [],
    pattern: patterns.length ? compile(`(?=[0-9])(?:${patterns.join("|")})`) : null,
    back: reach[0],
    forward: reach[1],
    also: null,
  };
}

const HAS_SPACE = /\s/;

/** The anchor, also hit by the whole words (see Anchor.wholeWords): folded, without spaces. */
export function withWholeWords(anchor: Anchor, words: string[]): Anchor {
  if (!words.length || words.some((word) => !word || HAS_SPACE.test(word))) throw new Error("withWholeWords: give words without spaces");
  return { ...anchor, wholeWords: words };
}

/**
 * The anchor of expressions that also need one of the words or patterns ("أيار الماضي" needs
 * a month and a modifier): the anchor's windows, less those that hold none of them, where the
 * pattern cannot match. Every match must contain one of them.
 */
export function alsoNeeding(anchor: Anchor, words: Iterable<string>, ...patterns: string[]): Anchor {
  const needed = [...new Set([...words].map(squeeze))];
  if (needed.includes("") || (!needed.length && !patterns.length)) throw new Error("alsoNeeding: give non-empty words or patterns");
  return { ...anchor, also: { words: needed, pattern: patterns.length ? new RegExp(patterns.join("|"), "u") : null } };
}

/** Compiles a pattern once, for every match in a text (global, Unicode). */
export function compile(source: string): RegExp {
  return new RegExp(source, "gu");
}

/** The relative modifiers that follow a weekday, month, week or year. */
const PAST_MODIFIERS = ["الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه", "السابق", "السابقه", "المنقضي", "الماض"];
const CURRENT_MODIFIERS = ["الجاري", "الجاريه", "الحالي", "الحاليه", "هذا", "هذه"];
const NEXT_MODIFIERS = ["المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه", "الجاي", "الجايه", "اللاحق"];

export type Modifier = "past" | "current" | "next";

/** The modifiers MODIFIER matches (هذا / هذه come before their noun). */
export const MODIFIER_WORDS = [...PAST_MODIFIERS, ...CURRENT_MODIFIERS.slice(0, 4), ...NEXT_MODIFIERS];
export const MODIFIER = alternation(MODIFIER_WORDS);

export function modifierOf(word: string | undefined): Modifier | undefined {
  if (!word) return undefined;
  const w = word.trim();
  if (PAST_MODIFIERS.includes(w)) return "past";
  if (CURRENT_MODIFIERS.includes(w)) return "current";
  if (NEXT_MODIFIERS.includes(w)) return "next";
  return undefined;
}

/** The units (days, weeks, months, years) a modifier moves from the publication's: −1, 0 or +1. */
export function modifierStep(modifier: Modifier | undefined): -1 | 0 | 1 {
  return modifier === "past" ? -1 : modifier === "next" ? 1 : 0;
}
