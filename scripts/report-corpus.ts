// `npm run report:corpus [-- file.jsonl] [--sample N] [--seed S]`: extracts every article of the
// corpus (default ../shared/corpus/articles.jsonl), merges across it as ingestion would, and
// prints the corpus report; --sample also prints N events drawn at random with their excerpts,
// to be judged by a person against the text.
import { readFileSync } from "node:fs";
import { extractClustered } from "../lib/extract";
import { corpusReport, formatCorpusReport, type ReportArticle } from "../lib/corpus-report";
import { failureFor, type Fail } from "./cli";

const USAGE = "usage: npm run report:corpus [-- file.jsonl] [--sample N] [--seed S]";
const fail: Fail = failureFor("report:corpus", 2, USAGE);

const args = process.argv.slice(2);
function option(name: string): number | null {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) fail(`${name} takes a whole number, got "${args[at + 1] ?? ""}"`);
  args.splice(at, 2);
  return value;
}
const sample = option("--sample") ?? 0;
const seed = option("--seed") ?? 1;
if (args.some((a) => a.startsWith("--"))) fail(`unknown option ${args.find((a) => a.startsWith("--"))}`);
const file = args[0] ?? "../shared/corpus/articles.jsonl";

function readArticles(): ReportArticle[] {
  try {
    return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, index) => {
      const a = JSON.parse(line);
      if (typeof a.text !== "string" || typeof a.published !== "string") fail(`${file}:${index + 1}: needs "text" and "published"`);
      return { id: String(a.id ?? index + 1), outlet: String(a.outlet ?? ""), title: String(a.title ?? ""), published: a.published, text: a.text };
    });
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
}
const articles = readArticles();

const extractions = extractClustered(articles);
console.log(formatCorpusReport(corpusReport(articles, extractions)));

if (sample > 0) {
  // A small linear congruential generator: the same seed draws the same events on every machine.
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const all = extractions.flatMap((x, a) => x.events.map((event) => ({ article: articles[a], event })));
  console.log(`\nrandom sample of ${Math.min(sample, all.length)} events (seed ${seed}):`);
  for (let n = 0; n < sample && all.length; n++) {
    const [{ article, event }] = all.splice(Math.floor(next() * all.length), 1);
    console.log(`\n#${n + 1} ${article.id} (${article.outlet}, ${article.published.slice(0, 10)})`);
    console.log(`  ${event.type} ${event.date.edtf} | ${event.title} | participants: ${event.participants.map((p) => `${p.name}=${p.actorId}`).join("; ")} | place: ${event.place ?? "–"}`);
    console.log(`  excerpt: ${article.text.slice(event.excerpt.start, event.excerpt.end).replace(/\s+/g, " ")}`);
  }
}
