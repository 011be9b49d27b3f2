// Running a pattern only where it can match. Every rule names an anchor: the words its
// expressions cannot do without (a month name, a weekday, a unit). One pass finds the words of
// every anchor at once (AnchorScanner, an Aho-Corasick automaton), and the digits, where the
// anchors' patterns (figures) are then tried; each rule's full pattern then runs only on
// windows of text around its anchor's hits, less the windows without what else the rule
// needs (alsoNeeding). This is most of the speed of the tagger: the full patterns are costly
// to try at every position of an article. The windows are exactly those a global search per
// anchor would give.
import { CHAR_CLASS as CHAR_CLASSES, DIGIT, LETTER, letterAt, SPACE } from "./chars";
import { foldingReader, type FoldedTextReader } from "./normalize";
import type { AlsoNeeded, Anchor } from "./patterns";

export type Windows = [number, number][];

// Local bindings of what the loops below read at every character: an imported binding is read
// through a getter at each use in the module formats that tsx and the bundlers emit.
const CHAR_CLASS = CHAR_CLASSES;
const WORD_CHAR = LETTER | DIGIT;

/**
 * The anchor words as one automaton (Aho-Corasick): it reads each character of a text once and
 * reports every place a word ends, however the words overlap. A space in a word matches any
 * run of spaces, as in the patterns: past a space, the automaton stays put on more. The words
 * come in groups that do not compete; in each group the hits are what a regular expression of
 * the group's words, longest first, would find: the leftmost word, the longest there, then on
 * from its end. A group marked everywhere reports every occurrence instead, in order of end.
 */
class WordAutomaton {
  /** Column of each character in the table: 1 for spaces, 0 for characters no word has. */
  private readonly column = new Uint16Array(0x10000);
  /** The automaton as normalize runs it while folding a text. */
  readonly tables: FoldedTextReader;
  private readonly width: number;
  /** delta[state * width + column]: the next state's row, next * width (the root is 0), negative where words end. */
  private readonly delta: Int32Array;
  /**
   * The words that end at each state (its own and those of its suffixes): from
   * outputsFrom[row] to outputsFrom[row + width] in the arrays below.
   */
  private readonly outputsFrom: Int32Array;
  private readonly outputGroup: Int32Array;
  private readonly outputWord: Int32Array;
  /** In characters read, a run of spaces counting one. */
  private readonly outputLength: Int32Array;
  /** 1 for words with a space, whose length in the text depends on the run of spaces. */
  private readonly outputSpaced: Uint8Array;

