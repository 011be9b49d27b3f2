// Phrases that look like dates and are not: "يوماً بعد آخر", "في أقرب وقت ممكن", "اليوم
// العالمي لـ…" (a named day, not today), "اليوم التالي للحرب", "ذلك اليوم" and "اليوم الأول من الحرب"
// (counted from an event, not from publication), "أبداً", movements named after a date ("قوى 14
// آذار"). An expression lying inside one of them is dropped.
import { MONTH_NAME } from "./months";
import { ORDINAL_DAY } from "./numbers";
import { anchorOf, compile, WORD_END, WORD_START, type Anchor } from "./patterns";
import { eachMatch, skipLead, type Passage, type Windows } from "./scan";

const NOT_DATES = [
  String.raw`يوما?\s+بعد\s+(?:يوم|اخر|الاخر)`,
  String.raw`في\s+اقرب\s+وقت(?:\s+ممكن)?`,
  String.raw`اليوم\s+(?:العالمي|الوطني|الدولي|العربي)`,
  // "اليوم التالي للحرب", "سيناريوهات اليوم التالي": the plan for after a war, not a day (what
  // dates by the next day is "في/صباح اليوم التالي", see coreference.ts).
  String.raw`(?<!(?:في|صباح|مساء|ظهر|فجر|ليل)\s)(?:ل|لل)?(?:ال)?يوم\s+(?:التالي|الموالي)|اليوم\s+(?:التالي|الموالي)(?=\s*(?:ل|من\s+ال))`,
  String.raw`ذلك\s+اليوم|تلك\s+الليله`,
  // "1.90 دولار في اليوم": per day.
  String.raw`(?:دولار|دولارا|دولارات|يورو|جنيه|ريال|ليره|دينار|درهم|مرات|مره|ساعات|ساعه|برميل|وجبه|وجبات|الف|مليون|شخص|شاحنه|شاحنات)\s+(?:في|كل|ب)\s*اليوم`,
  String.raw`(?:ال|ل)يوم\s+(?:${ORDINAL_DAY}|ال\s?[0-9]+)(?!\s*(?:من\s+)?(?:شهر|ال?شهر|[0-9]))`,
  String.raw`ابدا`,
  // Movements named after a date: "قوى 14 آذار", "تحالف 8 آذار", "حركة 6 أبريل".
  String.raw`(?:قوي|فريق|تحالف|تيار|معسكر|حركه)\s+"?[0-9]{1,2}\s+(?:${MONTH_NAME})"?`,
];
const NOT_DATE = compile(`${WORD_START}(?:${NOT_DATES.join("|")})${WORD_END}`);
/** Anchor of the phrases; the pipeline scans for it beside the rules' anchors (scan.ts). */
export const NOT_DATE_ANCHOR = anchorOf([10, 40], ["يوم", "اقرب", "ابدا", "الليله", "قوي", "فريق", "تحالف", "تيار", "معسكر", "حركه"]);

/** The [start, end) ranges of the folded text that hold no date, given the windows of the anchors. */
export function notDateRanges(passage: Passage, windows: Map<Anchor, Windows>): [number, number][] {
  const ranges: [number, number][] = [];
  eachMatch(passage, NOT_DATE, windows.get(NOT_DATE_ANCHOR), (m) => {
    skipLead(m);
    ranges.push([m.index, m.index + m[0].length]);
  });
  return ranges;
}
