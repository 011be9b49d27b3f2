// Dates in figures: 14/4/2018, 14-4-2018, 14.4.2018 (day first, as Arab newsrooms write),
// 2018-04-14 and 2018/4/14 (year first), and a month with its year, 4/2018. Each holds a year
// in figures (YEAR_ANCHOR), and reaches less than ten characters from it.
import { daySpan, isValidDay, monthSpan } from "./calendar";
import { compile } from "./patterns";
import { dated, type Rule } from "./rule";
import { YEAR_ANCHOR, YEAR_FIGURES } from "./years";

const EDGE_BEFORE = String.raw`(?<![\p{N}.,/-])`;
const EDGE_AFTER = String.raw`(?![\p{N}]|[.,/-][0-9])`;

const dayFirst: Rule = {
  name: "numeric-date",
  anchor: YEAR_ANCHOR,
  pattern: compile(String.raw`${EDGE_BEFORE}(?<day>[0-3]?[0-9])(?<sep>[/.-])\s?(?<month>[01]?[0-9])\s?\k<sep>\s?(?<year>${YEAR_FIGURES})${EDGE_AFTER}`),
  parse(m) {
    const { day, month, year } = m.groups!;
    return isValidDay(+year, +month, +day) ? dated(daySpan({ year: +year, month: +month, day: +day })) : null;
  },
};

const yearFirst: Rule = {
  name: "numeric-date",
  anchor: YEAR_ANCHOR,
  pattern: compile(String.raw`${EDGE_BEFORE}(?<year>${YEAR_FIGURES})(?<sep>[/.-])(?<month>[01]?[0-9])\k<sep>(?<day>[0-3]?[0-9])${EDGE_AFTER}`),
  parse(m) {
    const { day, month, year } = m.groups!;
    return isValidDay(+year, +month, +day) ? dated(daySpan({ year: +year, month: +month, day: +day })) : null;
  },
};

const monthSlashYear: Rule = {
  name: "numeric-month",
  anchor: YEAR_ANCHOR,
  pattern: compile(String.raw`${EDGE_BEFORE}(?<month>[01]?[0-9])/(?<year>${YEAR_FIGURES})${EDGE_AFTER}`),
  parse(m) {
    const month = +m.groups!.month;
    return month >= 1 && month <= 12 ? dated(monthSpan(+m.groups!.year, month)) : null;
  },
};

export const numericDateRules: Rule[] = [dayFirst, yearFirst, monthSlashYear];
