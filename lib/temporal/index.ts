// The Arabic temporal tagger. A small pipeline over the grammar files of this folder:
//   fold the text (normalize.ts) → run every pattern family → drop what lies inside a known
//   non-date (negatives.ts) → keep the longest of overlapping matches → resolve back
//   references ("العام نفسه", coreference.ts) → join ranges (ranges.ts) → map back to the
//   original offsets.
// Each family file holds its lexicon, patterns (compiled once, at module load) and resolution,
// with its example corpus beside it in <family>.test.ts.
import { parseYmd } from "./calendar";
import { coreferenceRules, resolveBackReferences } from "./coreference";
import { dayOfMonthRules } from "./day-of-month";
import { decadeRules } from "./decades";
import { durationRules } from "./durations";
import { hijriRules } from "./hijri";
import { holidayRules } from "./holidays";
import { monthYearRules } from "./month-year";
import { NOT_DATE_ANCHOR, notDateRanges } from "./negatives";
import { normalize, toOriginal } from "./normalize";
import { nthInMonthRules } from "./nth-in-month";
import { numericDateRules } from "./numeric-dates";
import { periodPartRules } from "./period-parts";
import { combineRanges, rangeRules, type Found } from "./ranges";
import { relativeDayRules } from "./relative-days";
import { relativePeriodRules } from "./relative-periods";
import type { Rule, RuleContext } from "./rule";
import { AnchorScanner, eachMatch, Passage, skipLead } from "./scan";
import { clauseDirection } from "./tense";
import type { Direction, TagOptions, Timex } from "./types";
import { weekdayRules } from "./weekdays";
import { vagueRules } from "./vague";
import { yearRules } from "./years";

export type { TagOptions, Timex } from "./types";

/** Every rule, in the order that breaks ties between equally long matches. */
export const RULES: Rule[] = [
  ...coreferenceRules,
  ...rangeRules,
  ...periodPartRules,
  ...nthInMonthRules,
  ...hijriRules,
  ...holidayRules,
  ...dayOfMonthRules,
  ...numericDateRules,
  ...monthYearRules,
  ...relativeDayRules,
  ...weekdayRules,
  ...relativePeriodRules,
  ...durationRules,
  ...yearRules,
  ...decadeRules,
  ...vagueRules,
];

/** The rules' anchors, and apart from them (their words do not compete) the non-dates'. */
const ANCHORS = new AnchorScanner(
  RULES.flatMap((rule) => (rule.anchor ? [rule.anchor] : [])),
  [NOT_DATE_ANCHOR],
);

export function tagTemporal(text: string, options: TagOptions): Timex[] {
  if (typeof text !== "string") throw new TypeError("tagTemporal: text must be a string");
  const published = parseYmd(options.published);
  const folded = normalize(text, ANCHORS.reader);
  // Several rules ask about the same span (a month alone, with its cue, with a day …): each
  // clause is read once per article.
  const directions = new Map<number, Direction>();
  const context: RuleContext = {
    published,
    text: folded.text,
    directionFromText: !options.direction,
    direction: options.direction
      ? () => options.direction!
      : (start, end) => {
          const key = start * (folded.text.length + 1) + end;
          let direction = directions.get(key);
          if (direction === undefined) directions.set(key, (direction = clauseDirection(folded.text, start, end)));
          return direction;
        },
  };

  const passage = new Passage(folded.text);
  const windows = ANCHORS.windows(passage, folded.wordEnds);
  const excluded = notDateRanges(passage, windows);
  const candidates: (Found & { order: number })[] = [];
  RULES.forEach((rule, order) => {
    eachMatch(passage, rule.pattern, rule.anchor && windows.get(rule.anchor), (match) => {
      skipLead(match);
      const parsed = rule.parse(match, context);
      if (!parsed) return;
      const start = parsed.start ?? match.index;
      const end = parsed.end ?? match.index + match[0].length;
      if (excluded.some(([from, to]) => from <= start && end <= to && to - from > end - start)) return;
      candidates.push({ start, end, rule: rule.name, parsed, order });
    });
  });

  const kept = longestFirst(candidates);
  return combineRanges(resolveBackReferences(kept), folded.text, published).map((found) => toTimex(found, text, folded));
}

/** Keeps the longest of overlapping matches (then the earlier rule), in text order. */
function longestFirst(candidates: (Found & { order: number })[]): Found[] {
  const byPreference = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Found[] = [];
  for (const candidate of byPreference) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toTimex(found: Found, original: string, folded: ReturnType<typeof normalize>): Timex {
  const { start, end } = toOriginal(folded, found.start, found.end);
  const { parsed } = found;
  const timex: Timex = {
    start,
    end,
    text: original.slice(start, end),
    value: parsed.value ?? parsed.span!.edtf,
    kind: parsed.kind,
    span: parsed.span,
    rule: found.rule,
    warnings: parsed.warnings ?? [],
  };
  if (parsed.anchor) {
    const phrase = toOriginal(folded, parsed.anchor.phraseStart, parsed.anchor.phraseEnd);
    timex.anchor = { duration: parsed.anchor.duration, relation: parsed.anchor.relation, phraseStart: phrase.start, phraseEnd: phrase.end };
  }
  return timex;
}
