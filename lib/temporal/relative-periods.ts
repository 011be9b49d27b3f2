// Weeks, months and years named relative to publication: "الأسبوع الماضي" (the ISO week before
// the publication's), "الشهر المقبل", "العام الجاري", "هذه السنة", "السنة السابقة".
import { addDays, addMonths, monthSpan, weekSpan, yearSpan } from "./calendar";
import { alsoNeeding, anchorOf, ART, MODIFIER, MODIFIER_WORDS, modifierOf, modifierStep, WORD_END, WORD_START, compile } from "./patterns";
import { dated, type Rule } from "./rule";

const UNIT = String.raw`(?<unit>اسبوع|شهر|عام|سنه)`;

const RELATIVE_PERIOD = String.raw`(?:${ART}${UNIT}\s+(?<mod>${MODIFIER})|(?<this>هذا|هذه)\s+${ART}${UNIT.replace("<unit>", "<unit2>")})`;

const PERIOD_ANCHOR = anchorOf([15, 20], ["اسبوع", "شهر", "عام", "سنه"]);

type PeriodUnit = "week" | "month" | "year";

function periodUnit(word: string): PeriodUnit {
  return word === "اسبوع" ? "week" : word === "شهر" ? "month" : "year";
}

const relativePeriod: Rule = {
  name: "relative-period",
  anchor: alsoNeeding(PERIOD_ANCHOR, [...MODIFIER_WORDS, "هذا", "هذه"]),
  pattern: compile(String.raw`${WORD_START}${RELATIVE_PERIOD}${WORD_END}`),
  parse(m, { published }) {
    const g = m.groups!;
    const unit = periodUnit(g.unit ?? g.unit2);
    const modifier = g.this ? "current" : modifierOf(g.mod);
    if (!modifier) return null;
    const step = modifierStep(modifier);
    if (unit === "week") return dated(weekSpan(addDays(published, 7 * step)));
    if (unit === "month") {
      const { year, month } = addMonths(published.year, published.month, step);
      return dated(monthSpan(year, month));
    }
    return dated(yearSpan(published.year + step));
  },
};

export const relativePeriodRules: Rule[] = [relativePeriod];
