import { z } from "zod";
import { ArticleInputError } from "@/lib/articles";
import { storeArticles } from "@/lib/article-entry";
import { authorize } from "../_lib/auth";
import { apiError, guarded, json, parseJsonBody } from "../_lib/respond";
import { articleBody, articleProblems } from "./body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Articles one request may store: a .jsonl of a day's clippings. */
const MAX_ARTICLES = 200;
const articles = z.object({ articles: z.array(articleBody).min(1, "give at least one article").max(MAX_ARTICLES, `at most ${MAX_ARTICLES} articles at once`) });

/**
 * POST /api/articles {articles: [{outlet, url?, published, title?, lang?, text}]} (editors) →
 * StoredArticles: extracted, merged and stored as `npm run ingest` stores; any bad article
 * refuses them all with a 400 naming each problem.
 */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const auth = await authorize(request, "editor");
    if (!auth.ok) return auth.response;
    const body = await parseJsonBody(request, articles);
    if (!body.ok) return body.response;
    try {
      return json(await storeArticles(auth.store, body.data.articles));
    } catch (error) {
      if (error instanceof ArticleInputError) return apiError(400, "nothing was stored: the articles have problems", articleProblems(error));
      throw error;
    }
  });
}
