import { describe, expect, it } from "vitest";
import { findTriggers } from ".";

const rulesIn = (text: string) => findTriggers(text).map((t) => [t.rule.name, text.slice(t.start, t.end)]);

describe("agreement triggers", () => {
  it("finds وقّع with a pact after it (seed 000) and the noun توقيع وثيقة (seed 003)", () => {
    expect(rulesIn("ففي تموز 2020 وقّعت إيران وسوريا اتفاقية لتعزيز التعاون العسكري")).toContainEqual(["agreement.verb.signed", "وقّعت"]);
    expect(rulesIn("والذي أكد أن توقيع وثيقة التعاون العسكري والأمني بين إيران وسورية في تموز 2020")).toContainEqual(["agreement.noun.signing", "توقيع"]);
  });
  it("finds alliances formed (ant-SK-middleEast-3483)", () => {
    expect(rulesIn("وقال نواب، بقيادة زعيم كتلة سائرون مقتدى الصدر، إنهم شكلوا تحالفا سيمثل الكتلة الأكبر")).toContainEqual(["agreement.verb.allied", "شكلوا"]);
  });
  it("does not read وقع هجوم (an attack happened) as signing (almayadeen-1668700)", () => {
    const rules = rulesIn("عند الساعة 8:30 صباحاً بتوقيت باكو، وقع هجوم مسلح على سفارة جمهورية أذربيجان").map(([name]) => name);
    expect(rules).not.toContain("agreement.verb.signed");
    expect(rules).toContain("attack.noun.strike");
  });
});
