// Cuts an article into paragraphs of plain-text pieces, each piece knowing which highlighted
// spans cover it, so the source page can wrap highlights in <mark> while the text itself stays
// text (never HTML). Overlapping spans are fine: a piece lists every span that covers it.

export interface Span<K> {
  key: K;
  start: number; // JavaScript string index, inclusive
  end: number; // exclusive
}

export interface TextPiece<K> {
  text: string;
  start: number;
  keys: K[];
}

export function segmentText<K>(text: string, spans: readonly Span<K>[]): TextPiece<K>[][] {
  for (const span of spans) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) {
      throw new Error(`Highlight ${String(span.key)} [${span.start}, ${span.end}) does not fit a text of ${text.length} characters`);
    }
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const paragraphs: TextPiece<K>[][] = [[]];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const from = cuts[index];
    const to = cuts[index + 1];
    const keys = spans.filter((span) => span.start <= from && span.end >= to).map((span) => span.key);
    let offset = from;
    text.slice(from, to).split("\n").forEach((line, lineIndex) => {
      if (lineIndex > 0) paragraphs.push([]);
      if (line.length > 0) paragraphs[paragraphs.length - 1].push({ text: line, start: offset, keys });
      offset += line.length + 1;
    });
  }
  return paragraphs.filter((paragraph) => paragraph.some((piece) => piece.text.trim().length > 0));
}
