// Route handlers open the store CHRONICLE_DB names: route tests point it at a temp store that
// holds their articles while their file runs, and put it back afterwards.
import { afterAll, beforeAll } from "vitest";
import { ingestArticles, type Extractor } from "@/lib/ingest";
import type { ArticleInput } from "@/lib/model";
import { openTempStore, type TempStore } from "@/lib/store/test-helpers";

/** Registers the hooks; the returned function gives the temp store once they have run. */
export function routesOverTempStore(articles: ArticleInput[], extract: Extractor): () => TempStore {
  let temp: TempStore | undefined;
  let savedDb: string | undefined;
  beforeAll(async () => {
    temp = await openTempStore();
    await ingestArticles(temp.store, articles, { extract });
    savedDb = process.env.CHRONICLE_DB;
    process.env.CHRONICLE_DB = temp.path;
  });
  afterAll(async () => {
    if (savedDb === undefined) delete process.env.CHRONICLE_DB;
    else process.env.CHRONICLE_DB = savedDb;
    await temp?.dispose();
  });
  return () => {
    if (!temp) throw new Error("the temp store exists only while the tests run");
    return temp;
  };
}
