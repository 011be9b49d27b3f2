import type { ActorKind, DateSpan, EventType } from "../model";
import type { Timex } from "../temporal/types";

export interface ExtractedParticipant {
  name: string; // surface form in the text
  actorId: string; // register id, or a stable id derived from the normalised name
  kind: ActorKind;
  start: number;
  end: number;
  /** The office the text named them by (وزير الدفاع الإيراني), when it resolved to its holder. */
  office?: string;
}

export interface ExtractedEvent {
  type: EventType;
  date: DateSpan;
  dateInferred: boolean;
  scheduled: boolean;
  participants: ExtractedParticipant[];
  place: string | null;
  /** The sentence or clause that reports the event, as offsets into the text. */
  excerpt: { start: number; end: number };
  /** The expression that dated it, if one governs its clause. */
  timex: Timex | null;
  /** The title in Arabic and in English ("Zarif visits Damascus"), see titles.ts. */
  title: string;
  titleEn: string;
  confidence: number;
  rule: string;
}
