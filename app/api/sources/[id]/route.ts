import { getSourceDetail } from "@/lib/store/queries";
import { detailRoute } from "../../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/sources/[id] → SourceDetail (the text and the spans to highlight), or 404 */
export const GET = detailRoute("source", getSourceDetail);
