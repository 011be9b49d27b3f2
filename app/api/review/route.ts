import { z } from "zod";
import type { ReviewQueuePage } from "@/lib/api-types";
import { openStore } from "@/lib/store";
import { reviewQueue, withCitations } from "@/lib/store/queries";
import { guarded, json, parseQuery } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const page = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** GET /api/review?limit&offset → ReviewQueuePage: unreviewed events, most corroborated then most recent first, with their excerpts. */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const parsed = parseQuery(request, page);
    if (!parsed.ok) return parsed.response;
    const store = await openStore();
    const { events, total } = await reviewQueue(store.db, parsed.data.limit, parsed.data.offset);
    const answer: ReviewQueuePage = { events: await withCitations(store.db, events), total };
    return json(answer);
  });
}
