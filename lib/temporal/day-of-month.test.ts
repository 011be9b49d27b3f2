import { describe, expect, it } from "vitest";
import { checkExamples } from "./examples";
import { tagTemporal } from "./index";

describe("a day of a month", () => {
  checkExamples([
    { text: "في الأول من أيلول الفائت", published: "2024-11-17", expression: "الأول من أيلول الفائت", value: "2024-09-01" },
    { text: "في السادس والعشرين من الشهر الماضي", published: "2024-11-17", expression: "السادس والعشرين من الشهر الماضي", value: "2024-10-26" },
    { text: "في 14 من الشهر الجاري", published: "2024-11-17", expression: "14 من الشهر الجاري", value: "2024-11-14" },
    { text: "الحادي والثلاثين من كانون الأول الماضي", published: "2024-11-17", value: "2023-12-31" },
    // No year and no past cue, within the next quarter: the coming one.
    { text: "الحادي والثلاثين من كانون الأول", published: "2024-11-17", value: "2024-12-31" },
    { text: "وتجري الانتخابات في السفارات والقنصليات في 20 نوفمبر", published: "2018-09-10", expression: "20 نوفمبر", value: "2018-11-20" },
    { text: "عندما ينتهي أجل قراره السابق في 12 مايو/أيار", published: "2018-05-07", expression: "12 مايو/أيار", value: "2018-05-12" },
    // …further ahead than a quarter, or after منذ: the latest one gone.
    { text: "وقعت الحادثة في 20 آب", published: "2024-02-10", expression: "20 آب", value: "2023-08-20" },
    { text: "منذ 17 أكتوبر", published: "2018-09-10", expression: "17 أكتوبر", value: "2017-10-17" },
    // A day named by its event is one gone by, however near its next return.
    { text: "بعد السابع من أكتوبر لن يكون كما قبله", published: "2024-08-01", expression: "السابع من أكتوبر", value: "2023-10-07" },
    { text: "تداعيات عملية السابع من تشرين الأول/أكتوبر", published: "2024-09-20", expression: "السابع من تشرين الأول/أكتوبر", value: "2023-10-07" },
    { text: "19 تشرين الثاني/نوفمبر 1977", published: "2023-02-23", value: "1977-11-19" },
    { text: "الرابع عشر من شباط/فبراير 2005", published: "2018-03-07", value: "2005-02-14" },
    { text: "19 أغسطس/ آب عام 2022", published: "2024-02-27", value: "2022-08-19" },
    { text: "28 كانون الثاني/يناير الماضي", published: "2024-02-27", value: "2024-01-28" },
    { text: "21 يونيو الجاري", published: "2018-06-30", value: "2018-06-21" },
    { text: "8 يوليو المقبل", published: "2018-06-23", value: "2018-07-08" },
    // الماضي with a day: the latest such day before publication, which may be this month.
    { text: "10 شباط الماضي", published: "2024-02-18", value: "2024-02-10" },
    { text: "12 مايو من العام الماضي", published: "2023-03-25", value: "2022-05-12" },
    // No year, past reading: the latest such day on or before publication.
    { text: "لخلق مسافة بين أحداث 7 أكتوبر، والمرحلة التي ستنتهي فيها الحرب", published: "2024-05-26", expression: "7 أكتوبر", value: "2023-10-07" },
    // No year, future reading: an imperfect verb right before it.
    { text: "عن اجتماع يعقد في السابع من سبتمبر/أيلول بين إيران وتركيا وروسيا", published: "2018-09-03", expression: "السابع من سبتمبر/أيلول", value: "2018-09-07" },
    { text: "فجر 25 يوليو", published: "2018-07-30", value: "2018-07-25" },
    { text: "وفي الـ7 من تشرين الأول/أكتوبر الماضي", published: "2024-02-01", expression: "الـ7 من تشرين الأول/أكتوبر الماضي", value: "2023-10-07" },
    { text: "بعد28 أيار/مايو", published: "2023-06-01", expression: "28 أيار/مايو", value: "2023-05-28" },
    // Arabic-Indic and Persian digits.
    { text: "١٤ تموز ٢٠٢٠", published: "2024-11-17", value: "2020-07-14" },
    { text: "۱۴ تموز ۲۰۲۰", published: "2024-11-17", value: "2020-07-14" },
    { text: "الاثنين 18 شباط", published: "2013-02-12", direction: "future", value: "2013-02-18" },
    { text: "الخميس الموافق 14 شهر شباط", published: "2013-02-12", direction: "future", value: "2013-02-14" },
    { text: "اليوم الثالث من اكتوبر", published: "2013-02-12", direction: "future", value: "2013-10-03" },
  ]);

  it("warns when the weekday written before a date is not its weekday", () => {
    const [date] = tagTemporal("الثلاثاء 18 شباط 2013", { published: "2013-02-12" });
    expect(date.value).toBe("2013-02-18");
    expect(date.warnings).toEqual(["the text names Tuesday but 2013-02-18 is a Monday (published 2013-02-12)"]);
  });
});
