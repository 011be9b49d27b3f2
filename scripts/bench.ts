// `npm run bench [-- --events 1000000] [--duration 10] [--small]`: the API benchmark over a
// synthetic store (seeded on first use into the system's temp folder, then reused): p50/p95 of timeline
// windows and event pages at each zoom level, timed one after another in-process, then under
// autocannon (32 connections, loopback) against the production server (scripts/serve.ts, as
// `npm start` runs it); then the browser benchmarks.
// Prints a table and writes bench-results/bench.json. `--small` (20,000 events, in-process
// only) takes seconds; its logic is what scripts/bench/api.test.ts runs under `npm test`.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openStore } from "../lib/store";
import { countRows } from "../lib/store/queries";
import { clientTimelinePath, freshWindow, sequentialBench, timelinePath, windowsFor, ZOOMS, type SequentialRow } from "./bench/api";
import { BROWSER_BENCHMARKS, type BrowserBenchRow } from "./bench/browser";
import { ensureBuild, loadTest, startServer, type LoadResult } from "./bench/http";
import { seedSynthetic } from "./bench/synthetic";
import { failureFor, type Fail } from "./cli";

const USAGE = "usage: npm run bench -- [--events n] [--duration seconds] [--small]";
const TARGET_P95_MS = 25;
const CONNECTIONS = 32;
/** The load test stays bounded: eleven runs of at most this long. */
const MAX_DURATION_SECONDS = 120;
const FROM_YEAR = 2005;
const TO_YEAR = 2025;
const root = resolve(".");
const resultsFolder = join(root, "bench-results");

const fail: Fail = failureFor("bench", 1, USAGE);

function parseFlags(args: string[]) {
  const options = { events: 1_000_000, duration: 10, small: false, windowsPerZoom: 40 };
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    if (flag === "--small") {
      Object.assign(options, { small: true, events: 20_000, windowsPerZoom: 20 });
      continue;
    }
    if (flag !== "--events" && flag !== "--duration") fail(`unknown argument ${flag}`);
    const value = args[++i];
    if (!value || !/^\d+$/.test(value) || Number(value) < 1) fail(`${flag} needs a whole number of at least 1`);
    if (flag === "--events") options.events = Number(value);
    else if (Number(value) > MAX_DURATION_SECONDS) fail(`--duration must be at most ${MAX_DURATION_SECONDS} seconds per zoom level`);
    else options.duration = Number(value);
  }
  return options;
}

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const ms = (value: number) => value.toFixed(1);

