import { describe, expect, it } from "vitest";
import { quotedSpeech, splitSentences, TrailingPattern } from "./text";

const sentencesOf = (text: string) => splitSentences(text).map((s) => [text.slice(s.start, s.end), s.paragraph]);

describe("sentences", () => {
  it("ends a sentence at a full stop, but not between digits nor inside an ellipsis", () => {
    expect(sentencesOf("ارتفع 1.5 بالمئة. ثم هبط")).toEqual([["ارتفع 1.5 بالمئة.", 0], ["ثم هبط", 0]]);
    expect(sentencesOf("قال... ثم سكت")).toEqual([["قال...", 0], ["ثم سكت", 0]]);
  });
  it("ends one at a run of ! ? ؟ and counts paragraphs by non-blank lines", () => {
    expect(sentencesOf("لماذا؟! لا أعرف\n\nفقرة ثانية")).toEqual([["لماذا؟!", 0], ["لا أعرف", 0], ["فقرة ثانية", 1]]);
  });
});

describe("quoted speech", () => {
  it("keeps quotations of five words or more, closed by a mark or the paragraph end", () => {
    const text = "قال “هذه جملة من خمس كلمات” و«سانا»\n\"بداية اقتباس لا يغلق أبدا";
    expect(quotedSpeech(text).map((s) => text.slice(s.start, s.end))).toEqual(["“هذه جملة من خمس كلمات”", "\"بداية اقتباس لا يغلق أبدا"]);
  });
});

describe("trailing patterns", () => {
  it("match what their regex matches, at the end of the text only", () => {
    const pattern = new TrailingPattern("(?:^|\\s)", "الذي|ما");
    const regex = /(?:^|\s)(?:الذي|ما)\s*$/u;
    for (const text of ["الرجل الذي ", "الذي", "كما", "ما  \n", "الذي قال", "", "  ", "اما"]) {
      expect(pattern.test(text), text).toBe(regex.test(text));
    }
    expect(new TrailingPattern("(\\S+)\\s+", "قد").exec("كان الوزير قد ")?.[1]).toBe("الوزير");
  });
});
