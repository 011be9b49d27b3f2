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
  map: Int32Array;
}

// Folding runs over every character of every article, so what each UTF-16 unit becomes is
// looked up in a table built once: itself, the unit it folds to, or DROPPED_UNIT.
const DROPPED_UNIT = -1;
const FOLD_TABLE = new Int32Array(0x10000);
for (let unit = 0; unit < 0x10000; unit++) FOLD_TABLE[unit] = DROPPED.test(String.fromCharCode(unit)) ? DROPPED_UNIT : unit;
for (const [from, to] of Object.entries(FOLDS)) FOLD_TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
/** Units turned into a string at a time (String.fromCharCode takes them as arguments). */
const CHUNK = 4096;

export function foldWithMap(text: string): FoldedText {
  const units = new Uint16Array(text.length);
  const map = new Int32Array(text.length + 1);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = FOLD_TABLE[text.charCodeAt(i)];
    if (unit === DROPPED_UNIT) continue;
    units[length] = unit;
    map[length++] = i;
  }
  map[length] = text.length;
  const chunks: string[] = [];
  for (let from = 0; from < length; from += CHUNK) {
    // apply takes the typed array as it is, where a spread would iterate it unit by unit.
    chunks.push(String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + CHUNK)) as unknown as number[]));
  }
  // Joined into one flat string: every later read of the folded text is then direct.
  return { folded: chunks.join(""), map: map.subarray(0, length + 1) };
}

/** Folds letters only (punctuation and spacing kept): for patterns and aliases. */
export function fold(text: string): string {
  // The same folding as foldWithMap without the map: short texts (names, phrases) are folded
  // often, and most need no change at all.
  let folded = "";
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folds = FOLD_TABLE[unit];
    if (folds === unit) continue;
    folded += text.slice(runStart, i);
    if (folds !== DROPPED_UNIT) folded += String.fromCharCode(folds);
    runStart = i + 1;
  }
  return runStart === 0 ? text : folded + text.slice(runStart);
}

const PUNCTUATION = /[\p{P}\p{S}]/gu;
const SPACES = /\s+/g;

/** A name reduced to a comparison key: folded, punctuation removed, spaces squeezed, lower case. */
export function nameKey(text: string): string {
  return fold(text).replace(PUNCTUATION, " ").replace(SPACES, " ").trim().toLowerCase();
}

/** Letters of a word: the boundaries patterns use instead of \b, which knows no Arabic. */
export const LETTER = "[\\p{L}\\p{N}]";
export const NOT_AFTER_LETTER = `(?<!${LETTER})`;
export const NOT_BEFORE_LETTER = `(?!${LETTER})`;
