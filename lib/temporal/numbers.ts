// Numbers as newsrooms write them in dates: figures (already ASCII after folding) and the
// ordinal words for days of the month, from الأول to الحادي والثلاثين, in both genders and
// both cases (العشرين / العشرون), with or without the article.
import { alternation, squeeze } from "./patterns";

const UNIT_ORDINALS: Record<string, number> = {
  اول: 1, اولي: 1, حادي: 1, ثاني: 2, ثانيه: 2, ثان: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5,
  سادس: 6, سادسه: 6, سابع: 7, سابعه: 7, ثامن: 8, ثامنه: 8, تاسع: 9, تاسعه: 9, عاشر: 10, عاشره: 10,
};
const TENS: Record<string, number> = { عشرين: 20, عشرون: 20, ثلاثين: 30, ثلاثون: 30 };

/** The words of ORDINAL_DAY: one of them is in every day written in words. */
export const ORDINAL_DAY_WORDS = [...Object.keys(UNIT_ORDINALS), ...Object.keys(TENS)];

const UNIT = alternation(Object.keys(UNIT_ORDINALS));
const TEN = alternation(Object.keys(TENS));

/** An ordinal day in words: "الاول", "السادس والعشرين", "الحادي عشر", "ثالث", "العشرين". */
export const ORDINAL_DAY = String.raw`(?:ال)?(?:(?:${UNIT})(?:\s+عشر[ه]?|\s+و\s*(?:ال)?(?:${TEN}))?|(?:${TEN}))`;

/** A day of the month in figures, with the article newsrooms glue on ("الـ17" → "ال17"). */
const DAY_FIGURES = String.raw`(?:ال\s?)?(?:[12][0-9]|3[01]|0?[1-9])(?![0-9])`;

export const DAY_NUMBER = `(?:${DAY_FIGURES}|${ORDINAL_DAY})`;

const DIGITS = /[0-9]+/;
const ONLY_DIGITS = /^[0-9]+$/;
const CONJUNCTION_AND_ARTICLE = /^و?(?:ال)?/;
const TEEN = /^عشره?$/;

/** The value of a day written in figures or ordinal words; undefined if it is not one. */
export function parseDayNumber(raw: string): number | undefined {
  const text = squeeze(raw);
  const digits = DIGITS.exec(text);
  if (digits) return +digits[0];
  let total = 0;
  for (const word of text.split(" ")) {
    const bare = word.replace(CONJUNCTION_AND_ARTICLE, "");
    if (bare in TENS) total += TENS[bare];
    else if (bare in UNIT_ORDINALS) total += UNIT_ORDINALS[bare];
    else if (TEEN.test(bare)) total += 10;
    else return undefined;
  }
  return total >= 1 && total <= 31 ? total : undefined;
}

const CARDINALS: Record<string, number> = {
  واحد: 1, واحده: 1, اثنين: 2, اثنان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5,
  ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمانيه: 8, ثمان: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
};

/** A small count in words or figures: "ثلاثه", "3", "بضعه" is not a number. */
export const COUNT = String.raw`(?:[0-9]{1,3}|${alternation(Object.keys(CARDINALS))})`;

export function parseCount(raw: string): number | undefined {
  const text = raw.trim();
  if (ONLY_DIGITS.test(text)) return +text;
  return CARDINALS[text];
}