  constructor(
    private readonly groups: string[][],
    private readonly everywhere: boolean[],
  ) {
    for (let code = 0; code < CHAR_CLASS.length; code++) if (CHAR_CLASS[code] === SPACE) this.column[code] = 1;
    let columns = 2;
    for (const word of groups.flat()) {
      for (let i = 0; i < word.length; i++) if (!this.column[word.charCodeAt(i)]) this.column[word.charCodeAt(i)] = columns++;
    }
    const width = (this.width = columns);

    // The trie.
    const child: Map<number, number>[] = [new Map()];
    const ending: [group: number, word: number, length: number][][] = [[]];
    groups.forEach((words, group) =>
      words.forEach((word, index) => {
        let state = 0;
        for (let i = 0; i < word.length; i++) {
          const column = this.column[word.charCodeAt(i)];
          let next = child[state].get(column);
          if (next === undefined) {
            next = child.push(new Map()) - 1;
            ending.push([]);
            child[state].set(column, next);
          }
          state = next;
        }
        ending[state].push([group, index, word.length]);
      }),
    );

    // Failure links, breadth first: each state falls back to the longest suffix of its text
    // that is also in the trie, and takes over the transitions and words of that suffix.
    this.delta = new Int32Array(child.length * width);
    const outputs: [number, number, number][][] = ending.map((own) => [...own]);
    const fail = new Int32Array(child.length);
    const queue: number[] = [];
    for (let column = 0; column < width; column++) {
      const next = child[0].get(column);
      if (next === undefined) continue;
      this.delta[column] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      outputs[state].push(...outputs[fail[state]]);
      for (let column = 0; column < width; column++) {
        const next = child[state].get(column);
        const fallback = this.delta[fail[state] * width + column];
        if (next === undefined) this.delta[state * width + column] = fallback;
        else {
          this.delta[state * width + column] = next;
          fail[next] = fallback;
          queue.push(next);
        }
      }
    }
    // A run of spaces reads as one: past a space, more spaces leave the state as it is.
    for (const edges of child) {
      const afterSpace = edges.get(1);
      if (afterSpace !== undefined) this.delta[afterSpace * width + 1] = afterSpace;
    }

    // The scan follows rows (state * width) rather than states, no multiplication per
    // character, negated where words end, one test per character.
    for (let i = 0; i < this.delta.length; i++) {
      const next = this.delta[i];
      this.delta[i] = outputs[next].length ? -next * width : next * width;
    }
    this.outputsFrom = new Int32Array(child.length * width + 1);
    let from = 0;
    outputs.forEach((list, state) => {
      this.outputsFrom[state * width] = from;
      from += list.length;
      this.outputsFrom[(state + 1) * width] = from;
    });
    const flat = outputs.flat();
    this.outputGroup = Int32Array.from(flat, (o) => o[0]);
    this.outputWord = Int32Array.from(flat, (o) => o[1]);
    this.outputLength = Int32Array.from(flat, (o) => o[2]);
    this.outputSpaced = Uint8Array.from(flat, (o) => (groups[o[0]][o[1]].includes(" ") ? 1 : 0));
    this.tables = foldingReader(this.column, this.delta);
  }

  /** Where a word of the given length (a run of spaces counting one) ending at last starts. */
  private startOf(text: string, last: number, length: number): number {
    let start = last;
    for (let counted = 1; counted < length; counted++) {
      start--;
      while (start > 0 && this.column[text.charCodeAt(start)] === 1 && this.column[text.charCodeAt(start - 1)] === 1) start--;
    }
    return start;
  }

  /**
   * Calls found(group, start, end, word) for each hit of each group, in text order, given where
   * words end in the text (what the pass gives, wordEnds or normalize's) or reading it here.
   */
  scan(text: string, found: (group: number, start: number, end: number, word: number) => void, wordEnds = this.wordEnds(text)): void {
    const { width, outputsFrom, outputGroup, outputWord, outputLength, outputSpaced } = this;
    // Every place a word ends, per group: start, end, word.
    const ends: number[][] = this.groups.map(() => []);
    for (let e = 0; e < wordEnds.length; e += 2) {
      const last = wordEnds[e];
      const row = wordEnds[e + 1];
      for (let o = outputsFrom[row], to = outputsFrom[row + width]; o < to; o++) {
        const start = outputSpaced[o] ? this.startOf(text, last, outputLength[o]) : last + 1 - outputLength[o];
        ends[outputGroup[o]].push(start, last + 1, outputWord[o]);
      }
    }
    for (let group = 0; group < ends.length; group++) {
      const list = ends[group];
      if (this.everywhere[group]) {
        for (let k = 0; k < list.length; k += 3) found(group, list[k], list[k + 1], list[k + 2]);
        continue;
      }
      const order = leftmostThenLongest(list);
      let resumeAt = 0;
      for (const k of order) {
        if (list[k] < resumeAt) continue;
        found(group, list[k], list[k + 1], list[k + 2]);
        resumeAt = list[k + 1];
      }
    }
  }

  /**
   * The automaton's pass over the text (normalize runs the same loop as it folds), alone in
   * its loop so that it stays a few instructions per character: the index of each character
   * where words end, and the row reached there, in pairs.
   */
  private wordEnds(text: string): number[] {
    const { column, delta } = this;
    const found: number[] = [];
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      row = delta[row + column[text.charCodeAt(i)]];
      if (row >= 0) continue;
      row = -row;
      found.push(i, row);
    }
    return found;
  }
}

