// `npm run eval -- [gold folder] [--verbose]`: makes the contract input from the gold folder,
// runs the extractor on it and prints the scorer's summary line (default gold: the seeds).
// `npm run eval -- --compare [gold folder]`: Chronicle's temporal tagger beside chrono-node's
// Arabic parser on the same input: timex span F1 and value F1 on the gold (default: dev and
// seeds), and the pass rate on Duckling's Arabic time suite.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chrono from "chrono-node";
import { extractBatch, publicationDay } from "../lib/extract";
import { daySpan, monthSpan, yearSpan } from "../lib/temporal/calendar";
import { directionFor, judge, loadDucklingCases, type Answer, type Verdict } from "../lib/temporal/duckling-suite";
import { tagTemporal } from "../lib/temporal";
import { chronoReference } from "./chrono-reference";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const goldArg = args.find((a) => !a.startsWith("--"));

interface Article {
  id: string;
  published: string;
  text: string;
}
interface TimexLine {
  start: number;
  end: number;
  text: string;
  value: string;
}

/** The scorer beside the gold folder (../shared/eval), or the shared one for gold kept in this repository (data/eval). */
function scorerOf(goldDir: string): string {
  const beside = path.resolve(goldDir, "..", "score.mjs");
  return existsSync(beside) ? beside : path.resolve("../shared/eval/score.mjs");
}

function loadArticles(goldDir: string): Article[] {
  const input = execFileSync(process.execPath, [scorerOf(goldDir), "input", goldDir], { encoding: "utf8", maxBuffer: 1 << 28 });
  return input.split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

function score(goldDir: string, lines: object[], extraArgs: string[] = []): string {
  const work = mkdtempSync(path.join(tmpdir(), "chronicle-eval-"));
  const outFile = path.join(work, "out.jsonl");
  writeFileSync(outFile, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
  return execFileSync(process.execPath, [scorerOf(goldDir), "score", goldDir, outFile, ...extraArgs], { encoding: "utf8", maxBuffer: 1 << 28 });
}

if (args.includes("--compare")) compare();
else {
  const goldDir = path.resolve(goldArg ?? "../shared/eval/seeds");
  process.stdout.write(score(goldDir, extractBatch(loadArticles(goldDir)), verbose ? ["--verbose"] : []));
}

// --- the comparison with chrono-node ------------------------------------------------------

/** chrono's answer as EDTF, at the precision chrono is certain of. */
function chronoAnswer(result: chrono.ParsedResult): Answer {
  const point = (c: chrono.ParsedComponents) => {
    const y = c.get("year")!, m = c.get("month")!, d = c.get("day")!;
    if (c.isCertain("day") || c.isCertain("weekday")) return daySpan({ year: y, month: m, day: d });
    if (c.isCertain("month")) return monthSpan(y, m);
    if (c.isCertain("year")) return yearSpan(y);
    return daySpan({ year: y, month: m, day: d });
  };
  const start = point(result.start);
  if (!result.end) return { text: result.text, value: start.edtf, firstDay: start.firstDay, lastDay: start.lastDay };
  const end = point(result.end);
  return { text: result.text, value: `${start.firstDay}/${end.lastDay}`, firstDay: start.firstDay, lastDay: end.lastDay };
}

function chronoTimex(article: Article): TimexLine[] {
  return chrono.ar.parse(article.text, chronoReference(article.published)).map((r) => {
    const { value } = chronoAnswer(r);
    return { start: r.index, end: r.index + r.text.length, text: r.text, value };
  });
}

function chronicleTimex(article: Article): TimexLine[] {
  return tagTemporal(article.text, { published: publicationDay(article.published) }).map(({ start, end, text, value }) => ({ start, end, text, value }));
}

function timexScores(goldDir: string, tag: (a: Article) => TimexLine[]): { spanF1: number; valueF1: number } {
  const lines = loadArticles(goldDir).map((a) => ({ id: a.id, timex: tag(a), events: [] }));
  const summary = score(goldDir, lines).trim().split("\n").pop()!;
  const spanF1 = /timex P [\d.]+ R [\d.]+ F1 ([\d.]+)/.exec(summary);
  const valueF1 = /value F1 ([\d.]+)/.exec(summary);
  if (!spanF1 || !valueF1) throw new Error(`unexpected scorer output: ${summary}`);
  return { spanF1: +spanF1[1], valueF1: +valueF1[1] };
}

function ducklingVerdicts(tagger: "chronicle" | "chrono"): Verdict[] {
  const suite = path.resolve("../shared/eval/external/duckling-ar-time.jsonl");
  return loadDucklingCases(suite).map((c) => {
    let answer: Answer | null = null;
    if (tagger === "chronicle") {
      const longest = tagTemporal(c.text, { published: c.reference, direction: directionFor(c) }).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      if (longest) answer = { text: longest.text, value: longest.value, firstDay: longest.span?.firstDay, lastDay: longest.span?.lastDay };
    } else {
      const results = chrono.ar.parse(c.text, chronoReference(c.reference), { forwardDate: c.futureDefault });
      const longest = results.sort((a, b) => b.text.length - a.text.length)[0];
      if (longest) answer = chronoAnswer(longest);
    }
    return judge(c, answer);
  });
}

function compare(): void {
  const goldDirs = goldArg ? [path.resolve(goldArg)] : [path.resolve("../shared/eval/dev"), path.resolve("../shared/eval/seeds")];
  const rows: [string, string, string][] = [];
  let leads = true;
  const row = (label: string, ours: number, theirs: number, format: (n: number) => string) => {
    rows.push([label, format(ours), format(theirs)]);
    if (!(ours > theirs)) leads = false;
  };
  for (const goldDir of goldDirs) {
    const name = path.basename(goldDir);
    const ours = timexScores(goldDir, chronicleTimex);
    const theirs = timexScores(goldDir, chronoTimex);
    row(`${name} timex span F1`, ours.spanF1, theirs.spanF1, (n) => n.toFixed(3));
    row(`${name} timex value F1`, ours.valueF1, theirs.valueF1, (n) => n.toFixed(3));
  }
  const rate = (verdicts: Verdict[]) => verdicts.filter((v) => v.pass).length / verdicts.length;
  const ours = ducklingVerdicts("chronicle");
  const theirs = ducklingVerdicts("chrono");
  row(`Duckling AR pass rate (${ours.length} cases)`, rate(ours), rate(theirs), (n) => `${(100 * n).toFixed(1)}%`);

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${"".padEnd(width)}  ${"Chronicle".padStart(10)}  ${"chrono ar".padStart(10)}`);
  for (const [label, a, b] of rows) console.log(`${label.padEnd(width)}  ${a.padStart(10)}  ${b.padStart(10)}`);
  console.log(leads ? "Chronicle leads on every set." : "Chronicle does NOT lead on every set.");
  if (verbose) {
    for (const v of theirs.filter((v) => !v.pass)) console.log(`  chrono FAIL "${v.case.text}": ${v.reason}`);
  }
}

