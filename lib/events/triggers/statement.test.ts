import { describe, expect, it } from "vitest";
import { findTriggers } from ".";

const rulesIn = (text: string) => findTriggers(text).map((t) => [t.rule.name, text.slice(t.start, t.end)]);

describe("statement triggers", () => {
  it("finds past statement verbs with their conjunction (seed 000, ant-BB-middleEast-949)", () => {
    expect(rulesIn("وفي نيسان 2023 أكد مساعد الشؤون الدولية في وزارة الدفاع الإيرانية")).toContainEqual(["statement.verb.said", "أكد"]);
    expect(rulesIn("وقال وزير الخارجية الأمريكي مايك بومبيو الجمعة إن واشنطن")).toContainEqual(["statement.verb.said", "قال"]);
  });
  it("finds speeches and press conferences as nouns (ant-SK-middleEast-3483)", () => {
    expect(rulesIn("وعقد العامري والمالكي مؤتمرا صحفيا في وقت متأخر يوم الأحد")).toContainEqual(["statement.noun.speech", "مؤتمرا صحفيا"]);
  });
  it("leaves continuations (أضاف، تابع) alone: they continue a statement already counted", () => {
    expect(rulesIn("وأضاف: “أتمنى أن نطور هذا التعاون”").map(([name]) => name)).not.toContain("statement.verb.said");
  });
});
