import type { EventType } from "../../model";

/** How a trigger word places its event in time, before any date is read. */
export type Tense = "past" | "present" | "future" | "noun";

/**
 * One way of saying that an event of `type` happened. `words` is an alternation of the word
 * forms in natural Arabic spelling (folded at compile time, so hamza and diacritics don't
 * matter); the optional conjunction و/ف, and for nouns the prepositions ب/ل and the article,
 * are allowed in front.
 */
export interface TriggerRule {
  name: string;
  type: EventType;
  tense: Tense;
  words: string;
  /** The clause after the trigger must contain this (folded regex source), e.g. an object noun. */
  needsAfter?: string;
  /** The trigger's clause must name a place it points to (وصل … إلى طهران). */
  needsPlace?: boolean;
  /** Base confidence of an event this rule finds, before dating adjusts it. */
  confidence: number;
  /**
   * Spellings that folding would confuse with this rule's words but the shadda tells apart
   * (عرّضت "exposed" is not عرضت "offered"), written as in the text.
   */
  unlessWritten?: string;
  /** For `other` events: what the title calls the event (انتخابات، استقالة …). */
  label?: string;
}
