import { describe, expect, it } from "vitest";
import { checkExamples } from "./examples";
import { tagTemporal } from "./index";

describe("ranges and open ends", () => {
  checkExamples([
    { text: "بين 13 و15 تموز", published: "2023-08-01", value: "2023-07-13/2023-07-15" },
    { text: "بين الـ17 والـ24 من تشرين الأول/أكتوبر الحالي", published: "2023-10-24", value: "2023-10-17/2023-10-24" },
    { text: "26-27 آذار/مارس الجاري", published: "2023-03-25", value: "2023-03-26/2023-03-27" },
    { text: "من 26 إلى 28 آذار/مارس الحالي", published: "2023-03-20", value: "2023-03-26/2023-03-28" },
    { text: "اعتقل نحو 100 ألف عراقي من عام 2003 حتى عام 2009.", published: "2023-09-25", expression: "من عام 2003 حتى عام 2009", value: "2003/2009" },
    { text: "من 13 تموز إلى 15 تموز", published: "2023-08-01", value: "2023-07-13/2023-07-15" },
    { text: "بين آب/أغسطس 2005 وكانون الأول/ديسمبر 2006", published: "2023-08-01", value: "2005-08/2006-12" },
    { text: "بين عامي 1943 و1945", published: "2023-08-01", value: "1943/1945" },
    { text: "احتجاجاً على مشروع موازنة 2024-2025 مساء الأربعاء", published: "2024-06-27", expression: "2024-2025", value: "2024/2025" },
    { text: "وسيعلق مطار ميونخ العمليات الاعتيادية مدار يومي الأحد والإثنين", published: "2023-03-25", expression: "يومي الأحد والإثنين", value: "2023-03-26/2023-03-27" },
    // منذ + a period still running at publication: from its start to publication.
    { text: "بعد مفاوضات امتدت منتصف ليل الجمعة السبت", published: "2018-04-15", expression: "منتصف ليل الجمعة السبت", value: "2018-04-13/2018-04-14" },
    { text: "منذ مطلع العام", published: "2018-03-06", expression: "مطلع العام", value: "2018-01-01/2018-03-06" },
    { text: "خلال الأيام الثلاثة الماضية", published: "2024-11-17", expression: "الأيام الثلاثة الماضية", value: "2024-11-14/2024-11-16" },
    { text: "الساعات الـ24 الماضية", published: "2024-01-23", value: "2024-01-22/2024-01-23" },
    { text: "الأسابيع الثلاثة القادمة", published: "2013-02-12", value: "2013-02-18/2013-03-10" },
  ]);

  it("keeps منذ + a finished period as that period: the range's start", () => {
    expect(tagTemporal("منذ العام 2011", { published: "2018-03-07" }).map((t) => t.value)).toEqual(["2011"]);
  });

  it("does not join a date and a following لغاية اليوم without من or بين before them", () => {
    const found = tagTemporal("إذ شهد تشرين الثاني الجاري لغاية اليوم 12 عدواناً", { published: "2024-11-17" });
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ["تشرين الثاني الجاري", "2024-11"],
      ["اليوم", "2024-11-17"],
    ]);
  });
});
