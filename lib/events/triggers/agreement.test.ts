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

describe("agreeing told as accepting a proposal", () => {
  it("finds acceptance only of a proposal or deal (almayadeen-1686726, almayadeen-1898876)", () => {
    const names = (text: string) => findTriggers(text).map((t) => t.rule.name);
    expect(names("وافق أمس الجمعة على اقتراح من الرئيس بول كاجامي")).toContain("agreement.verb.accepted");
    expect(names("وافقت على مقترح الوسطاء في 6 أيار/مايو الماضي")).toContain("agreement.verb.accepted");
    expect(names("وافق على السفر إلى باريس")).not.toContain("agreement.verb.accepted");
  });
});
