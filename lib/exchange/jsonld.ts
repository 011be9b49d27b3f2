// schema.org Event objects as JSON-LD, for linked-data tools and search engines, using only
// properties schema.org gives Event (additionalProperty is not one: validators reject it).
// startDate and endDate are full days (the first and last day the event can mean), as search
// engines expect; the EDTF value and its precision, which schema.org cannot express on an Event,
// are in the CSV, iCalendar and PLOVER exports. The place is a Place with its country when the
// actor register knows it. Participants are attendees, linked across events by a stable @id; the
// reports are the NewsArticles the event is the subject of.
import type { EventDetail } from "../api-types";
import type { ActorKind, ChronicleEvent, Participant } from "../model";
import { citedExcerpts, citedSources, placeState } from "./detail";
import type { ExportOptions } from "./types";

export const SCHEMA_ORG = "https://schema.org";

type JsonLdNode = Record<string, unknown>;

const ATTENDEE_TYPE: Record<ActorKind, string> = {
  person: "Person",
  office: "Person", // an office is held by a person ("وزير الدفاع السوري")
  state: "GovernmentOrganization",
  organisation: "Organization",
  place: "Organization", // a place named as an actor stands for its authorities
  unknown: "Organization",
};

export function eventNodeId(eventId: string): string {
  return `urn:chronicle:event:${encodeURIComponent(eventId)}`;
}

function attendee(participant: Participant): JsonLdNode {
  return {
    "@type": ATTENDEE_TYPE[participant.kind],
    "@id": `urn:chronicle:actor:${encodeURIComponent(participant.actorId)}`,
    name: participant.name,
  };
}

function report(detail: EventDetail, sourceId: string): JsonLdNode {
  const citations = detail.citations.filter((citation) => citation.source.id === sourceId);
  const source = citations[0].source;
  const node: JsonLdNode = {
    "@type": "NewsArticle",
    datePublished: source.published,
    publisher: { "@type": "Organization", name: source.outlet },
  };
  if (source.url) node.url = source.url;
  if (source.title) node.headline = source.title;
  const excerpts = citedExcerpts({ ...detail, citations });
  // The cited passage: what in the article reports the event.
  if (excerpts.length > 0) node.description = excerpts.join("\n");
  return node;
}

/** The event's place: its name, and the country it lies in when known. */
function location(place: string): JsonLdNode {
  const node: JsonLdNode = { "@type": "Place", name: place };
  const state = placeState(place);
  if (state) node.address = { "@type": "PostalAddress", addressCountry: { "@type": "Country", name: state.nameEn ?? state.nameAr } };
  return node;
}

/** One event as a schema.org Event node (without @context: put it in a graph or add one). */
export function eventNode(detail: EventDetail, options: ExportOptions = {}): JsonLdNode {
  const event: ChronicleEvent = detail.event;
  const node: JsonLdNode = {
    "@type": "Event",
    "@id": eventNodeId(event.id),
    identifier: event.id,
    name: event.title,
    startDate: event.firstDay,
    endDate: event.lastDay,
    eventStatus: `${SCHEMA_ORG}/EventScheduled`,
  };
  const url = options.eventUrl?.(event.id);
  if (url) node.url = url;
  if (event.place) node.location = location(event.place);
  if (event.participants.length > 0) node.attendee = event.participants.map(attendee);
  const reports = citedSources(detail).map((source) => report(detail, source.id));
  if (reports.length > 0) node.subjectOf = reports;
  return node;
}

/**
 * A single event as a standalone JSON-LD document, e.g. for a <script type="application/ld+json">
 * on its page (serialise it with "<" escaped as \u003c: titles are article text).
 */
export function eventJsonLd(detail: EventDetail, options: ExportOptions = {}): JsonLdNode {
  return { "@context": SCHEMA_ORG, ...eventNode(detail, options) };
}

export function toJsonLd(details: EventDetail[], options: ExportOptions = {}): JsonLdNode {
  return { "@context": SCHEMA_ORG, "@graph": details.map((detail) => eventNode(detail, options)) };
}

export function exportJsonLd(details: EventDetail[], options: ExportOptions = {}): string {
  return JSON.stringify(toJsonLd(details, options), null, 2);
}
