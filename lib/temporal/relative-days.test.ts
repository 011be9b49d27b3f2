import { describe, expect, it } from "vitest";
import { checkExamples } from "./examples";
import { tagTemporal } from "./index";

describe("days relative to publication", () => {
  checkExamples([
    { text: "وقد رد ظريف هذا الصباح على تصريحات", published: "2018-02-18", expression: "هذا الصباح", value: "2018-02-18" },
    { text: "اليوم الأحد", published: "2024-11-17", value: "2024-11-17" },
    { text: "وصل ظهر أمس إلى دمشق", published: "2024-11-17", expression: "ظهر أمس", value: "2024-11-16" },
    { text: "وأفادت وكالة سانا الرسمية أمس السبت", published: "2024-11-17", expression: "أمس السبت", value: "2024-11-16" },
    { text: "أول أمس", published: "2023-01-25", value: "2023-01-23" },
    { text: "أول من أمس", published: "2023-01-25", value: "2023-01-23" },
    { text: "البارحة", published: "2013-02-12", value: "2013-02-11" },
    { text: "غداً الأحد", published: "2023-03-25", value: "2023-03-26" },
    { text: "بعد غد الإثنين", published: "2023-03-25", value: "2023-03-27" },
    { text: "يوم غد", published: "2013-02-12", value: "2013-02-13" },
    { text: "مساء اليوم الثلاثاء", published: "2023-10-24", value: "2023-10-24" },
    { text: "فجر اليوم", published: "2024-01-23", value: "2024-01-23" },
    { text: "الليلة الماضية", published: "2024-01-23", value: "2024-01-22" },
    { text: "وعاد بالأمس", published: "2024-11-18", expression: "الأمس", value: "2024-11-17" },
    { text: "لغاية اليوم", published: "2024-11-17", expression: "اليوم", value: "2024-11-17" },
    // Arabic diacritics and tatweel do not change the date, and offsets stay on the original.
    { text: "غـداً", published: "2024-11-17", value: "2024-11-18" },
    { text: "اليوم", published: "2013-02-12", value: "2013-02-12" },
    { text: "عالم اليوم", published: "2024-11-17", expression: "اليوم", value: "PRESENT_REF" },
  ]);
});

describe("a weekday beside a relative day must agree", () => {
  it("reports, and does not silently pick, a weekday the publication day is not", () => {
    const [today] = tagTemporal("اليوم الأحد", { published: "2024-11-18" });
    expect(today.value).toBe("2024-11-18");
    expect(today.warnings).toEqual(["the text names Sunday but 2024-11-18 is a Monday (published 2024-11-18)"]);
  });
  it("has no warning when they agree", () => {
    expect(tagTemporal("أمس السبت", { published: "2024-11-17" })[0].warnings).toEqual([]);
  });
});
