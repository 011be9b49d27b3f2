import { auditTrail } from "@/lib/store/queries";
import { detailRoute } from "../../../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const TRAIL_LENGTH = 100;

/** GET /api/events/[id]/audit → AuditEntry[]: who changed the event, when, from what, newest first. */
export const GET = detailRoute("event", (db, id) => auditTrail(db, id, TRAIL_LENGTH));