/**
 * The indices of the hits (flat [start, end, word, …], in order of end) leftmost first, then
 * longest, as a stable sort would order them. Sorted by insertion: in order of end, the starts
 * are already nearly in order (only a word inside a longer one comes out of place).
 */
function leftmostThenLongest(list: number[]): number[] {
  const order: number[] = [];
  for (let k = 0; k < list.length; k += 3) {
    let j = order.length;
    while (j > 0 && (list[order[j - 1]] > list[k] || (list[order[j - 1]] === list[k] && list[order[j - 1] + 1] < list[k + 1]))) j--;
    if (j === order.length) order.push(k);
    else order.splice(j, 0, k);
  }
  return order;
}

/**
 * Finds the hits of many anchors in one pass over a text. Each argument is a group of anchors
 * whose words compete for the text: where two of its words overlap, the leftmost (then the
 * longest) takes the characters and counts for every anchor of the group with a word inside
 * it. Groups do not compete with each other; an anchor belongs to one group.
 */
export class AnchorScanner {
  private readonly anchors: Anchor[];
  /**
   * The anchors as found in the text: anchors that differ only in what else they need
   * (alsoNeeding) share their hits and windows, and each anchor filters its base's windows.
   */
  private readonly bases: Anchor[] = [];
  private readonly baseOf: number[];
  private readonly automaton: WordAutomaton;
  /** creditsOf[group][word]: the bases a word of the group counts for. */
  private readonly creditsOf: number[][][];
  /**
   * The words anchors also need (alsoNeeding) are one more group of the automaton, every
   * occurrence counting: neededBy[word] are the anchors (indices in anchors) that need it.
   */
  private readonly alsoGroup: number;
  private readonly neededBy: number[][];
  /**
   * The whole words (Anchor.wholeWords) are one more group, every occurrence counting, checked
   * for its boundaries: wholeWordOf[word] are the bases it counts for. The digits, where the
   * patterns can start, are the last group.
   */
  private readonly wholeGroup: number;
  private readonly wholeWordOf: number[][];
  private readonly digitGroup: number;
  /** The automaton's tables, for normalize to run as it folds the text and give windows() its wordEnds. */
  readonly reader: FoldedTextReader;
  /** The distinct anchor patterns (sticky), and the bases that use each. */
  private readonly patterns: { pattern: RegExp; bases: number[] }[] = [];
  /**
   * All anchor patterns in one (sticky), tried at each digit (where alone they can start,
   * anchorOf): each pattern is then tried only where one of them matches.
   */
  private readonly anyPattern: RegExp | null;

  constructor(...groups: Anchor[][]) {
    const grouped = groups.map((group) => [...new Set(group)]);
    this.anchors = grouped.flat();
    this.baseOf = this.anchors.map((anchor) => this.baseIndex(anchor));
    const words = grouped.map((group) => [...new Set(group.flatMap((a) => a.words))]);
    const alsoWords = [...new Set(this.anchors.flatMap((a) => a.also?.words ?? []))];
    this.alsoGroup = words.length;
    this.neededBy = alsoWords.map((word) => this.anchors.flatMap((a, i) => (a.also?.words.includes(word) ? [i] : [])));
    const wholeWords = [...new Set(this.bases.flatMap((base) => base.wholeWords))];
    this.wholeWordOf = wholeWords.map((word) => this.bases.flatMap((base, b) => (base.wholeWords.includes(word) ? [b] : [])));
    this.wholeGroup = words.length + 1;
    this.digitGroup = words.length + 2;
    this.automaton = new WordAutomaton([...words, alsoWords, wholeWords, DIGITS], [...words.map(() => false), true, true, true]);
    this.reader = this.automaton.tables;
    this.creditsOf = words.map((groupWords, g) => {
      const bases = [...new Set(grouped[g].map((a) => this.baseOf[this.anchors.indexOf(a)]))];
      return groupWords.map((word) => bases.filter((b) => this.bases[b].words.some((w) => word.includes(w))));
    });
    this.bases.forEach((base, b) => {
      if (!base.pattern) return;
      const same = this.patterns.find((p) => p.pattern.source === base.pattern!.source);
      if (same) same.bases.push(b);
      else this.patterns.push({ pattern: new RegExp(base.pattern.source, "uy"), bases: [b] });
    });
    this.anyPattern = this.patterns.length ? new RegExp(this.patterns.map((p) => `(?:${p.pattern.source})`).join("|"), "uy") : null;
  }

