// `npm run bench:extract`: the whole extraction (temporal tagging + events, lib/extract.ts) over
// every article of ../shared/corpus/articles.jsonl, then chrono-node's Arabic parser over the
// same texts in the same process; prints the throughput of each and their ratio. The temporal
// tagger alone is timed too, to show where the time goes. Throughput is measured on the
// process's CPU time, which other jobs on a shared machine do not inflate as they do wall time.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { extractArticle, publicationDay } from "../lib/extract";
import { tagTemporal } from "../lib/temporal";
import { chronoReference } from "./chrono-reference";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusFile = path.resolve(repoRoot, "..", "shared", "corpus", "articles.jsonl");
if (!existsSync(corpusFile)) throw new Error(`corpus not found at ${corpusFile}`);

interface Article {
  text: string;
  published: string;
}
const articles: Article[] = readFileSync(corpusFile, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => {
    const { text, published } = JSON.parse(line);
    return { text, published: String(published) };
  });
const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, "utf8"), 0) / 1e6;

const MEASURED_PASSES = 5;

/**
 * MB/s of the work over the whole corpus: one untimed pass first, so that both sides are
 * compiled and optimised by V8 before timing (warming one side longer than the other would
 * compare the JIT, not the parsers), then the median of the timed passes.
 */
function throughput(work: (article: Article) => unknown): number {
  for (const article of articles) work(article);
  const seconds: number[] = [];
  for (let pass = 0; pass < MEASURED_PASSES; pass++) {
    const started = process.cpuUsage();
    for (const article of articles) work(article);
    const { user, system } = process.cpuUsage(started);
    seconds.push((user + system) / 1e6);
  }
  seconds.sort((a, b) => a - b);
  return megabytes / seconds[Math.floor(MEASURED_PASSES / 2)];
}

const full = throughput((a) => extractArticle(a.text, a.published));
const temporal = throughput((a) => tagTemporal(a.text, { published: publicationDay(a.published) }));
const chronoAr = throughput((a) => chrono.ar.parse(a.text, chronoReference(a.published)));

console.log(`corpus: ${articles.length} articles, ${megabytes.toFixed(1)} MB`);
console.log(`MB/s on CPU time`);
console.log(`Chronicle full extraction (temporal + events): ${full.toFixed(2)} MB/s`);
console.log(`Chronicle temporal tagger alone:               ${temporal.toFixed(2)} MB/s`);
console.log(`chrono-node ar:                                ${chronoAr.toFixed(2)} MB/s`);
console.log(`ratio full / chrono: ${(full / chronoAr).toFixed(2)}x (goal >= 2x); temporal / chrono: ${(temporal / chronoAr).toFixed(2)}x`);
