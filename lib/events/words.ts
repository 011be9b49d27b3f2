// The words of a folded article, found once per article and shared by everything that looks
// words up (register mentions, triggers), instead of each scanning the text with its own
// regex. Most words of an article are neither a name nor a trigger, so a word is looked up
// where it stands, once for every vocabulary (Vocabulary), and cut out of the text only when
// it is in one.
import { DROPPED_UNIT, FOLD_TABLE, foldWithMap, unitsToString, type FoldedText } from "./arabic";

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
const isSurrogate = (unit: number) => (unit & 0xf800) === 0xd800;
/** Units that lower-casing leaves as they are: Arabic script, digits, small Latin letters. */
const isCaseless = (unit: number) => (unit >= 0x0600 && unit <= 0x06ff) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a);

// What each unit of an article becomes when folded, with the class of what it becomes, in one
// table for foldWithWords' loop: the folded unit in the low 16 bits, its class above, with
// CASELESS and SURROGATE; -1 for a unit folding drops.
const CASELESS = 8;
const SURROGATE = 16;
const CLASS_SHIFT = 16;
const FOLDED_UNIT = new Int32Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) {
  const folded = FOLD_TABLE[unit];
  if (folded === DROPPED_UNIT) {
    FOLDED_UNIT[unit] = -1;
    continue;
  }
  const unitClass = UNIT_CLASS[folded] | (isCaseless(folded) ? CASELESS : 0) | (isSurrogate(folded) ? SURROGATE : 0);
  FOLDED_UNIT[unit] = folded | (unitClass << CLASS_SHIFT);
}

/**
 * Length in code units of the word character at `at` (2 for an astral one), 0 if it is none;
 * text from `limit` on is not read (a pair it cuts is no letter, as in a slice ending there).
 */
function wordCharLength(text: string, at: number, limit = text.length): number {
  const unit = text.charCodeAt(at);
  if (UNIT_CLASS[unit] & WORD_UNIT) return 1;
  if (isHighSurrogate(unit) && at + 1 < limit && WORD_CHAR.test(text.slice(at, at + 2))) return 2;
  return 0;
}

/**
 * Where the next word ([\p{L}\p{N}]+) of text[from, to) starts, or -1: what a global
 * /[\p{L}\p{N}]+/gu finds in that slice, read in place.
 */
export function wordStartWithin(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) if (wordCharLength(text, at, to) > 0) return at;
  return -1;
}

/** Where the word starting at `start` ends, within text[start, to). */
export function wordEndWithin(text: string, start: number, to: number): number {
  let at = start;
  for (let length = wordCharLength(text, at, to); length > 0 && at < to; length = at < to ? wordCharLength(text, at, to) : 0) at += length;
  return at;
}

/**
 * The characters of the basic plane that a one-character class (/[…]/) matches, tested by code
 * unit: the class read in place in a loop, without a regex call or a slice.
 */
export class UnitSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  constructor(charClass: RegExp) {
    if (charClass.global || charClass.sticky) throw new Error(`UnitSet takes a plain character class, got ${charClass}`);
    for (let unit = 0; unit < 0x10000; unit++) {
      if (charClass.test(String.fromCharCode(unit))) this.bits[unit >>> 5] |= 1 << (unit & 31);
    }
  }

  has(unit: number): boolean {
    return (this.bits[unit >>> 5] & (1 << (unit & 31))) !== 0;
  }

  /** Whether text[from, to) holds one of the set's characters. */
  within(text: string, from: number, to: number): boolean {
    for (let at = from; at < to; at++) if (this.has(text.charCodeAt(at))) return true;
    return false;
  }
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

const SLOT_SIZE = 3;
/** A slot's spelling: the entry's length in the low bits, where its units start above them. */
const SPELLING_SHIFT = 8;
const MAX_SPELLED_LENGTH = (1 << SPELLING_SHIFT) - 1;
const MAX_SPELLED_AT = (1 << (31 - SPELLING_SHIFT)) - 1;

/**
 * A fixed set of words that looks a word of a text up where it stands: by its hash in an
 * open-addressing table, then unit by unit against the entry, so that the many words of an
 * article that are in no vocabulary are never cut out of the text as strings.
 */
