// The character classes the scanners ask about at every character, tabulated once per UTF-16
// code unit: a table read costs a fraction of a regular expression test on a one-character
// string.

export const SPACE = 1;
export const LETTER = 2;
export const DIGIT = 4;

const IS_SPACE = /\s/u;
const IS_LETTER = /\p{L}/u;
const IS_DIGIT = /\p{N}/u;

/** For each code unit: SPACE (\s), LETTER (\p{L}), DIGIT (\p{N}) or 0. */
export const CHAR_CLASS = new Uint8Array(0x10000);
for (let code = 0; code < CHAR_CLASS.length; code++) {
  const char = String.fromCharCode(code);
  if (IS_SPACE.test(char)) CHAR_CLASS[code] = SPACE;
  else if (IS_LETTER.test(char)) CHAR_CLASS[code] = LETTER;
  else if (IS_DIGIT.test(char)) CHAR_CLASS[code] = DIGIT;
}

const ASTRAL_LETTER = /^\p{L}$/u;

/** The length (0, 1 or 2 code units) of the letter (\p{L}, astral letters too) starting at index. */
export function letterAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (CHAR_CLASS[code] === LETTER) return 1;
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 0;
  return ASTRAL_LETTER.test(text.slice(index, index + 2)) ? 2 : 0;
}

/**
 * The words of text[from, to): its runs of letters, as text.slice(from, to).match(/\p{L}+/gu)
 * finds them; only the first few if limit is given.
 */
export function letterRuns(text: string, from: number, to: number, limit = Infinity): string[] {
  const runs: string[] = [];
  let index = from;
  while (index < to && runs.length < limit) {
    let length = letterAt(text, index);
    if (!length || index + length > to) {
      index++;
      continue;
    }
    const start = index;
    while (length && index + length <= to) {
      index += length;
      length = index < to ? letterAt(text, index) : 0;
    }
    runs.push(text.slice(start, index));
  }
  return runs;
}

/** The length (0 or 2) of the astral letter ending just before index, not starting before from. */
function astralLetterBefore(text: string, index: number, from: number): number {
  const low = text.charCodeAt(index - 1);
  if (low < 0xdc00 || low > 0xdfff || index - 2 < from) return 0;
  const high = text.charCodeAt(index - 2);
  if (high < 0xd800 || high > 0xdbff) return 0;
  return ASTRAL_LETTER.test(text.slice(index - 2, index)) ? 2 : 0;
}

/**
 * The last count words of text[from, to), as letterRuns(text, from, to).slice(-count) finds
 * them, read from the end: the clause rules look at the few words before an expression.
 */
export function lastLetterRuns(text: string, from: number, to: number, count: number): string[] {
  const runs: string[] = [];
  let index = to;
  while (index > from && runs.length < count) {
    const end = index;
    for (;;) {
      if (index <= from) break;
      const length = CHAR_CLASS[text.charCodeAt(index - 1)] === LETTER ? 1 : astralLetterBefore(text, index, from);
      if (!length) break;
      index -= length;
    }
    if (index < end) runs.push(text.slice(index, end));
    else index--;
  }
  return runs.reverse();
}
