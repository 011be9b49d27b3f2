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
function letterAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (CHAR_CLASS[code] === LETTER) return 1;
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 0;
  return ASTRAL_LETTER.test(text.slice(index, index + 2)) ? 2 : 0;
}

/** The words of text[from, to): its runs of letters, as text.slice(from, to).match(/\p{L}+/gu) finds them. */
export function letterRuns(text: string, from: number, to: number): string[] {
  const runs: string[] = [];
  let index = from;
  while (index < to) {
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
