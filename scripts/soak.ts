// `npm run soak` (run by `npm test` after the build): the production server (scripts/serve.ts,
// two processes) on loopback over a fresh store holding the seeds, then
//   1. fuzz: every route's parameters, and the path segments, with a fixed corpus of hostile
//      values one at a time and in fixed combinations, plus bodies the import cannot
//      take: no answer may be a 5xx or lack the security headers;
//   2. soak: readers at 32 connections for SOAK_SECONDS (60) while two ingest processes and a
//      stream of imports write: no read may fail, every ingest and import must succeed.
// It prints the counts and exits non-zero on any failure. NEXT_DIST_DIR names the build (.next).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { EventsPage } from "../lib/api-types";
import { loadTest, startServer } from "./bench/http";
import { failureFor, type Fail } from "./cli";

const fail: Fail = failureFor("soak", 1);
const root = resolve(".");
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const soakSeconds = Number(process.env.SOAK_SECONDS ?? 60);
if (!Number.isInteger(soakSeconds) || soakSeconds < 1 || soakSeconds > 3600) fail(`SOAK_SECONDS must be a whole number of seconds from 1 to 3600, got "${process.env.SOAK_SECONDS}"`);
const CONNECTIONS = 32;
/** A read unanswered this long counts as an error: generous, so that a busy CI machine is not a failure but a hung server is. */
const READ_TIMEOUT_SECONDS = 30;
const FUZZ_CONCURRENCY = 8;
const COMBINATIONS = 400;
const ARTICLES_PER_INGEST = 8;

// ------------------------------------------------------------------------------------ fuzz

/** Values no parameter expects: empty, huge, out of range, wrong types, markup, controls, other scripts. */
const HOSTILE_VALUES = [
  "", " ", "0", "-1", "1e309", "NaN", "99999999999999999999", "2000", "9999", "0000", "10000", "9999-12-31", "0000-01-01",
  "2024-02-30", "2024-13", "2024-00-10", "2024-W05", "20240101", "1/2/2024", "2020-01-01/2021-01-01", "../..", "..%2f..",
  "null", "undefined", "true", "[]", "{}", "a,b,,c", ",,,", "visit,visit", "'; drop table events; --", "\" OR 1=1", "<script>alert(1)</script>",
  "javascript:alert(1)", "http://", "https://evil.example/", "//evil.example", "x".repeat(5000), "سوريا", "وزير", "\u202Eevil", "\u0000",
  "\uFFFD", "😀", "%", "%FF", "\\", "*", "\"", "ا".repeat(300), "MATCH", "NEAR(a b)", "a OR b", "\"unterminated",
];
/** Raw path segments and query strings, sent without encoding. */
const RAW_SEGMENTS = ["%FF", "%", "%E0%A4%A", "%C3%28", "%00", "..", "%2e%2e", "a%2Fb", "x".repeat(2000), "%D8%B3%D9"];
const FILTERS = ["from", "to", "type", "status", "minCorroboration", "actor", "country", "outlet", "source", "q"];

/** Pages, slower to render than API answers, get every PAGE_STRIDE-th value. */
const PAGE_STRIDE = 6;
/** Each route with the parameters it reads (and one it does not). */
const ROUTES: { path: string; params: string[]; page?: true }[] = [
  { path: "/api/events", params: [...FILTERS, "limit", "cursor", "bogus"] },
  { path: "/api/timeline?from=2020&to=2025", params: [...FILTERS, "max", "bogus"] },
  { path: "/api/timeline", params: ["from", "to", "max"] },
  // One bound given, the other fuzzed, one event at most: buckets over every window the values make.
  { path: "/api/timeline?from=0000&max=1", params: ["to"] },
  { path: "/api/timeline?to=9999&max=1", params: ["from"] },
  { path: "/api/sources", params: ["q", "limit", "bogus"] },
  { path: "/api/export?format=csv", params: [...FILTERS, "format", "bogus"] },
  { path: "/api/export", params: ["format"] },
  { path: "/api/oembed", params: ["url", "maxwidth", "maxheight", "format"] },
  { path: "/", params: [...FILTERS, "start", "end", "event", "lang", "hijri"], page: true },
  { path: "/embed", params: [...FILTERS, "start", "end", "event", "lang", "theme", "height", "list"], page: true },
];

interface Probe {
  method: "GET" | "POST";
  path: string;
  body?: BodyInit;
  headers?: Record<string, string>;
}

