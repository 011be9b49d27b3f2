import { describe, expect, it } from "vitest";
import { fold, foldWithMap, nameKey } from "./arabic";
import { foldedIndex } from "./participants";

/** The key as its definition says: folded, punctuation to spaces, spaces squeezed, trimmed, lower case. */
const keyByDefinition = (text: string) =>
  fold(text).replace(/[\p{P}\p{S}]/gu, " ").replace(/\s+/g, " ").trim().toLowerCase();

describe("name keys", () => {
  it("are what the definition gives, for names that are their own key and names that are not", () => {
    const names = [
      "محمد جواد ظريف", "وزير الخارجية الإيراني", "  علي   لاريجاني ", "حزب الله (لبنان)", "«سانا»", "Mai Lin", "UN", "بشار الأسد.",
      "فرهاد پور", "١٢ آذار", "a-b", "", " ",
    ];
    for (const name of names) expect(nameKey(name)).toBe(keyByDefinition(name));
  });
  it("leaves every letter and digit it takes as already a key as the definition does", () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      const word = `ب${char}ب`;
      if (nameKey(word) === fold(word)) expect(keyByDefinition(word)).toBe(fold(word));
    }
  });
});

describe("folded index", () => {
  it("is the first folded character at or after an original offset", () => {
    for (const text of ["وقّعَ الرئيسُ اتفاقيةً", "نص بلا علامات", "ـــ", ""]) {
      const folded = foldWithMap(text);
      for (let original = -2; original <= text.length + 2; original++) {
        let expected = 0;
        while (expected < folded.map.length - 1 && folded.map[expected] < original) expected++;
        expect(foldedIndex(folded, original), `${original} in "${text}"`).toBe(expected);
      }
    }
  });
});
