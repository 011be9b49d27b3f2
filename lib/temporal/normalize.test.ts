import { describe, expect, it } from "vitest";
import { fold, normalize, toOriginal } from "./normalize";

describe("folding Arabic spelling", () => {
  it("folds hamza seats, alef maqsura, ta marbuta and the three digit alphabets", () => {
    expect(fold("أإآٱ ى ة ٢٠٢٣ ۱۴۰۳")).toBe("اااا ي ه 2023 1403");
  });

  it("drops diacritics and tatweel and maps every index back to the original", () => {
    const original = "وصلَ غـداً";
    const folded = normalize(original);
    expect(folded.text).toBe("وصل غدا");
    const start = folded.text.indexOf("غدا");
    const span = toOriginal(folded, start, start + 3);
    expect(original.slice(span.start, span.end)).toBe("غـداً");
  });
});
