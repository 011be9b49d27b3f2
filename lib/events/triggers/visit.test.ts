import { describe, expect, it } from "vitest";
import { findTriggers } from ".";

const rulesIn = (text: string) => findTriggers(text).map((t) => [t.rule.name, text.slice(t.start, t.end)]);

describe("visit triggers", () => {
  it("finds arrival verbs (seed 003)", () => {
    const text = "وصل وزير الدفاع السوري، العماد “علي محمود عباس”، إلى العاصمة طهران الإثنين، على رأس وفد رسمي";
    expect(rulesIn(text)).toContainEqual(["visit.verb.arrived", "وصل"]);
  });
  it("finds زار and the noun زيارة with its pronoun (ant-SK-middleEast-3481, ant-BB-middleEast-949)", () => {
    expect(rulesIn("وفي 29 أغسطس، زار ظريف أنقرة حيث التقى الرئيس التركي رجب طيب أردوغان")).toContainEqual(["visit.verb.visited", "زار"]);
    expect(rulesIn("وأضاف ظريف في بداية زيارته إلى دمشق")).toContainEqual(["visit.noun.visit", "زيارته"]);
  });
  it("finds the future form", () => {
    expect(rulesIn("سيزور الرئيس الإيراني دمشق الأسبوع المقبل")).toContainEqual(["visit.verb.will-visit", "سيزور"]);
  });
  it("does not read وزارة (ministry) as زار", () => {
    expect(rulesIn("وأعلنت وزارة الدفاع الإيرانية")).not.toContainEqual(expect.arrayContaining(["visit.verb.visited"]));
  });
});
