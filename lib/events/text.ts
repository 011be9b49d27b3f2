// The structure of an article that event extraction needs: paragraphs, sentences, and the
// quoted speech inside them (a verb inside a quotation is something somebody said, not news).

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Position in the article, counting from 0. */
  index: number;
}

// A full stop ends a sentence unless it sits between digits (1.5) or inside an ellipsis.
const SENTENCE_END = /(?<!\d)\.(?!\.)(?=\s|$)|[!?؟]+|(?<=\.\.\.)\s/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraphStart = 0;
  let paragraph = 0;
  for (const line of text.split("\n")) {
    let start = paragraphStart;
    const ends = [...line.matchAll(SENTENCE_END)].map((m) => paragraphStart + m.index + m[0].length);
    ends.push(paragraphStart + line.length);
    for (const end of ends) {
      const trimmed = trimSpan(text, start, end);
      if (trimmed.end > trimmed.start) sentences.push({ ...trimmed, paragraph, index: sentences.length });
      start = end;
    }
    if (line.trim()) paragraph++;
    paragraphStart += line.length + 1;
  }
  return sentences;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const QUOTE_MARK = /["“”«»]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Quoted passages of at least `minWords` words, paragraph by paragraph. Outlets mix their
 * quotation marks (a closing ” sometimes opens), so every mark toggles; a paragraph end closes.
 * Short quotes are names ("سانا", “عباس”), which stay visible to the rest of the pipeline.
 */
export function quotedSpeech(text: string, minWords = 5): Span[] {
  const spans: Span[] = [];
  let paragraphStart = 0;
  for (const line of text.split("\n")) {
    let open: number | null = null;
    for (const mark of line.matchAll(QUOTE_MARK)) {
      const at = paragraphStart + mark.index;
      if (open === null) open = at;
      else {
        pushIfSpeech(text, open, at + 1, minWords, spans);
        open = null;
      }
    }
    if (open !== null) pushIfSpeech(text, open, paragraphStart + line.length, minWords, spans);
    paragraphStart += line.length + 1;
  }
  return spans;
}

function pushIfSpeech(text: string, start: number, end: number, minWords: number, spans: Span[]) {
  const words = text.slice(start, end).match(WORD)?.length ?? 0;
  if (words >= minWords) spans.push({ start, end });
}

export function inside(spans: Span[], at: number): boolean {
  return spans.some((s) => at > s.start && at < s.end);
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
