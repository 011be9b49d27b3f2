import { z } from "zod";
import { correctPublicationDate } from "@/lib/review";
import { getSourceDetail } from "@/lib/store/queries";
import { detailRoute } from "../../_lib/respond";
import { writeRoute } from "../../_lib/write";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/sources/[id] → SourceDetail (the text and the spans to highlight), or 404 */
export const GET = detailRoute("source", getSourceDetail);

const correction = z.object({ published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a yyyy-mm-dd day") });

/**
 * PATCH /api/sources/[id] {published} (editors): corrects the article's publication date and
 * resolves its relative dates again → {auditId, source: SourceDetail}.
 */
export const PATCH = writeRoute(correction, async ({ store, user, id, body }) => {
  const auditId = await correctPublicationDate(store, user, id, body.published);
  return { auditId, source: await getSourceDetail(store.db, id) };
});