async function ensureDatabase(path: string, events: number): Promise<number | null> {
  if (existsSync(path)) {
    const store = await openStore(path, { seed: false });
    const stored = (await countRows(store.db)).events;
    await store.close();
    if (stored === events) return null;
    log(`${path} holds ${stored} events, not ${events}: seeding it again`);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
  log(`seeding ${events} synthetic events into ${path}`);
  const report = await seedSynthetic(path, { events, fromYear: FROM_YEAR, toYear: TO_YEAR, seed: 1 });
  log(`seeded ${report.events} events, ${report.sources} sources, ${report.citations} citations in ${report.seconds.toFixed(1)} s`);
  return report.seconds;
}

const options = parseFlags(process.argv.slice(2));
mkdirSync(resultsFolder, { recursive: true });
// Over a gigabyte at a million events: kept out of the repository.
const databaseFolder = join(tmpdir(), "chronicle-bench");
mkdirSync(databaseFolder, { recursive: true });
const databasePath = join(databaseFolder, `synthetic-${options.events}.db`);
const seedSeconds = await ensureDatabase(databasePath, options.events);
const windows = windowsFor(`${FROM_YEAR}-01-01`, `${TO_YEAR}-12-31`, options.windowsPerZoom);

const store = await openStore(databasePath, { seed: false });
await sequentialBench(store.db, windows.slice(0, ZOOMS.length)); // warm the page cache and statements
const sequential: SequentialRow[] = await sequentialBench(store.db, windows);
await store.close();

/**
 * What the load asks for. "readers": the windows readers look at, as the page asks for them
 * (snapped to its grid, so readers of the same stretch ask the same thing, and the server's
 * answer cache holds them after the first request). "new": a window never asked before on every
 * request, so every answer is computed: the cost when nobody has looked at a window yet.
 */
type Traffic = "readers" | "new";
const load: ({ zoom: string; traffic: Traffic } & LoadResult)[] = [];
const browser: BrowserBenchRow[] = [];
if (!options.small) {
  ensureBuild(root, log);
  const server = await startServer(root, databasePath, timelinePath(windows[0]));
  try {
    // The floor: a window with nothing in it costs the server next to no query, so this row
    // measures what Next.js and HTTP alone cost under the same load.
    const empty = timelinePath({ from: "2999-01-01", to: "2999-01-01" });
    await loadTest(server.baseUrl, [empty], CONNECTIONS, 1);
    load.push({ zoom: "empty", traffic: "readers", ...(await loadTest(server.baseUrl, [empty], CONNECTIONS, options.duration)) });
    for (const zoom of ZOOMS) {
      const paths = windows.filter((window) => window.zoom === zoom.name).map(clientTimelinePath);
      await loadTest(server.baseUrl, paths, CONNECTIONS, 1); // warm-up, not counted
      log(`autocannon: ${zoom.name} windows readers ask, ${CONNECTIONS} connections, ${options.duration} s`);
      load.push({ zoom: zoom.name, traffic: "readers", ...(await loadTest(server.baseUrl, paths, CONNECTIONS, options.duration)) });
    }
    for (const zoom of ZOOMS) {
      let n = 0;
      const nextFresh = () => timelinePath(freshWindow(`${FROM_YEAR}-01-01`, `${TO_YEAR}-12-31`, zoom, n++));
      log(`autocannon: ${zoom.name} windows never asked before, ${CONNECTIONS} connections, ${options.duration} s`);
      load.push({ zoom: zoom.name, traffic: "new", ...(await loadTest(server.baseUrl, nextFresh, CONNECTIONS, options.duration)) });
    }
    for (const benchmark of BROWSER_BENCHMARKS) {
      log(`browser: ${benchmark.name}`);
      browser.push(...(await benchmark.run({ baseUrl: server.baseUrl, databasePath, events: options.events })));
    }
  } finally {
    await server.stop();
  }
}

const lines = [
  `API benchmark over ${options.events} synthetic events (${FROM_YEAR}–${TO_YEAR}), ${options.windowsPerZoom} windows per zoom; target p95 ≤ ${TARGET_P95_MS} ms, 0 errors`,
  seedSeconds === null ? "database reused (seed time is printed when it is seeded)" : `seed: ${seedSeconds.toFixed(1)} s`,
  "",
  "sequential, in-process   | zoom   | samples | p50 ms | p95 ms | max ms | answered (events/buckets)",
  ...sequential.map(
    (row) =>
      `${row.query.padEnd(24)} | ${row.zoom.padEnd(6)} | ${String(row.samples).padStart(7)} | ${ms(row.p50).padStart(6)} | ${ms(row.p95).padStart(6)} | ${ms(row.max).padStart(6)} | ${row.answeredWithEvents}/${row.answeredWithBuckets}`,
  ),
];
if (load.length) {
  lines.push(
    "",
    `HTTP /api/timeline, ${CONNECTIONS} conn | zoom   | windows | requests | req/s  | p50 ms | p95 ms | errors | p95 ≤ ${TARGET_P95_MS} ms`,
    ...load.map(
      (row) =>
        `${"autocannon".padEnd(24)} | ${row.zoom.padEnd(6)} | ${row.traffic.padEnd(7)} | ${String(row.requests).padStart(8)} | ${row.requestsPerSecond.toFixed(0).padStart(6)} | ${ms(row.p50).padStart(6)} | ${ms(row.p95).padStart(6)} | ${String(row.errors).padStart(6)} | ${row.p95 <= TARGET_P95_MS && row.errors === 0 ? "yes" : "NO"}`,
    ),
    "windows: readers = the windows readers look at, as the page asks for them (answered from the server's answer cache after the first); new = a window never asked before on every request (computed every time)",
  );
}
lines.push(
  "",
  options.small
    ? "HTTP load and browser benchmarks: not run in --small mode"
    : BROWSER_BENCHMARKS.length
      ? browser.map((row) => `browser ${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target.value}: ${row.target.met ? "met" : "NOT met"})` : ""}`).join("\n")
      : "browser benchmarks: none registered yet (scripts/bench/browser.ts BROWSER_BENCHMARKS)",
);
process.stdout.write(`${lines.join("\n")}\n`);

const resultFile = join(resultsFolder, options.small ? "bench-small.json" : "bench.json");
writeFileSync(
  resultFile,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), events: options.events, seedSeconds, targetP95Ms: TARGET_P95_MS, connections: CONNECTIONS, durationSeconds: options.duration, sequential, load, browser }, null, 2)}\n`,
);
log(`wrote ${resultFile}`);