  private baseIndex(anchor: Anchor): number {
    const found = this.bases.findIndex(
      (b) =>
        b.words === anchor.words &&
        b.wholeWords === anchor.wholeWords &&
        b.pattern === anchor.pattern &&
        b.back === anchor.back &&
        b.forward === anchor.forward,
    );
    return found >= 0 ? found : this.bases.push({ ...anchor, also: null }) - 1;
  }

  /** The windows of every anchor in the passage, given where words end if normalize read them. */
  windows(passage: Passage, wordEnds?: number[]): Map<Anchor, Windows> {
    const { text } = passage;
    const { creditsOf, alsoGroup, neededBy, wholeGroup, wholeWordOf, digitGroup } = this;
    // Per base, its hits as flat [start, end, start, end, …] lists, in text order (those of the
    // words, those of the whole words and patterns); per anchor, the occurrences of the words it
    // also needs, in order of end.
    const hits: number[][] = this.bases.map(() => []);
    const otherHits: number[][] = this.bases.map(() => []);
    const needed: number[][] = this.anchors.map(() => []);
    const digits: number[] = [];
    this.automaton.scan(text, (group, start, end, word) => {
      if (group === digitGroup) digits.push(start);
      else if (group === wholeGroup) {
        if (!isWholeWord(text, start, end)) return;
        for (const base of wholeWordOf[word]) otherHits[base].push(start - 1, end);
      } else {
        const credited = group === alsoGroup ? neededBy[word] : creditsOf[group][word];
        const lists = group === alsoGroup ? needed : hits;
        for (let c = 0; c < credited.length; c++) lists[credited[c]].push(start, end);
      }
    }, wordEnds);
    if (this.anyPattern && digits.length) this.addPatternHits(passage.padded, digits, this.anyPattern, otherHits);
    const around = this.bases.map((base, b) => windowsAround(text, inTextOrder(hits[b], otherHits[b]), base));
    const windows = new Map<Anchor, Windows>();
    for (let i = 0; i < this.anchors.length; i++) {
      const { also } = this.anchors[i];
      const baseWindows = around[this.baseOf[i]];
      windows.set(this.anchors[i], also ? holding(text, baseWindows, needed[i], also) : baseWindows);
    }
    return windows;
  }

  /**
   * Adds each pattern's hits to those of its bases (in text order, after the whole words'),
   * as its own search would find them (leftmost, then on from the end of the hit): every digit
   * where some pattern matches is a candidate, and a pattern is tried at the candidates past
   * its last hit. The patterns read the text after a space, as the rules' do (Passage); hits
   * are indexed in the text.
   */
  private addPatternHits(padded: string, digits: number[], anyPattern: RegExp, hits: number[][]): void {
    const found: number[][] = this.bases.map(() => []);
    const resumeAt = this.patterns.map(() => 0);
    for (const digit of digits) {
      const at = digit + 1;
      anyPattern.lastIndex = at;
      if (!anyPattern.test(padded)) continue;
      this.patterns.forEach(({ pattern, bases }, i) => {
        if (at < resumeAt[i]) return;
        pattern.lastIndex = at;
        // A sticky test leaves lastIndex at the end of the hit: no match array to build.
        if (!pattern.test(padded)) return;
        resumeAt[i] = pattern.lastIndex;
        for (const base of bases) found[base].push(at - 1, resumeAt[i] - 1);
      });
    }
    found.forEach((list, base) => {
      if (list.length) hits[base] = inTextOrder(hits[base], list);
    });
  }
}

