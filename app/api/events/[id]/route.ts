import { getEventDetail } from "@/lib/store/queries";
import { detailRoute } from "../../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/events/[id] → EventDetail, or 404 */
export const GET = detailRoute("event", getEventDetail);