function withQuery(path: string, query: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}${query}`;
}

function fuzzProbes(eventId: string, sourceId: string, editor: Record<string, string>): Probe[] {
  const probes: Probe[] = [];
  const get = (path: string) => probes.push({ method: "GET", path });
  for (const route of ROUTES) {
    const values = route.page ? HOSTILE_VALUES.filter((_, index) => index % PAGE_STRIDE === 0) : HOSTILE_VALUES;
    const raws = route.page ? RAW_SEGMENTS.filter((_, index) => index % PAGE_STRIDE === 0) : RAW_SEGMENTS;
    for (const param of route.params) {
      for (const value of values) get(withQuery(route.path, `${param}=${encodeURIComponent(value)}`));
      for (const raw of raws) get(withQuery(route.path, `${param}=${raw}`));
      get(withQuery(route.path, `${param}=2020&${param}=2021`));
    }
  }
  // Combinations of two to four parameters, stepping through routes, parameters and values by
  // fixed strides: spread over them, and the same on every run, so a failure can be replayed.
  for (let i = 0; i < COMBINATIONS; i += 1) {
    const route = ROUTES[i % ROUTES.length];
    const query = Array.from({ length: 2 + (i % 3) }, (_, k) => {
      const param = route.params[(i * 7 + k * 3) % route.params.length];
      return `${param}=${encodeURIComponent(HOSTILE_VALUES[(i * 13 + k * 29) % HOSTILE_VALUES.length])}`;
    }).join("&");
    get(withQuery(route.path, query));
  }
  for (const base of ["/api/events/", "/api/sources/", "/events/", "/sources/"]) {
    for (const value of HOSTILE_VALUES) if (value) get(`${base}${encodeURIComponent(value)}`);
    for (const raw of RAW_SEGMENTS) get(`${base}${raw}`);
  }
  get(`/api/oembed?url=${encodeURIComponent(`http://127.0.0.1/events/${eventId}`)}&maxwidth=1&maxheight=99999`);
  get(`/events/${eventId}?lang=%FF`);
  get(`/sources/${sourceId}?citation=${encodeURIComponent("<x>")}`);
  for (const raw of RAW_SEGMENTS) get(`/${raw}`);

  // Bodies the import cannot take, sent by an editor so that they are read; and one anonymous import (401).
  probes.push({ method: "POST", path: "/api/import?format=csv", body: "Date,Headline\n2020-01-01,x", headers: {} });
  const post = (query: string, body: BodyInit, headers: Record<string, string> = {}) => probes.push({ method: "POST", path: `/api/import${query}`, body, headers: { ...editor, ...headers } });
  post("?format=csv", "");
  post("?format=csv", "garbage", { "content-type": "multipart/form-data; boundary=x" });
  post("?format=csv", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunterminated", { "content-type": "multipart/form-data; boundary=x" });
  post("?format=csv", "x", { "content-type": "multipart/form-data" });
  post("?format=timelinejs", "{\"events\": [{\"start_date\": {\"year\": \"-13800000000\"}}]}");
  post("?format=timelinejs", "[".repeat(100_000));
  post("?format=timelinejs", "{\"events\": 5}");
  post("?format=csv", new Uint8Array([0xff, 0xfe, 0x00, 0x61]));
  post("?format=csv", "date,headline\n" + "2020-01-01,\"unterminated\n".repeat(100));
  post("?format=csv", "\"".repeat(10_000));
  post("?format=xlsx", "a");
  post("", "a");
  for (const value of HOSTILE_VALUES.slice(0, 20)) post(`?format=${encodeURIComponent(value)}`, "date,headline\n2020-01-01,x");
  return probes;
}

interface FuzzCounts {
  requests: number;
  byClass: Record<string, number>;
  failures: string[];
}

async function send(baseUrl: string, probe: Probe): Promise<Response> {
  return fetch(`${baseUrl}${probe.path}`, { method: probe.method, body: probe.body, headers: probe.headers, redirect: "manual" });
}

async function fuzz(baseUrl: string, probes: Probe[], editor: Record<string, string>): Promise<FuzzCounts> {
  const counts: FuzzCounts = { requests: 0, byClass: {}, failures: [] };
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++];
      const response = await send(baseUrl, probe);
      await response.arrayBuffer();
      counts.requests += 1;
      // oEmbed answers an unsupported format with 501, as its specification asks.
      const expected501 = response.status === 501 && probe.path.startsWith("/api/oembed");
      const statusClass = expected501 ? "501 (oEmbed format)" : `${String(response.status)[0]}xx`;
      counts.byClass[statusClass] = (counts.byClass[statusClass] ?? 0) + 1;
      const what = `${probe.method} ${probe.path.slice(0, 120)}`;
      if (response.status >= 500 && !expected501) counts.failures.push(`${what} → ${response.status}`);
      else if (response.headers.get("x-content-type-options") !== "nosniff") counts.failures.push(`${what} → ${response.status} without X-Content-Type-Options`);
      else if (response.status < 300 && !response.headers.get("content-security-policy")) counts.failures.push(`${what} → ${response.status} without Content-Security-Policy`);
    }
  };
  await Promise.all(Array.from({ length: FUZZ_CONCURRENCY }, worker));

  // A chunked upload far past the limit: refused once the limit is read, not after the whole.
  let sent = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x61);
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= 700 * chunk.byteLength) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const oversize = await fetch(`${baseUrl}/api/import?format=csv`, { method: "POST", body: endless, headers: editor, duplex: "half" } as RequestInit).catch((error: Error) => error);
  counts.requests += 1;
  if (oversize instanceof Error) {
    // The server may close the connection once it has answered; what matters is that it stopped reading.
    if (sent >= 700 * chunk.byteLength) counts.failures.push(`a 700 MB chunked upload was read whole (${oversize.message})`);
  } else {
    await oversize.arrayBuffer();
    counts.byClass["4xx"] = (counts.byClass["4xx"] ?? 0) + (oversize.status === 413 ? 1 : 0);
    if (oversize.status !== 413) counts.failures.push(`a 700 MB chunked upload → ${oversize.status}, not 413`);
  }
  return counts;
}

// ------------------------------------------------------------------------------------ soak

interface WriterCounts {
  runs: number;
  failures: string[];
}

/** New articles each time: the seeds' texts, each with a line that makes it another article. */
function articleBatch(seeds: { text: string; outlet: string; published: string }[], writer: number, run: number): string {
  return Array.from({ length: ARTICLES_PER_INGEST }, (_, index) => {
    const seed = seeds[index % seeds.length];
    const id = `soak-${writer}-${run}-${index}`;
    return JSON.stringify({ id, outlet: seed.outlet, published: seed.published, lang: "ar", title: `خبر ${id}`, text: `${seed.text}\nوأضاف المصدر في التحديث ${id} أن المباحثات مستمرة.` });
  }).join("\n");
}

/** Runs the ingest CLI on fresh batches, one after another, until `until` resolves. */
async function ingestLoop(folder: string, databasePath: string, writer: number, seeds: Parameters<typeof articleBatch>[0], until: { done: boolean }): Promise<WriterCounts> {
  const counts: WriterCounts = { runs: 0, failures: [] };
  while (!until.done) {
    const file = join(folder, `ingest-${writer}-${counts.runs}.jsonl`);
    writeFileSync(file, articleBatch(seeds, writer, counts.runs));
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", file], { cwd: root, env: { ...process.env, CHRONICLE_DB: databasePath }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    child.stderr.on("data", (data: Buffer) => (output += data.toString()));
    const code = await new Promise<number>((done) => child.on("exit", (exit) => done(exit ?? -1)));
    counts.runs += 1;
    if (code !== 0 || !output.includes(`stored ${ARTICLES_PER_INGEST}`)) counts.failures.push(`ingest ${writer}/${counts.runs}: exit ${code}: ${output.trim().slice(0, 300)}`);
  }
  return counts;
}

/** Posts new CSV chronologies to /api/import, one after another, until `until.done`. */
async function importLoop(baseUrl: string, until: { done: boolean }, editor: Record<string, string>): Promise<WriterCounts> {
  const counts: WriterCounts = { runs: 0, failures: [] };
  while (!until.done) {
    const run = counts.runs;
    const rows = Array.from({ length: 5 }, (_, index) => `20${10 + (index % 10)}-0${1 + (run % 9)}-1${index},حدث مستورد ${run}-${index},https://soak.example/${run}`);
    const response = await fetch(`${baseUrl}/api/import?format=csv`, { method: "POST", body: ["Date,Headline,Source URL", ...rows].join("\n"), headers: { ...editor, "content-type": "text/csv" } });
    const text = await response.text();
    counts.runs += 1;
    if (response.status !== 200) counts.failures.push(`import ${run}: ${response.status} ${text.slice(0, 300)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return counts;
}

async function readPaths(baseUrl: string): Promise<string[]> {
  const page = (await (await fetch(`${baseUrl}/api/events?limit=20`)).json()) as EventsPage;
  if (!page.events.length) fail("the seeded store holds no events to read");
  const ids = page.events.map((event) => event.id);
  return [
    "/api/timeline?from=2000&to=2030",
    "/api/timeline?from=2024&to=2024",
    "/api/timeline?from=2024-11&to=2024-11&max=50",
    "/api/timeline?from=2020-01-01&to=2020-03-31&type=visit,meeting",
    "/api/events?limit=50",
    "/api/events?from=2023&to=2024&limit=20",
    `/api/sources?q=${encodeURIComponent("وزير")}`,
    `/api/events?q=${encodeURIComponent("الدفاع")}`,
    ...ids.slice(0, 5).map((id) => `/api/events/${id}`),
    `/events/${ids[0]}`,
    "/",
  ];
}

// ------------------------------------------------------------------------------------ editor

/** Imports need an editor's session: one is made in the soak's own database and signed in over HTTP. */
async function editorHeaders(baseUrl: string): Promise<Record<string, string>> {
  const name = "soak-editor";
  const password = "soak editor password";
  const added = spawnSync(process.execPath, ["--import", "tsx", "scripts/user-add.ts", "--role", "editor", name], {
    cwd: root,
    env: { ...process.env, CHRONICLE_DB: databasePath, CHRONICLE_PASSWORD: password },
    encoding: "utf8",
  });
  if (added.status !== 0) fail(`could not add the soak's editor: ${added.stderr}`);
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: "POST", body: JSON.stringify({ name, password }), headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" } });
  const answer = (await login.json()) as { csrfToken: string | null };
  const cookie = login.headers.get("set-cookie")?.split(";")[0];
  if (!login.ok || !cookie || !answer.csrfToken) fail(`the soak's editor could not sign in: ${login.status}`);
  return { cookie: cookie!, "x-csrf-token": answer.csrfToken!, "sec-fetch-site": "same-origin" };
}

