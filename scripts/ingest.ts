// `npm run ingest -- <folder or file.jsonl> [more …]`: reads and validates every article
// first (bad input stores nothing), then ingests them into the store CHRONICLE_DB names.
import { ArticleInputError, readArticles } from "../lib/articles";
import { ingestArticles, type IngestTotals } from "../lib/ingest";
import { openStore } from "../lib/store";
import { failureFor, type Fail } from "./cli";

const fail: Fail = failureFor("ingest", 1);

function describe(totals: IngestTotals): string {
  return (
    `read ${totals.read}, stored ${totals.stored}, skipped as duplicate ${totals.skipped}, ` +
    `events created ${totals.eventsCreated}, events merged ${totals.eventsMerged}`
  );
}

const paths = process.argv.slice(2);
if (!paths.length) fail("usage: npm run ingest -- <folder or file.jsonl> [more …]");

let articles;
try {
  articles = readArticles(...paths);
} catch (error) {
  if (error instanceof ArticleInputError) fail(`nothing stored; the input has problems:\n${error.message}`);
  throw error;
}

try {
  const store = await openStore();
  if (store.seeded) process.stdout.write(`new database ${store.path}; seed articles: ${describe(store.seeded)}\n`);
  const totals = await ingestArticles(store, articles);
  process.stdout.write(`${describe(totals)}\n`);
  await store.close();
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n(each article is stored whole or not at all; running again skips those already stored)`);
}
