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

/** An article's extraction with each event's cluster: the merged event's id across the batch. */
export interface BatchExtraction extends Extraction {
  id: string;
  clusters: string[];
}

/**
 * Extracts a batch of articles and merges reports of one event across them, in input order,
 * the way ingestion merges into the store: each event joins the first earlier event from
 * another article that it matches, else starts a cluster of its own.
 */
export function extractClustered(articles: { id: string; published: string; text: string }[]): BatchExtraction[] {
  const clusters = new Clusters();
  return articles.map((article) => {
    const { timex, events } = extractArticle(article.text, article.published);
    const ids = events.map((event, index) => clusters.join(article.id, toMergeCandidate(event, event.date), `${article.id}#${index}`));
    return { id: article.id, timex, events, clusters: ids };
  });
}

/** The extraction contract's lines for a batch (see README, "Evaluation"). */
export function extractBatch(articles: { id: string; published: string; text: string }[]): ContractLine[] {
  return extractClustered(articles).map(({ id, timex, events, clusters }) => ({
    id,
    timex: timex.map(({ start, end, text, value }) => ({ start, end, text, value })),
    events: events.map((event, index) => ({
      type: event.type,
      date: event.date.edtf,
      participants: event.participants.map((p) => p.name),
      location: event.place,
      excerpt: event.excerpt,
      cluster: clusters[index],
    })),
  }));
}

/**
 * The merged events so far, each as ingestion stores it: the first report's type, kind, days and
 * place, with every merged report's actors. A report is compared with these merged events (not
 * with every report in them, which would chain unrelated stories through their members), and
 * only with those indexed under a type and actor it shares (mergeKeys).
 */
class Clusters {
  private readonly merged: { cluster: string; articles: Set<string>; candidate: MergeCandidate }[] = [];
  private readonly byTypeAndActor = new Map<string, number[]>();

  /**
   * Adds an event and returns its cluster: that of the first merged event from other articles
   * that is the same event, else `ownCluster`.
   */
  join(articleId: string, candidate: MergeCandidate, ownCluster: string): string {
    const at = this.firstMatch(articleId, candidate);
    if (at === null) {
      this.index(this.merged.push({ cluster: ownCluster, articles: new Set([articleId]), candidate: { ...candidate, actorIds: [...candidate.actorIds] } }) - 1, candidate);
      return ownCluster;
    }
    const event = this.merged[at];
    event.articles.add(articleId);
    for (const actor of candidate.actorIds) if (!event.candidate.actorIds.includes(actor)) event.candidate.actorIds.push(actor);
    this.index(at, candidate);
    return event.cluster;
  }

  private firstMatch(articleId: string, candidate: MergeCandidate): number | null {
    const possible = new Set<number>();
    for (const key of this.keysOf(candidate)) for (const at of this.byTypeAndActor.get(key) ?? []) possible.add(at);
    for (const at of [...possible].sort((a, b) => a - b)) {
      const event = this.merged[at];
      // An article does not corroborate itself: a merged event reported only by it is not a match.
      if (event.articles.size === 1 && event.articles.has(articleId)) continue;
      if (isSameEvent(event.candidate, candidate)) return at;
    }
    return null;
  }

  private index(at: number, candidate: MergeCandidate) {
    for (const key of this.keysOf(candidate)) {
      const list = this.byTypeAndActor.get(key);
      if (!list) this.byTypeAndActor.set(key, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  }

  private keysOf(candidate: MergeCandidate): string[] {
    return [...mergeKeys(candidate.actorIds)].map((actor) => `${candidate.type}|${actor}`);
  }
}
