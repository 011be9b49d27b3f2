import { describe, expect, it } from "vitest";
import { airStrikes, allDetails, defenceMeeting, militaryAgreement, ministerStatement, ministerVisit } from "./fixtures";
import { escapeText, exportIcalendar, foldLine } from "./icalendar";

// A small RFC 5545 reader, enough to check the export: unfolds lines, splits name, parameters
// and value, unescapes TEXT, and groups properties by component.
interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

function unfold(text: string): string[] {
  expect(text.endsWith("\r\n")).toBe(true);
  const lines: string[] = [];
  for (const physical of text.slice(0, -2).split("\r\n")) {
    if (physical.startsWith(" ")) lines[lines.length - 1] += physical.slice(1);
    else lines.push(physical);
  }
  return lines;
}

function parseProperty(line: string): Property {
  const colon = line.indexOf(":");
  const [name, ...params] = line.slice(0, colon).split(";");
  return { name, params: Object.fromEntries(params.map((param) => param.split("=") as [string, string])), value: line.slice(colon + 1) };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

function parseCalendar(text: string): { calendar: Property[]; events: Map<string, Property>[] } {
  const calendar: Property[] = [];
  const events: Map<string, Property>[] = [];
  const open: string[] = [];
  for (const property of unfold(text).map(parseProperty)) {
    if (property.name === "BEGIN") {
      open.push(property.value);
      if (property.value === "VEVENT") events.push(new Map());
    } else if (property.name === "END") {
      expect(open.pop()).toBe(property.value);
    } else if (open.at(-1) === "VEVENT") {
      events[events.length - 1].set(property.name, property);
    } else {
      calendar.push(property);
    }
  }
  expect(open).toEqual([]);
  return { calendar, events };
}

const generatedAt = new Date("2024-11-18T12:00:00.000Z");
const text = exportIcalendar(allDetails, { generatedAt, title: "سوريا وإيران" });
const { calendar, events } = parseCalendar(text);
const byUid = new Map(events.map((event) => [event.get("UID")?.value, event]));
const eventOf = (id: string) => {
  const event = byUid.get(`${id}@chronicle`);
  if (!event) throw new Error(`no VEVENT for ${id}`);
  return event;
};
const value = (id: string, name: string) => eventOf(id).get(name)?.value;

describe("exportIcalendar", () => {
  it("is a VCALENDAR of one VEVENT per event, with CRLF line ends only", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(calendar.map((property) => property.name)).toEqual(["VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME"]);
    expect(unescapeText(calendar[4].value)).toBe("سوريا وإيران");
    expect(events).toHaveLength(allDetails.length);
    for (const event of events) expect(event.get("DTSTAMP")?.value).toBe("20241118T120000Z");
  });

  it("folds every line at 75 octets without splitting a UTF-8 character", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const encoder = new TextEncoder();
    const physicalLines = text.slice(0, -2).split("\r\n");
    expect(physicalLines.some((line) => line.startsWith(" "))).toBe(true);
    for (const line of physicalLines) {
      const bytes = encoder.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(decoder.decode(bytes)).toBe(line);
    }
  });

  it("writes a day-precision event as one all-day date with an exclusive end", () => {
    const id = defenceMeeting.event.id;
    expect(eventOf(id).get("DTSTART")).toEqual({ name: "DTSTART", params: { VALUE: "DATE" }, value: "20241117" });
    expect(eventOf(id).get("DTEND")).toEqual({ name: "DTEND", params: { VALUE: "DATE" }, value: "20241118" });
    expect(value(id, "X-CHRONICLE-PRECISION")).toBe("day");
    expect(value(id, "X-CHRONICLE-EDTF")).toBe("2024-11-17");
    expect(unescapeText(value(id, "SUMMARY") ?? "")).toBe("لقاء وزيري الدفاع السوري والإيراني");
    expect(unescapeText(value(id, "LOCATION") ?? "")).toBe("دمشق");
    expect(value(id, "CATEGORIES")).toBe("meeting");
    expect(value(id, "TRANSP")).toBe("TRANSPARENT");
  });

  it("writes month, range and week precision as spans from the first to the last day, keeping the precision and EDTF", () => {
    const spans = [militaryAgreement, ministerVisit, airStrikes].map(({ event }) => [
      eventOf(event.id).get("DTSTART")?.params.VALUE,
      value(event.id, "DTSTART"),
      value(event.id, "DTEND"),
      value(event.id, "X-CHRONICLE-PRECISION"),
      unescapeText(value(event.id, "X-CHRONICLE-EDTF") ?? ""),
    ]);
    expect(spans).toEqual([
      ["DATE", "20200701", "20200801", "month", "2020-07"],
      ["DATE", "20241101", "20241118", "range", "2024-11-01/2024-11-17"],
      ["DATE", "20180212", "20180219", "week", "2018-W07"],
    ]);
  });

  it("escapes backslash, semicolon, comma and newline in text, and they read back", () => {
    const id = militaryAgreement.event.id;
    expect(value(id, "SUMMARY")).toBe('توقيع اتفاقية "التعاون العسكري الشامل"\\, بين سوريا وإيران\\; في دمشق \\\\ تموز');
    expect(unescapeText(value(id, "SUMMARY") ?? "")).toBe(militaryAgreement.event.title);
    const meetingDescription = unescapeText(value(defenceMeeting.event.id, "DESCRIPTION") ?? "");
    expect(meetingDescription).toContain(`«${defenceMeeting.citations[0].excerpt}»`);
    expect(meetingDescription).toContain("أثر برس, 2024-11-17: https://athrpress.com/");
    expect(meetingDescription.split("\n")[0]).toBe("وزير الدفاع السوري، وزير الدفاع الإيراني");
  });

  it("links the first source with an ASCII URI, or the event's page when the caller knows it", () => {
    expect(value(defenceMeeting.event.id, "URL")).toBe(new URL(defenceMeeting.citations[0].source.url ?? "").href);
    expect(value(defenceMeeting.event.id, "URL")).toMatch(/^[\x21-\x7e]+$/);
    expect(eventOf(militaryAgreement.event.id).has("URL")).toBe(false);
    const withPages = parseCalendar(exportIcalendar([militaryAgreement], { generatedAt, eventUrl: (id) => `https://chronicle.example/events/${id}` }));
    expect(withPages.events[0].get("URL")?.value).toBe("https://chronicle.example/events/evt-agreement-2");
  });

  it("says CONFIRMED only for events a person confirmed, TENTATIVE for machine guesses and planned events, CANCELLED for rejected ones", () => {
    const status = (change: Partial<typeof ministerStatement.event>) => {
      const detail = { ...ministerStatement, event: { ...ministerStatement.event, ...change } };
      const [event] = parseCalendar(exportIcalendar([detail], { generatedAt })).events;
      return [event.get("STATUS")?.value, event.get("X-CHRONICLE-REVIEW")?.value];
    };
    expect(value(ministerStatement.event.id, "STATUS")).toBe("CONFIRMED");
    expect(status({ reviewStatus: "unreviewed" })).toEqual(["TENTATIVE", "unreviewed"]);
    expect(status({ scheduled: true })).toEqual(["TENTATIVE", "confirmed"]);
    expect(status({ reviewStatus: "rejected" })).toEqual(["CANCELLED", "rejected"]);
  });
});

describe("foldLine and escapeText", () => {
  it("breaks long Arabic lines at character boundaries, continuation lines counting their space", () => {
    const line = `SUMMARY:${"لقاء وزيري الدفاع السوري والإيراني ".repeat(4)}🇸🇾`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(2);
    expect(folded.map((part) => new TextEncoder().encode(part).length).every((octets) => octets <= 75)).toBe(true);
    expect(folded.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join("")).toBe(line);
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
  });

  it("escapes TEXT and normalises line breaks", () => {
    expect(escapeText("أ,ب;ج\\د\r\nهـ\rو")).toBe("أ\\,ب\\;ج\\\\د\\nهـ\\nو");
  });
});
