import { describe } from "vitest";
import { checkExamples } from "./examples";

describe("weeks, months and years relative to publication", () => {
  checkExamples([
    // A week is the interval of its ISO days (Monday to Sunday): EDTF has no week notation.
    { text: "الأسبوع الماضي", published: "2018-06-23", value: "2018-06-11/2018-06-17" },
    { text: "الأسبوع الفائت", published: "2018-07-30", value: "2018-07-23/2018-07-29" },
    { text: "هذا الأسبوع", published: "2013-02-12", value: "2013-02-11/2013-02-17" },
    { text: "الأسبوع المقبل", published: "2013-02-12", value: "2013-02-18/2013-02-24" },
    { text: "الشهر الماضي", published: "2018-03-07", value: "2018-02" },
    { text: "الشهر الماضي", published: "2018-01-15", value: "2017-12" },
    { text: "الشهر المقبل", published: "2018-12-15", value: "2019-01" },
    { text: "العام الماضي", published: "2018-09-26", value: "2017" },
    { text: "العام الجاري", published: "2018-09-26", value: "2018" },
    { text: "هذه السنة", published: "2013-02-12", value: "2013" },
    { text: "السنة السابقة", published: "2013-02-12", value: "2012" },
    { text: "للعام المقبل", published: "2013-02-12", expression: "لعام المقبل", value: "2014" },
  ]);
});
