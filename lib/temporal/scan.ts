// Running a pattern only where it can match. Every rule names an anchor: the words its
// expressions cannot do without (a month name, a weekday, a unit). One pass finds the words of
// every anchor at once (AnchorScanner); each rule's full pattern then runs only on windows of
// text around its anchor's hits. This is most of the speed of the tagger: the full patterns
// are costly to try at every position of an article.
import { alternation, compile, squeeze, type Anchor } from "./patterns";

const WORD_CHAR = /[\p{L}\p{N}]/u;

export type Windows = [number, number][];

/** Finds the hits of many anchors in one pass over a text. */
export class AnchorScanner {
  private readonly anchors: Anchor[];
  private readonly words: RegExp;
  /** For each word, the anchors it counts for: those with one of their words inside it. */
  private readonly creditsOf = new Map<string, Anchor[]>();

  constructor(anchors: Iterable<Anchor>) {
    this.anchors = [...new Set(anchors)];
    const words = new Set(this.anchors.flatMap((a) => a.words));
    for (const word of words) this.creditsOf.set(word, this.anchors.filter((a) => a.words.some((w) => word.includes(w))));
    this.words = compile(alternation(words));
  }

  /** The windows of every anchor in the text. */
  windows(text: string): Map<Anchor, Windows> {
    const hits = new Map<Anchor, [number, number][]>(this.anchors.map((a) => [a, []]));
    for (const hit of text.matchAll(this.words)) {
      for (const anchor of this.creditsOf.get(squeeze(hit[0])) ?? []) hits.get(anchor)!.push([hit.index, hit.index + hit[0].length]);
    }
    for (const anchor of this.anchors) {
      if (!anchor.pattern) continue;
      const own = hits.get(anchor)!;
      for (const hit of text.matchAll(anchor.pattern)) own.push([hit.index, hit.index + hit[0].length]);
      own.sort((a, b) => a[0] - b[0]);
    }
    return new Map(this.anchors.map((a) => [a, windowsAround(text, hits.get(a)!, a)]));
  }
}

/** The merged windows around hits (in text order), each starting and ending at a word boundary. */
function windowsAround(text: string, hits: [number, number][], anchor: Anchor): Windows {
  const windows: Windows = [];
  for (const [from, to] of hits) {
    let start = Math.max(0, from - anchor.back);
    let end = Math.min(text.length, to + anchor.forward);
    while (start > 0 && WORD_CHAR.test(text[start])) start--;
    while (end < text.length && WORD_CHAR.test(text[end])) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/** Every match of the pattern inside the windows, with its index in the whole text. */
export function* matchesIn(text: string, pattern: RegExp, windows: Windows | undefined): Generator<RegExpExecArray> {
  for (const [start, end] of windows ?? [[0, text.length]]) {
    const slice = start === 0 && end === text.length ? text : text.slice(start, end);
    // exec on the shared pattern: matchAll would clone the RegExp for every window.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      if (match[0] === "") pattern.lastIndex++;
      match.index += start;
      yield match;
    }
  }
}
