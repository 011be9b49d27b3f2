// Arabic text folding for matching: the same equivalences the scorer uses (diacritics and
// tatweel dropped, alef/hamza forms, ta marbuta, alef maqsura), applied so that every folded
// character still knows where it came from in the original text.

const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d\u200e\u200f]/;
const FOLDS: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
  "ی": "ي", "ک": "ك", "ۀ": "ه",
};

export interface FoldedText {
  folded: string;
  /** map[i] = index in the original text of folded character i; map[folded.length] = text.length. */
  map: number[];
}

// Folding runs over every character of every article, so each UTF-16 unit's fate is looked up
// in a table built once: KEPT (unchanged), DROPPED_UNIT, or the code unit it folds to.
const KEPT = -1;
const DROPPED_UNIT = -2;
const FOLD_TABLE = new Int32Array(0x10000).fill(KEPT);
for (let unit = 0; unit < 0x10000; unit++) if (DROPPED.test(String.fromCharCode(unit))) FOLD_TABLE[unit] = DROPPED_UNIT;
for (const [from, to] of Object.entries(FOLDS)) FOLD_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);

export function foldWithMap(text: string): FoldedText {
  const pieces: string[] = [];
  const map: number[] = [];
  // Characters kept as they are are copied in runs: [runStart, i) is the run not yet copied.
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const fate = FOLD_TABLE[text.charCodeAt(i)];
    if (fate === KEPT) {
      map.push(i);
      continue;
    }
    if (runStart < i) pieces.push(text.slice(runStart, i));
    runStart = i + 1;
    if (fate === DROPPED_UNIT) continue;
    pieces.push(String.fromCharCode(fate));
    map.push(i);
  }
  if (runStart < text.length) pieces.push(text.slice(runStart));
  map.push(text.length);
  return { folded: pieces.join(""), map };
}

/** Folds letters only (punctuation and spacing kept): for patterns and aliases. */
export function fold(text: string): string {
  return foldWithMap(text).folded;
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** A name reduced to a comparison key: folded, punctuation removed, spaces squeezed, lower case. */
export function nameKey(text: string): string {
  return fold(text).replace(PUNCTUATION, " ").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Letters of a word: the boundaries patterns use instead of \b, which knows no Arabic. */
export const LETTER = "[\\p{L}\\p{N}]";
export const NOT_AFTER_LETTER = `(?<!${LETTER})`;
export const NOT_BEFORE_LETTER = `(?!${LETTER})`;
