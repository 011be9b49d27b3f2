import { describe, expect, it } from "vitest";
import { checkExamples, checkNoDates } from "./examples";
import { tagTemporal } from "./index";

describe("weekdays: the tense of the clause decides", () => {
  checkExamples([
    // The publication's own weekday under a future verb is that day; a negated past (لم) nearer than the future cue is past.
    { text: "ما إذا كانت الأحوال الجوية ستسمح الاثنين بإرسال مروحيات", published: "2018-02-19", expression: "الاثنين", value: "2018-02-19" },
    { text: "ستسمح الاثنين بإرسال مروحيات لم تتمكن من الإقلاع الأحد", published: "2018-02-19", expression: "الأحد", value: "2018-02-18" },
    // Past verb: the latest such day on or before publication (Saturday 2023-03-25).
    { text: 'وأعلنت نقابتا "إي في جي" و"فيردي" العماليتان، الخميس، تنظيم إضراب مشترك', published: "2023-03-25", expression: "الخميس", value: "2023-03-23" },
    { text: "وقال في بيان الثلاثاء، إن كلمات الازدراء والسخرية مرفوضة", published: "2018-09-04", expression: "الثلاثاء", value: "2018-09-04" },
    { text: "ورفض وزير الخارجية الإيراني، الأحد، الاتهامات", published: "2018-09-03", expression: "الأحد", value: "2018-09-02" },
    // Future verb (سـ), even far back in the sentence, or لن: the next such day.
    { text: "كما ستتأثر تقريباً كل المطارات والممرات المائية والموانئ وخدمات السكك الحديدية في ألمانيا بالإضراب الإثنين.", published: "2023-03-25", expression: "الإثنين", value: "2023-03-27" },
    { text: "أنه لن يتم تشغيل قطارات المسافات الطويلة الإثنين، بسبب الإضراب", published: "2023-03-25", expression: "الإثنين", value: "2023-03-27" },
    { text: "كان من المقرر إجراؤها يوم الإثنين، من مطاري إسطنبول", published: "2023-03-25", expression: "يوم الإثنين", value: "2023-03-27" },
    // A future verb in the next clause does not reach back: "التقى … الاثنين وأبلغه أن سوريا ستبدأ".
    { text: "التقى أيضا ظريف الاثنين وأبلغه أن سوريا ستبدأ إعادة الإعمار", published: "2018-09-03", expression: "الاثنين", value: "2018-09-03" },
  ]);
});

describe("weekdays with a modifier or a week", () => {
  checkExamples([
    { text: "الخميس الماضي", published: "2018-06-23", value: "2018-06-21" },
    // الماضي on the same weekday is a week back.
    { text: "الخميس الماضي", published: "2018-06-21", value: "2018-06-14" },
    { text: "يوم الاثنين الماضي", published: "2023-01-26", value: "2023-01-23" },
    { text: "الأربعاء الماضي", published: "2018-07-30", value: "2018-07-25" },
    { text: "يوم الجمعة المقبل", published: "2018-09-03", value: "2018-09-07" },
    { text: "الجمعة المقبلة", published: "2018-09-03", value: "2018-09-07" },
    { text: "الإثنين المقبل", published: "2023-03-25", value: "2023-03-27" },
    { text: "في انتخابات رئاسية وبرلمانية مبكرة ستجري هذا الأحد في تركيا", published: "2018-06-23", expression: "هذا الأحد", value: "2018-06-24" },
    { text: "ثلاثاء الأسبوع الفائت", published: "2013-02-12", value: "2013-02-05" },
    { text: "الأحد من الأسبوع الماضي", published: "2013-02-12", value: "2013-02-10" },
    { text: "اثنين الأسبوع الحالي", published: "2013-02-12", value: "2013-02-11" },
  ]);
});

describe("weekdays with a time of day and proclitics", () => {
  checkExamples([
    { text: "الذي قتل في الغوطة مساء الاثنين", published: "2018-03-06", expression: "مساء الاثنين", value: "2018-03-05" },
    { text: "وأوضح المرصد أن جيش خالد شن هجوما فجر الجمعة", published: "2018-06-15", expression: "فجر الجمعة", value: "2018-06-15" },
    { text: "والخميس الماضي", published: "2018-06-23", expression: "الخميس الماضي", value: "2018-06-21" },
    { text: "وفي الأحد الماضي", published: "2018-06-23", expression: "الأحد الماضي", value: "2018-06-17" },
  ]);
});

describe("weekday words that are not dates", () => {
  checkNoDates([
    { text: "بعد صلاة الجمعة في المسجد الأقصى", published: "2024-11-18" },
    { text: "خطبة الجمعة تناولت الأوضاع", published: "2024-11-18" },
    { text: "التقى الرئيسين الاثنين في القصر", published: "2024-11-18" },
  ]);
});

describe("options.direction overrides the tense", () => {
  it("reads a bare weekday forward when asked", () => {
    expect(tagTemporal("الاثنين", { published: "2013-02-12", direction: "future" })[0].value).toBe("2013-02-18");
    expect(tagTemporal("الاثنين", { published: "2013-02-12", direction: "past" })[0].value).toBe("2013-02-11");
  });
});
