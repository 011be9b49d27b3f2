// One article in, its temporal expressions and events out: the pipeline every caller shares
// (ingestion, the evaluation contract, benchmarks).
import { tagTemporal } from "./temporal";
import { extractEvents } from "./events";
import { isSameEvent, mergeKeys, toMergeCandidate, type MergeCandidate } from "./events/merge";
import type { Timex } from "./temporal/types";
import type { ExtractedEvent } from "./events/types";

export interface Extraction {
  timex: Timex[];
  events: ExtractedEvent[];
}

const PUBLISHED_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The publication date's day part: "2018-06-23T10:00:00+03:00" → "2018-06-23". */
export function publicationDay(published: string): string {
  const day = PUBLISHED_DAY.exec(published.trim());
  if (!day) throw new Error(`published must start with a yyyy-mm-dd date, got "${published}"`);
  return day[0];
}

export function extractArticle(text: string, published: string): Extraction {
  const day = publicationDay(published);
  const timex = tagTemporal(text, { published: day });
  const events = extractEvents(text, timex, { published: day });
  return { timex, events };
}

/** One line of the evaluation contract (see README, "Evaluation"). */
export interface ContractLine {
  id: string;
  timex: { start: number; end: number; text: string; value: string }[];
  events: {
    type: string;
    date: string;
    participants: string[];
    location: string | null;
    excerpt: { start: number; end: number };
    cluster: string;
  }[];
}

/**
 * Extracts a batch of articles and merges reports of one event across them, in input order,
 * the way ingestion merges into the store: each event joins the first earlier event from
 * another article that it matches, else starts a cluster of its own.
 */
export function extractBatch(articles: { id: string; published: string; text: string }[]): ContractLine[] {
  const clusters = new Clusters();
  return articles.map((article) => {
    const { timex, events } = extractArticle(article.text, article.published);
    return {
      id: article.id,
      timex: timex.map(({ start, end, text, value }) => ({ start, end, text, value })),
      events: events.map((event, index) => {
        const cluster = clusters.join(article.id, toMergeCandidate(event, event.date), `${article.id}#${index}`);
        return {
          type: event.type,
          date: event.date.edtf,
          participants: event.participants.map((p) => p.name),
          location: event.place,
          excerpt: event.excerpt,
          cluster,
        };
      }),
    };
  });
}

/**
 * The events merged so far, in the order they came, indexed by type and by the actors a
 * matching event must share (mergeKeys): an event is compared only with those that can be it,
 * not with every event of the batch.
 */
class Clusters {
  private readonly events: { cluster: string; articleId: string; candidate: MergeCandidate }[] = [];
  private readonly byTypeAndActor = new Map<string, number[]>();

  /**
   * Adds an event and returns its cluster: that of the first earlier event from another article
   * that is the same event, else `ownCluster`.
   */
  join(articleId: string, candidate: MergeCandidate, ownCluster: string): string {
    const keys = this.keysOf(candidate);
    const cluster = this.firstMatch(articleId, candidate, keys) ?? ownCluster;
    const at = this.events.push({ cluster, articleId, candidate }) - 1;
    for (const key of keys) {
      const list = this.byTypeAndActor.get(key);
      if (list) list.push(at);
      else this.byTypeAndActor.set(key, [at]);
    }
    return cluster;
  }

  private firstMatch(articleId: string, candidate: MergeCandidate, keys: string[]): string | null {
    const possible = new Set<number>();
    for (const key of keys) for (const at of this.byTypeAndActor.get(key) ?? []) possible.add(at);
    for (const at of [...possible].sort((a, b) => a - b)) {
      const earlier = this.events[at];
      if (earlier.articleId !== articleId && isSameEvent(earlier.candidate, candidate)) return earlier.cluster;
    }
    return null;
  }

  private keysOf(candidate: MergeCandidate): string[] {
    return [...mergeKeys(candidate.actorIds)].map((actor) => `${candidate.type}|${actor}`);
  }
}
