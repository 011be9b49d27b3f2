// Synthetic events for load tests: types, precisions, spans, reporting lags, participants,
// places, outlets, articles' sizes and corroboration drawn from the distributions measured on
// the real corpus (data/synthetic-distributions.json, made by measure-distributions.ts).
// Articles are published at an even pace over the chosen years; each reports a few events
// (new ones, or ones earlier articles reported, which corroborates them), in Arabic sentences
// built from the event's type, participants, place and date, so that search has words to find.
//
// Speed (a million events in well under a minute on 2 cores): one transaction of prepared
// statements whose SQL the query module compiles, foreign keys off while loading, secondary
// indexes and the derived-table triggers dropped first and rebuilt once at the end, and the
// search normalisation memoised per word.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { contentHash } from "../../lib/ingest";
import type { EventType, Precision } from "../../lib/model";
import { openStore } from "../../lib/store";
import { dayNumber, dayOfNumber } from "../../lib/store/days";
import { DERIVED_TRIGGER_NAMES, rebuildDerivedTables } from "../../lib/store/migrations";
import { placeCountry } from "../../lib/events/places";
import { bulkInsertSql, countRows } from "../../lib/store/queries";
import type { Database } from "../../lib/store/schema";
import { indexText } from "../../lib/text/arabic-normalize";

export const DISTRIBUTIONS_FILE = "data/synthetic-distributions.json";

export interface Distributions {
  measured: string;
  types: Record<string, number>;
  precisionByType: Record<string, Record<string, number>>;
  rangeSpanDays: number[];
  lagDays: { min: number; max: number; weight: number }[];
  actorsPerEvent: Record<string, number>;
  actors: { id: string; nameAr: string; kind: string; weight: number }[];
  placeShare: number;
  places: { name: string; weight: number }[];
  outlets: Record<string, number>;
  eventsPerSource: Record<string, number>;
  corroboration: Record<string, number>;
}

export function loadDistributions(path = DISTRIBUTIONS_FILE): Distributions {
  return JSON.parse(readFileSync(resolve(path), "utf8")) as Distributions;
}

export interface SyntheticOptions {
  events: number;
  /** Articles are published from 1 January of this year … */
  fromYear: number;
  /** … to 31 December of this one. */
  toYear: number;
  /** Seed of the random generator: the same seed makes the same database. */
  seed: number;
}

export interface SyntheticReport {
  events: number;
  sources: number;
  citations: number;
  seconds: number;
}

/** mulberry32: small, fast and good enough to draw test data reproducibly. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws items in proportion to their weights (binary search over the running totals). */
function sampler<T>(items: T[], weights: number[], random: () => number): () => T {
  const totals: number[] = [];
  let sum = 0;
  for (const weight of weights) totals.push((sum += weight));
  if (!items.length || sum <= 0) throw new Error("a distribution in the synthetic data file is empty");
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = totals.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (totals[middle] > target) high = middle;
      else low = middle + 1;
    }
    return items[low];
  };
}

function fromRecord<K extends string | number>(record: Record<string, number>, key: (name: string) => K, random: () => number): () => K {
  const names = Object.keys(record);
  return sampler(names.map(key), names.map((name) => record[name]), random);
}

const MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
const SEASONS = ["ربيع", "صيف", "خريف", "شتاء"];

