import { describe, expect, it } from "vitest";
import { isSameEvent, kindOf, toMergeCandidate, type MergeCandidate } from "./merge";

const agreement2020: MergeCandidate = { type: "agreement", kind: "agreement", firstDay: "2020-07-01", lastDay: "2020-07-31", actorIds: ["state:iran", "state:syria"], place: null };

describe("isSameEvent", () => {
  it("merges two reports of the July 2020 Iran–Syria agreement named by their states", () => {
    expect(isSameEvent(agreement2020, { ...agreement2020 })).toBe(true);
  });
  it("merges a day-precise report into a month-precise one", () => {
    const zarifVisit: MergeCandidate = { type: "visit", kind: "visit", firstDay: "2018-09-03", lastDay: "2018-09-03", actorIds: ["person:mohammad-javad-zarif"], place: "دمشق" };
    expect(isSameEvent(zarifVisit, { ...zarifVisit, firstDay: "2018-09-01", lastDay: "2018-09-30" })).toBe(true);
  });
  it("keeps apart meetings of one host with different guests", () => {
    const withAssad: MergeCandidate = { type: "meeting", kind: "meeting", firstDay: "2018-09-03", lastDay: "2018-09-03", actorIds: ["person:mohammad-javad-zarif", "person:bashar-al-assad"], place: null };
    const withKhamis = { ...withAssad, actorIds: ["person:mohammad-javad-zarif", "person:imad-khamis"] };
    expect(isSameEvent(withAssad, withKhamis)).toBe(false);
  });
  it("keeps apart events of other types, days or actors", () => {
    expect(isSameEvent(agreement2020, { ...agreement2020, type: "meeting", kind: "meeting" })).toBe(false);
    expect(isSameEvent(agreement2020, { ...agreement2020, firstDay: "2020-08-01", lastDay: "2020-08-31" })).toBe(false);
    expect(isSameEvent(agreement2020, { ...agreement2020, actorIds: ["state:iraq"] })).toBe(false);
  });
  it("does not merge on a shared state when both reports name more specific actors", () => {
    const a: MergeCandidate = { type: "statement", kind: "statement", firstDay: "2024-01-23", lastDay: "2024-01-23", actorIds: ["state:israel", "person:musab-al-buraim"], place: null };
    const b = { ...a, actorIds: ["state:israel", "org:idf"] };
    expect(isSameEvent(a, b)).toBe(false);
  });
  it("keeps apart `other` events of different kinds: sanctions by a state are not its withdrawal", () => {
    const sanctions: MergeCandidate = { type: "other", kind: kindOf("other", "other.sanctions+date:timex"), firstDay: "2018-05-08", lastDay: "2018-05-08", actorIds: ["state:usa"], place: null };
    const withdrawal = { ...sanctions, kind: kindOf("other", "other.withdrawal+date:lead") };
    expect(isSameEvent(sanctions, withdrawal)).toBe(false);
    expect(isSameEvent(sanctions, { ...sanctions, kind: kindOf("other", "other.sanctions+date:lead") })).toBe(true);
  });
  it("does not merge a multi-year period with an event inside it", () => {
    const period = { ...agreement2020, firstDay: "2015-01-01", lastDay: "2022-12-31" };
    expect(isSameEvent(period, agreement2020)).toBe(false);
    expect(isSameEvent(period, { ...period })).toBe(true);
  });
  it("does not merge a report dated only by its year with a day of that year", () => {
    const meeting: MergeCandidate = { type: "meeting", kind: "meeting", firstDay: "2018-09-07", lastDay: "2018-09-07", actorIds: ["person:vladimir-putin"], place: null };
    expect(isSameEvent(meeting, { ...meeting, firstDay: "2018-01-01", lastDay: "2018-12-31" })).toBe(false);
    expect(isSameEvent({ ...meeting, firstDay: "2018-09-01", lastDay: "2018-09-30" }, { ...meeting, firstDay: "2018-01-01", lastDay: "2018-12-31" })).toBe(true);
  });
  it("keeps apart reports whose places lie in different countries", () => {
    const strike: MergeCandidate = { type: "attack", kind: "attack", firstDay: "2024-01-02", lastDay: "2024-01-02", actorIds: ["state:israel"], place: "غزة" };
    expect(isSameEvent(strike, { ...strike, place: "دمشق" })).toBe(false);
    expect(isSameEvent(strike, { ...strike, place: null })).toBe(true);
  });
  it("takes a statement as its speaker's: naming the other side does not make two speakers' words one", () => {
    const day = { firstDay: "2018-02-18", lastDay: "2018-02-18" };
    const netanyahu = toMergeCandidate({ type: "statement", rule: "statement.verb.said", place: null, participants: [{ actorId: "person:benjamin-netanyahu" }, { actorId: "state:iran" }] }, day);
    const zarif = toMergeCandidate({ type: "statement", rule: "statement.verb.said", place: null, participants: [{ actorId: "person:mohammad-javad-zarif" }, { actorId: "person:benjamin-netanyahu" }] }, day);
    expect(isSameEvent(netanyahu, zarif)).toBe(false);
  });
});
