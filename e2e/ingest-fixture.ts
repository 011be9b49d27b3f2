// Run by the global setup under tsx (which loads the actor register's JSON the way the product
// does): ingests the articles at the given paths into the store CHRONICLE_DB names and prints
// the ids of their sources as a JSON array.
import { readArticles } from "../lib/articles";
import { ingestArticle } from "../lib/ingest";
import { openStore } from "../lib/store";

const paths = process.argv.slice(2);
if (paths.length === 0) throw new Error("usage: tsx e2e/ingest-fixture.ts <folder or .jsonl> …");
if (!process.env.CHRONICLE_DB) throw new Error("CHRONICLE_DB must name the test database");

const store = await openStore();
const sourceIds: string[] = [];
for (const article of readArticles(...paths)) sourceIds.push((await ingestArticle(store, article)).sourceId);
await store.close();
process.stdout.write(JSON.stringify(sourceIds));
