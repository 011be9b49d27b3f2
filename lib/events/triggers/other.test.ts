import { describe, expect, it } from "vitest";
import { findTriggers } from ".";

const rulesIn = (text: string) => findTriggers(text).map((t) => [t.rule.name, text.slice(t.start, t.end)]);

describe("other triggers", () => {
  it("finds elections (ant-SK-middleEast-2676) and resignations (almayadeen-1668485)", () => {
    expect(rulesIn("ودخل العراق في أزمة سياسية جديدة بعد الانتخابات البرلمانية، التي جرت في 12 مايو الماضي")).toContainEqual(["other.election", "انتخابات"]);
    expect(rulesIn("أصدر أمير الكويت نواف الأحمد الجابر الصباح، اليوم الخميس، أمراً بقبول استقالة رئيس مجلس الوزراء")).toContainEqual(["other.resignation", "استقالة"]);
  });
  it("finds protests (almayadeen-1686609) and arrests (almayadeen-1668700)", () => {
    expect(rulesIn("وفي شباط/فبراير الماضي، تظاهر عشرات آلاف الأشخاص")).toContainEqual(["other.protest", "تظاهر"]);
    expect(rulesIn("وقال إن الشرطة اعتقلت المهاجم فوراً")).toContainEqual(["other.arrest", "اعتقلت"]);
  });
  it("finds decisions and designations (almayadeen-1878214)", () => {
    expect(rulesIn("وصنّفت الجامعة العربية حزب الله منظمة إرهابية، في آذار/مارس2016")).toContainEqual(["other.designated", "صنّفت"]);
  });
});

describe("spellings folding would confuse", () => {
  it("tells عرّضت (exposed) from عرضت (offered) by the shadda (almayadeen-1848852, -1677706)", () => {
    expect(rulesIn("أن الحرب الإسرائيلية على غزة عرّضت مدن القطاع إلى دمار").map(([name]) => name)).not.toContain("other.ruling");
    expect(rulesIn("عرضت دار مزادات العالمية، أمس الأربعاء، جواز سفر")).toContainEqual(["other.ruling", "عرضت"]);
  });
});
