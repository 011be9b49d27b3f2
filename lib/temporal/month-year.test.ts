import { describe } from "vitest";
import { checkExamples, checkNoDates } from "./examples";

describe("a month and its year", () => {
  checkExamples([
    // A year heading on its own line, then its entries: two expressions.
    { text: "2014\nأغسطس/ آب: تحطم طائرة", published: "2018-02-18", expression: "أغسطس/ آب", value: "2014-08" },
    { text: "2011\nيناير/ كانون ثاني : ارتطام طائرة", published: "2018-02-18", expression: "2011", value: "2011" },
    { text: "تموز 2020", published: "2024-11-17", value: "2020-07" },
    { text: "وفي نيسان 2023", published: "2024-11-17", expression: "نيسان 2023", value: "2023-04" },
    { text: "نيسان/أبريل من عام 2022", published: "2023-07-26", value: "2022-04" },
    { text: "كانون الأول/ديسمبر عام 1993", published: "2024-02-27", value: "1993-12" },
    { text: "آذار/مارس2016", published: "2024-06-29", value: "2016-03" },
    { text: "يناير/كانون الثاني 2021", published: "2018-09-26", value: "2021-01" },
    { text: "بتموز 2020", published: "2024-11-17", expression: "تموز 2020", value: "2020-07" },
    { text: "جوان 2016", published: "2024-11-17", value: "2016-06" },
    { text: "جويلية 2019", published: "2024-11-17", value: "2019-07" },
    { text: "أوت 2020", published: "2024-11-17", value: "2020-08" },
    { text: "يوليوز 2021", published: "2024-11-17", value: "2021-07" },
    { text: "غشت 2022", published: "2024-11-17", value: "2022-08" },
    { text: "شتنبر 2020", published: "2024-11-17", value: "2020-09" },
    { text: "دجنبر 2018", published: "2024-11-17", value: "2018-12" },
    { text: "يونيه 2014", published: "2024-11-17", value: "2014-06" },
    { text: "آب (أغسطس) 2015", published: "2024-11-17", value: "2015-08" },
    { text: "آذار/مارس العام الماضي", published: "2023-03-25", value: "2022-03" },
    { text: "أبريل من هذا العام", published: "2024-06-01", value: "2024-04" },
    { text: "لشراء 30 طائرة. 2014 أغسطس/ آب: تحطم طائرة", published: "2018-02-18", expression: "2014 أغسطس/ آب", value: "2014-08" },
    { text: "وراح ضحية الحادث 71 شخصا. 2016 25 ديسمبر/كانون أول: تحطمت طائرة", published: "2018-02-18", expression: "2016 25 ديسمبر/كانون أول", value: "2016-12-25" },
  ]);
});

describe("a month relative to publication", () => {
  checkExamples([
    { text: "تشرين الثاني الجاري", published: "2024-11-17", value: "2024-11" },
    { text: "شباط/ فبراير الماضي", published: "2023-03-25", value: "2023-02" },
    { text: "نيسان/أبريل الماضي", published: "2018-06-08", value: "2018-04" },
    // الماضي after a month alone: the latest such month before the publication's.
    { text: "أيار الماضي", published: "2023-07-10", value: "2023-05" },
    { text: "أيار الماضي", published: "2023-05-20", value: "2022-05" },
    { text: "مايو المقبل", published: "2018-03-01", value: "2018-05" },
    { text: "مايو/ أيار الماضي", published: "2018-09-03", value: "2018-05" },
    // A month alone follows the tense: past → the latest on or before publication.
    { text: "الذي أجرى انتخابات برلمانية في مايو/ أيار، يحتاج لتشكيل حكومة", published: "2018-09-03", expression: "مايو/ أيار", value: "2018-05" },
    { text: "وكانت الولايات المتحدة انسحبت في مايو/أيار من الاتفاق", published: "2018-09-03", expression: "مايو/أيار", value: "2018-05" },
    { text: "كان النائب العام قال في آذار إنه أحال 48 شخصا", published: "2023-01-10", expression: "آذار", value: "2022-03" },
    { text: "وسيزور الرئيس باريس في آذار", published: "2023-01-10", expression: "آذار", value: "2023-03" },
  ]);
});

describe("month names that are also words", () => {
  checkNoDates([
    { text: "مارس ضغوطاً كبيرة على الحكومة", published: "2024-11-17" },
    { text: "وهو أب لثلاثة أطفال", published: "2024-11-17" },
    { text: "للمرة الثالثة خلال شهر واحد", published: "2024-11-17" },
  ]);
});
