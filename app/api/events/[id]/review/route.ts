import { z } from "zod";
import { setReviewStatus } from "@/lib/review";
import { getEventDetail } from "@/lib/store/queries";
import { writeRoute } from "../../../_lib/write";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const verdict = z.object({ status: z.enum(["confirmed", "rejected"], { error: "must be confirmed or rejected" }) });

/** POST /api/events/[id]/review {status: confirmed|rejected} (editors) → ReviewAnswer. */
export const POST = writeRoute(verdict, async ({ store, user, id, body }) => {
  const auditId = await setReviewStatus(store, user, id, body.status);
  return { auditId, event: await getEventDetail(store.db, id) };
});
