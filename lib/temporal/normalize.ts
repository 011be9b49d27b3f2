// Arabic spelling varies in ways that never change a date: hamza seats, alef maqsura, ta
// marbuta, diacritics, tatweel, three digit alphabets. The grammar matches one normalised form
// and maps every match back to the original offsets, so spans always point into the article.

const DIACRITICS = /[\u064B-\u065F\u0670\u0640\u200C-\u200F]/u;

const FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك",
  "\u00A0": " ", "–": "-", "—": "-", "\u066B": ".", "\u066C": ",",
};

/** Per UTF-16 code unit of the Arabic block and a few punctuation marks: its folded code, or DROP. */
const DROP = 0xffff;
const TABLE = new Uint16Array(0x10000);
for (let code = 0; code < TABLE.length; code++) TABLE[code] = code;
for (let code = 0; code < TABLE.length; code++) if (DIACRITICS.test(String.fromCharCode(code))) TABLE[code] = DROP;
for (const [from, to] of Object.entries(FOLD)) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
for (let digit = 0; digit < 10; digit++) {
  TABLE[0x0660 + digit] = 0x30 + digit; // Arabic-Indic
  TABLE[0x06f0 + digit] = 0x30 + digit; // Persian
}
const UTF16 = new TextDecoder("utf-16le");

export interface NormalizedText {
  /** The folded text the grammar runs on. */
  text: string;
  /**
   * The indices in the original of the characters folding dropped, ascending: few (diacritics,
   * tatweel), so the map back to the original is kept as its exceptions.
   */
  dropped: number[];
  originalLength: number;
}

/** Folds one string (no offsets kept): lexicon entries and short phrases. */
export function fold(text: string): string {
  return normalize(text).text;
}

/**
 * An automaton to run over the folded text as it is folded (scan.ts, the anchors' words): one
 * pass over the article instead of two. From row 0, each folded code moves to
 * delta[row + column[code]], negated where a word ends. Made by foldingReader.
 */
export interface FoldedTextReader {
  /**
   * Per code unit of the original: its folded code, with the automaton's column for it in the
   * high 16 bits, or -1 where folding drops it; one table read per character where folding
   * and then the column would be two, the second waiting on the first.
   */
  readonly steps: Int32Array;
  readonly delta: Int32Array;
}

/** The reader of an automaton given its column per folded code and its delta (see FoldedTextReader). */
export function foldingReader(column: Uint16Array, delta: Int32Array): FoldedTextReader {
  const steps = new Int32Array(0x10000);
  for (let code = 0; code < steps.length; code++) steps[code] = TABLE[code] === DROP ? -1 : (column[TABLE[code]] << 16) | TABLE[code];
  return { steps, delta };
}

/** Without a reader: a one-row table that never leaves row 0. */
const NO_READER = foldingReader(new Uint16Array(0x10000), new Int32Array(1));

/** The folded code units of the text being folded, decoded into a string at the end; reused. */
let codes = new Uint16Array(0);

/**
 * The folded text; with a reader, also where its words end: pairs of the folded index of the
 * character and the row reached there. The decoder turns a lone surrogate into one U+FFFD, so
 * the text has none, and its indices are those of the codes the reader read.
 */
export function normalize(original: string, reader?: FoldedTextReader): NormalizedText & { wordEnds?: number[] } {
  if (codes.length < original.length) codes = new Uint16Array(original.length);
  const dropped: number[] = [];
  const wordEnds: number[] = [];
  const { steps, delta } = reader ?? NO_READER;
  let n = 0;
  let row = 0;
  for (let i = 0; i < original.length; i++) {
    const step = steps[original.charCodeAt(i)];
    if (step < 0) {
      dropped.push(i);
      continue;
    }
    // The low 16 bits, the folded code, are what the Uint16Array keeps.
    codes[n++] = step;
    row = delta[row + (step >>> 16)];
    if (row < 0) {
      row = -row;
      wordEnds.push(n - 1, row);
    }
  }
  const text = UTF16.decode(codes.subarray(0, n));
  return reader ? { text, dropped, originalLength: original.length, wordEnds } : { text, dropped, originalLength: original.length };
}

/**
 * Maps a [start, end) range of the folded text back to the original text. The end takes in
 * the diacritics that followed the last character ("غداً", not "غدا").
 */
export function toOriginal(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: originalIndex(norm, start), end: originalIndex(norm, end) };
}

/** The original index of a folded one: past every dropped character before it. */
function originalIndex(norm: NormalizedText, index: number): number {
  let before = 0;
  while (before < norm.dropped.length && norm.dropped[before] <= index + before) before++;
  return index + before;
}
