import { describe } from "vitest";
import { checkExamples, checkNoDates } from "./examples";

describe("parts of a month or a year, in thirds", () => {
  checkExamples([
    { text: "منتصف تشرين الثاني/نوفمبر 2021", published: "2023-01-26", value: "2021-11-11/2021-11-20" },
    { text: "أواخر نوفمبر", published: "2018-05-18", value: "2017-11-21/2017-11-30" },
    { text: "منذ أوائل يوليو/تموز", published: "2018-09-03", expression: "أوائل يوليو/تموز", value: "2018-07-01/2018-07-10" },
    { text: "مطلع الشهر الجاري", published: "2024-11-17", value: "2024-11-01/2024-11-10" },
    { text: "مطلع أيار الماضي", published: "2023-05-20", value: "2023-05-01/2023-05-10" },
    { text: "أواخر أيار الماضي", published: "2023-05-20", value: "2022-05-21/2022-05-31" },
    { text: "أواخر أيار الماضي", published: "2023-07-20", value: "2023-05-21/2023-05-31" },
    { text: "نهاية الشهر الماضي", published: "2024-03-17", value: "2024-02-21/2024-02-29" },
    { text: "أواخر عام 2014", published: "2023-09-25", value: "2014-09/2014-12" },
    { text: "منتصف 2024", published: "2023-03-25", value: "2024-05/2024-08" },
    { text: "أواخر العام 2019م", published: "2024-11-17", value: "2019-09/2019-12" },
    { text: "بداية العام الماضي", published: "2023-03-25", value: "2022-01/2022-04" },
    { text: "نهاية العام", published: "2023-03-25", value: "2023-09/2023-12" },
    { text: "وخلال النصف الأول من سنة 2018، عاد 13 ألف لاجئ", published: "2018-08-06", expression: "النصف الأول من سنة 2018", value: "2018-01/2018-06" },
    { text: "الربع الأخير من العام الماضي", published: "2023-03-25", value: "2022-10/2022-12" },
  ]);
});

describe("seasons (EDTF 21-24)", () => {
  checkExamples([
    { text: "صيف 2019", published: "2023-03-25", value: "2019-22" },
    { text: "في أواخر صيف عام 2016", published: "2023-03-25", expression: "صيف عام 2016", value: "2016-22" },
    { text: "شتاء 2020", published: "2023-03-25", value: "2020-24" },
    { text: "الصيف الماضي", published: "2023-03-25", value: "2022-22" },
    { text: "هذا الربيع", published: "2023-03-25", value: "2023-21" },
  ]);
  checkNoDates([{ text: "ثورات الربيع العربي", published: "2023-03-25" }]);
});
