import { describe } from "vitest";
import { checkExamples } from "./examples";

describe("counting inside a month", () => {
  checkExamples([
    { text: "اخر اثنين من شهر اذار", published: "2013-02-12", direction: "future", value: "2013-03-25" },
    { text: "آخر اثنين من شهر آذار", published: "2013-02-12", direction: "past", value: "2012-03-26" },
    { text: "الثلاثاء الاخير من شهر مارس السنة القادمة", published: "2013-02-12", value: "2014-03-25" },
    { text: "ثالث ثلاثاء في ايلول في سنة 2014", published: "2013-02-12", value: "2014-09-16" },
    { text: "الاربعاء الثانية من شهر اكتوبر في سنة 2014", published: "2013-02-12", value: "2014-10-08" },
    // When the 3rd is itself a Tuesday, "الثلاثاء الثالث من" is Tuesday the 3rd.
    { text: "الثلاثاء الثالث من أيلول 2013", published: "2013-02-12", value: "2013-09-03" },
    { text: "الأسبوع الأول من شهر كانون الثاني/يناير", published: "2024-02-01", value: "2024-01-01/2024-01-07" },
    { text: "اخر اسبوع في سبتمبر لعام 2014", published: "2013-02-12", value: "2014-09-22/2014-09-28" },
    { text: "اخر يوم بشهر عشرة سنة 2015", published: "2013-02-12", value: "2015-10-31" },
  ]);
});
