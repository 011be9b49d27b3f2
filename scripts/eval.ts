// `npm run eval -- [gold folder] [--verbose]`: makes the contract input from the gold folder,
// runs the extractor on it and prints the scorer's summary line (default gold: the seeds).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractBatch } from "../lib/extract";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const goldDir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "../shared/eval/seeds");
const scorer = path.resolve(goldDir, "..", "score.mjs");

const input = execFileSync(process.execPath, [scorer, "input", goldDir], { encoding: "utf8", maxBuffer: 1 << 28 });
const articles = input.split("\n").filter(Boolean).map((line) => JSON.parse(line));
const work = mkdtempSync(path.join(tmpdir(), "chronicle-eval-"));
const outFile = path.join(work, "out.jsonl");
writeFileSync(outFile, extractBatch(articles).map((line) => JSON.stringify(line)).join("\n") + "\n");

const scoreArgs = [scorer, "score", goldDir, outFile, ...(verbose ? ["--verbose"] : [])];
process.stdout.write(execFileSync(process.execPath, scoreArgs, { encoding: "utf8", maxBuffer: 1 << 28 }));
