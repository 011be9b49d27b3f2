// Parts of a month or a year: مطلع / أوائل / بداية = the first third, منتصف / أواسط = the
// middle third, أواخر / نهاية = the last third (GUIDELINES.md). Of a month: days 1-10, 11-20,
// 21-end; of a year: months 1-4, 5-8, 9-12. Written as EDTF intervals. Also halves and
// quarters of a year (النصف الأول من 2018) and seasons (صيف 2019).
import type { DateSpan } from "../model";
import { addMonths, daysInMonth, dayRangeSpan, formatYmd, monthRangeSpan, type Ymd } from "./calendar";
import { MONTH, MONTH_ANCHOR, parseMonth } from "./months";
import { alsoNeeding, alternation, anchorOf, ART, MODIFIER, modifierOf, modifierStep, WORD_END, WORD_START, compile } from "./patterns";
import { relativeMonth, resolveMonth } from "./resolve";
import { dated, type Rule } from "./rule";
import { ERA, YEAR_FIGURES, yearTail } from "./years";

const PARTS: [number, string[]][] = [
  [0, ["مطلع", "اوائل", "بدايه", "بدايات", "ابتداء", "مستهل", "بدء", "غره"]],
  [1, ["منتصف", "اواسط", "وسط", "نصف", "نص", "منتصفات"]],
  [2, ["اواخر", "نهايه", "نهايات", "ختام", "خواتيم"]],
];
const THIRD_OF = new Map<string, number>();
for (const [third, words] of PARTS) for (const w of words) THIRD_OF.set(w, third);

const PART = String.raw`(?<part>${alternation(THIRD_OF.keys())})`;

const partOfMonth: Rule = {
  name: "part-of-month",
  anchor: alsoNeeding(MONTH_ANCHOR, THIRD_OF.keys()),
  pattern: compile(
    String.raw`${WORD_START}${PART}\s+(?:(?<month>${MONTH})(?:\s+(?<mod>${MODIFIER})${WORD_END})?${yearTail("year")}?|(?:هذا\s+)?${ART}شهر(?:\s+(?<relmod>${MODIFIER}))?)${WORD_END}`,
  ),
  parse(m, { published, direction }) {
    const g = m.groups!;
    const third = THIRD_OF.get(g.part)!;
    let year: number;
    let month: number;
    if (g.month) {
      const named = parseMonth(g.month);
      if (!named) return null;
      month = named;
      if (g.year) year = +g.year;
      // After مطلع/نهاية… "مارس" is the month; "اب" alone stays "father".
      else if (g.month.trim() === "اب" && !g.mod) return null;
      else {
        // "مطلع أيار الماضي" written in May is this May once its first third has begun.
        const modifier = modifierOf(g.mod);
        const begun = third * 10 + 1 <= published.day;
        year = resolveMonth(published, named, modifier ?? direction(m.index, m.index + m[0].length), modifier === "past" && !begun).year;
      }
    } else {
      ({ year, month } = relativeMonth(published, modifierOf(g.relmod)));
    }
    const first = third * 10 + 1;
    const last = third === 2 ? daysInMonth(year!, month) : first + 9;
    return dated(dayRangeSpan({ year: year!, month, day: first }, { year: year!, month, day: last }));
  },
};

/**
 * The year a part of a year is of: "عام 2018", "2018", "هذا العام", "العام الماضي" (groups
 * year, bare, mod); whichYear reads it.
 */
const WHICH_YEAR = String.raw`(?:(?:${ART}|)(?:عام|سنه)\s*(?<year>${YEAR_FIGURES})${ERA}|(?<bare>${YEAR_FIGURES})${ERA}|(?:هذا|هذه)\s+${ART}(?:عام|سنه)|${ART}(?:عام|سنه)(?:\s+(?<mod>${MODIFIER}))?)${WORD_END}`;

function whichYear(g: Record<string, string | undefined>, published: Ymd): number {
  return g.year ? +g.year : g.bare ? +g.bare : published.year + modifierStep(modifierOf(g.mod));
}

/** "نصف العام" is half a year, not mid-year: only مطلع/منتصف… words mark a part of a year. */
const YEAR_PART_WORDS = [...THIRD_OF.keys()].filter((w) => !["نصف", "نص", "وسط"].includes(w));
const YEAR_PART = String.raw`(?<part>${alternation(YEAR_PART_WORDS)})`;

