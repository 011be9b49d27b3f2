import { describe, expect, it } from "vitest";
import { isSameEvent } from "./merge";

const agreement2020 = { type: "agreement" as const, firstDay: "2020-07-01", lastDay: "2020-07-31", actorIds: ["state:iran", "state:syria"] };

describe("isSameEvent", () => {
  it("merges two reports of the July 2020 Iran–Syria agreement named by their states", () => {
    expect(isSameEvent(agreement2020, { ...agreement2020 })).toBe(true);
  });
  it("merges a day-precise report into a month-precise one", () => {
    const zarifVisit = { type: "visit" as const, firstDay: "2018-09-03", lastDay: "2018-09-03", actorIds: ["person:mohammad-javad-zarif"] };
    expect(isSameEvent(zarifVisit, { ...zarifVisit, firstDay: "2018-09-01", lastDay: "2018-09-30" })).toBe(true);
  });
  it("keeps apart meetings of one host with different guests", () => {
    const withAssad = { type: "meeting" as const, firstDay: "2018-09-03", lastDay: "2018-09-03", actorIds: ["person:mohammad-javad-zarif", "person:bashar-al-assad"] };
    const withKhamis = { ...withAssad, actorIds: ["person:mohammad-javad-zarif", "person:imad-khamis"] };
    expect(isSameEvent(withAssad, withKhamis)).toBe(false);
  });
  it("keeps apart events of other types, days or actors", () => {
    expect(isSameEvent(agreement2020, { ...agreement2020, type: "meeting" })).toBe(false);
    expect(isSameEvent(agreement2020, { ...agreement2020, firstDay: "2020-08-01", lastDay: "2020-08-31" })).toBe(false);
    expect(isSameEvent(agreement2020, { ...agreement2020, actorIds: ["state:iraq"] })).toBe(false);
  });
  it("does not merge on a shared state when both reports name more specific actors", () => {
    const a = { type: "statement" as const, firstDay: "2024-01-23", lastDay: "2024-01-23", actorIds: ["state:israel", "person:musab-al-buraim"] };
    const b = { ...a, actorIds: ["state:israel", "org:idf"] };
    expect(isSameEvent(a, b)).toBe(false);
  });
});
