// Decades and centuries: "التسعينيات", "ثمانينيات القرن العشرين", "ستينيات القرن الماضي",
// "القرن العشرين", "القرن الحادي والعشرين". EDTF writes them with unspecified digits: 199X, 19XX.
// A decade without its century is read in the twentieth, as news uses it.
import type { DateSpan } from "../model";
import { alternation, anchorOf, ART, squeeze, WORD_END, WORD_START, compile } from "./patterns";
import { dated, type Rule } from "./rule";

const DECADES: Record<string, number> = {
  عشرينيات: 2, عشرينات: 2, ثلاثينيات: 3, ثلاثينات: 3, اربعينيات: 4, اربعينات: 4, خمسينيات: 5, خمسينات: 5,
  ستينيات: 6, ستينات: 6, سبعينيات: 7, سبعينات: 7, ثمانينيات: 8, ثمانينات: 8, تسعينيات: 9, تسعينات: 9,
};
/** The century a phrase names, as its first two digits ("القرن العشرين" → 19). */
const CENTURIES: Record<string, number> = {
  "القرن العشرين": 19, "القرن العشرون": 19, "القرن الماضي": 19, "القرن المنصرم": 19, "القرن التاسع عشر": 18,
  "القرن الحادي والعشرين": 20, "القرن الحادي والعشرون": 20, "القرن الحالي": 20, "القرن الجاري": 20,
};
const CENTURY = alternation(Object.keys(CENTURIES));
const PREPOSITION_L = /^لل|^ل/;
const ARTICLE = /^(?:ال|ل)/;

function digitsSpan(prefix: string, width: number): DateSpan {
  const from = prefix.padEnd(4, "0");
  const to = prefix.padEnd(4, "9");
  return { edtf: prefix.padEnd(prefix.length + width, "X"), firstDay: `${from}-01-01`, lastDay: `${to}-12-31`, precision: "range" };
}

/** The century a decade phrase (or "القرن …" alone) is in, given the century reached by publication. */
function centuryOf(phrase: string | undefined, publishedYear: number): number {
  if (!phrase) return 19;
  const century = CENTURIES[squeeze(phrase).replace(PREPOSITION_L, "ال")];
  return century === 20 ? Math.floor(publishedYear / 100) : century;
}

const decade: Rule = {
  name: "decade",
  anchor: anchorOf([15, 40], Object.keys(DECADES)),
  pattern: compile(String.raw`${WORD_START}(?:${ART}|)(?<decade>${alternation(Object.keys(DECADES))})(?:\s+(?:من\s+)?(?<century>${CENTURY}))?${WORD_END}`),
  parse(m, { published }) {
    const tens = DECADES[m.groups!.decade.replace(ARTICLE, "")];
    return dated(digitsSpan(`${centuryOf(m.groups!.century, published.year)}${tens}`, 1));
  },
};

const century: Rule = {
  name: "century",
  anchor: anchorOf([10, 30], ["القرن"]),
  pattern: compile(String.raw`${WORD_START}(?<century>${CENTURY})${WORD_END}`),
  parse(m, { published }) {
    return dated(digitsSpan(String(centuryOf(m.groups!.century, published.year)), 2));
  },
};

export const decadeRules: Rule[] = [decade, century];