/** The digits, as words of the automaton: where the anchors' patterns can start. */
const DIGITS = Array.from({ length: 10 }, (_, digit) => String(digit));

/** True when the word at [start, end) stands alone: after a space, "/" or "(" (or at the start) and before a non-letter. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  return (start === 0 || CHAR_CLASS[before] === SPACE || before === SLASH || before === OPENING_PARENTHESIS) && !letterAt(text, end);
}
const SLASH = 0x2f;
const OPENING_PARENTHESIS = 0x28;

/**
 * Two flat hit lists in text order merged into one; at equal starts the first list's hit
 * comes first, as a stable sort of the two, one after the other, would place it.
 */
function inTextOrder(first: number[], second: number[]): number[] {
  if (!second.length) return first;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i] <= second[j])) merged.push(first[i++], first[i++]);
    else merged.push(second[j++], second[j++]);
  }
  return merged;
}

/**
 * The windows that hold one of the needed words (one of the occurrences, flat [start, end, …]
 * in order of end, lies inside) or else a match of the needed pattern: what a search of the
 * window's text for the words and patterns would keep.
 */
function holding(text: string, windows: Windows, occurrences: number[], also: AlsoNeeded): Windows {
  const kept: Windows = [];
  let o = 0;
  for (const window of windows) {
    const [start, end] = window;
    // Windows do not touch: what ends before this one ends before the next.
    while (o < occurrences.length && occurrences[o + 1] <= start) o += 2;
    let holds = false;
    for (; o < occurrences.length && occurrences[o + 1] <= end; o += 2) if (occurrences[o] >= start) holds = true;
    if (holds || also.pattern?.test(text.slice(start, end))) kept.push(window);
  }
  return kept;
}

/** A letter or a digit ([\p{L}\p{N}]). */
function isWordChar(code: number): boolean {
  return (CHAR_CLASS[code] & WORD_CHAR) !== 0;
}

/** The merged windows around hits (flat [start, end, …], in text order), each starting and ending at a word boundary. */
function windowsAround(text: string, hits: number[], anchor: Anchor): Windows {
  const windows: Windows = [];
  for (let h = 0; h < hits.length; h += 2) {
    let start = Math.max(0, hits[h] - anchor.back);
    let end = Math.min(text.length, hits[h + 1] + anchor.forward);
    while (start > 0 && isWordChar(text.charCodeAt(start))) start--;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/**
 * An article's folded text as the patterns read it. Every window a pattern runs on starts with
 * a character that is not part of a word (windowsAround sees to it), so that WORD_START needs
 * no "^", an alternative the engine would otherwise try at every position: the start of the
 * text reads as if a space preceded it.
 */
export class Passage {
  private spaced: string | undefined;

  constructor(readonly text: string) {}

  /** The text after a space. */
  get padded(): string {
    return (this.spaced ??= ` ${this.text}`);
  }

  /** The text of [start, end) as a pattern reads it, and where its first character lies in the text. */
  window(start: number, end: number): { slice: string; offset: number } {
    if (start > 0) return { slice: this.text.slice(start, end), offset: start };
    return { slice: end === this.text.length ? this.padded : this.padded.slice(0, end + 1), offset: -1 };
  }
}

/** Calls found with every match of the pattern inside the windows (all the text if none), indexed in the whole text. */
export function eachMatch(passage: Passage, pattern: RegExp, windows: Windows | undefined, found: (match: RegExpExecArray) => void): void {
  for (const [start, end] of windows ?? [[0, passage.text.length]]) {
    const { slice, offset } = passage.window(start, end);
    // exec on the shared pattern: matchAll would clone the RegExp for every window.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      if (match[0] === "") pattern.lastIndex++;
      match.index += offset;
      found(match);
    }
  }
}

/** Moves a match past its consumed word boundary and proclitics (see WORD_START). */
export function skipLead(match: RegExpExecArray): void {
  const lead = match.groups?.lead;
  if (!lead) return;
  match.index += lead.length;
  match[0] = match[0].slice(lead.length);
}
