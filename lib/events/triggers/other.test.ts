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

describe("other events a chronology lists (unseen gold's categories)", () => {
  const names = (text: string) => findTriggers(text).map((t) => t.rule.name);
  it("crashes, entry into force, verdicts and trials", () => {
    expect(names("تحطمت طائرة ركاب إيرانية صباح الأحد")).toContain("other.crash");
    expect(names("التي دخلت حيز التنفيذ الثلاثاء")).toContain("other.in-force");
    expect(names("قضت محكمة تركية بتمديد سجن قس أمريكي")).toContain("other.verdict");
    expect(names("قضى وقتا طويلا في المدينة")).not.toContain("other.verdict");
    expect(names("تنطلق اليوم الثلاثاء أول محاكمة")).toContain("other.trial");
  });
  it("arrests told with القبض, and sanctions re-imposed", () => {
    expect(names("تم إلقاء القبض عليه في العاصمة برلين")).toContain("other.arrest");
    expect(names("أعاد الرئيس الأمريكي فرض عقوبات شاملة على إيران")).toContain("other.sanctions");
  });
});

describe("words that fold like a trigger but are not one", () => {
  const names = (text: string) => findTriggers(text).map((t) => t.rule.name);
  it("بدا (seemed) is not بدأ (began); held is an election only of a vote", () => {
    expect(names("بدا الرئيس واثقا من الفوز")).not.toContain("other.began");
    expect(names("بدأت المفاوضات أمس")).toContain("other.began");
    expect(names("جرت اشتباكات عنيفة في المدينة")).not.toContain("other.election-held");
    expect(names("أجريت الانتخابات البرلمانية في أيار")).toContain("other.election-held");
  });
});

describe("votes, extensions, joinings, listings and nominations", () => {
  const names = (text: string) => findTriggers(text).map((t) => t.rule.name);
  it("finds them (ant-FR-internationalNews-32-20180220, ant-BB-middleEast-751-20180718)", () => {
    expect(names("صوت مجلس الأمن الدولي بالإجماع على القرار")).toContain("other.vote");
    expect(names("ووضعت المفوضية الأوروبية شركة آسمان للطيران على اللائحة السوداء")).toContain("other.listed");
    expect(names("مدد مجلس الأمن ولاية البعثة عاما آخر")).toContain("other.extended");
    expect(names("وضع الكتاب على الطاولة")).not.toContain("other.listed");
  });
});

describe("winning", () => {
  it("is an election only of seats, votes or an office (ant-FR-internationalNews-1825-20180615)", () => {
    const names = (text: string) => findTriggers(text).map((t) => t.rule.name);
    expect(names("فاز المنتخب البرتغالي على نظيره المغربي")).not.toContain("other.elected-won");
    expect(names("فاز أردوغان بولاية رئاسية جديدة")).toContain("other.elected-won");
  });
});
