// What every pattern family provides: a compiled pattern over the folded text and a parse
// step that turns one match into a resolved expression, given the publication date.
import type { DateSpan } from "../model";
import type { Ymd } from "./calendar";
import type { BackReference } from "./coreference";
import type { Anchor } from "./patterns";
import type { Direction, Timex } from "./types";

export interface RuleContext {
  published: Ymd;
  /** The folded text (see normalize.ts) the patterns run on. */
  text: string;
  /** Which way a bare weekday or month at [start, end) points (options, else the verb's tense). */
  direction(start: number, end: number): Direction;
  /** Whether `direction` reads the article's clauses (false when the caller fixed it). */
  directionFromText: boolean;
}

export interface Parsed {
  kind: Timex["kind"];
  span: DateSpan | null;
  /** Defaults to span.edtf. */
  value?: string;
  warnings?: string[];
  /** For anchored durations; offsets in the folded text. */
  anchor?: { duration: string; relation: "after" | "before"; phraseStart: number; phraseEnd: number };
  /** Set when the expression points back at an earlier date ("العام نفسه"; see coreference.ts). */
  backReference?: BackReference;
  /** Narrows the match (folded offsets) when the pattern needed context around the expression. */
  start?: number;
  end?: number;
}

export interface Rule {
  name: string;
  /** Words the expression cannot do without; the pattern runs only around them (scan.ts). */
  anchor?: Anchor;
  pattern: RegExp;
  parse(match: RegExpExecArray, context: RuleContext): Parsed | null;
}

export function dated(span: DateSpan, warnings: string[] = []): Parsed {
  return { kind: span.precision === "range" ? "range" : "date", span, warnings };
}
