import { deleteImportedEvent, editEvent, eventEditSchema } from "@/lib/review";
import { getEventDetail } from "@/lib/store/queries";
import { detailRoute } from "../../_lib/respond";
import { writeRoute } from "../../_lib/write";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/events/[id] → EventDetail, or 404 */
export const GET = detailRoute("event", getEventDetail);

/** PATCH /api/events/[id] {type?, date?, title?, titleEn?, place?, participants?} (editors) → ReviewAnswer; the event is then confirmed. */
export const PATCH = writeRoute(eventEditSchema, async ({ store, user, id, body }) => {
  const auditId = await editEvent(store, user, id, body);
  return { auditId, event: await getEventDetail(store.db, id) };
});

/** DELETE /api/events/[id] (editors; imported events only) → ReviewAnswer with event null. */
export const DELETE = writeRoute(null, async ({ store, user, id }) => ({ auditId: await deleteImportedEvent(store, user, id), event: null }));
