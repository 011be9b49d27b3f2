// The scanning machinery must find exactly what the plain regular expressions it replaces
// would: a flat "longest entry first" alternation, a global search per anchor, one search per
// pattern. Each test compares the two on random texts built from overlapping words.
import { describe, expect, it } from "vitest";
import { lastLetterRuns, letterRuns } from "./chars";
import { normalize } from "./normalize";
import { alsoNeeding, alternation, anchorOf, withWholeWords, WORD_START, type Anchor } from "./patterns";
import { AnchorScanner, eachMatch, Passage, type Windows } from "./scan";

const WORDS = ["يوم", "اليوم", "يومين", "ايام", "غد", "بغداد", "اب", "ابريل", "كانون", "كانون الثاني", "ثاني", "شهر", "اشهر"];
const PIECES = [...WORDS, " ", "  ", "\n", "،", ".", "/", "(", "ال", "و", "2019", "7", "م", "ن", "ه", "😀", "𝐀"];

/** A deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(count: number): string[] {
  const next = random(7);
  return Array.from({ length: count }, () => Array.from({ length: 40 }, () => PIECES[Math.floor(next() * PIECES.length)]).join(""));
}

const REGEX_SYNTAX = /[.*+?^${}()|[\]\\]/g;
/** The flat alternation the trie replaced: every entry, longest first. */
function flatAlternation(entries: string[]): string {
  return [...new Set(entries)]
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(REGEX_SYNTAX, "\\$&").replaceAll(" ", String.raw`\s+`))
    .join("|");
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The windows as the first scanner found them: one global search per group and per pattern. */
function referenceWindows(text: string, groups: Anchor[][]): Map<Anchor, Windows> {
  const windows = new Map<Anchor, Windows>();
  for (const group of groups) {
    const words = new RegExp(flatAlternation(group.flatMap((a) => a.words)), "gu");
    const hits = new Map<Anchor, [number, number][]>(group.map((a) => [a, []]));
    for (const hit of text.matchAll(words)) {
      const word = hit[0].replace(/\s+/g, " ");
      for (const anchor of group) if (anchor.words.some((w) => word.includes(w))) hits.get(anchor)!.push([hit.index, hit.index + hit[0].length]);
    }
    for (const anchor of group) {
      const own = hits.get(anchor)!;
      // Patterns read the text after a space; a whole word is the pattern of a word alone.
      const wholeWords = anchor.wholeWords.length ? new RegExp(String.raw`[\s/(](?:${anchor.wholeWords.join("|")})(?![\p{L}])`, "gu") : null;
      for (const pattern of [anchor.pattern, wholeWords]) {
        if (pattern) for (const hit of ` ${text}`.matchAll(pattern)) own.push([hit.index - 1, hit.index - 1 + hit[0].length]);
      }
      own.sort((a, b) => a[0] - b[0]);
      const merged: Windows = [];
      for (const [from, to] of own) {
        let start = Math.max(0, from - anchor.back);
        let end = Math.min(text.length, to + anchor.forward);
        while (start > 0 && WORD_CHAR.test(text[start])) start--;
        while (end < text.length && WORD_CHAR.test(text[end])) end++;
        const last = merged[merged.length - 1];
        if (last && start <= last[1]) last[1] = Math.max(last[1], end);
        else merged.push([start, end]);
      }
      const also = anchor.also && new RegExp([flatAlternation(anchor.also.words), anchor.also.pattern?.source].filter(Boolean).join("|"), "u");
      windows.set(anchor, also ? merged.filter(([s, e]) => also.test(text.slice(s, e))) : merged);
    }
  }
  return windows;
}

describe("the trie-shaped alternation", () => {
  it("matches what the flat longest-first alternation matches, also when a pattern backtracks into it", () => {
    for (const [before, after] of [["", ""], ["", String.raw`(?![\p{L}])`], ["", String.raw`\s+ي`], [String.raw`\s`, "ن?"]]) {
      const trie = new RegExp(`${before}(?:${alternation(WORDS)})${after}`, "gu");
      const flat = new RegExp(`${before}(?:${flatAlternation(WORDS)})${after}`, "gu");
      for (const text of texts(200)) {
        expect([...text.matchAll(trie)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(flat)].map((m) => [m.index, m[0]]));
      }
    }
  });
});

describe("the anchor scanner", () => {
  const month = withWholeWords(anchorOf([5, 4], ["ابريل", "كانون الثاني", "شهر"], "20[0-9]"), ["اب"]);
  const day = anchorOf([3, 6], ["يوم", "غد"]);
  const days = anchorOf([2, 2], ["ايام", "يومين"], "[0-9]{4}");
  const withYear = alsoNeeding(month, [], "[0-9]");
  // Needed words overlap, lie inside longer words and across a run of spaces.
  const withDay = alsoNeeding(month, ["يوم", "ايام", "ن", "كانون الثاني"]);
  const withDayOrYear = alsoNeeding(day, ["اب", "شهر"], "[0-9]{4}");
  const other = anchorOf([1, 1], ["اليوم", "ثاني", "بغداد"]);
  const groups = [[month, day, days, withYear, withDay, withDayOrYear], [other]];
  const scanner = new AnchorScanner(...groups);

  it("finds the windows one global search per group and per pattern finds", () => {
    for (const text of texts(300)) expect(scanner.windows(new Passage(text))).toEqual(referenceWindows(text, groups));
  });

  it("finds the same windows when normalize reads the words as it folds the text", () => {
    for (const text of texts(100)) {
      const folded = normalize(`${text}\u064Eأى${text}`, scanner.reader);
      expect(scanner.windows(new Passage(folded.text), folded.wordEnds)).toEqual(scanner.windows(new Passage(folded.text)));
    }
  });

  it("reads a run of spaces in a word as one space", () => {
    const text = "في كانون \n  الثاني";
    expect(scanner.windows(new Passage(text)).get(month)).toEqual([[0, text.length]]);
  });
});

describe("reading windows", () => {
  const april = new RegExp(`${WORD_START}ابريل`, "gu");
  const matches = (text: string, windows: Windows) => {
    const found: [number, string][] = [];
    eachMatch(new Passage(text), april, windows, (m) => found.push([m.index, m[0]]));
    return found;
  };

  it("reads the start of the text as a word boundary, with indices in the whole text", () => {
    expect(matches("ابريل وابريل", [[0, 12]])).toEqual([[-1, " ابريل"], [5, " وابريل"]]);
  });

  it("reads each window apart", () => {
    expect(matches("ابريل وابريل", [[5, 12]])).toEqual([[5, " وابريل"]]);
  });
});

describe("letter runs", () => {
  it("are the words /\\p{L}+/gu finds in the same stretch, astral letters included", () => {
    for (const text of texts(200)) {
      for (const [from, to] of [[0, text.length], [3, text.length - 5], [1, 2]]) {
        expect(letterRuns(text, from, to)).toEqual(text.slice(from, to).match(/\p{L}+/gu) ?? []);
      }
    }
  });

  it("read from either end, are the first or last few of them, also where a stretch cuts an astral letter", () => {
    for (const text of texts(200)) {
      for (let from = 0; from < 6; from++) {
        const to = text.length - from;
        const all = text.slice(from, to).match(/\p{L}+/gu) ?? [];
        for (const count of [1, 3, 50]) {
          expect(letterRuns(text, from, to, count)).toEqual(all.slice(0, count));
          expect(lastLetterRuns(text, from, to, count)).toEqual(all.slice(-count));
        }
      }
    }
  });
});
