import { describe, expect, it } from "vitest";
import { closeBidiControls } from "./bidi";

const RLO = "\u202E";
const PDF = "\u202C";
const RLI = "\u2067";
const PDI = "\u2069";
const LRE = "\u202A";

describe("closeBidiControls", () => {
  it("closes what a field leaves open, innermost first, and keeps the text before as it was", () => {
    expect(closeBidiControls(`title ${RLO}txt.exe`)).toBe(`title ${RLO}txt.exe${PDF}`);
    expect(closeBidiControls(`${RLI}a${LRE}b`)).toBe(`${RLI}a${LRE}b${PDF}${PDI}`);
    expect(closeBidiControls(`${LRE}a${RLI}b`)).toBe(`${LRE}a${RLI}b${PDI}${PDF}`);
  });

  it("leaves balanced text, stray closers and closed paragraphs alone", () => {
    for (const text of ["نص عادي", `${RLO}a${PDF} b`, `${RLI}a${PDI}`, `a${PDF}${PDI}`, `${RLO}a\nb`, `${RLI}a${LRE}b${PDI}`]) {
      expect(closeBidiControls(text)).toBe(text);
    }
  });
});
