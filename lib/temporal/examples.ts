// The test harness every grammar file's example corpus shares: each example is a phrase as a
// newsroom wrote it, the publication date it is read against, and the value expected; every
// value found is also checked to be valid EDTF (dates, intervals, seasons) or a well-formed
// duration or vague reference.
import edtf from "edtf";
import { expect, it } from "vitest";
import { tagTemporal } from "./index";
import type { Direction, Timex } from "./types";

export interface Example {
  /** The phrase or sentence. */
  text: string;
  published: string;
  value: string;
  /** The expression's text when the sentence holds more than the expression. */
  expression?: string;
  direction?: Direction;
}

export function checkExamples(examples: Example[]): void {
  it.each(examples)("$text ($published) → $value", (example) => {
    const found = tagTemporal(example.text, { published: example.published, direction: example.direction });
    const expression = example.expression ?? example.text;
    const timex = found.find((t) => t.text === expression);
    expect(timex, `expected "${expression}" among ${JSON.stringify(found.map((t) => [t.text, t.value]))}`).toBeDefined();
    expect(timex!.value).toBe(example.value);
    expectWellFormed(timex!);
  });
}

/** Phrases that hold no date: the tagger must return nothing (or only what `except` lists). */
export function checkNoDates(examples: { text: string; published: string; except?: string[] }[]): void {
  it.each(examples)("no date in: $text", ({ text, published, except = [] }) => {
    const found = tagTemporal(text, { published }).filter((t) => !except.includes(t.text));
    expect(found.map((t) => [t.text, t.value])).toEqual([]);
  });
}

const DURATION = /^P[0-9]+[DWMY]$/;
const VAGUE = new Set(["PRESENT_REF", "PAST_REF", "FUTURE_REF"]);

export function expectWellFormed(timex: Timex): void {
  if (timex.kind === "duration") {
    expect(timex.value).toMatch(DURATION);
    expect(timex.span).toBeNull();
    return;
  }
  if (timex.kind === "vague") {
    expect(VAGUE.has(timex.value)).toBe(true);
    return;
  }
  expect(() => edtf(timex.value), `${timex.value} is not EDTF`).not.toThrow();
  expect(timex.span).not.toBeNull();
  expect(timex.span!.edtf).toBe(timex.value);
  expect(timex.span!.firstDay <= timex.span!.lastDay).toBe(true);
  expect(timex.value.includes("/")).toBe(edtf(timex.value).type === "Interval");
}
