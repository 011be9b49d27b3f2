import { describe, expect, it } from "vitest";
import { englishLabel, titleAr, titleEn } from "./titles";
import { otherRules } from "./triggers/other";

const zarif = { actorId: "person:mohammad-javad-zarif", name: "ظريف" };
const assad = { actorId: "person:bashar-al-assad", name: "الرئيس الأسد" };

describe("titles in both languages", () => {
  it("names registered actors and places by the register, in each language", () => {
    const visit = { type: "visit" as const, label: null, participants: [zarif], place: "دمشق" };
    expect(titleAr(visit)).toBe("زيارة محمد جواد ظريف إلى دمشق");
    expect(titleEn(visit)).toBe("Mohammad Javad Zarif visits Damascus");
    const meeting = { type: "meeting" as const, label: null, participants: [zarif, assad], place: null };
    expect(titleEn(meeting)).toBe("Mohammad Javad Zarif and Bashar al-Assad meet");
  });
  it("keeps the article's words for an actor the register does not know", () => {
    const said = { type: "statement" as const, label: null, participants: [{ actorId: "name:x", name: "جاكوب زوما" }], place: null };
    expect(titleEn(said)).toBe("Statement by جاكوب زوما");
  });
  it("has an English name for every label an `other` rule gives", () => {
    for (const rule of otherRules) expect(englishLabel(rule.label!), rule.name).toBeTruthy();
  });
});
