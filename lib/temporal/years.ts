// Years: "عام 2019", "العام 2011", "سنة 2013", "2013م", "٢٠٢٣", and a bare four-digit year
// where nothing makes it a count ("2000 شخص", "2016 ألف").
import { yearSpan, type Ymd } from "./calendar";
import { alsoNeeding, anchorOf, ART, MODIFIER, modifierOf, modifierStep, squeeze, WORD_END, WORD_START, compile } from "./patterns";
import { dated, type Rule } from "./rule";

/** A plausible news year in figures. */
export const YEAR_FIGURES = String.raw`(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])`;
const YEAR_WORD = String.raw`(?:${ART}|[لب])?(?:عام|سنه)`;
export const ERA = String.raw`(?:\s*م(?![\p{L}])|\s+ميلادي(?:ه)?${WORD_END})?`;

/** A year after a month or day: "2020", ", 2020", "من عام 2022", "لعام 2014", "في سنة 2014". */
export function yearTail(group: string): string {
  return String.raw`(?:\s*[،,]?\s*(?:(?:من|في)\s+)?(?:${YEAR_WORD}\s*)?(?<${group}>${YEAR_FIGURES})${ERA})`;
}

/** A year named relative to publication after a month or day: "العام الماضي", "من هذا العام". */
export function relativeYearTail(group: string): string {
  return String.raw`(?:\s+(?:من\s+)?(?<${group}>${ART}(?:عام|سنه)\s+(?:${MODIFIER})|(?:هذا|هذه)\s+${ART}(?:عام|سنه)))`;
}

const THIS = /^(?:هذا|هذه)/;

/** The year a relativeYearTail phrase names. */
export function relativeYear(phrase: string, published: Ymd): number | undefined {
  if (THIS.test(phrase)) return published.year;
  const modifier = modifierOf(squeeze(phrase).split(" ").pop());
  if (!modifier) return undefined;
  return published.year + modifierStep(modifier);
}

/** Words after a number that make it a count or a measure, not a year. */
const COUNT_AFTER = /^\s*(?:[-%٪]|ألف|الف|مليون|مليار|شخص|قتيل|جريح|دولار|يورو|كيلو|متر|طن|برميل|جندي|عنصر|مقاتل|صاروخ|لاجئ|طفل|امراه|منزل|وحده|عائله|نسمه|مواطن|معتقل|اسير|سجين|مرشح|مقعد|صوت|عامل|موظف|رحله|مسافر|حاله|اصابه|طالب|كلم|ميل|ليره|دينار|ريال|جنيه|درهم|فلسطيني|يهودي|مستوطن|مرات|مره)/;
const COUNT_BEFORE = /(?:[0-9][.,]|نحو|حوالي|قرابه|اكثر من|اقل من|زهاء|رقم|بلغ|عدد|\+)\s*$/;

/** Anchor of the patterns that need a year in figures. */
export const YEAR_ANCHOR = anchorOf([20, 10], [], String.raw`(?:1[89]|20)[0-9]{2}`);

const namedYear: Rule = {
  name: "year",
  anchor: alsoNeeding(YEAR_ANCHOR, ["عام", "سنه"]),
  pattern: compile(String.raw`${WORD_START}${YEAR_WORD}\s*(?<year>${YEAR_FIGURES})${ERA}`),
  parse: (m) => dated(yearSpan(+m.groups!.year)),
};

const bareYear: Rule = {
  name: "bare-year",
  pattern: compile(String.raw`(?<![\p{L}\p{N}.,/:-])(?<year>${YEAR_FIGURES})${ERA}(?![.,/:-]?[0-9])`),
  parse(m, { text }) {
    const end = m.index + m[0].length;
    if (COUNT_AFTER.test(text.slice(end, end + 12))) return null;
    if (COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    return dated(yearSpan(+m.groups!.year));
  },
};

export const yearRules: Rule[] = [namedYear, bareYear];
