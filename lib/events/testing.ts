// Test support: hand-made temporal expressions, so event rules can be tested without the tagger.
import type { Timex } from "../temporal/types";
import { lastDayOfMonthOf, spanOfDays } from "./dates";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

function spanOf(value: string) {
  if (DAY.test(value)) return spanOfDays(value, value);
  if (MONTH.test(value)) return spanOfDays(`${value}-01`, lastDayOfMonthOf(value));
  if (YEAR.test(value)) return spanOfDays(`${value}-01-01`, `${value}-12-31`);
  throw new Error(`timexAt handles days, months and years, not "${value}"`);
}

/** A date expression over the first occurrence of `phrase` in `text`, resolved to `value`. */
export function timexAt(text: string, phrase: string, value: string): Timex {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, text: phrase, value, kind: "date", span: spanOf(value), rule: "test", warnings: [] };
}