const partOfYear: Rule = {
  name: "part-of-year",
  anchor: alsoNeeding(anchorOf([25, 30], ["عام", "سنه"], String.raw`(?:1[89]|20)[0-9]{2}`), YEAR_PART_WORDS),
  pattern: compile(
    String.raw`${WORD_START}${YEAR_PART}\s+${WHICH_YEAR}`,
  ),
  parse(m, { published }) {
    const g = m.groups!;
    const third = THIRD_OF.get(g.part)!;
    const year = whichYear(g, published);
    return dated(monthRangeSpan({ year, month: third * 4 + 1 }, { year, month: third * 4 + 4 }));
  },
};

const ORDINAL_PART: Record<string, number> = { اول: 1, ثاني: 2, ثالث: 3, رابع: 4, اخير: 0 };
const SHARE: Record<string, number> = { نصف: 2, ربع: 4 };

/** Halves and quarters of a year: "النصف الأول من سنة 2018", "الربع الأخير من العام الماضي". */
const halfOrQuarterOfYear: Rule = {
  name: "part-of-year",
  anchor: anchorOf([10, 45], ["نصف", "ربع"]),
  pattern: compile(
    String.raw`${WORD_START}${ART}(?<share>نصف|ربع)\s+${ART}(?<nth>اول|ثاني|ثالث|رابع|اخير)\s+(?:من\s+)?${WHICH_YEAR}`,
  ),
  parse(m, { published }) {
    const g = m.groups!;
    const parts = SHARE[g.share];
    const nth = ORDINAL_PART[g.nth] || parts;
    if (nth > parts) return null;
    const year = whichYear(g, published);
    const length = 12 / parts;
    return dated(monthRangeSpan({ year, month: (nth - 1) * length + 1 }, { year, month: nth * length }));
  },
};

/**
 * Seasons, as EDTF level 1 writes them (21 spring, 22 summer, 23 autumn, 24 winter), spanning
 * the meteorological months: spring March-May, summer June-August, autumn September-November,
 * winter December of the year before to February ("شتاء 2019" is the winter that ends in 2019).
 */
const SEASONS: Record<string, { code: number; first: number }> = {
  ربيع: { code: 21, first: 3 },
  صيف: { code: 22, first: 6 },
  خريف: { code: 23, first: 9 },
  شتاء: { code: 24, first: -1 },
};

function seasonSpan(year: number, season: { code: number; first: number }): DateSpan {
  const from = addMonths(year, 1, season.first - 1);
  const to = addMonths(from.year, from.month, 2);
  return {
    edtf: `${String(year).padStart(4, "0")}-${season.code}`,
    firstDay: formatYmd({ ...from, day: 1 }),
    lastDay: formatYmd({ ...to, day: daysInMonth(to.year, to.month) }),
    precision: "season",
  };
}

const season: Rule = {
  name: "season",
  anchor: anchorOf([10, 30], ["ربيع", "صيف", "خريف", "شتاء"]),
  pattern: compile(
    String.raw`${WORD_START}(?:(?:${ART}|)(?<season>ربيع|صيف|خريف|شتاء)\s+(?:(?:${ART}|)(?:عام|سنه)\s+)?(?<year>${YEAR_FIGURES})|${ART}(?<season2>ربيع|صيف|خريف|شتاء)\s+(?<mod>${MODIFIER})|(?:هذا|هذه)\s+${ART}(?<season3>ربيع|صيف|خريف|شتاء))${WORD_END}`,
  ),
  parse(m, { published }) {
    const g = m.groups!;
    const which = SEASONS[g.season ?? g.season2 ?? g.season3];
    if (g.year) return dated(seasonSpan(+g.year, which));
    const today = formatYmd(published);
    const spans = [published.year - 1, published.year, published.year + 1, published.year + 2].map((y) => seasonSpan(y, which));
    const modifier = g.season3 ? "current" : modifierOf(g.mod);
    const span =
      modifier === "past" ? spans.filter((s) => s.lastDay < today).pop()
      : modifier === "next" ? spans.find((s) => s.firstDay > today)
      : spans.find((s) => s.lastDay >= today);
    return span ? dated(span) : null;
  },
};

export const periodPartRules: Rule[] = [partOfMonth, partOfYear, halfOrQuarterOfYear, season];
