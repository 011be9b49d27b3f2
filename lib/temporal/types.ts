import type { DateSpan } from "../model";

/** Which way a bare weekday or month points when the text gives no year or week. */
export type Direction = "past" | "future";

export interface TagOptions {
  /** Publication date, yyyy-mm-dd (a full ISO timestamp is cut to its date part). */
  published: string;
  /** Forces the reading of bare weekdays and months; by default the governing verb decides. */
  direction?: Direction;
}

/** A duration that dates something relative to another event: "بعد يوم واحد من زيارة …". */
export interface TimexAnchor {
  duration: string; // ISO 8601 duration, e.g. P1D, P2W
  relation: "after" | "before";
  /** The phrase naming the other event ("زيارة كبير مستشاري …"), as offsets into the text. */
  phraseStart: number;
  phraseEnd: number;
}

export interface Timex {
  start: number; // JavaScript string index, inclusive
  end: number; // exclusive
  text: string;
  /** EDTF date or interval, an ISO duration (P1D), or PRESENT_REF / PAST_REF / FUTURE_REF. */
  value: string;
  kind: "date" | "range" | "duration" | "vague";
  /** The calendar span for dates and ranges; null for durations and vague references. */
  span: DateSpan | null;
  /** The grammar rule that produced it, e.g. "relative-day", "month-year". */
  rule: string;
  /** Problems the reader should see, e.g. a weekday that disagrees with the publication day. */
  warnings: string[];
  anchor?: TimexAnchor;
}
