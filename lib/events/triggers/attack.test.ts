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

describe("attacks told as shooting down, repelling, killing or an operation begun", () => {
  const names = (text: string) => rulesIn(text).map(([name]) => name);
  it("shooting down (almayadeen-1895181, ant-AL-internationalNews-9-20180218)", () => {
    expect(names("نجاح قوات الدفاع الجوي في إسقاط طائرة تجسس أميركية الصنع")).toContain("attack.noun.downing");
    expect(names("أسقطت طائرة إيرانية بدون طيار")).toContain("attack.verb.downed");
  });
  it("repelling needs what was repelled (almayadeen-1705561)", () => {
    expect(names("تم صد هجوم طائرات من دون طيار")).toContain("attack.verb.repelled");
    expect(names("صد الباب بقوة")).not.toContain("attack.verb.repelled");
  });
  it("killing and an offensive under way (ant-BB-middleEast-54-20180220, ant-FR-internationalNews-401-20180313)", () => {
    expect(names("وقتل في الغارات الجوية والقصف المدفعي الاثنين")).toContain("attack.verb.killed");
    expect(names("التي تشن منذ 20 كانون الثاني/يناير هجوما واسعا")).toContain("attack.verb.wages");
    expect(names("حيث بدأت عملية عسكرية في كانون الثاني")).toContain("attack.verb.operation-began");
  });
  it("a death from age or illness stays other", () => {
    expect(names("توفي الرئيس السابق عن عمر ناهز 90 عاما")).toContain("other.death");
  });
});

describe("dawn is no blast", () => {
  it("reads فجر اليوم as a time of day, فجّرت as an attack (almayadeen-1847868)", () => {
    const names = (text: string) => rulesIn(text).map(([name]) => name);
    expect(names("قوات الاحتلال تقتحم فجر اليوم عدة مناطق في الضفة الغربية")).not.toContain("attack.verb.struck");
    expect(names("فجرت مجموعة مسلحة عبوة ناسفة")).toContain("attack.verb.struck");
  });
});
