import { describe } from "vitest";
import { checkExamples, checkNoDates } from "./examples";

describe("dates in figures", () => {
  checkExamples([
    { text: "14/4/2018", published: "2024-11-17", value: "2018-04-14" },
    { text: "14-4-2018", published: "2024-11-17", value: "2018-04-14" },
    { text: "14.4.2018", published: "2024-11-17", value: "2018-04-14" },
    { text: "2018-04-14", published: "2024-11-17", value: "2018-04-14" },
    { text: "2018/4/14", published: "2024-11-17", value: "2018-04-14" },
    { text: "٢٠١٨/٤/١٤", published: "2024-11-17", value: "2018-04-14" },
    { text: "۱۴/۴/۲۰۱۸", published: "2024-11-17", value: "2018-04-14" },
    { text: "والذي بدأ في 15/9/ 2023.", published: "2024-11-17", expression: "15/9/ 2023", value: "2023-09-15" },
    { text: "5/2021", published: "2024-11-17", value: "2021-05" },
  ]);
  checkNoDates([
    { text: "31/2/2018", published: "2024-11-17" },
    { text: "بنسبة 3.5% في 12/14", published: "2024-11-17" },
    { text: "القرار 2254", published: "2024-11-17", except: [] },
  ]);
});
