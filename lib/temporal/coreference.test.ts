import { describe, expect, it } from "vitest";
import { checkExamples } from "./examples";
import { tagTemporal } from "./index";

describe("dates that point back at an earlier one", () => {
  checkExamples([
    { text: "وصل إلى الرياض في 3 تشرين الثاني 2017 وأعلن استقالته في اليوم التالي", published: "2018-02-28", expression: "اليوم التالي", value: "2017-11-04" },
    { text: "وقعت في الرياض في 13 نوفمبر 2013 واعتمدت في المنامة في ديسمبر من نفس العام", published: "2014-02-15", expression: "ديسمبر من نفس العام", value: "2013-12" },
    { text: "أصيب ثالث في ديسمبر 2015. وفي نفس العام استخدمت الجماعة", published: "2018-02-15", expression: "نفس العام", value: "2015" },
    { text: "بدأت الاحتجاجات في 3 آذار 2011 وتوسعت في 29 من الشهر نفسه", published: "2018-02-15", expression: "29 من الشهر نفسه", value: "2011-03-29" },
    { text: "وصل الوفد في 8 يوليو 2018 وغادر في اليوم نفسه", published: "2018-09-15", expression: "اليوم نفسه", value: "2018-07-08" },
    { text: "في 8 يوليو المقبل، وحتى ذلك التاريخ قد يتمكن", published: "2018-06-23", expression: "ذلك التاريخ", value: "2018-07-08" },
  ]);

  it("drops a back reference with nothing before it", () => {
    expect(tagTemporal("وفي نفس العام استخدمت الجماعة", { published: "2018-02-15" })).toEqual([]);
  });
});
