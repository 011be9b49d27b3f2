import { describe, expect, it } from "vitest";
import { airStrikes, allDetails, defenceMeeting, militaryAgreement, ministerStatement, ministerVisit } from "./fixtures";
import { exportPlover, ploverRecord } from "./plover";

describe("exportPlover", () => {
  const text = exportPlover(allDetails);
  const records = text.trimEnd().split("\n").map((line) => JSON.parse(line));

  it("writes one JSON object per line and leaves statements out, as PLOVER does", () => {
    expect(text.endsWith("\n")).toBe(true);
    expect(records.map((record) => record.id)).toEqual(["evt-meeting-1", "evt-agreement-2", "evt-visit-3", "evt-attack-4"]);
    expect(ploverRecord(ministerStatement)).toBeNull();
    for (const record of records) expect(Object.keys(record)).toEqual(expect.arrayContaining(["id", "date", "actor", "event"]));
  });

  it("codes a meeting as CONSULT with every party as actor", () => {
    expect(ploverRecord(defenceMeeting)).toEqual({
      id: "evt-meeting-1",
      date: "2024-11-17",
      edtf: "2024-11-17",
      date_precision: "day",
      actor: [
        { actor_text: "وزير الدفاع السوري", chronicle_actor_id: "actor-sy-mod", office: "وزير الدفاع السوري" },
        { actor_text: "وزير الدفاع الإيراني", chronicle_actor_id: "actor-ir-mod", office: "وزير الدفاع الإيراني" },
      ],
      recipient: [],
      event: ["CONSULT"],
      mode: [],
      context: [],
      quad_code: 1,
      event_loc: { name: "دمشق" },
      event_text: defenceMeeting.citations.map((citation) => citation.excerpt),
      cite_info: [
        {
          publication: "أثر برس",
          url: "https://athrpress.com/بدعوة-من-نظيره-السوري-وزير-الدفاع-الإي/سياسة",
          title: "بدعوة من نظيره السوري.. وزير الدفاع الإيراني يصل إلى دمشق",
          date: "2024-11-17",
        },
        { publication: "سانا", url: "https://sana.sy/?p=2156789", date: "2024-11-18" },
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
      actor: [{ actor_text: "وزير الدفاع الإيراني" }],
      recipient: [{ actor_text: "سوريا", chronicle_actor_id: "actor-sy" }],
    });
  });

  it("keeps a month's EDTF beside PLOVER's day-only dates", () => {
    expect(ploverRecord(militaryAgreement)).toMatchObject({
      date: "2020-07-01",
      enddate: "2020-07-31",
      edtf: "2020-07",
      date_precision: "month",
      event: ["AGREE"],
      cite_info: [{ publication: "Click News", date: "2023-01-25", title: expect.any(String) }],
    });
    expect(ploverRecord(militaryAgreement)?.cite_info[0]).not.toHaveProperty("url");
  });

  it("codes attacks as ASSAULT (quad 4), calls with the phone mode, other as OTHER, planned events with the future context", () => {
    expect(ploverRecord(airStrikes)).toMatchObject({ event: ["ASSAULT"], quad_code: 4, edtf: "2018-W07", date: "2018-02-12", enddate: "2018-02-18" });
    const call = { ...defenceMeeting, event: { ...defenceMeeting.event, type: "call" as const, scheduled: true } };
    expect(ploverRecord(call)).toMatchObject({ event: ["CONSULT"], mode: ["phone"], context: ["future"], recipient: [{ actor_text: "وزير الدفاع الإيراني" }] });
    const other = ploverRecord({ ...airStrikes, event: { ...airStrikes.event, type: "other" } });
    expect(other?.event).toEqual(["OTHER"]);
    expect(other).not.toHaveProperty("quad_code");
  });
});