interface DateSpan {
  edtf: string;
  first: number;
  last: number;
  words: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The day range, EDTF and Arabic wording of a date of `precision` around the anchor day. */
function dateSpan(precision: Precision, anchor: number, rangeSpan: () => number): DateSpan {
  const day = dayOfNumber(anchor);
  const [year, month, dayOfMonth] = day.split("-").map(Number);
  switch (precision) {
    case "day":
      return { edtf: day, first: anchor, last: anchor, words: `في ${dayOfMonth} ${MONTHS[month - 1]} ${year}` };
    case "week": {
      const monday = anchor - (anchor % 7);
      return { edtf: `${dayOfNumber(monday)}/${dayOfNumber(monday + 6)}`, first: monday, last: monday + 6, words: `خلال الأسبوع الذي بدأ في ${dayOfNumber(monday)}` };
    }
    case "month": {
      const first = dayNumber(`${year}-${pad(month)}-01`);
      const last = dayNumber(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`) - 1;
      return { edtf: `${year}-${pad(month)}`, first, last, words: `في ${MONTHS[month - 1]} ${year}` };
    }
    case "season": {
      // EDTF 21–24: spring (March–May), summer, autumn, winter (December to February).
      const season = Math.floor(((month + 9) % 12) / 3);
      const startYear = month <= 2 ? year - 1 : year;
      const startMonth = 3 + season * 3;
      const first = dayNumber(`${startYear + Math.floor((startMonth - 1) / 12)}-${pad(((startMonth - 1) % 12) + 1)}-01`);
      const endMonth = startMonth + 3;
      const last = dayNumber(`${startYear + Math.floor((endMonth - 1) / 12)}-${pad(((endMonth - 1) % 12) + 1)}-01`) - 1;
      return { edtf: `${season === 3 ? startYear + 1 : startYear}-${21 + season}`, first, last, words: `في ${SEASONS[season]} ${startYear}` };
    }
    case "year":
      return { edtf: String(year), first: dayNumber(`${year}-01-01`), last: dayNumber(`${year}-12-31`), words: `خلال عام ${year}` };
    case "range": {
      const last = anchor + rangeSpan();
      return { edtf: `${day}/${dayOfNumber(last)}`, first: anchor, last, words: `بين ${day} و${dayOfNumber(last)}` };
    }
  }
}

type Phrase = (a: string, b: string, place: string, when: string) => { title: string; sentence: string };

// Headlines and report sentences in the corpus's style, one pattern per type.
const PHRASES: Record<EventType, Phrase> = {
  visit: (a, _b, p, d) => ({ title: `زيارة ${a} إلى ${p}`, sentence: `وصل ${a} إلى ${p} في زيارة رسمية ${d}.` }),
  meeting: (a, b, _p, d) => ({ title: `لقاء ${a} و${b}`, sentence: `التقى ${a} مع ${b} ${d} وبحثا العلاقات الثنائية.` }),
  call: (a, b, _p, d) => ({ title: `اتصال هاتفي بين ${a} و${b}`, sentence: `أجرى ${a} اتصالاً هاتفياً مع ${b} ${d}.` }),
  agreement: (a, b, _p, d) => ({ title: `اتفاقية بين ${a} و${b}`, sentence: `وقّع ${a} و${b} اتفاقية للتعاون ${d}.` }),
  statement: (a, _b, _p, d) => ({ title: `تصريح ${a}`, sentence: `أعلن ${a} ${d} أن المفاوضات مستمرة.` }),
  attack: (a, _b, p, d) => ({ title: `هجوم ${a} على ${p}`, sentence: `شنّ ${a} هجوماً على ${p} ${d} أسفر عن إصابات.` }),
  other: (a, _b, p, d) => ({ title: `${a} في ${p}`, sentence: `أفادت تقارير عن ${a} في ${p} ${d}.` }),
};

interface PendingCitation {
  id: string;
  key: number;
  edtf: string;
  title: string;
  sentence: string;
  /** Articles that still have to report it. */
  remaining: number;
  sourceTitles: string[];
}

/** Secondary indexes and triggers of the tables the loader fills: dropped while loading, then remade from their own SQL. */
function dropForBulkLoad(raw: SQLite.Database): string[] {
  const objects = raw
    .prepare(
      `select type, name, sql from sqlite_master
       where type in ('index', 'trigger') and sql is not null and tbl_name in ('events', 'sources', 'citations', 'event_actors', 'actors')`,
    )
    .all() as { type: string; name: string; sql: string }[];
  const triggers = new Set(DERIVED_TRIGGER_NAMES);
  for (const object of objects) {
    if (object.type === "trigger" && !triggers.has(object.name)) throw new Error(`unexpected trigger ${object.name}: the loader would bypass it`);
    raw.exec(`drop ${object.type} "${object.name}"`);
  }
  return objects.map((object) => object.sql);
}

/**
 * Fills an empty store at `path` with synthetic events. Throws when the store already holds
 * sources or events (the generator never mixes its data with real data).
 */
export async function seedSynthetic(
  path: string,
  options: SyntheticOptions,
  distributions = loadDistributions(),
  log: (line: string) => void = () => {},
): Promise<SyntheticReport> {
  const started = performance.now();
  const store = await openStore(path, { seed: false });
  const before = await countRows(store.db);
  if (before.events || before.sources) {
    await store.close();
    throw new Error(
      `${store.path} already holds ${before.events} events and ${before.sources} sources; ` +
        "seed:synthetic fills an empty database (delete the file or point CHRONICLE_DB at a new one)",
    );
  }
  const statementsSql = {
    event: bulkInsertSql(store.db, "events", [
      "id", "key", "type", "edtf", "first_day", "last_day", "precision", "title", "place", "place_country",
      "review_status", "confidence", "rule", "scheduled", "date_inferred", "corroboration",
    ]),
    source: bulkInsertSql(store.db, "sources", ["id", "outlet", "url", "published", "language", "title", "text", "content_hash", "external_id", "ingested_at"]),
    citation: bulkInsertSql(store.db, "citations", ["id", "event_id", "source_id", "excerpt_start", "excerpt_end", "timex_text", "timex_start", "timex_end", "date"]),
    actor: bulkInsertSql(store.db, "actors", ["id", "name_ar", "name_en", "kind", "aliases"]),
    eventActor: bulkInsertSql(store.db, "event_actors", ["event_id", "actor_id", "position"]),
    eventSearch: bulkInsertSql(store.db, "event_search", ["rowid", "title", "excerpts", "sources"]),
    sourceSearch: bulkInsertSql(store.db, "source_search", ["source_id", "title", "text"]),
  };
  await store.close();

  const raw = new SQLite(store.path);
  // No journal while loading: the file is new and a failed load is thrown away; the store's
  // WAL mode comes back at the end.
  raw.pragma("journal_mode = OFF");
  raw.pragma("synchronous = OFF");
  raw.pragma("foreign_keys = OFF");
  raw.pragma("cache_size = -524288"); // 512 MiB
  raw.pragma("temp_store = MEMORY");
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    const phase = (name: string) => log(`${name} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const recreate = dropForBulkLoad(raw);
    const counts = raw.transaction(() => generate(raw, statementsSql, options, distributions))();
    phase("rows inserted");
    await rebuildDerivedTables(kysely);
    phase("day spans and day counts built");
    for (const definition of recreate) raw.exec(definition);
    phase("indexes built");
    raw.exec("analyze");
    raw.pragma("journal_mode = WAL");
    phase("analysed");
    return { ...counts, seconds: (performance.now() - started) / 1000 };
  } finally {
    await kysely.destroy();
  }
}

function generate(
  raw: SQLite.Database,
  statementsSql: Record<"event" | "source" | "citation" | "actor" | "eventActor" | "eventSearch" | "sourceSearch", string>,
  options: SyntheticOptions,
  d: Distributions,
): Omit<SyntheticReport, "seconds"> {
  const insert = Object.fromEntries(Object.entries(statementsSql).map(([name, text]) => [name, raw.prepare(text)])) as Record<
    keyof typeof statementsSql,
    SQLite.Statement
  >;
  const random = randomGenerator(options.seed);
  const drawType = fromRecord(d.types, (name) => name as EventType, random);
  const drawPrecision = Object.fromEntries(
    Object.entries(d.precisionByType).map(([type, weights]) => [type, fromRecord(weights, (name) => name as Precision, random)]),
  ) as Record<EventType, () => Precision>;
  const drawLagBin = sampler(d.lagDays, d.lagDays.map((bin) => bin.weight), random);
  const drawLag = () => {
    const bin = drawLagBin();
    return bin.min + Math.floor(random() * (bin.max - bin.min + 1));
  };
  const drawRangeSpan = () => Math.max(1, d.rangeSpanDays[Math.floor(random() * d.rangeSpanDays.length)]);
  const drawActorCount = fromRecord(d.actorsPerEvent, Number, random);
  const drawActor = sampler(d.actors, d.actors.map((actor) => actor.weight), random);
  const drawPlace = sampler(d.places, d.places.map((place) => place.weight), random);
  const drawOutlet = fromRecord(d.outlets, String, random);
  const drawEventsPerSource = fromRecord(d.eventsPerSource, Number, random);
  const drawCorroboration = fromRecord(d.corroboration, Number, random);
  const countries = new Map(d.places.map((place) => [place.name, placeCountry(place.name)]));

  // The index text of a sentence is the index texts of its space-separated words, joined: words
  // never span a space, so memoising per word changes nothing but the time.
  const wordIndex = new Map<string, string>();
  const indexed = (text: string) =>
    text
      .split(" ")
      .map((word) => {
        let value = wordIndex.get(word);
        if (value === undefined) wordIndex.set(word, (value = indexText(word)));
        return value;
      })
      .filter(Boolean)
      .join(" ");
  // The same columns eventSearchColumns makes, through the memo; every article cites the same sentence.
  const searchRow = (event: PendingCitation) =>
    insert.eventSearch.run(event.key, indexed(event.title), indexed(event.sentence), [...new Set(event.sourceTitles)].map(indexed).join(" "));

  for (const actor of d.actors) insert.actor.run(actor.id, actor.nameAr, null, actor.kind, "[]");

  const meanOf = (record: Record<string, number>) => {
    const total = Object.values(record).reduce((sum, n) => sum + n, 0);
    return Object.entries(record).reduce((sum, [value, n]) => sum + Number(value) * n, 0) / total;
  };
  const firstDay = dayNumber(`${options.fromYear}-01-01`);
  const lastDay = dayNumber(`${options.toYear}-12-31`);
  const expectedSources = (options.events * meanOf(d.corroboration)) / meanOf(d.eventsPerSource);
  const daysPerSource = (lastDay - firstDay + 1) / Math.max(1, expectedSources);
  const ingestedAt = new Date().toISOString();

  let events = 0;
  let sources = 0;
  let citations = 0;
  // Events that further articles still have to report, oldest first.
  let pending: PendingCitation[] = [];
  while (events < options.events || pending.length) {
    const published = Math.min(lastDay, firstDay + Math.floor(sources * daysPerSource));
    const sourceId = `syn-s${String(sources + 1).padStart(8, "0")}`;
    const slots = drawEventsPerSource();
    const reports = pending.slice(0, slots);
    pending = pending.slice(reports.length);
    while (reports.length < slots && events < options.events) {
      events += 1;
      const key = events;
      const id = `syn-e${String(key).padStart(8, "0")}`;
      const type = drawType();
      const precision = drawPrecision[type]();
      const span = dateSpan(precision, published - drawLag(), drawRangeSpan);
      const participants = new Map<string, Distributions["actors"][number]>();
      const wanted = drawActorCount();
      for (let tries = 0; participants.size < wanted && tries < wanted * 4; tries += 1) {
        const actor = drawActor();
        participants.set(actor.id, actor);
      }
      const [a, b] = [...participants.values()];
      const place = random() < d.placeShare ? drawPlace().name : null;
      const phrase = PHRASES[type](a?.nameAr ?? "مصدر رسمي", b?.nameAr ?? "نظيره", place ?? "المنطقة", span.words);
      const corroboration = drawCorroboration();
      insert.event.run(
        id, key, type, span.edtf, dayOfNumber(span.first), dayOfNumber(span.last), precision, phrase.title, place,
        place ? (countries.get(place) ?? null) : null, "unreviewed", 0.5 + random() / 2, "synthetic",
        span.first > published ? 1 : 0, 0, corroboration,
      );
      [...participants.keys()].forEach((actorId, position) => insert.eventActor.run(id, actorId, position));
      reports.push({ id, key, edtf: span.edtf, ...phrase, remaining: corroboration, sourceTitles: [] });
    }
    if (!reports.length) break;

    let text = "";
    const title = reports[0].title;
    sources += 1;
    const offsets = reports.map((report) => {
      if (text) text += " ";
      const start = text.length;
      text += report.sentence;
      return [start, text.length];
    });
    // Sources are unique by their text's hash, and two articles may report the same sentences.
    text += ` (${sourceId})`;
    insert.source.run(sourceId, drawOutlet(), null, dayOfNumber(published), "ar", title, text, contentHash(text), null, ingestedAt);
    insert.sourceSearch.run(sourceId, indexed(title), reports.map((report) => indexed(report.sentence)).join(" "));
    reports.forEach((report, index) => {
      citations += 1;
      insert.citation.run(`${sourceId}-c${index}`, report.id, sourceId, offsets[index][0], offsets[index][1], null, null, null, report.edtf);
      report.remaining -= 1;
      report.sourceTitles.push(title);
      // An event's search row is written once every article that reports it is in.
      if (report.remaining > 0) pending.push(report);
      else searchRow(report);
    });
  }
  return { events, sources, citations };
}