// ------------------------------------------------------------------------------------ main

const folder = mkdtempSync(join(tmpdir(), "chronicle-soak-"));
const databasePath = join(folder, "chronicle.db");
const server = await startServer(root, databasePath, "/api/events?limit=1", { NEXT_DIST_DIR: distDir, CHRONICLE_WORKERS: "2" });
let failed = false;
try {
  const first = (await (await fetch(`${server.baseUrl}/api/events?limit=1`)).json()) as EventsPage;
  const detail = (await (await fetch(`${server.baseUrl}/api/events/${first.events[0].id}`)).json()) as { citations: { source: { id: string } }[] };
  const editor = await editorHeaders(server.baseUrl);
  const probes = fuzzProbes(first.events[0].id, detail.citations[0].source.id, editor);
  const started = Date.now();
  const fuzzed = await fuzz(server.baseUrl, probes, editor);
  const classes = Object.entries(fuzzed.byClass).sort().map(([statusClass, count]) => `${statusClass} ${count}`).join(", ");
  console.log(`fuzz: ${fuzzed.requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (${classes}); failures ${fuzzed.failures.length}`);
  for (const failure of fuzzed.failures.slice(0, 30)) console.log(`  ${failure}`);
  failed ||= fuzzed.failures.length > 0;

  const seedList = JSON.parse(readFileSync(join(root, "data/seeds/sources.json"), "utf8")) as { file: string; outlet: string; published: string }[];
  const seeds = seedList.map((seed) => ({ ...seed, text: readFileSync(join(root, "data/seeds", seed.file), "utf8") }));
  const paths = await readPaths(server.baseUrl);
  const until = { done: false };
  const writers = Promise.all([ingestLoop(folder, databasePath, 1, seeds, until), ingestLoop(folder, databasePath, 2, seeds, until), importLoop(server.baseUrl, until, editor)]);
  const reads = await loadTest(server.baseUrl, paths, CONNECTIONS, soakSeconds, READ_TIMEOUT_SECONDS);
  until.done = true;
  const [ingestA, ingestB, imports] = await writers;
  const ingestFailures = [...ingestA.failures, ...ingestB.failures];
  console.log(
    `soak: ${reads.requests} reads at ${CONNECTIONS} connections over ${soakSeconds} s (${Math.round(reads.requestsPerSecond)}/s, p95 ${Math.round(reads.p95)} ms), errors ${reads.errors} (${reads.non2xx} not 2xx, ${reads.timeouts} unanswered after ${READ_TIMEOUT_SECONDS} s); ` +
      `${ingestA.runs + ingestB.runs} ingest runs by two processes (${(ingestA.runs + ingestB.runs) * ARTICLES_PER_INGEST} articles), failed ${ingestFailures.length}; ` +
      `${imports.runs} imports, failed ${imports.failures.length}`,
  );
  for (const failure of [...ingestFailures, ...imports.failures].slice(0, 10)) console.log(`  ${failure}`);
  failed ||= reads.errors > 0 || ingestFailures.length > 0 || imports.failures.length > 0 || ingestA.runs + ingestB.runs === 0 || imports.runs === 0;
} finally {
  await server.stop();
  rmSync(folder, { recursive: true, force: true });
}
if (failed) fail("failures above");
