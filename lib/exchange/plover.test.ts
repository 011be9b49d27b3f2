import { describe, expect, it } from "vitest";
import { loadActorRegister } from "../events/register";
import { airStrikes, allDetails, defenceMeeting, militaryAgreement, ministerStatement, ministerVisit } from "./fixtures";
import { exportPlover, ploverRecord } from "./plover";

// What the PLOVER manual's data-fields chapter names (PLOVER_MANUAL.tex, tables "PLOVER JSON",
// entities, locations and citations), and the extension fields Chronicle adds.
const RECORD_FIELDS = ["id", "date", "enddate", "actor", "recipient", "event", "event_loc", "event_text", "quad_code", "mode", "context", "cite_info"];
const ENTITY_FIELDS = ["code", "sector", "entity_text", "identifier_id", "identifier_text", "religion", "ethnicity", "office", "gender", "age"];
const LOCATION_FIELDS = ["extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district", "province", "country", "country_code", "feature_class", "feature_code", "resolution"];
const CITE_FIELDS = ["corpus", "citation", "url", "title", "language", "publication", "license", "copyright", "coder", "codebook", "version"];
const PLOVER_CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const isExtension = (key: string) => key.startsWith("chronicle_") || key === "edtf" || key === "date_precision";

describe("exportPlover", () => {
  const text = exportPlover(allDetails);
  const records = text.trimEnd().split("\n").map((line) => JSON.parse(line));

  it("writes one JSON object per line and leaves statements and other events out, as PLOVER has no category for them", () => {
    expect(text.endsWith("\n")).toBe(true);
    expect(records.map((record) => record.id)).toEqual(["evt-meeting-1", "evt-agreement-2", "evt-visit-3", "evt-attack-4"]);
    expect(ploverRecord(ministerStatement)).toBeNull();
    expect(ploverRecord({ ...airStrikes, event: { ...airStrikes.event, type: "other" } })).toBeNull();
  });

  it("uses only the manual's field names (besides extensions named as such) and its categories", () => {
    for (const record of records) {
      for (const key of Object.keys(record)) if (!isExtension(key)) expect(RECORD_FIELDS, key).toContain(key);
      for (const entity of [...record.actor, ...record.recipient]) for (const key of Object.keys(entity)) if (!isExtension(key)) expect(ENTITY_FIELDS, key).toContain(key);
      for (const key of Object.keys(record.event_loc ?? {})) expect(LOCATION_FIELDS, key).toContain(key);
      for (const key of Object.keys(record.cite_info)) expect(CITE_FIELDS, key).toContain(key);
      for (const category of record.event) expect(PLOVER_CATEGORIES).toContain(category);
    }
  });

  it("codes a meeting as CONSULT with every party as actor, each with its country's code, and the place with its country", () => {
    expect(ploverRecord(defenceMeeting)).toEqual({
      id: "evt-meeting-1",
      date: "2024-11-17",
      edtf: "2024-11-17",
      date_precision: "day",
      actor: [
        { entity_text: "وزير الدفاع السوري", code: "SYR", office: "وزير الدفاع السوري", chronicle_actor_id: "actor-sy-mod" },
        { entity_text: "وزير الدفاع الإيراني", code: "IRN", office: "وزير الدفاع الإيراني", chronicle_actor_id: "actor-ir-mod" },
      ],
      recipient: [],
      event: ["CONSULT"],
      mode: [],
      context: [],
      quad_code: 1,
      event_loc: { extracted_place: "دمشق", country: "Syria", country_code: "SYR" },
      event_text: defenceMeeting.citations.map((citation) => citation.excerpt),
      cite_info: {
        publication: "أثر برس",
        citation: "أثر برس, 2024-11-17",
        coder: "Chronicle",
        url: "https://athrpress.com/بدعوة-من-نظيره-السوري-وزير-الدفاع-الإي/سياسة",
        title: "بدعوة من نظيره السوري.. وزير الدفاع الإيراني يصل إلى دمشق",
      },
      chronicle_cite_info: [
        expect.objectContaining({ publication: "أثر برس" }),
        { publication: "سانا", citation: "سانا, 2024-11-18", coder: "Chronicle", url: "https://sana.sy/?p=2156789" },
      ],
    });
  });

  it("codes a visit as CONSULT visit, the visitor as actor and the host as recipient, over its range", () => {
    expect(ploverRecord(ministerVisit)).toMatchObject({
      date: "2024-11-01",
      enddate: "2024-11-17",
      edtf: "2024-11-01/2024-11-17",
      date_precision: "range",
      event: ["CONSULT"],
      mode: ["visit"],
      actor: [{ entity_text: "وزير الدفاع الإيراني", code: "IRN" }],
      recipient: [{ entity_text: "سوريا", code: "SYR", chronicle_actor_id: "actor-sy" }],
    });
  });

  it("codes a signed agreement as SUPPORT with the diplomatic context (CAMEO 057), keeping a month's EDTF beside PLOVER's days", () => {
    const record = ploverRecord(militaryAgreement);
    expect(record).toMatchObject({
      date: "2020-07-01",
      enddate: "2020-07-31",
      edtf: "2020-07",
      date_precision: "month",
      event: ["SUPPORT"],
      context: ["diplomatic"],
      quad_code: 1,
      cite_info: { publication: "Click News", citation: "Click News, 2023-01-25", title: expect.any(String) },
    });
    expect(record?.cite_info).not.toHaveProperty("url");
    expect(record).not.toHaveProperty("chronicle_cite_info");
  });

  it("codes planned cooperation as AGREE, attacks as ASSAULT (quad 4), a planned attack with the future context, calls with the phone mode", () => {
    expect(ploverRecord(airStrikes)).toMatchObject({ event: ["ASSAULT"], quad_code: 4, context: [], edtf: "2018-W07", date: "2018-02-12", enddate: "2018-02-18" });
    const call = { ...defenceMeeting, event: { ...defenceMeeting.event, type: "call" as const } };
    expect(ploverRecord(call)).toMatchObject({ event: ["CONSULT"], mode: ["phone"], recipient: [{ entity_text: "وزير الدفاع الإيراني" }] });
    const plannedCall = { ...call, event: { ...call.event, scheduled: true } };
    expect(ploverRecord(plannedCall)).toMatchObject({ event: ["AGREE"], mode: [], context: ["diplomatic"], quad_code: 1 });
    const plannedAttack = ploverRecord({ ...airStrikes, event: { ...airStrikes.event, scheduled: true } });
    expect(plannedAttack).toMatchObject({ event: ["ASSAULT"], context: ["future"] });
  });

  it("codes a person by the state whose office they held on the event's day", () => {
    const person = (day: string) =>
      ploverRecord({ ...airStrikes, event: { ...airStrikes.event, firstDay: day, lastDay: day, participants: [{ actorId: "person:ali-mahmoud-abbas", name: "علي محمود عباس", kind: "person" }] } });
    expect(person("2023-01-23")?.actor[0]).toMatchObject({ entity_text: "علي محمود عباس", code: "SYR" });
    expect(person("2020-01-01")?.actor[0]).not.toHaveProperty("code");
  });

  it("knows the three-letter code of every state in the actor register", () => {
    for (const actor of loadActorRegister().actors.values()) {
      if (actor.kind !== "state") continue;
      const record = ploverRecord({ ...airStrikes, event: { ...airStrikes.event, participants: [{ actorId: actor.id, name: actor.nameAr, kind: "state" }] } });
      expect(record?.actor[0].code, actor.id).toMatch(/^[A-Z]{3}$/);
    }
  });
});
