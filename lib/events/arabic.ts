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

export function foldWithMap(text: string): FoldedText {
  let folded = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (DROPPED.test(ch)) continue;
    folded += FOLDS[ch] ?? ch;
    map.push(i);
  }
  map.push(text.length);
  return { folded, map };
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
