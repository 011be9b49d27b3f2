// Months without a day: "تموز 2020", "نيسان/أبريل من عام 2022", "كانون الأول/ديسمبر عام
// 1993", "أيلول الفائت", "تشرين الثاني الجاري", and a month alone ("في آذار"), which follows
// the tense of its clause. A month name that is also a common word (مارس، أب) needs a year,
// a paired name or a modifier.
import { daySpan, isValidDay, monthSpan } from "./calendar";
import { isAmbiguousAlone, MONTH, MONTH_ANCHOR, MONTH_FIRST_ANCHOR, namesMonth, parseMonth } from "./months";
import { alsoNeeding, MODIFIER, MODIFIER_WORDS, modifierOf, NOT_WORD_CHAR, squeeze, WORD_END, WORD_START, compile } from "./patterns";
import { resolveMonth } from "./resolve";
import { dated, type Rule } from "./rule";
import { relativeYear, relativeYearTail, YEAR_FIGURES, yearTail } from "./years";

/** A month with a year in figures. */
const MONTH_AND_FIGURES = alsoNeeding(MONTH_ANCHOR, [], "[0-9]");

const monthOfYear: Rule = {
  name: "month-year",
  anchor: alsoNeeding(MONTH_FIRST_ANCHOR, [], "[0-9]"),
  pattern: compile(String.raw`${WORD_START}(?<month>${MONTH})${yearTail("year")}`),
  parse(m) {
    const month = parseMonth(m.groups!.month);
    return month ? dated(monthSpan(+m.groups!.year, month)) : null;
  },
};

/** "آذار/مارس العام الماضي", "أبريل من هذا العام". */
const monthOfRelativeYear: Rule = {
  name: "month-year",
  // Past the last name, only "من العام الماضي" and the like.
  anchor: alsoNeeding({ ...MONTH_FIRST_ANCHOR, forward: 25 }, ["عام", "سنه"]),
  pattern: compile(String.raw`${WORD_START}(?<month>${MONTH})${relativeYearTail("relyear")}${WORD_END}`),
  parse(m, { published }) {
    const month = parseMonth(m.groups!.month);
    const year = relativeYear(m.groups!.relyear, published);
    return month && year !== undefined ? dated(monthSpan(year, month)) : null;
  },
};

/**
 * Timelines put the year first: "2014 أغسطس/ آب: تحطم طائرة", "2016 25 ديسمبر: …". Where the
 * year is a heading on a line of its own ("2014\nأغسطس/ آب: …"), the heading is an expression
 * of its own (a year) and the entry under it is the month of that year.
 */
const yearFirst: Rule = {
  name: "month-year",
  anchor: MONTH_AND_FIGURES,
  pattern: compile(String.raw`(?<![\p{L}\p{N}.,/:-])(?<year>${YEAR_FIGURES})\s*[،,:]?\s+(?:(?<day>[0-3]?[0-9])\s+)?(?<month>${MONTH})${WORD_END}`),
  parse(m) {
    const month = parseMonth(m.groups!.month);
    if (!month) return null;
    const year = +m.groups!.year;
    const day = m.groups!.day ? +m.groups!.day : null;
    if (day !== null && !isValidDay(year, month, day)) return null;
    const parsed = dated(day === null ? monthSpan(year, month) : daySpan({ year, month, day }));
    const heading = HEADING_BREAK.exec(m[0]);
    if (heading) parsed.start = m.index + heading.index + heading[0].length;
    return parsed;
  },
};
const HEADING_BREAK = /\s*\n\s*/;

const monthWithModifier: Rule = {
  name: "month-relative",
  // Past the last name, only the modifier.
  anchor: alsoNeeding({ ...MONTH_FIRST_ANCHOR, forward: 20 }, MODIFIER_WORDS),
  pattern: compile(String.raw`${WORD_START}(?<month>${MONTH})\s*(?<mod>${MODIFIER})${WORD_END}`),
  parse(m, { published }) {
    const month = parseMonth(m.groups!.month);
    const modifier = modifierOf(m.groups!.mod);
    if (!month || !modifier) return null;
    const { year } = resolveMonth(published, month, modifier, true);
    return dated(monthSpan(year, month));
  },
};

/**
 * Words before a lone month name that make it a date: "في آذار", "منذ تموز", "شهر أيار".
 * After a preposition (the first group) even "مارس" and "ماي" are months: a verb cannot
 * follow في; after the others ("مع أب") an ambiguous name stays a word.
 */
const STRONG_CUE = String.raw`(?:في|منذ|خلال|حتي|الي|لغايه|بحلول|شهر)`;
const MONTH_CUE = String.raw`(?:(?<strong>${STRONG_CUE})|من|بين|مطلع|اوائل|اواخر|منتصف|نهايه|بدايه|قبل|بعد|مع|اواسط|ايام)`;

const monthAlone: Rule = {
  name: "month",
  // Back over the cue word and its spaces only; forward as far as pairedMonth's.
  anchor: { ...MONTH_ANCHOR, back: 20, forward: 16 },
  pattern: compile(String.raw`(?<lead>${NOT_WORD_CHAR}[وف]?${MONTH_CUE}\s+)(?<month>${MONTH})${WORD_END}`),
  parse(m, { published, direction }) {
    const month = parseMonth(m.groups!.month);
    const raw = m.groups!.month.trim();
    if (!month || (isAmbiguousAlone(raw) && (!m.groups!.strong || raw === "اب"))) return null;
    const { year } = resolveMonth(published, month, direction(m.index, m.index + m[0].length), false);
    return dated(monthSpan(year, month));
  },
};

const PAIR_MARK = /[/(]/;
/** The Levantine two-word names, which alone are not a pair. */
const TWO_WORD_NAME = /^(?:كانون|تشرين) \S+/;

/** A paired name needs no cue: "مايو/أيار" is a month wherever it stands. */
const pairedMonth: Rule = {
  name: "month",
  // Each name (and شهر) is a hit: past the last there is at most a month's number or a bracket.
  anchor: { ...MONTH_FIRST_ANCHOR, forward: 16 },
  pattern: compile(String.raw`${WORD_START}(?<month>${MONTH})${WORD_END}`),
  parse(m, { published, direction }) {
    const raw = m.groups!.month;
    const words = squeeze(raw);
    const paired = PAIR_MARK.test(words) || words.startsWith("شهر ") || words.replace(TWO_WORD_NAME, "").includes(" ");
    if (!paired || !namesMonth(words)) return null;
    const month = parseMonth(raw);
    if (!month) return null;
    const { year } = resolveMonth(published, month, direction(m.index, m.index + m[0].length), false);
    return dated(monthSpan(year, month));
  },
};

export const monthYearRules: Rule[] = [monthOfYear, monthOfRelativeYear, yearFirst, monthWithModifier, monthAlone, pairedMonth];
