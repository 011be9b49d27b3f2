// PLOVER event records as JSON Lines (one JSON object per line), following the field names of
// the PLOVER specification (Open Event Data Alliance, "Event, Actor and Data Interchange
// Specification", draft 0.7b1): id, date, enddate, actor, recipient, event, mode, context,
// quad_code, event_loc, event_text, cite_info. The specification lets providers add fields;
// Chronicle adds `edtf` and `date_precision`, because PLOVER dates are plain days and a
// month-precision event would otherwise read as a month-long series of days.
import type { EventDetail } from "../api-types";
import type { EventType, Participant } from "../model";
import { citedExcerpts, citedSources } from "./detail";

export type PloverCategory = "CONSULT" | "AGREE" | "ASSAULT" | "OTHER";

interface PloverMapping {
  event: PloverCategory;
  /** PLOVER's CONSULT modes: visit (source visits, recipient hosts), phone, third-party, multilateral. */
  mode: string | null;
  /**
   * PLOVER codes a meeting or agreement with no host/visitor distinction with every party as
   * a source actor and no recipient; directed events take the first participant as the actor
   * and the others as recipients.
   */
  reciprocal: boolean;
  /** PLOVER quad category: 1 verbal cooperation, 4 material conflict; none for OTHER. */
  quad: 1 | 4 | null;
}

/**
 * Chronicle's types in PLOVER (CAMEO codes in the guidelines: 040-044 CONSULT, 057 AGREE,
 * 18-19 ASSAULT). Statements are missing on purpose: PLOVER drops CAMEO 01 "make public
 * statement" altogether, so they are not exported. `other` (elections, deaths, appointments)
 * has no single PLOVER category and is exported as OTHER for the analyst to recode.
 */
const PLOVER_MAPPING: Partial<Record<EventType, PloverMapping>> = {
  visit: { event: "CONSULT", mode: "visit", reciprocal: false, quad: 1 },
  meeting: { event: "CONSULT", mode: null, reciprocal: true, quad: 1 },
  call: { event: "CONSULT", mode: "phone", reciprocal: false, quad: 1 },
  agreement: { event: "AGREE", mode: null, reciprocal: true, quad: 1 },
  attack: { event: "ASSAULT", mode: null, reciprocal: false, quad: 4 },
  other: { event: "OTHER", mode: null, reciprocal: false, quad: null },
};

export interface PloverActor {
  actor_text: string;
  /** Chronicle's actor id; PLOVER's identifier_id is reserved for Wikidata ids. */
  chronicle_actor_id: string;
  /** PLOVER's field for an office or official position. */
  office?: string;
}

export interface PloverCitation {
  publication: string;
  url?: string;
  title?: string;
  date: string;
}

export interface PloverRecord {
  id: string;
  date: string;
  enddate?: string;
  edtf: string;
  date_precision: string;
  actor: PloverActor[];
  recipient: PloverActor[];
  event: PloverCategory[];
  mode: string[];
  context: string[];
  quad_code?: 1 | 4;
  event_loc?: { name: string };
  event_text: string[];
  /** One citeInfo object per source: Chronicle events are corroborated by several reports. */
  cite_info: PloverCitation[];
}

function ploverActor(participant: Participant): PloverActor {
  const actor: PloverActor = { actor_text: participant.name, chronicle_actor_id: participant.actorId };
  if (participant.kind === "office") actor.office = participant.name;
  return actor;
}

function citation(source: EventDetail["citations"][number]["source"]): PloverCitation {
  const cite: PloverCitation = { publication: source.outlet, date: source.published };
  if (source.url) cite.url = source.url;
  if (source.title) cite.title = source.title;
  return cite;
}

/** The PLOVER record of an event, or null for types PLOVER does not code (statements). */
export function ploverRecord(detail: EventDetail): PloverRecord | null {
  const { event } = detail;
  const mapping = PLOVER_MAPPING[event.type];
  if (!mapping) return null;
  const actors = event.participants.map(ploverActor);
  const record: PloverRecord = {
    id: event.id,
    date: event.firstDay,
    edtf: event.edtf,
    date_precision: event.precision,
    actor: mapping.reciprocal ? actors : actors.slice(0, 1),
    recipient: mapping.reciprocal ? [] : actors.slice(1),
    event: [mapping.event],
    mode: mapping.mode ? [mapping.mode] : [],
    // PLOVER's "future" context: reported as planned at publication time.
    context: event.scheduled ? ["future"] : [],
    event_text: citedExcerpts(detail),
    cite_info: citedSources(detail).map(citation),
  };
  if (event.lastDay !== event.firstDay) record.enddate = event.lastDay;
  if (mapping.quad !== null) record.quad_code = mapping.quad;
  if (event.place) record.event_loc = { name: event.place };
  return record;
}

export function exportPlover(details: EventDetail[]): string {
  return details
    .map(ploverRecord)
    .filter((record): record is PloverRecord => record !== null)
    .map((record) => JSON.stringify(record) + "\n")
    .join("");
}
