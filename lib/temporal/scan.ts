// Running a pattern only where it can match. Every rule names an anchor: a cheap pattern of the
// words its expressions cannot do without (a month name, a weekday, a unit). The rule's full
// pattern then runs only on windows of text around the anchor's hits, which is most of the
// speed of the tagger: the full patterns are costly to try at every position of an article.

import type { Anchor } from "./patterns";

const WORD_CHAR = /[\p{L}\p{N}]/u;

export type Windows = [number, number][];

/** The merged windows around the anchor's hits, each starting and ending at a word boundary. */
export function windowsOf(text: string, anchor: Anchor): Windows {
  const windows: Windows = [];
  for (const hit of text.matchAll(anchor.pattern)) {
    let start = Math.max(0, hit.index - anchor.back);
    let end = Math.min(text.length, hit.index + hit[0].length + anchor.forward);
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
