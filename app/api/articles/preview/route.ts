import { ArticleInputError } from "@/lib/articles";
import { previewArticle } from "@/lib/article-entry";
import { authorize } from "../../_lib/auth";
import { apiError, guarded, json, parseJsonBody } from "../../_lib/respond";
import { articleBody, articleProblems } from "../body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/articles/preview {outlet, url?, published, title?, lang?, text} (editors) → ArticlePreview; nothing is stored. */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const auth = await authorize(request, "editor");
    if (!auth.ok) return auth.response;
    const body = await parseJsonBody(request, articleBody);
    if (!body.ok) return body.response;
    try {
      return json(previewArticle(body.data));
    } catch (error) {
      if (error instanceof ArticleInputError) return apiError(400, error.message, articleProblems(error));
      throw error;
    }
  });
}
