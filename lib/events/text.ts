// The structure of an article that event extraction needs: paragraphs, sentences, and the
// quoted speech inside them (a verb inside a quotation is something somebody said, not news).
import { hasWords, isSpace } from "./words";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Position in the article, counting from 0. */
  index: number;
}

// A sentence ends at a full stop unless it sits between digits (1.5) or inside an ellipsis
// (after which the next space ends it), and at a run of ! ? ؟; a line ends it too. This is the
// regex /(?<!\d)\.(?!\.)(?=\s|$)|[!?؟]+|(?<=\.\.\.)\s/g applied line by line, read in one pass
// that visits only the marks.
const SENTENCE_MARK = /[.!?؟\n]/g;
const FULL_STOP = ".".charCodeAt(0);
const NEWLINE = "\n".charCodeAt(0);
const STOP_MARKS = new Set([..."!?؟"].map((c) => c.charCodeAt(0)));
const isAsciiDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let start = 0;
  const close = (end: number) => {
    const trimmed = trimSpan(text, start, end);
    if (trimmed.end > trimmed.start) sentences.push({ start: trimmed.start, end: trimmed.end, paragraph, index: sentences.length });
    start = end;
  };
  SENTENCE_MARK.lastIndex = 0;
  for (;;) {
    const mark = SENTENCE_MARK.exec(text);
    const at = mark ? mark.index : text.length;
    const unit = mark ? text.charCodeAt(at) : NEWLINE;
    if (unit === NEWLINE) {
      close(at);
      if (trimSpan(text, lineStart, at).end > lineStart) paragraph++;
      if (!mark) break;
      lineStart = start = at + 1;
    } else if (unit === FULL_STOP) {
      // What follows on the line: a newline (or the end) counts as the line's end, a space.
      const next = at + 1 < text.length ? text.charCodeAt(at + 1) : NEWLINE;
      const afterDigit = at > lineStart && isAsciiDigit(text.charCodeAt(at - 1));
      if (!afterDigit && next !== FULL_STOP && isSpace(next)) close(at + 1);
      if (next !== NEWLINE && isSpace(next) && at - 2 >= lineStart && text.startsWith("...", at - 2)) close(at + 2);
    } else {
      let end = at;
      while (end < text.length && STOP_MARKS.has(text.charCodeAt(end))) end++;
      close(end);
      SENTENCE_MARK.lastIndex = end;
    }
  }
  return sentences;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const QUOTE_MARK_OR_NEWLINE = /["“”«»\n]/g;

/**
 * Quoted passages of at least `minWords` words, paragraph by paragraph. Outlets mix their
 * quotation marks (a closing ” sometimes opens), so every mark toggles; a paragraph end closes.
 * Short quotes are names ("سانا", “عباس”), which stay visible to the rest of the pipeline.
 */
export function quotedSpeech(text: string, minWords = 5): Span[] {
  const spans = spanList<Span>();
  let open: number | null = null;
  QUOTE_MARK_OR_NEWLINE.lastIndex = 0;
  for (;;) {
    const mark = QUOTE_MARK_OR_NEWLINE.exec(text);
    const at = mark ? mark.index : text.length;
    if (!mark || text.charCodeAt(at) === NEWLINE) {
      if (open !== null) pushIfSpeech(text, open, at, minWords, spans);
      open = null;
      if (!mark) break;
    } else if (open === null) open = at;
    else {
      pushIfSpeech(text, open, at + 1, minWords, spans);
      open = null;
    }
  }
  return spans;
}

function pushIfSpeech(text: string, start: number, end: number, minWords: number, spans: Span[]) {
  if (hasWords(text, start, end, minWords)) spans.push({ start, end });
}

export function inside(spans: Span[], at: number): boolean {
  return spans.some((s) => at > s.start && at < s.end);
}

/** Holds an object: lists cut from it have the hidden class of a filled list (spanList). */
const FILLED_LIST: object[] = [{}];

/**
 * A new, empty list of spans (or of objects with a start). V8 gives an empty array literal (and
 * a map over an empty array) a hidden class of its own until an object goes in, and its map
 * may make a filled one holey: the article's few lists that stay empty or come out holey then
 * reach the binary searches below with a shape their optimised code has not met, which throws
 * that code away (even in late passes over a corpus). A list cut from one that held an object
 * starts with the shape of every filled list, and keeps it as spans are pushed.
 */
export function spanList<T extends object>(): T[] {
  return FILLED_LIST.slice(0, 0) as T[];
}

/** The position of the first item (of items sorted by start) that starts at or after `at`. */
export function firstStartingFrom(items: readonly Span[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items (sorted by start) that start inside `span`, in order. */
export function startingWithin<T extends Span>(items: readonly T[], span: Span): T[] {
  const from = firstStartingFrom(items, span.start);
  let to = from;
  while (to < items.length && items[to].start < span.end) to++;
  return items.slice(from, to);
}

/**
 * A pattern that matches only at the end of a text: `before`, then one of the `words` (an
 * alternation), then `after` (spaces to the end by default). A regex tries such a pattern
 * from every position of the text; most texts do not end in one of the words, which is
 * checked first, from the end.
 */
export class TrailingPattern {
  private readonly words: string[];
  /** The words' last characters: most texts end in none of them. */
  private readonly lastUnits: Set<number>;
  private readonly pattern: RegExp;

  constructor(before: string, words: string, after = "\\s*$") {
    if (!after.endsWith("$")) throw new Error(`a trailing pattern must end at the end of the text, got "${after}"`);
    this.words = words.split("|");
    this.lastUnits = new Set(this.words.map((word) => word.charCodeAt(word.length - 1)));
    this.pattern = new RegExp(`${before}(?:${words})${after}`, "u");
  }

  test(text: string): boolean {
    return this.mayMatch(text) && this.pattern.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.mayMatch(text) ? this.pattern.exec(text) : null;
  }

  /** Whether the text, spaces trimmed from its end, ends with one of the words. */
  private mayMatch(text: string): boolean {
    let end = text.length;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === 0 || !this.lastUnits.has(text.charCodeAt(end - 1))) return false;
    for (const word of this.words) if (end >= word.length && text.startsWith(word, end - word.length)) return true;
    return false;
  }
}
