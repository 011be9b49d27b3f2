import { describe, expect, it } from "vitest";
import { fold, foldWithMap } from "./arabic";
import { hasWords, WordFilter, wordsOf } from "./words";

describe("words of a folded text", () => {
  it("finds runs of letters and digits with where they stand, and the breaks between them", () => {
    const words = wordsOf(foldWithMap("قال الرئيس، اليوم 12 Mai."));
    const texts = Array.from({ length: words.count }, (_, i) => words.text(i));
    expect(texts).toEqual(["قال", "الرييس", "اليوم", "12", "Mai"]);
    expect(Array.from(words.breakBefore.subarray(0, words.count))).toEqual([0, 0, 1, 0, 0]);
    expect(words.key(4)).toBe("mai");
  });
  it("is computed once per folded text", () => {
    const folded = foldWithMap("نص قصير");
    expect(wordsOf(folded)).toBe(wordsOf(folded));
  });
  it("counts words only up to what is asked", () => {
    expect(hasWords("“واحد اثنان ثلاثة”", 0, 18, 3)).toBe(true);
    expect(hasWords("“واحد اثنان ثلاثة”", 0, 18, 4)).toBe(false);
  });
});

describe("word filter", () => {
  it("never turns a member away", () => {
    const members = ["زيارة", "لقاء", "اتفاق", "mai", "12"].map(fold);
    const filter = new WordFilter(members);
    const words = wordsOf(foldWithMap(members.join(" ")));
    for (let i = 0; i < words.count; i++) expect(filter.mayHave(words.hash[i])).toBe(true);
  });
  it("lets few other words through", () => {
    const filter = new WordFilter(Array.from({ length: 1000 }, (_, i) => `كلمة${i}`));
    const words = wordsOf(foldWithMap(Array.from({ length: 1000 }, (_, i) => `اخرى${i}`).join(" ")));
    let through = 0;
    for (let i = 0; i < words.count; i++) if (filter.mayHave(words.hash[i])) through++;
    expect(through).toBeLessThan(150);
  });
});
