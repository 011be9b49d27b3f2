import { describe, expect, it } from "vitest";
import { checkExamples, checkNoDates } from "./examples";
import { tagTemporal } from "./index";

describe("durations that anchor on another event", () => {
  it("exposes the duration, the relation and the anchor phrase", () => {
    const text = "وجاءت زيارة وزير الدفاع الإيراني بعد يوم واحد من زيارة كبير مستشاري قائد الثورة الإسلامية علي لاريجاني، دمشق";
    const [timex] = tagTemporal(text, { published: "2024-11-17" });
    expect(timex).toMatchObject({ text: "بعد يوم واحد", value: "P1D", kind: "duration", span: null });
    expect(timex.anchor).toMatchObject({ duration: "P1D", relation: "after" });
    expect(text.slice(timex.anchor!.phraseStart, timex.anchor!.phraseEnd)).toBe("زيارة كبير مستشاري قائد الثورة الإسلامية علي لاريجاني");
  });

  it("reads قبل … من as before, and weeks as P2W", () => {
    const text = "قبل أسبوعين من الانتخابات النيابية، أعلن الحزب";
    const [timex] = tagTemporal(text, { published: "2024-04-01" });
    expect(timex.value).toBe("P2W");
    expect(timex.anchor?.relation).toBe("before");
    expect(text.slice(timex.anchor!.phraseStart, timex.anchor!.phraseEnd)).toBe("الانتخابات النيابية");
  });

  it("reads غداة as the day after", () => {
    const text = "غداة المهمة التي أرسلتها إلى عرسال";
    const [timex] = tagTemporal(text, { published: "2018-06-08" });
    expect(timex).toMatchObject({ text: "غداة", value: "P1D", anchor: { relation: "after" } });
    expect(text.slice(timex.anchor!.phraseStart, timex.anchor!.phraseEnd)).toBe("المهمة");
  });
});

describe("durations counted back from publication", () => {
  checkExamples([
    { text: "قبل أسبوع", published: "2013-02-12", value: "2013-02-05" },
    { text: "قبل ثلاثة أيام", published: "2013-02-12", value: "2013-02-09" },
    { text: "قبل شهرين", published: "2013-02-12", value: "2012-12" },
    { text: "قبل 54 سنة", published: "2018-06-23", value: "1964" },
    { text: "من اسبوع", published: "2013-02-12", value: "2013-02-05" },
    { text: "ما كانت عليه قبل شهر من الآن", published: "2023-09-28", expression: "قبل شهر من الآن", value: "2023-08" },
    { text: "قبل عام 2003 كان", published: "2018-06-23", expression: "عام 2003", value: "2003" },
  ]);
  checkNoDates([
    { text: "منذ أكثر من عام", published: "2024-11-17" },
    { text: "قبل شهر رمضان", published: "2024-11-17", except: ["شهر رمضان"] },
  ]);
});
