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
export const DROPPED_UNIT = -1;
export const FOLD_TABLE = new Int32Array(0x10000);
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
  return { folded: unitsToString(units, length), map: map.subarray(0, length + 1) };
}

/** The string of units[0, length). */
export function unitsToString(units: Uint16Array, length: number): string {
  const chunks: string[] = [];
  for (let from = 0; from < length; from += CHUNK) {
    // apply takes the typed array as it is, where a spread would iterate it unit by unit.
    chunks.push(String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + CHUNK)) as unknown as number[]));
  }
  // Joined into one flat string: every later read of the folded text is then direct.
  return chunks.join("");
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
  return foldedNameKey(fold(text));
}

/** nameKey of a text that is folded already (a slice of a folded article). */
export function foldedNameKey(folded: string): string {
  return isKeyAlready(folded) ? folded : folded.replace(PUNCTUATION, " ").replace(SPACES, " ").trim().toLowerCase();
}

/** Letters and digits that are neither punctuation nor space and that lower-casing leaves alone. */
const isKeyUnit = (unit: number) =>
  (unit >= 0x0621 && unit <= 0x063a) || (unit >= 0x0641 && unit <= 0x064a) || (unit >= 0x0660 && unit <= 0x0669) ||
  (unit >= 0x0671 && unit <= 0x06d3) || (unit >= 0x06f0 && unit <= 0x06f9) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a);
const SPACE = 0x20;

/**
 * Whether a folded name is its own key (as most Arabic names are): words of key units joined
 * by single spaces. Checked unit by unit, it spares the key's regex passes.
 */
function isKeyAlready(folded: string): boolean {
  if (folded.length === 0 || folded.charCodeAt(0) === SPACE || folded.charCodeAt(folded.length - 1) === SPACE) return false;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (unit === SPACE ? folded.charCodeAt(i - 1) === SPACE : !isKeyUnit(unit)) return false;
  }
  return true;
}

/** Letters of a word: the boundaries patterns use instead of \b, which knows no Arabic. */
export const LETTER = "[\\p{L}\\p{N}]";
export const NOT_AFTER_LETTER = `(?<!${LETTER})`;
export const NOT_BEFORE_LETTER = `(?!${LETTER})`;
