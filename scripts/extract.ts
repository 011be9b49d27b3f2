// The evaluation contract: `npm run -s extract -- --jsonl < in.jsonl > out.jsonl`.
// Reads {id, published, lang, text} per line, writes {id, timex, events} per line.
import { readFileSync } from "node:fs";
import { extractBatch } from "../lib/extract";
import { failureFor, type Fail } from "./cli";

const fail: Fail = failureFor("extract", 2);

if (!process.argv.includes("--jsonl")) fail("usage: npm run -s extract -- --jsonl < in.jsonl > out.jsonl");

const articles = readFileSync(0, "utf8")
  .split("\n")
  .map((line, index) => ({ line: line.trim(), number: index + 1 }))
  .filter(({ line }) => line)
  .map(({ line, number }) => {
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      fail(`line ${number} is not JSON`);
    }
    const { id, published, text } = row as Record<string, unknown>;
    if (typeof id !== "string" || typeof published !== "string" || typeof text !== "string") {
      fail(`line ${number} needs string fields id, published and text`);
    }
    return { id, published, text };
  });

for (const line of extractBatch(articles)) process.stdout.write(JSON.stringify(line) + "\n");
