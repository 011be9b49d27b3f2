import { describe, expect, it } from "vitest";
import { fold, foldWithMap } from "./arabic";
import { foldWithWords, hasWords, KeywordSearch, Vocabulary, wordsOf } from "./words";

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

describe("vocabularies", () => {
  it("find each entry where a text has it, lower-cased, and nothing else", () => {
    const vocabulary = new Vocabulary(["زيارة", "لقاء", "اتفاق", "mai", "12"].map(fold));
    const words = wordsOf(foldWithMap("لقاء Mai 12 لقاءات زيارة اتفاقية"));
    const entries = vocabulary.in(words);
    expect(Array.from({ length: words.count }, (_, i) => entries.at(i))).toEqual([1, 3, 4, -1, 0, -1]);
    // "لقاءات زيارة": a word of the vocabulary lies wholly inside; "قاءات زيار" cuts both.
    const from = words.start[3];
    const to = words.end[4];
    expect(vocabulary.anyWithin(words, from, to)).toBe(true);
    expect(vocabulary.anyWithin(words, from + 1, to - 1)).toBe(false);
  });
  it("tell apart words whose hashes share a slot, and share one table between them", () => {
    const first = new Vocabulary(Array.from({ length: 1000 }, (_, i) => `كلمه${i}`));
    const second = new Vocabulary(["كلمه999", fold("اخرى")]);
    const words = wordsOf(foldWithMap([...first.entries, ...first.entries.map((e) => e + "x"), "اخرى"].join(" ")));
    const inFirst = first.in(words);
    const inSecond = second.in(words);
    for (let i = 0; i < 2000; i++) expect(inFirst.at(i)).toBe(i < 1000 ? i : -1);
    expect(inSecond.at(999)).toBe(0);
    expect(inSecond.at(2000)).toBe(1);
    expect(inFirst.at(2000)).toBe(-1);
    expect(first.indexOf("كلمه999")).toBe(999);
    expect(first.indexOf("كلمه1000")).toBe(-1);
  });
});

describe("folding and finding words in one pass", () => {
  const sameAsTwoPasses = (text: string) => {
    const fused = foldWithWords(text);
    const apart = foldWithMap(text);
    expect(fused.folded).toBe(apart.folded);
    expect(Array.from(fused.map)).toEqual(Array.from(apart.map));
    const a = wordsOf(fused);
    const b = wordsOf(apart);
    expect(a.count).toBe(b.count);
    for (const field of ["start", "end", "hash", "breakBefore", "caseless"] as const) {
      expect(Array.from(a[field].subarray(0, a.count))).toEqual(Array.from(b[field].subarray(0, b.count)));
    }
  };
  it("finds what folding then segmenting finds, across dropped marks and breaks", () => {
    sameAsTwoPasses("وقّعَ الرئيسُ، اتفاقيةً (مع) Mai 12: جـديدة.");
    sameAsTwoPasses("  كلمة");
    sameAsTwoPasses("كلمة ً");
    sameAsTwoPasses("\uFEFFكلمة في أول النص");
    sameAsTwoPasses("");
    // Words of one letter: more words than the arrays are first sized for.
    sameAsTwoPasses("و ".repeat(100));
  });
  it("reads letters outside the basic plane as parts of words", () => {
    sameAsTwoPasses("اسم 𝐀𝐁 ثم 😀 نهاية");
  });
});

describe("keyword search", () => {
  const keywords = ["حيث", "بعد ان", "ان", "بان"];
  const regex = /(?:^|\s)(?:حيث|بعد ان|ان|بان)(?=\s)|:/gu;
  const texts = [
    "قال ان الوزير وصل حيث التقى: بعد ان  ان بان حيثما ان",
    "ان بدايه بعد ان وصل:ان اخر ان",
    "بعد  ان بعدان حيث\tان\nبان :",
  ];
  it("finds in every stretch what the regex finds in that slice", () => {
    const search = new KeywordSearch(keywords, ":");
    for (const text of texts) {
      const words = wordsOf(foldWithMap(text));
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          regex.lastIndex = 0;
          const m = regex.exec(text.slice(from, to));
          expect(search.firstIn(words, from, to), `[${from}, ${to}) of "${text}"`).toBe(m ? from + m.index : null);
        }
      }
    }
  });
});
