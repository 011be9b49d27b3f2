import { describe, expect, it } from "vitest";
import { findTriggers } from ".";

const found = (text: string) => findTriggers(text).map((t) => [t.rule.name, t.prefix, text.slice(t.start, t.end)]);

describe("trigger search by words", () => {
  it("reads a word with its clitics the way the longest prefix allows first (وصل is arrived, not و + صل)", () => {
    expect(found("وصل الوزير إلى طهران")).toContainEqual(["visit.verb.arrived", "", "وصل"]);
    expect(found("ووصل الوزير إلى طهران")).toContainEqual(["visit.verb.arrived", "و", "وصل"]);
  });
  it("peels a preposition and the article from nouns (للقاء, وبالاتفاق)", () => {
    expect(found("دعا للقاء الرئيسين")).toContainEqual(["meeting.noun.meeting", "ل", "لقاء"]);
    expect(found("رحب وبالاتفاقية الموقعة")).toContainEqual(["agreement.noun.pact", "وبال", "اتفاقية"]);
  });
  it("matches whole words only", () => {
    expect(found("الزيارات والمزارع").map(([name]) => name)).not.toContain("visit.verb.visited");
    expect(found("قالب")).toEqual([]);
  });
  it("joins the words of a phrase across spaces but not across punctuation", () => {
    expect(found("بحث   هاتفياً مع نظيره")).toContainEqual(["call.verb.phoned", "", "بحث   هاتفياً"]);
    expect(found("بحث، هاتفياً مع نظيره").map(([name]) => name)).not.toContain("call.verb.phoned");
  });
  it("ignores diacritics and tatweel inside a trigger word", () => {
    expect(found("التـقى الوزيرُ نظيرَه")).toContainEqual(["meeting.verb.met", "", "التـقى"]);
  });
});
