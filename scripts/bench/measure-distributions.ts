// `npx tsx scripts/bench/measure-distributions.ts <db> [out.json]`: measures what synthetic events
// should look like from a store that real articles were ingested into (e.g. the corpus:
// `CHRONICLE_DB=/tmp/corpus.db npm run ingest -- ../shared/corpus/articles.jsonl`), and writes
// the distributions seed:synthetic draws from (default data/synthetic-distributions.json).
// Only counts and register names leave the store: no article text.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { sql } from "kysely";
import { openStore } from "../../lib/store";

const TOP_ACTORS = 400;
const TOP_PLACES = 80;
const RANGE_SPAN_QUANTILES = 40;
// Lag = publication day − the event's first day, in days; negative for scheduled events.
const LAG_BINS: [number, number][] = [
  [-3650, -366], [-365, -32], [-31, -8], [-7, -1], [0, 0], [1, 1], [2, 7], [8, 31], [32, 365], [366, 3650], [3651, 36500],
];

const [dbPath, outPath = "data/synthetic-distributions.json"] = process.argv.slice(2);
if (!dbPath) {
  process.stderr.write("usage: npx tsx scripts/bench/measure-distributions.ts <database with ingested articles> [out.json]\n");
  process.exit(1);
}

const store = await openStore(resolve(dbPath), { seed: false });
const db = store.db;
const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;
const weights = (list: { key: string | number; n: number }[]) => Object.fromEntries(list.map((row) => [row.key, Number(row.n)]));

const types = weights(await rows<{ key: string; n: number }>(sql`select type as key, count(*) as n from events group by type order by n desc`));
const precisionByType: Record<string, Record<string, number>> = {};
for (const row of await rows<{ type: string; precision: string; n: number }>(
  sql`select type, precision, count(*) as n from events group by type, precision order by type, n desc`,
)) {
  (precisionByType[row.type] ??= {})[row.precision] = Number(row.n);
}
const spans = (await rows<{ span: number }>(sql`select last_jdn - first_jdn as span from events where precision = 'range' order by span`)).map((r) => r.span);
const rangeSpanDays = Array.from({ length: RANGE_SPAN_QUANTILES }, (_, i) => spans[Math.floor(((i + 0.5) / RANGE_SPAN_QUANTILES) * spans.length)]);

// Each event's lag behind the earliest source that reports it.
const lags = await rows<{ lag: number }>(sql`
  select cast(julianday(min(s.published)) + 0.5 as integer) - e.first_jdn as lag
  from events e join citations c on c.event_id = e.id join sources s on s.id = c.source_id group by e.id`);
const lagDays = LAG_BINS.map(([min, max]) => ({ min, max, weight: lags.filter((r) => r.lag >= min && r.lag <= max).length })).filter((bin) => bin.weight > 0);

const actorsPerEvent = weights(await rows<{ key: number; n: number }>(sql`
  select n as key, count(*) as n from (select e.id, count(ea.actor_id) as n from events e left join event_actors ea on ea.event_id = e.id group by e.id) group by key order by key`));
const actors = (await rows<{ id: string; nameAr: string; kind: string; n: number }>(sql`
  select a.id, a.name_ar as nameAr, a.kind, count(*) as n from event_actors ea join actors a on a.id = ea.actor_id
  group by a.id having count(*) >= 2 order by n desc, a.id limit ${TOP_ACTORS}`)).map((a) => ({ id: a.id, nameAr: a.nameAr, kind: a.kind, weight: Number(a.n) }));
const placeCounts = await rows<{ name: string; n: number }>(sql`select place as name, count(*) as n from events where place is not null group by place having count(*) >= 2 order by n desc, place limit ${TOP_PLACES}`);
const [{ withPlace, all }] = await rows<{ withPlace: number; all: number }>(sql`select count(place) as withPlace, count(*) as "all" from events`);
const outlets = weights(await rows<{ key: string; n: number }>(sql`select outlet as key, count(*) as n from sources group by outlet order by n desc`));
const eventsPerSource = weights(await rows<{ key: number; n: number }>(sql`
  select n as key, count(*) as n from (select s.id, count(c.id) as n from sources s join citations c on c.source_id = s.id group by s.id) group by key order by key`));
const corroboration = weights(await rows<{ key: number; n: number }>(sql`select corroboration as key, count(*) as n from events group by corroboration order by corroboration`));
const [{ events, sources }] = await rows<{ events: number; sources: number }>(sql`select (select count(*) from events) as events, (select count(*) from sources) as sources`);
await store.close();

const distributions = {
  measured: `${events} events from ${sources} articles`,
  types,
  precisionByType,
  rangeSpanDays,
  lagDays,
  actorsPerEvent,
  actors,
  placeShare: Number(withPlace) / Number(all),
  places: placeCounts.map((p) => ({ name: p.name, weight: Number(p.n) })),
  outlets,
  eventsPerSource,
  corroboration,
};
writeFileSync(resolve(outPath), `${JSON.stringify(distributions, null, 1)}\n`);
process.stdout.write(`wrote ${outPath}: ${distributions.measured}\n`);