class WordTable {
  /** The entries, each at the index `find` returns for it. */
  readonly entries: readonly string[];
  /**
   * Two bits per entry, both in the one 32-bit word its hash picks, in a bitmap of about 16
   * bits per entry: one read, small enough to stay in cache, turns all but a few words in a
   * hundred that are no entry away before the table itself is read.
   */
  private readonly filter: Uint32Array;
  private readonly filterShift: number;
  /**
   * Per slot (SLOT_SIZE numbers, read together): an entry's hash, its index + 1 (0 for an empty
   * slot), and where its units are in `units` with their count (SPELLING_SHIFT bits). A word
   * whose hash matches is compared with those units, next to each other in one array, rather
   * than with the entry's string, which lies wherever the heap put it.
   */
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  private readonly slotShift: number;
  /** Every entry's units, one after another. */
  private readonly units: Uint16Array;

  constructor(words: Iterable<string>) {
    this.entries = [...new Set(words)];
    const filterLog2 = log2AtLeast(this.entries.length / 2);
    this.filter = new Uint32Array(1 << filterLog2);
    this.filterShift = 32 - filterLog2;
    // At most half full: a lookup that passes the filter seldom probes more than one slot.
    const slotLog2 = log2AtLeast(this.entries.length * 2);
    this.slots = new Int32Array(SLOT_SIZE << slotLog2);
    this.slotMask = (1 << slotLog2) - 1;
    this.slotShift = 32 - slotLog2;
    this.units = new Uint16Array(this.entries.reduce((sum, word) => sum + word.length, 0));
    let unitsAt = 0;
    this.entries.forEach((word, entry) => {
      if (word.length > MAX_SPELLED_LENGTH || unitsAt > MAX_SPELLED_AT) throw new Error(`vocabularies too large for the word table (at "${word}")`);
      for (let k = 0; k < word.length; k++) this.units[unitsAt + k] = word.charCodeAt(k);
      const hash = hashOf(word);
      this.filter[this.filterWord(hash)] |= this.filterBits(hash);
      let slot = this.slotOf(hash);
      while (this.slots[SLOT_SIZE * slot + 1] !== 0) slot = (slot + 1) & this.slotMask;
      this.slots[SLOT_SIZE * slot] = hash;
      this.slots[SLOT_SIZE * slot + 1] = entry + 1;
      this.slots[SLOT_SIZE * slot + 2] = (unitsAt << SPELLING_SHIFT) | word.length;
      unitsAt += word.length;
    });
  }

  private filterWord(hash: number): number {
    return Math.imul(hash, 0x85ebca6b) >>> this.filterShift;
  }

  private filterBits(hash: number): number {
    return (1 << (Math.imul(hash, 0xc2b2ae35) >>> 27)) | (1 << (Math.imul(hash, 0x27d4eb2f) >>> 27));
  }

  private slotOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.slotShift;
  }

  /** The entry that word i of `words` is, as written, or -1. */
  find(words: FoldedWords, i: number): number {
    const hash = words.hash[i];
    const bits = this.filterBits(hash);
    if ((this.filter[this.filterWord(hash)] & bits) !== bits) return -1;
    const start = words.start[i];
    const length = words.end[i] - start;
    for (let slot = this.slotOf(hash); this.slots[SLOT_SIZE * slot + 1] !== 0; slot = (slot + 1) & this.slotMask) {
      const at = SLOT_SIZE * slot;
      const spelling = this.slots[at + 2];
      if (this.slots[at] !== hash || (spelling & MAX_SPELLED_LENGTH) !== length) continue;
      const from = spelling >>> SPELLING_SHIFT;
      let k = 0;
      while (k < length && words.folded.charCodeAt(start + k) === this.units[from + k]) k++;
      if (k === length) return this.slots[at + 1] - 1;
    }
    return -1;
  }

  /** The entry that word i of `words` is, lower-cased (the form names are keyed by), or -1. */
  findKey(words: FoldedWords, i: number): number {
    return words.caseless[i] ? this.find(words, i) : this.indexOf(words.key(i));
  }

  /** The entry that is `word`, or -1. */
  indexOf(word: string): number {
    const hash = hashOf(word);
    for (let slot = this.slotOf(hash); this.slots[SLOT_SIZE * slot + 1] !== 0; slot = (slot + 1) & this.slotMask) {
      if (this.slots[SLOT_SIZE * slot] !== hash) continue;
      const entry = this.slots[SLOT_SIZE * slot + 1] - 1;
      if (this.entries[entry] === word) return entry;
    }
    return -1;
  }
}

