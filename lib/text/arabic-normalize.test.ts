import { describe, expect, it } from "vitest";
import { indexText, matchExpression, matchSpans, queryTerms, readings, withoutSuffix, words } from "./arabic-normalize";

/** Whether the query would match the text through FTS5: every term has a prefix of one indexed reading. */
function matches(query: string, text: string): boolean {
  const indexed = indexText(text).split(" ");
  return queryTerms(query).every((term) => term.prefixes.some((prefix) => indexed.some((reading) => reading.startsWith(prefix))));
}

describe("words", () => {
  it("folds hamza forms, ta marbuta, alef maqsura, diacritics, tatweel and digits, keeping offsets into the original", () => {
    const text = "أعلنَ إبراهيم آمال مدرسةٌ إلى كـــتاب ٢٠٢٤ Tehran";
    expect(words(text).map((word) => word.text)).toEqual(["اعلن", "ابراهيم", "امال", "مدرسه", "الي", "كتاب", "2024", "tehran"]);
    for (const word of words(text)) expect(text.slice(word.start, word.end).length).toBeGreaterThanOrEqual(word.text.length);
    expect(words(text).map((word) => text.slice(word.start, word.end))).toEqual(["أعلنَ", "إبراهيم", "آمال", "مدرسةٌ", "إلى", "كـــتاب", "٢٠٢٤", "Tehran"]);
  });
});

describe("readings and suffixes", () => {
  it("lists a word with its clitics (و ف ب ك ل ال, لل) on and off", () => {
    expect(readings("والاتفاقيه").sort()).toEqual(["اتفاقيه", "الاتفاقيه", "والاتفاقيه"].sort());
    expect(readings("للاتفاق").sort()).toEqual(["اتفاق", "لاتفاق", "للاتفاق"].sort());
    expect(readings("بدمشق").sort()).toEqual(["بدمشق", "دمشق"]);
    expect(readings("فبالمدينه")).toContain("مدينه");
    expect(readings("الي")).toEqual(["الي"]); // إلى: too short to lose ال
  });

  it("removes one common suffix, keeping at least three letters", () => {
    expect(withoutSuffix("ايرانيه")).toBe("ايران");
    expect(withoutSuffix("اتفاقيات")).toBe("اتفاقي");
    expect(withoutSuffix("مسلحين")).toBe("مسلح");
    expect(withoutSuffix("قوه")).toBe("قوه");
  });
});

describe("queries against indexed text", () => {
  it("treat أ إ آ as ا, ة as ه, ى as ي, and ignore diacritics, on either side", () => {
    expect(matches("اسرائيل", "إسرائيل")).toBe(true);
    expect(matches("إسرائيل", "اسرائيل")).toBe(true);
    expect(matches("آذار", "اذار")).toBe(true);
    expect(matches("مدرسه", "المدرسة")).toBe(true);
    expect(matches("مستشفى", "المستشفي")).toBe(true);
    expect(matches("المَدْرَسَة", "مدرسة")).toBe(true);
  });

  it("take clitics off both sides and match prefixes", () => {
    expect(matches("الاتفاقية", "وقعوا اتفاقية")).toBe(true);
    expect(matches("اتفاقية", "والاتفاقية")).toBe(true);
    expect(matches("دمشق", "وصل بدمشق")).toBe(true);
    expect(matches("الاتفاقيات", "الاتفاقية")).toBe(true);
    expect(matches("ايران", "الإيرانية")).toBe(true);
    expect(matches("دمش", "دمشق")).toBe(true);
  });

  it("do not strip root letters from the query: كتاب does not find تابع", () => {
    expect(matches("كتاب", "تابع")).toBe(false);
    expect(matches("بشار", "شارع")).toBe(false);
    expect(matches("ايران", "العراق")).toBe(false);
  });

  it("ignore one-letter words and build an FTS5 expression of every term", () => {
    expect(queryTerms("و ب")).toEqual([]);
    expect(matchExpression(queryTerms("الاتفاقية دمشق"))).toBe('("اتفاق"* OR "الاتفاق"*) AND ("دمشق"*)');
  });

  it("give the spans of the original text to highlight", () => {
    const text = "وقّعت سوريا والإيرانيون اتفاقيةً في دمشق";
    expect(matchSpans(text, queryTerms("اتفاقية إيران")).map(([start, end]) => text.slice(start, end))).toEqual(["والإيرانيون", "اتفاقيةً"]);
  });
});
