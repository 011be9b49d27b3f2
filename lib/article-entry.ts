// Articles entered by hand (pasted, or a .txt or .jsonl uploaded on /articles/new): what the
// extraction will find in one, shown before anything is stored, then stored as ingestion stores.
import { ArticleInputError, parseArticle } from "./articles";
import { extractArticle, publicationDay } from "./extract";
import { contentHash, ingestArticles, sourceIdOf, type IngestTotals } from "./ingest";
import type { ArticleInput, DateSpan, EventType } from "./model";
import type { Store } from "./store";

/** POST /api/articles/preview: the timexes and events of one article, as offsets into its text. */
export interface ArticlePreview {
  published: string;
  timex: { start: number; end: number; text: string; value: string }[];
  events: (DateSpan & {
    type: EventType;
    title: string;
    excerpt: { start: number; end: number };
    timex: { start: number; end: number } | null;
    participants: string[];
    place: string | null;
  })[];
}

export function previewArticle(input: unknown): ArticlePreview {
  const article = parseArticle(input, "article");
  const published = publicationDay(article.published);
  const { timex, events } = extractArticle(article.text, published);
  return {
    published,
    timex: timex.map(({ start, end, text, value }) => ({ start, end, text, value })),
    events: events.map((event) => ({
      ...event.date,
      type: event.type,
      title: event.title,
      excerpt: event.excerpt,
      timex: event.timex && { start: event.timex.start, end: event.timex.end },
      participants: event.participants.map((participant) => participant.name),
      place: event.place,
    })),
  };
}

/** POST /api/articles: what storing the articles did. */
export interface StoredArticles extends IngestTotals {
  sourceIds: string[];
}

/** Validates every article first (one bad article stores none), then ingests them in order. */
export async function storeArticles(store: Store, inputs: unknown[]): Promise<StoredArticles> {
  const problems: string[] = [];
  const articles: ArticleInput[] = [];
  inputs.forEach((input, index) => {
    try {
      articles.push(parseArticle(input, `articles[${index}]`));
    } catch (error) {
      if (!(error instanceof ArticleInputError)) throw error;
      problems.push(...error.problems);
    }
  });
  if (problems.length) throw new ArticleInputError(problems);
  const totals = await ingestArticles(store, articles);
  // A source's id is its text's: the same for one stored now and one stored before.
  const sourceIds = articles.map((article) => sourceIdOf(contentHash(article.text)));
  return { ...totals, sourceIds };
}