/**
 * What was worked out for one text (its folded form, its words), remembered for the text last
 * asked about. An article is asked about many times in a row, then never again: one slot
 * serves it with a comparison, where a WeakMap costs a hash lookup per question and far more
 * per entry added (work for the collector, too). A text asked about again after another is
 * worked out again, the same way.
 */
class LastText<Text extends object, Value> {
  private text: Text | null = null;
  private value: Value | undefined = undefined;

  get(text: Text): Value | undefined {
    return text === this.text ? this.value : undefined;
  }

  set(text: Text, value: Value) {
    this.text = text;
    this.value = value;
  }
}

/**
 * A vocabulary that the words of articles are looked up in (trigger words, the first words of
 * names, keywords). All vocabularies share one table, so that each word of an article is
 * looked up once however many vocabularies then read it (`in`). Words are looked up
 * lower-cased, which for vocabularies of caseless (Arabic) words is looking them up as written.
 */
export class Vocabulary {
  readonly entries: readonly string[];
  private readonly entryOf: Map<string, number>;
  /** Per entry of the shared table, this vocabulary's entry for the same word, or -1 (set by the lexicon). */
  fromShared = new Int32Array(0);

  constructor(words: Iterable<string>) {
    this.entries = [...new Set(words)];
    this.entryOf = new Map(this.entries.map((word, entry) => [word, entry]));
    LEXICON.add(this);
  }

  /** The entry that is `word`, or -1. */
  indexOf(word: string): number {
    return this.entryOf.get(word) ?? -1;
  }

  /** This vocabulary's entries for the words of a text, read word by word. */
  in(words: FoldedWords): VocabularyReader {
    const { entries, known } = LEXICON.lookUp(words);
    return new VocabularyReader(entries, known, this.fromShared);
  }

  private readonly foundIn = new LastText<FoldedWords, Int32Array>();

  /**
   * Whether one of the vocabulary's words lies wholly inside [from, to) of the folded text.
   * A text is asked this for many spans: its words that are in the vocabulary (few) are listed
   * once, and each span is then a binary search among them.
   */
  anyWithin(words: FoldedWords, from: number, to: number): boolean {
    let found = this.foundIn.get(words);
    if (!found) {
      const reader = this.in(words);
      found = reader.known.filter((i) => reader.at(i) >= 0);
      this.foundIn.set(words, found);
    }
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words.start[found[mid]] < from) lo = mid + 1;
      else hi = mid;
    }
    // Words are in text order: the first one starting inside the span is the one that may end inside it.
    return lo < found.length && words.end[found[lo]] <= to;
  }
}

export class VocabularyReader {
  constructor(
    private readonly shared: Int32Array,
    /** The words (by index, in order) that are in some vocabulary: only these can be in this one. */
    readonly known: Int32Array,
    private readonly own: Int32Array,
  ) {}

  /** The entry that word i is, or -1. */
  at(i: number): number {
    const entry = this.shared[i];
    return entry < 0 ? -1 : this.own[entry];
  }
}

/** A text's words looked up in the shared table: each word's entry (or -1), and the words that have one. */
interface LookedUp {
  table: WordTable;
  entries: Int32Array;
  known: Int32Array;
}

/** Every vocabulary's words in one table, and each text's words looked up in it once. */
class Lexicon {
  private readonly vocabularies: Vocabulary[] = [];
  private table: WordTable | null = null;
  private readonly byText = new LastText<FoldedWords, LookedUp>();

  add(vocabulary: Vocabulary) {
    this.vocabularies.push(vocabulary);
    // Built again on next use: a vocabulary made later (the register's, on first need) joins it.
    this.table = null;
  }

