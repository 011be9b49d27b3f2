// The corpus report (`npm run report:corpus`): how the extraction reads as a whole, in the figures
// a user would check first — events per type, how many name an actor the register knows, titles
// a person can read, dates no article of its time could mean, and the biggest merges with the
// outlets behind them.
import { EVENT_TYPES, type EventType } from "./model";
import type { BatchExtraction } from "./extract";
import type { ExtractedEvent } from "./events/types";
import { loadActorRegister } from "./events/register";
import { placeCountry } from "./events/places";

export interface ReportArticle {
  id: string;
  outlet: string;
  title: string;
  published: string;
  text: string;
}

export interface ClusterReport {
  id: string;
  events: number;
  articles: number;
  outlets: string[];
  titles: string[];
  dates: string[];
  sources: { outlet: string; title: string }[];
}

export interface CorpusReport {
  articles: number;
  events: number;
  byType: Record<EventType, number>;
  /** Events with at least one participant from the actor register. */
  withRegisteredActor: number;
  /** Events whose title has at least three words. */
  readableTitles: number;
  /** Events dated before 1945 or after the year after next of their article's publication. */
  outOfRange: { article: string; date: string; title: string }[];
  /** Visits whose place is the visitor itself (or the visitor's own state). */
  selfVisits: { article: string; title: string }[];
  largestClusters: ClusterReport[];
}

const EARLIEST_DAY = "1945-01-01";
const YEARS_AHEAD = 2;
const WORDS = /\s+/;

function registered(actorId: string): boolean {
  return loadActorRegister().actors.has(actorId);
}

/** The states an actor stands for: itself, or the state of each office it holds or is. */
function statesOf(actorId: string): Set<string> {
  const reg = loadActorRegister();
  const actor = reg.actors.get(actorId);
  const states = new Set<string>();
  if (!actor) return states;
  if (actor.kind === "state") states.add(actor.id);
  if (actor.state) states.add(actor.state);
  for (const office of reg.officesOf.get(actorId) ?? []) {
    const state = reg.actors.get(office)?.state;
    if (state) states.add(state);
  }
  return states;
}

function isSelfVisit(event: ExtractedEvent): boolean {
  const destination = event.type === "visit" ? placeCountry(event.place) : null;
  return destination !== null && event.participants.some((p) => p.name === event.place || statesOf(p.actorId).has(destination));
}

export function corpusReport(articles: ReportArticle[], extractions: BatchExtraction[], largest = 10): CorpusReport {
  const byType = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
  const report: CorpusReport = {
    articles: articles.length,
    events: 0,
    byType,
    withRegisteredActor: 0,
    readableTitles: 0,
    outOfRange: [],
    selfVisits: [],
    largestClusters: [],
  };
  const clusters = new Map<string, { events: ExtractedEvent[]; articles: ReportArticle[] }>();
  extractions.forEach((extraction, index) => {
    const article = articles[index];
    const latestDay = `${Number(article.published.slice(0, 4)) + YEARS_AHEAD}-12-31`;
    extraction.events.forEach((event, e) => {
      report.events++;
      byType[event.type]++;
      if (event.participants.some((p) => registered(p.actorId))) report.withRegisteredActor++;
      if (event.title.trim().split(WORDS).length >= 3) report.readableTitles++;
      if (event.date.firstDay < EARLIEST_DAY || event.date.lastDay > latestDay) {
        report.outOfRange.push({ article: article.id, date: event.date.edtf, title: event.title });
      }
      if (isSelfVisit(event)) report.selfVisits.push({ article: article.id, title: event.title });
      const cluster = clusters.get(extraction.clusters[e]) ?? { events: [], articles: [] };
      cluster.events.push(event);
      cluster.articles.push(article);
      clusters.set(extraction.clusters[e], cluster);
    });
  });
  report.largestClusters = [...clusters.entries()]
    .map(([id, c]): ClusterReport => {
      const distinct = [...new Map(c.articles.map((a) => [a.id, a])).values()];
      return {
        id,
        events: c.events.length,
        articles: distinct.length,
        outlets: [...new Set(distinct.map((a) => a.outlet))],
        titles: [...new Set(c.events.map((e) => e.title))],
        dates: [...new Set(c.events.map((e) => e.date.edtf))],
        sources: distinct.map((a) => ({ outlet: a.outlet, title: a.title })),
      };
    })
    .filter((c) => c.articles > 1)
    .sort((a, b) => b.articles - a.articles || b.events - a.events)
    .slice(0, largest);
  return report;
}

function share(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)} %` : "–";
}

/** The report as the lines `npm run report:corpus` prints. */
export function formatCorpusReport(report: CorpusReport, examples = 5): string {
  const lines = [
    `articles ${report.articles} | events ${report.events}`,
    `events per type: ${EVENT_TYPES.map((t) => `${t} ${report.byType[t]}`).join(", ")}`,
    `with a registered participant: ${report.withRegisteredActor} (${share(report.withRegisteredActor, report.events)})`,
    `titles of >= 3 words: ${report.readableTitles} (${share(report.readableTitles, report.events)})`,
    `dated outside 1945 – publication year + ${YEARS_AHEAD}: ${report.outOfRange.length}`,
    ...report.outOfRange.slice(0, examples).map((o) => `  ${o.date}  ${o.title}  (${o.article})`),
    `visits to the visitor's own place: ${report.selfVisits.length}`,
    ...report.selfVisits.slice(0, examples).map((o) => `  ${o.title}  (${o.article})`),
    `largest clusters (by articles):`,
  ];
  for (const c of report.largestClusters) {
    lines.push(`  ${c.articles} articles, ${c.outlets.length} outlets, ${c.events} events | ${c.dates.join(" ")} | ${c.titles.slice(0, 3).join(" / ")}`);
    for (const s of c.sources) lines.push(`    - ${s.outlet}: ${s.title}`);
  }
  return lines.join("\n");
}
