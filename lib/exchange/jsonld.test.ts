import { describe, expect, it } from "vitest";
import { allDetails, defenceMeeting, militaryAgreement } from "./fixtures";
import { eventJsonLd, exportJsonLd } from "./jsonld";

type Node = Record<string, any>;

describe("exportJsonLd", () => {
  const document: Node = JSON.parse(exportJsonLd(allDetails));
  const graph: Node[] = document["@graph"];
  const byIdentifier = new Map(graph.map((node) => [node.identifier, node]));

  it("is a schema.org @graph of Event nodes with stable ids", () => {
    expect(document["@context"]).toBe("https://schema.org");
    expect(graph).toHaveLength(allDetails.length);
    for (const node of graph) {
      expect(node["@type"]).toBe("Event");
      expect(node["@id"]).toBe(`urn:chronicle:event:${node.identifier}`);
      expect(node.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(node.endDate >= node.startDate).toBe(true);
    }
  });

  // schema.org/Event's properties, its own and those of Thing: nothing else may appear on an Event.
  const EVENT_PROPERTIES = new Set([
    "about", "actor", "aggregateRating", "attendee", "audience", "composer", "contributor", "director", "doorTime", "duration",
    "endDate", "eventAttendanceMode", "eventSchedule", "eventStatus", "funder", "funding", "inLanguage", "isAccessibleForFree",
    "keywords", "location", "maximumAttendeeCapacity", "maximumPhysicalAttendeeCapacity", "maximumVirtualAttendeeCapacity",
    "offers", "organizer", "performer", "previousStartDate", "recordedIn", "remainingAttendeeCapacity", "review", "sponsor",
    "startDate", "subEvent", "superEvent", "translator", "typicalAgeRange", "workFeatured", "workPerformed",
    "additionalType", "alternateName", "description", "disambiguatingDescription", "identifier", "image", "mainEntityOfPage",
    "name", "potentialAction", "sameAs", "subjectOf", "url",
  ]);

  it("gives full start and end days, and uses only properties schema.org gives an Event", () => {
    const agreement = byIdentifier.get(militaryAgreement.event.id);
    expect(agreement).toMatchObject({ name: militaryAgreement.event.title, startDate: "2020-07-01", endDate: "2020-07-31" });
    for (const node of graph) for (const key of Object.keys(node)) if (!key.startsWith("@")) expect(EVENT_PROPERTIES, key).toContain(key);
    expect(agreement).not.toHaveProperty("additionalProperty");
  });

  it("names the place, the participants as attendees and the reports as NewsArticles", () => {
    const meeting = byIdentifier.get(defenceMeeting.event.id);
    expect(meeting?.location).toEqual({ "@type": "Place", name: "دمشق", address: { "@type": "PostalAddress", addressCountry: { "@type": "Country", name: "Syria" } } });
    expect(meeting?.attendee).toEqual([
      { "@type": "Person", "@id": "urn:chronicle:actor:actor-sy-mod", name: "وزير الدفاع السوري" },
      { "@type": "Person", "@id": "urn:chronicle:actor:actor-ir-mod", name: "وزير الدفاع الإيراني" },
    ]);
    expect(meeting?.subjectOf).toEqual([
      {
        "@type": "NewsArticle",
        url: "https://athrpress.com/بدعوة-من-نظيره-السوري-وزير-الدفاع-الإي/سياسة",
        headline: "بدعوة من نظيره السوري.. وزير الدفاع الإيراني يصل إلى دمشق",
        datePublished: "2024-11-17",
        publisher: { "@type": "Organization", name: "أثر برس" },
        description: defenceMeeting.citations[0].excerpt,
      },
      {
        "@type": "NewsArticle",
        url: "https://sana.sy/?p=2156789",
        datePublished: "2024-11-18",
        publisher: { "@type": "Organization", name: "سانا" },
        description: defenceMeeting.citations[1].excerpt,
      },
    ]);
    expect(byIdentifier.get(militaryAgreement.event.id)?.attendee[0]["@type"]).toBe("GovernmentOrganization");
    expect(byIdentifier.get(militaryAgreement.event.id)?.subjectOf[0].url).toBeUndefined();
  });

  it("makes a standalone document for one event, with its page URL when known", () => {
    const single = eventJsonLd(defenceMeeting, { eventUrl: (id) => `https://chronicle.example/events/${id}` });
    expect(single["@context"]).toBe("https://schema.org");
    expect(single.url).toBe("https://chronicle.example/events/evt-meeting-1");
    expect(single["@type"]).toBe("Event");
  });
});