  lookUp(words: FoldedWords): LookedUp {
    const table = (this.table ??= this.build());
    const done = this.byText.get(words);
    if (done?.table === table) return done;
    // Both in one buffer (typed arrays are costly to allocate one by one); `known` is written in
    // place, not converted from a list after: at most every word is known.
    const buffer = new Int32Array(2 * words.count);
    const entries = buffer.subarray(0, words.count);
    const known = buffer.subarray(words.count);
    let knownCount = 0;
    for (let i = 0; i < words.count; i++) {
      entries[i] = table.findKey(words, i);
      if (entries[i] >= 0) known[knownCount++] = i;
    }
    const lookedUp = { table, entries, known: known.subarray(0, knownCount) };
    this.byText.set(words, lookedUp);
    return lookedUp;
  }

  private build(): WordTable {
    const table = new WordTable(this.vocabularies.flatMap((v) => v.entries));
    for (const vocabulary of this.vocabularies) {
      const fromShared = new Int32Array(table.entries.length).fill(-1);
      vocabulary.entries.forEach((word, entry) => {
        fromShared[table.indexOf(word)] = entry;
      });
      vocabulary.fromShared = fromShared;
    }
    return table;
  }
}

const LEXICON = new Lexicon();

/** The smallest power of two (as its exponent, at least 4) that is at least `n`. */
function log2AtLeast(n: number): number {
  let log2 = 4;
  while (1 << log2 < n) log2++;
  return log2;
}

