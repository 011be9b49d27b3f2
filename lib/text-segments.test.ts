import { describe, expect, it } from "vitest";
import { segmentText } from "./text-segments";

describe("segmentText", () => {
  it("keeps every character once, in order, split into paragraphs at newlines", () => {
    const text = "first line\nsecond <b>line</b>\n\nthird";
    const paragraphs = segmentText(text, [{ key: "a", start: 6, end: 18 }]);
    expect(paragraphs.map((pieces) => pieces.map((piece) => piece.text).join(""))).toEqual([
      "first line",
      "second <b>line</b>",
      "third",
    ]);
    expect(paragraphs[0]).toEqual([
      { text: "first ", start: 0, keys: [] },
      { text: "line", start: 6, keys: ["a"] },
    ]);
    expect(paragraphs[1][0]).toEqual({ text: "second ", start: 11, keys: ["a"] });
    expect(paragraphs[1][1].keys).toEqual([]);
  });

  it("marks overlapping spans on the pieces they share", () => {
    const paragraphs = segmentText("abcdefgh", [
      { key: 1, start: 1, end: 5 },
      { key: 2, start: 3, end: 7 },
    ]);
    expect(paragraphs[0].map((piece) => [piece.text, piece.keys])).toEqual([
      ["a", []],
      ["bc", [1]],
      ["de", [1, 2]],
      ["fg", [2]],
      ["h", []],
    ]);
  });

  it("rejects a span outside the text", () => {
    expect(() => segmentText("abc", [{ key: "x", start: 2, end: 9 }])).toThrow(/does not fit/);
  });
});
