import { undoLastChange } from "@/lib/review";
import { getEventDetail } from "@/lib/store/queries";
import { writeRoute } from "../../../_lib/write";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/events/[id]/undo (editors): the event's last change is undone → ReviewAnswer (auditId: the entry undone). */
export const POST = writeRoute(null, async ({ store, user, id }) => {
  const { undone } = await undoLastChange(store, user, id);
  return { auditId: undone, event: await getEventDetail(store.db, id) };
});