/** The words of one folded text, as parallel arrays (one entry per word, in text order). */
export class FoldedWords {
  readonly count: number;
  constructor(
    readonly folded: string,
    count: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** hashOf(the word as written): what the vocabularies' table looks it up by. */
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

  /** Whether word i, as folded, is `word`: compared where it stands, without cutting it out. */
  is(i: number, word: string): boolean {
    const start = this.start[i];
    if (this.end[i] - start !== word.length) return false;
    for (let k = 0; k < word.length; k++) if (this.folded.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
    return true;
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

/**
 * The words of a text as they are found, in arrays grown as needed: sized for the text's
 * length they would be mostly empty (a word and its space take several units). All five are
 * views of one buffer, allocated once per text (typed arrays are costly to allocate one by one).
 */
class WordList {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  breakBefore: Uint8Array;
  caseless: Uint8Array;

  /** Room for the words a text of this length usually has; more are made room for as they come. */
  static forText(textLength: number): WordList {
    return new WordList(Math.max(16, textLength >> 2));
  }

  private constructor(capacity: number) {
    const buffer = new ArrayBuffer(capacity * 14);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, capacity * 4, capacity);
    this.hash = new Int32Array(buffer, capacity * 8, capacity);
    this.breakBefore = new Uint8Array(buffer, capacity * 12, capacity);
    this.caseless = new Uint8Array(buffer, capacity * 13, capacity);
  }

  add(start: number, end: number, hash: number, breakBefore: boolean, caseless: boolean) {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.hash[i] = hash;
    this.breakBefore[i] = breakBefore ? 1 : 0;
    this.caseless[i] = caseless ? 1 : 0;
  }

  private grow() {
    const grown = new WordList(this.start.length * 2);
    grown.start.set(this.start);
    grown.end.set(this.end);
    grown.hash.set(this.hash);
    grown.breakBefore.set(this.breakBefore);
    grown.caseless.set(this.caseless);
    ({ start: this.start, end: this.end, hash: this.hash, breakBefore: this.breakBefore, caseless: this.caseless } = grown);
  }

  of(folded: string): FoldedWords {
    return new FoldedWords(folded, this.count, this.start, this.end, this.hash, this.breakBefore, this.caseless);
  }
}

function findWords(folded: string): FoldedWords {
  const list = WordList.forText(folded.length);
  let sawBreak = false;
  let at = 0;
  while (at < folded.length) {
    const unitClass = UNIT_CLASS[folded.charCodeAt(at)];
    if ((unitClass & WORD_UNIT) === 0 && wordCharLength(folded, at) === 0) {
      if (unitClass & HARD_BREAK) sawBreak = true;
      at++;
      continue;
    }
    const start = at;
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
    list.add(start, at, h, sawBreak, noCase);
    sawBreak = false;
  }
  return list.of(folded);
}

/** Where a KeywordSearch's keywords stand in one text: match starts, and where each needs its following space. */
interface KeywordHits {
  at: number[];
  lookahead: number[];
}

/**
 * The first keyword in a stretch of a folded text, where the regex
 * /(?:^|\s)(?:k1|k2|…)(?=\s)|[extra]/g run on that slice would find it (keywords are words, or
 * words joined by single spaces). A clause is searched for each trigger of an article; the
 * article's hits are found once, word by word, and each search is then a binary search.
 */
export class KeywordSearch {
  private readonly keywords: string[];
  private readonly firstWords: Vocabulary;
  /** Per entry of firstWords: the further words of each keyword it starts. */
  private readonly rests: string[][][];
  private readonly extra: string[];
  private readonly hitsOf = new LastText<FoldedWords, KeywordHits>();

  constructor(keywords: string[], extra = "") {
    this.keywords = keywords;
    const split = keywords.map((k) => k.split(" "));
    for (const words of split) {
      if (words.some((w) => !/^[\p{L}\p{N}]+$/u.test(w))) throw new Error(`keyword "${words.join(" ")}" is not words joined by single spaces`);
    }
    this.firstWords = new Vocabulary(split.map((w) => w[0]));
    this.rests = this.firstWords.entries.map((first) => split.filter((w) => w[0] === first).map((w) => w.slice(1)));
    this.extra = [...extra];
  }

  /** The index in `words.folded` of the first match in [from, to), or null. */
  firstIn(words: FoldedWords, from: number, to: number): number | null {
    if (from >= to) return null;
    const text = words.folded;
    // A slice that starts inside a word: a keyword may open it with no space before it.
    if (wordCharLength(text, from) > 0) {
      for (const keyword of this.keywords) {
        const end = from + keyword.length;
        if (end < to && text.startsWith(keyword, from) && isSpace(text.charCodeAt(end))) return from;
      }
    }
    const hits = this.hits(words);
    let lo = 0;
    let hi = hits.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits.at[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    // Later hits need their space even further on: the first one decides.
    return lo < hits.at.length && hits.at[lo] < to && hits.lookahead[lo] < to ? hits.at[lo] : null;
  }

  private hits(words: FoldedWords): KeywordHits {
    let hits = this.hitsOf.get(words);
    if (hits) return hits;
    const text = words.folded;
    // Word hits come in text order, as do each extra character's: the two lists are merged, not sorted.
    const wordAt: number[] = [];
    const wordLookahead: number[] = [];
    const firstWords = this.firstWords.in(words);
    for (const k of firstWords.known) {
      const entry = firstWords.at(k);
      const at = words.start[k] - 1;
      if (entry < 0 || at < 0 || !isSpace(text.charCodeAt(at))) continue;
      // Of the keywords that fit here, the one whose following space comes first.
      let lookahead = Infinity;
      for (const rest of this.rests[entry]) {
        let last = k;
        let fits = true;
        for (const word of rest) {
          const next = last + 1;
          if (next >= words.count || words.start[next] !== words.end[last] + 1 || text.charCodeAt(words.end[last]) !== SPACE || !words.is(next, word)) {
            fits = false;
            break;
          }
          last = next;
        }
        const end = words.end[last];
        if (fits && end < text.length && isSpace(text.charCodeAt(end))) lookahead = Math.min(lookahead, end);
      }
      if (lookahead !== Infinity) {
        wordAt.push(at);
        wordLookahead.push(lookahead);
      }
    }
    // A one-character match needs nothing after it.
    const charAt: number[] = [];
    for (const char of this.extra) {
      for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) charAt.push(at);
    }
    if (this.extra.length > 1) charAt.sort((a, b) => a - b);
    hits = charAt.length === 0 ? { at: wordAt, lookahead: wordLookahead } : mergeHits(wordAt, wordLookahead, charAt);
    this.hitsOf.set(words, hits);
    return hits;
  }
}

/** Word hits and one-character hits (at a character, never at a word's space), in text order. */
function mergeHits(wordAt: number[], wordLookahead: number[], charAt: number[]): KeywordHits {
  const hits: KeywordHits = { at: [], lookahead: [] };
  let w = 0;
  let c = 0;
  while (w < wordAt.length || c < charAt.length) {
    if (c >= charAt.length || (w < wordAt.length && wordAt[w] < charAt[c])) {
      hits.at.push(wordAt[w]);
      hits.lookahead.push(wordLookahead[w++]);
    } else {
      hits.at.push(charAt[c]);
      hits.lookahead.push(charAt[c++]);
    }
  }
  return hits;
}

const SPACE = 0x20;

/** The words of the folded text last segmented (wordsOf), or segmented as it was folded (foldWithWords). */
const cache = new LastText<FoldedText, FoldedWords>();

/**
 * foldWithMap and wordsOf in one pass over the text, for an article that needs both: the
 * words are found as the folded units are made, and wordsOf then returns them. A text with
 * characters outside the basic plane takes the two passes (their pairs are read ahead).
 */
/** foldWithWords' folded units, only until they are a string: one buffer serves every text. */
let scratchUnits = new Uint16Array(1 << 16);

export function foldWithWords(text: string): FoldedText {
  if (scratchUnits.length < text.length) scratchUnits = new Uint16Array(text.length);
  const units = scratchUnits;
  const map = new Int32Array(text.length + 1);
  const list = WordList.forText(text.length);
  let length = 0;
  let sawBreak = false;
  let i = 0;
  while (i < text.length) {
    let folded = FOLDED_UNIT[text.charCodeAt(i)];
    if (folded < 0) {
      i++;
      continue;
    }
    if (((folded >>> CLASS_SHIFT) & WORD_UNIT) === 0) {
      const unitClass = folded >>> CLASS_SHIFT;
      if (unitClass & SURROGATE) return twoPasses(text);
      if (unitClass & HARD_BREAK) sawBreak = true;
      units[length] = folded & 0xffff;
      map[length++] = i++;
      continue;
    }
    // A word, read to its end in a loop of its own (units that folding drops do not end it):
    // the hash runs on without the between-words branches.
    const wordStart = length;
    let h = FNV_OFFSET;
    // Every unit's class ANDed: CASELESS stays only if each unit of the word has it.
    let classes = -1;
    do {
      if (folded >= 0) {
        const unit = folded & 0xffff;
        h = hashStep(h, unit);
        classes &= folded;
        units[length] = unit;
        map[length++] = i;
      }
      if (++i === text.length) break;
      folded = FOLDED_UNIT[text.charCodeAt(i)];
    } while (folded < 0 || ((folded >>> CLASS_SHIFT) & WORD_UNIT) !== 0);
    list.add(wordStart, length, h, sawBreak, ((classes >>> CLASS_SHIFT) & CASELESS) !== 0);
    sawBreak = false;
  }
  map[length] = text.length;
  const folded: FoldedText = { folded: decodeUnits(units, length), map: map.subarray(0, length + 1) };
  cache.set(folded, list.of(folded.folded));
  return folded;
}

// Units without surrogates (foldWithWords bails out on them) decode exactly as UTF-16 text, and
// TextDecoder makes the string faster than String.fromCharCode does; it reads bytes, so only
// where typed arrays are little-endian. ignoreBOM keeps a leading U+FEFF as the text has it.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const UTF16 = typeof TextDecoder === "function" && LITTLE_ENDIAN ? new TextDecoder("utf-16le", { ignoreBOM: true }) : null;

function decodeUnits(units: Uint16Array, length: number): string {
  return UTF16 ? UTF16.decode(units.subarray(0, length)) : unitsToString(units, length);
}

function twoPasses(text: string): FoldedText {
  const folded = foldWithMap(text);
  wordsOf(folded);
  return folded;
}

/** The words of a folded text (found on first request, then remembered while it is the text being read). */
export function wordsOf(folded: FoldedText): FoldedWords {
  let words = cache.get(folded);
  if (!words) {
    words = findWords(folded.folded);
    cache.set(folded, words);
  }
  return words;
}
