import { z } from "zod";
import { splitCitation } from "@/lib/review";
import { getEventDetail } from "@/lib/store/queries";
import { writeRoute } from "../../../_lib/write";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const citation = z.object({ citation: z.string().min(1, "is required").max(200) });

/** POST /api/events/[id]/split {citation} (editors): that citation becomes an event of its own → ReviewAnswer plus `created`. */
export const POST = writeRoute(citation, async ({ store, user, id, body }) => {
  const split = await splitCitation(store, user, id, body.citation);
  return { auditId: split.auditId, event: await getEventDetail(store.db, id), created: split.eventId };
});
