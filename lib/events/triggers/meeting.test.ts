import { describe, expect, it } from "vitest";
import { findTriggers } from ".";

const rulesIn = (text: string) => findTriggers(text).map((t) => [t.rule.name, text.slice(t.start, t.end)]);

describe("meeting triggers", () => {
  it("finds التقى (seed 000)", () => {
    const text = "التقى وزير الدفاع العماد علي محمود عباس، اليوم الأحد نظيره الإيراني العميد عزيز نصير زاده، في العاصمة دمشق";
    expect(rulesIn(text)).toContainEqual(["meeting.verb.met", "التقى"]);
  });
  it("finds the scheduled form and the noun with a pronoun (ant-SK-middleEast-3481, -1788)", () => {
    expect(rulesIn("سيلتقي ظريف في دمشق الرئيس السوري بشار الأسد")).toContainEqual(["meeting.verb.will-meet", "سيلتقي"]);
    expect(rulesIn("قال الرئيس الروسي، فلاديمير بوتن، خلال لقائه نظيره السوري، بشار الأسد")).toContainEqual(["meeting.noun.meeting", "لقائه"]);
  });
  it("reads a parliament's session as a meeting (ant-BB-middleEast-948)", () => {
    expect(rulesIn("افتتحت الجلسة الأولى للبرلمان العراقي في دورته الرابعة")).toContainEqual(["meeting.verb.session", "افتتحت"]);
  });
});

describe("a press conference with a counterpart", () => {
  it("is a meeting; alone it is a statement (ant-AL-internationalNews-1042-20180507)", () => {
    const names = (text: string) => findTriggers(text).map((t) => t.rule.name);
    expect(names("في مؤتمر صحافي مع نظيره الفرنسي")).toContain("meeting.noun.joint-press");
    expect(names("وقال في مؤتمر صحافي في برلين")).toContain("statement.noun.speech");
  });
});
