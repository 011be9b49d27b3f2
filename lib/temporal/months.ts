// Gregorian month names of every Arab region, folded (see normalize.ts):
// Levantine/Iraqi (كانون الثاني … كانون الأول), Egyptian/Gulf (يناير … ديسمبر, with the
// spellings يونيه، يوليه، ابريل، اغسطس), Maghrebi (جانفي، فيفري، افريل، ماي، جوان، جويلية، اوت)
// and Moroccan (يناير، يوليوز، غشت، شتنبر، نونبر، دجنبر). Newsrooms often pair two regions'
// names: "تموز/يوليو", "مايو أيار", "شباط/ فبراير", "آب (أغسطس)".
import { alternation, anchorOf, ART, squeeze, withWholeWords, type Anchor } from "./patterns";

const NAMES: [number, string[]][] = [
  [1, ["كانون الثاني", "كانون ثاني", "يناير", "جانفي", "ينير", "جانفييه"]],
  [2, ["شباط", "فبراير", "فيفري", "فبرير", "فبروري"]],
  [3, ["اذار", "مارس", "مارص"]],
  [4, ["نيسان", "ابريل", "افريل"]],
  [5, ["ايار", "مايو", "ماي", "مايس"]],
  [6, ["حزيران", "يونيو", "يونيه", "جوان", "يونيوز"]],
  [7, ["تموز", "يوليو", "يوليه", "جويليه", "يوليوز", "جويلييه"]],
  [8, ["اب", "اغسطس", "اغشت", "اوت", "غشت", "اغسطوس"]],
  [9, ["ايلول", "سبتمبر", "شتنبر", "سيبتمبر"]],
  [10, ["تشرين الاول", "تشرين اول", "اكتوبر"]],
  [11, ["تشرين الثاني", "تشرين ثاني", "نوفمبر", "نونبر"]],
  [12, ["كانون الاول", "كانون اول", "ديسمبر", "دجنبر", "دسمبر"]],
];

/** Names that are also common words ("أب" father, "مارس" practised): never a month alone. */
const AMBIGUOUS_MONTH_NAMES = new Set(["اب", "مارس", "ماي"]);

const MONTH_OF = new Map<string, number>();
for (const [month, names] of NAMES) for (const name of names) MONTH_OF.set(name, month);
const NAMES_LONGEST_FIRST = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length);

/** One month name. */
export const MONTH_NAME = String.raw`(?:${alternation(MONTH_OF.keys())})(?![\p{L}])`;

/** "شهر 3", "شهر ثلاثه", "الشهر الثامن": a month by its number (Levantine speech, Duckling). */
const MONTH_NUMBER_WORDS: Record<string, number> = {
  اثنين: 2, ثلاثه: 3, ثلاث: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10,
  "احدعش": 11, "اطنعش": 12, الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4, الخامس: 5, السادس: 6, السابع: 7,
  الثامن: 8, التاسع: 9, العاشر: 10, "الحادي عشر": 11, "الثاني عشر": 12,
};
const MONTH_BY_NUMBER = String.raw`(?:${ART}|)شهر\s+(?:1[0-2]|0?[1-9](?![0-9])|(?:${alternation(Object.keys(MONTH_NUMBER_WORDS))})(?![\p{L}]))`;

/**
 * A month as written: a name, optionally paired with its other-region name ("/", a space, or
 * in brackets), optionally after "شهر", or a month by number. The slash and the space share
 * one copy of the names: the pattern is in most rules, and its size is the size of their
 * compiled code.
 */
export const MONTH = String.raw`(?:(?:شهر\s+)?${MONTH_NAME}(?:(?:\s*/\s*|\s+)${MONTH_NAME}|\s*\(\s*${MONTH_NAME}\s*\))?|${MONTH_BY_NUMBER})`;

/**
 * Anchor of every pattern that names a month: the names (آب only as a word, after a space,
 * which the start of the text counts as) and شهر.
 */
export const MONTH_ANCHOR = withWholeWords(
  anchorOf([50, 45], [...[...MONTH_OF.keys()].filter((name) => name.length > 2), "شهر"]),
  [...MONTH_OF.keys()].filter((name) => name.length <= 2),
);

/**
 * Anchor of the expressions that start at their month: before the name or "شهر" (a hit of
 * its own) there is only the word boundary, proclitics and "ال", so the windows reach back
 * only that far; narrow windows are what keeps these rules cheap.
 */
export const MONTH_FIRST_ANCHOR: Anchor = { ...MONTH_ANCHOR, back: 8 };

const BY_NUMBER = /شهر (.+)$/;
const FIGURES = /^[0-9]+$/;
const SHAHR = /^شهر /;

/** The month number of a MONTH match, or undefined. */
export function parseMonth(raw: string): number | undefined {
  const text = squeeze(raw);
  const byNumber = BY_NUMBER.exec(text);
  if (byNumber && !NAMES_LONGEST_FIRST.some((n) => byNumber[1].startsWith(n))) {
    const key = byNumber[1].trim();
    return FIGURES.test(key) ? +key : MONTH_NUMBER_WORDS[key];
  }
  const start = text.replace(SHAHR, "");
  const name = NAMES_LONGEST_FIRST.find((n) => start.startsWith(n));
  return name ? MONTH_OF.get(name) : undefined;
}

/** True when a MONTH match names the month ("شهر أيار", "أيار/مايو"), not only its number. */
export function namesMonth(raw: string): boolean {
  return NAMES_LONGEST_FIRST.some((name) => raw.includes(name));
}

/** True when the match is one ambiguous name and nothing else ("مارس", not "مارس/آذار"). */
export function isAmbiguousAlone(raw: string): boolean {
  return AMBIGUOUS_MONTH_NAMES.has(squeeze(raw));
}
