import { describe, expect, it } from "vitest";
import { expectWellFormed } from "./examples";
import { tagTemporal } from "./index";

const SEED_LIKE =
  "التقى وزير الدفاع اليوم الأحد نظيره الإيراني الذي وصل ظهر أمس إلى دمشق، وأفادت الوكالة أمس السبت بأن الزيارة جاءت بعد يوم واحد من زيارة المستشار. وشهد تشرين الثاني الجاري لغاية اليوم 12 عدواناً، بعد عدوان في الأول من أيلول الفائت، وكانت الاتفاقية وقعت في تموز 2020.";

describe("the pipeline", () => {
  it("finds every expression of an article, in text order, with offsets into the original", () => {
    const found = tagTemporal(SEED_LIKE, { published: "2024-11-17" });
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ["اليوم الأحد", "2024-11-17"],
      ["ظهر أمس", "2024-11-16"],
      ["أمس السبت", "2024-11-16"],
      ["بعد يوم واحد", "P1D"],
      ["تشرين الثاني الجاري", "2024-11"],
      ["اليوم", "2024-11-17"],
      ["الأول من أيلول الفائت", "2024-09-01"],
      ["تموز 2020", "2020-07"],
    ]);
    for (const t of found) {
      expect(SEED_LIKE.slice(t.start, t.end)).toBe(t.text);
      expectWellFormed(t);
    }
  });

  it("prefers the longest of overlapping readings", () => {
    const [only, ...rest] = tagTemporal("يوم الاثنين 18 شباط 2013", { published: "2013-02-12" });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ text: "يوم الاثنين 18 شباط 2013", value: "2013-02-18", rule: "day-of-month" });
  });

  it("keeps offsets right across diacritics and tatweel", () => {
    const text = "وصلَ الوفدُ غـداً الأحدَ";
    const [t] = tagTemporal(text, { published: "2024-11-16" });
    expect(text.slice(t.start, t.end)).toBe("غـداً الأحدَ");
    expect(t.value).toBe("2024-11-17");
  });

  it("accepts a full timestamp as the publication date and rejects what is not a date", () => {
    expect(tagTemporal("أمس", { published: "2024-11-17T10:00:00+03:00" })[0].value).toBe("2024-11-16");
    expect(() => tagTemporal("أمس", { published: "yesterday" })).toThrow(/yyyy-mm-dd/);
    expect(() => tagTemporal("أمس", { published: "2024-02-30" })).toThrow(/not a calendar day/);
  });
});

describe("nothing is hard-coded: the output follows the text and the publication date", () => {
  it("changes when a date in the text changes", () => {
    const before = tagTemporal("وقعت الاتفاقية في الأول من أيلول 2019", { published: "2024-11-17" });
    const after = tagTemporal("وقعت الاتفاقية في الثالث من آذار 2021", { published: "2024-11-17" });
    expect(before.map((t) => t.value)).toEqual(["2019-09-01"]);
    expect(after.map((t) => t.value)).toEqual(["2021-03-03"]);
  });

  it("changes when the publication date changes", () => {
    const text = "وصل الوزير أمس، والتقى الرئيس الخميس الماضي، وسيعود الشهر المقبل";
    const values = (published: string) => tagTemporal(text, { published }).map((t) => t.value);
    expect(values("2024-11-17")).toEqual(["2024-11-16", "2024-11-14", "2024-12"]);
    expect(values("2018-06-23")).toEqual(["2018-06-22", "2018-06-21", "2018-07"]);
  });
});
