import { describe } from "vitest";
import { checkExamples, checkNoDates } from "./examples";

describe("years", () => {
  checkExamples([
    { text: "عام 2019", published: "2024-11-17", value: "2019" },
    { text: "منذ العام 2011", published: "2018-03-07", expression: "العام 2011", value: "2011" },
    { text: "سنة 2013", published: "2018-06-30", value: "2013" },
    { text: "للعام 2024", published: "2023-03-25", expression: "لعام 2024", value: "2024" },
    { text: "في ٢٠٢٣", published: "2024-11-17", expression: "٢٠٢٣", value: "2023" },
    { text: "في العام 2019م، وعمليات", published: "2024-11-17", expression: "العام 2019م", value: "2019" },
    { text: "وكانت نديمة قد أسست ناديا للدراجات في 2017، باستخدام", published: "2024-11-17", expression: "2017", value: "2017" },
  ]);
  checkNoDates([
    { text: "قتل 2015 شخصا", published: "2024-11-17" },
    { text: "نحو 2000 مقاتل", published: "2024-11-17" },
    { text: "بلغت 1.2015 مليون", published: "2024-11-17" },
  ]);
});
