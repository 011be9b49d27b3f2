import { describe } from "vitest";
import { checkExamples } from "./examples";

describe("Hijri dates (Umm al-Qura)", () => {
  checkExamples([
    { text: "15 رمضان 1445 هـ", published: "2024-11-17", value: "2024-03-25" },
    { text: "محرم 1446 هـ", published: "2024-11-17", value: "2024-07-07/2024-08-04" },
    { text: "في عام 1446 هـ", published: "2024-11-17", expression: "عام 1446 هـ", value: "2024-07-07/2025-06-25" },
    { text: "1433هـ", published: "2024-11-17", value: "2011-11-26/2012-11-14" },
    { text: "عيد الفطر 2013", published: "2024-11-17", value: "2013-08-08" },
    { text: "عيد الأضحى", published: "2013-02-12", direction: "future", value: "2013-10-15" },
    { text: "عيد الأضحى", published: "2013-02-12", direction: "past", value: "2012-10-26" },
    { text: "رأس السنة الهجرية 2019", published: "2024-11-17", value: "2019-08-31" },
    { text: "رمضان 2019", published: "2024-11-17", value: "2019-05-06/2019-06-03" },
    { text: "ذكرى المولد النبوي", published: "2023-10-01", expression: "ذكرى المولد النبوي", value: "2023-09-27" },
  ]);
});

describe("Persian (Solar Hijri) dates", () => {
  checkExamples([
    { text: "١ فروردين ١٤٠٣", published: "2024-11-17", value: "2024-03-20" },
    { text: "22 بهمن 1357", published: "2024-11-17", value: "1979-02-11" },
    { text: "العام 1403 هـ.ش", published: "2024-11-17", value: "2024-03-20/2025-03-20" },
  ]);
});
