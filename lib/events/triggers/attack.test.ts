import { describe, expect, it } from "vitest";
import { findTriggers } from ".";

const rulesIn = (text: string) => findTriggers(text).map((t) => [t.rule.name, text.slice(t.start, t.end)]);

describe("attack triggers", () => {
  it("finds raids and aggressions as nouns (seed 000)", () => {
    const text = "وتتزامن زيارة وزير الدفاع الإيراني مع تكثيف الغارات “الإسرائيلية” على سوريا، إذ شهد تشرين الثاني الجاري لغاية اليوم 12 عدواناً";
    expect(rulesIn(text)).toContainEqual(["attack.noun.strike", "غارات"]);
    expect(rulesIn(text)).toContainEqual(["attack.noun.strike", "عدواناً"]);
  });
  it("finds launched strikes only with what was launched (almayadeen-1765425)", () => {
    expect(rulesIn("أنّ حركة أنصار الله أطلقت صواريخ يقدّر مداها بأكثر من ألفي كلم")).toContainEqual(["attack.verb.launched", "أطلقت"]);
    expect(rulesIn("وأطلقت الحكومة خطة اقتصادية").map(([name]) => name)).not.toContain("attack.verb.launched");
  });
});
