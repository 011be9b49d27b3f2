import { z } from "zod";
import { mergeEvents } from "@/lib/review";
import { getEventDetail } from "@/lib/store/queries";
import { writeRoute } from "../../../_lib/write";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const other = z.object({ other: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "must be an event id") });

/** POST /api/events/[id]/merge {other} (editors): the other event's citations join this one, and it is deleted → ReviewAnswer. */
export const POST = writeRoute(other, async ({ store, user, id, body }) => {
  const auditId = await mergeEvents(store, user, id, body.other);
  return { auditId, event: await getEventDetail(store.db, id) };
});
