// Duckling's Arabic time corpus (../shared/eval/external/duckling-ar-time.jsonl, see its
// README): loading its cases and judging a tagger's answer against them, with the reason for
// every failure. Used by duckling.test.ts and by `npm run eval -- --compare` (which runs
// chrono-node on the same cases), so both read the suite the same way.
import { existsSync, readFileSync } from "node:fs";
import type { Direction } from "./types";

export interface DucklingCase {
  text: string;
  /** The expected EDTF (intervals inclusive); null for negative cases. */
  expected: string | null;
  negative: boolean;
  /** Duckling read a bare weekday or month forward: run with the future direction. */
  futureDefault: boolean;
  reference: string; // yyyy-mm-dd
}

/** What a tagger answered for a whole case: its expression's value and first/last day. */
export interface Answer {
  text: string;
  value: string;
  firstDay?: string;
  lastDay?: string;
}

export interface Verdict {
  case: DucklingCase;
  pass: boolean;
  answer: Answer | null;
  reason: string;
}

/** The day, week, month and year cases (those with an EDTF value) and the negative ones. */
export function loadDucklingCases(file: string): DucklingCase[] {
  if (!existsSync(file)) throw new Error(`Duckling suite not found at ${file}`);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((c) => c.edtf_derived || c.negative)
    .map((c) => ({
      text: c.text,
      expected: c.edtf_derived ?? null,
      negative: !!c.negative,
      futureDefault: !!c.future_default,
      reference: String(c.reference).slice(0, 10),
    }));
}

export function directionFor(c: DucklingCase): Direction | undefined {
  return c.futureDefault ? "future" : undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function daysOf(value: string): { first: string; last: string } | undefined {
  const [from, to = from] = value.split("/");
  const first = DAY.test(from) ? from : undefined;
  const last = DAY.test(to) ? to : undefined;
  return first && last ? { first, last } : undefined;
}

/** Judges one answer (the tagger's longest expression in the case text, or null). */
export function judge(c: DucklingCase, answer: Answer | null): Verdict {
  if (c.negative) {
    return answer
      ? { case: c, pass: false, answer, reason: `should find nothing, found "${answer.text}" = ${answer.value}` }
      : { case: c, pass: true, answer, reason: "" };
  }
  if (!answer) return { case: c, pass: false, answer, reason: "no expression found" };
  if (answer.value === c.expected) return { case: c, pass: true, answer, reason: "" };
  const expected = daysOf(c.expected!);
  if (expected && answer.firstDay === expected.first && answer.lastDay === expected.last) {
    return { case: c, pass: true, answer, reason: "" }; // the same days, written another way
  }
  const covered = answer.text.trim() !== c.text.trim() ? ` (matched only "${answer.text}")` : "";
  if (expected && answer.firstDay && answer.lastDay && answer.firstDay <= expected.first && expected.last <= answer.lastDay) {
    return {
      case: c,
      pass: false,
      answer,
      reason: `coarser by convention: ${answer.value} contains Duckling's ${c.expected} (GUIDELINES.md: parts of a month are thirds, a month/year in figures is a month)${covered}`,
    };
  }
  if (expected && answer.firstDay && answer.firstDay.slice(5) === expected.first.slice(5) && answer.firstDay.slice(0, 4) !== expected.first.slice(0, 4)) {
    return {
      case: c,
      pass: false,
      answer,
      reason: `direction: ${answer.value}, Duckling ${c.expected}; with no verb to decide, news reads back in time (GUIDELINES.md), Duckling forward${covered}`,
    };
  }
  return { case: c, pass: false, answer, reason: `value ${answer.value}, expected ${c.expected}${covered}` };
}

export function summarize(verdicts: Verdict[]): string {
  const passed = verdicts.filter((v) => v.pass).length;
  const lines = verdicts.filter((v) => !v.pass).map((v) => `  FAIL "${v.case.text}": ${v.reason}`);
  return [`Duckling AR suite: ${passed}/${verdicts.length} pass (${((100 * passed) / verdicts.length).toFixed(1)}%)`, ...lines].join("\n");
}
