// The words of a folded article, found once per article and shared by everything that looks
// words up (register mentions, triggers), instead of each scanning the text with its own
// regex. Most words of an article are neither a name nor a trigger, so a word is not cut out
// of the text until a filter built from the vocabulary says it may be one.
import type { FoldedText } from "./arabic";

// A word is a run of [\p{L}\p{N}]; what each UTF-16 unit is (part of a word, a break between
// names, a space) is looked up in a table built once (astral characters, as surrogate pairs,
// are tested as they come).
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/;
const WORD_UNIT = 1;
/** Characters that end a name: a name never runs across them. */
const HARD_BREAK = 2;
/** What \s matches. */
const SPACE_UNIT = 4;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) {
  const char = String.fromCharCode(unit);
  if (WORD_CHAR.test(char)) UNIT_CLASS[unit] |= WORD_UNIT;
  if (SPACE_CHAR.test(char)) UNIT_CLASS[unit] |= SPACE_UNIT;
}
for (const char of "،,.:;؛\n()") UNIT_CLASS[char.charCodeAt(0)] |= HARD_BREAK;

/** Whether a UTF-16 unit is white space (what \s matches). */
export function isSpace(unit: number): boolean {
  return (UNIT_CLASS[unit] & SPACE_UNIT) !== 0;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
/** Units that lower-casing leaves as they are: Arabic script, digits, small Latin letters. */
const isCaseless = (unit: number) => (unit >= 0x0600 && unit <= 0x06ff) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a);

/** Length in code units of the word character at `at` (2 for an astral one), 0 if it is none. */
function wordCharLength(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (UNIT_CLASS[unit] & WORD_UNIT) return 1;
  if (isHighSurrogate(unit) && at + 1 < text.length && WORD_CHAR.test(text.slice(at, at + 2))) return 2;
  return 0;
}

// FNV-1a over the code units: the same hash whether a word is read from the text or a string.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const hashStep = (hash: number, unit: number) => Math.imul(hash ^ unit, FNV_PRIME);

function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/**
 * A vocabulary tested by hash (a one-hash Bloom filter): it never turns a member away and lets
 * few other words through, which the caller's exact lookup then rejects.
 */
export class WordFilter {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(words: Iterable<string>) {
    const hashes = [...words].map(hashOf);
    // About 16 bits per word: one word in fifteen or so that is not a member gets through.
    let log2 = 10;
    while (1 << log2 < hashes.length * 16) log2++;
    this.bits = new Uint32Array(1 << (log2 - 5));
    this.shift = 32 - log2;
    for (const hash of hashes) this.set(hash);
  }

  private set(hash: number) {
    const bit = hash >>> this.shift;
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  mayHave(hash: number): boolean {
    const bit = hash >>> this.shift;
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/** The words of one folded text, as parallel arrays (one entry per word, in text order). */
export class FoldedWords {
  readonly count: number;
  constructor(
    readonly folded: string,
    count: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** hashOf(the word as written): test it against a WordFilter before cutting the word out. */
    readonly hash: Int32Array,
    /** 1 where a comma, colon or full stop stands between the word and the previous one. */
    readonly breakBefore: Uint8Array,
    /** 1 where lower-casing leaves the word as it is (its hash is then its key's hash too). */
    readonly caseless: Uint8Array,
  ) {
    this.count = count;
  }

  /** The word as folded. */
  text(i: number): string {
    return this.folded.slice(this.start[i], this.end[i]);
  }

  /** Lower-cased: the form register names are keyed by. */
  key(i: number): string {
    const text = this.text(i);
    return this.caseless[i] ? text : text.toLowerCase();
  }

  /** Whether only whitespace separates word i from word i + 1 (phrases don't span punctuation). */
  spaceOnlyAfter(i: number): boolean {
    const from = this.end[i];
    const to = this.start[i + 1];
    for (let at = from; at < to; at++) if (!isSpace(this.folded.charCodeAt(at))) return false;
    return true;
  }
}

/** Whether text[start, end) holds at least `atLeast` words. */
export function hasWords(text: string, start: number, end: number, atLeast: number): boolean {
  let count = 0;
  let at = start;
  while (at < end && count < atLeast) {
    let length = wordCharLength(text, at);
    if (length === 0) {
      at++;
      continue;
    }
    count++;
    while (length > 0) {
      at += length;
      length = at < end ? wordCharLength(text, at) : 0;
    }
  }
  return count >= atLeast;
}

function findWords(folded: string): FoldedWords {
  // Every word but the last is followed by a non-word unit.
  const capacity = (folded.length >> 1) + 1;
  const start = new Int32Array(capacity);
  const end = new Int32Array(capacity);
  const hash = new Int32Array(capacity);
  const breakBefore = new Uint8Array(capacity);
  const caseless = new Uint8Array(capacity);
  let count = 0;
  let sawBreak = false;
  let at = 0;
  while (at < folded.length) {
    const unitClass = UNIT_CLASS[folded.charCodeAt(at)];
    if ((unitClass & WORD_UNIT) === 0 && wordCharLength(folded, at) === 0) {
      if (unitClass & HARD_BREAK) sawBreak = true;
      at++;
      continue;
    }
    start[count] = at;
    let h = FNV_OFFSET;
    let noCase = true;
    while (at < folded.length) {
      const unit = folded.charCodeAt(at);
      if (UNIT_CLASS[unit] & WORD_UNIT) {
        h = hashStep(h, unit);
        if (noCase && !isCaseless(unit)) noCase = false;
        at++;
        continue;
      }
      // A letter outside the basic plane: a surrogate pair (never caseless).
      if (wordCharLength(folded, at) === 0) break;
      h = hashStep(hashStep(h, unit), folded.charCodeAt(at + 1));
      noCase = false;
      at += 2;
    }
    end[count] = at;
    hash[count] = h;
    breakBefore[count] = sawBreak ? 1 : 0;
    caseless[count] = noCase ? 1 : 0;
    sawBreak = false;
    count++;
  }
  return new FoldedWords(folded, count, start, end, hash, breakBefore, caseless);
}

const cache = new WeakMap<FoldedText, FoldedWords>();

/** The words of a folded text (found on first request, then remembered for that text). */
export function wordsOf(folded: FoldedText): FoldedWords {
  let words = cache.get(folded);
  if (!words) {
    words = findWords(folded.folded);
    cache.set(folded, words);
  }
  return words;
}
