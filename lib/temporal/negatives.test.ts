import { describe, expect, it } from "vitest";
import { checkNoDates } from "./examples";
import { NOT_DATE_ANCHOR, notDateRanges } from "./negatives";
import { fold } from "./normalize";
import { AnchorScanner, Passage } from "./scan";

describe("phrases that look like dates and are not", () => {
  checkNoDates([
    { text: "خطة نتنياهو لليوم التالي للحرب", published: "2024-02-01" },
    { text: "تتعدد سيناريوهات اليوم التالي", published: "2024-02-01" },
    { text: "يوماً بعد آخر", published: "2024-11-18" },
    { text: "يوما بعد يوم", published: "2024-11-18" },
    { text: "في أقرب وقت ممكن", published: "2024-11-18" },
    { text: "اليوم العالمي للمرأة", published: "2024-11-18" },
    { text: "في اليوم التالي", published: "2024-11-18" },
    { text: "في اليوم الأول من الحرب", published: "2024-11-18" },
    { text: "لليوم الثاني على التوالي", published: "2024-11-18" },
    { text: "لن يعود أبداً", published: "2024-11-18" },
    { text: "بأقل من 1.90 دولار في اليوم", published: "2024-11-18" },
    { text: "أين هي ثورة الأرز وأين قوى 14 آذار؟", published: "2024-11-18" },
    { text: "وحتى ظهر ذلك اليوم تمكّن المقاتلون", published: "2024-11-18" },
    // Ages and counts: a number of years is neither a date nor an anchoring duration.
    { text: "توفي عن عمر يناهز 54 عاماً", published: "2024-11-18" },
    { text: "وأبلغ مهاجر عمره 13 عاما شرطة فيسبادن", published: "2024-11-18" },
    { text: "اعتقل 2000 شخص", published: "2024-11-18" },
  ]);

  it("leaves a real date that merely contains such a phrase", () => {
    const text = fold("اليوم الثالث من اكتوبر");
    const passage = new Passage(text);
    const windows = new AnchorScanner([NOT_DATE_ANCHOR]).windows(passage);
    expect(notDateRanges(passage, windows)).toEqual([[0, fold("اليوم الثالث").length]]);
  });
});
