import { openStore } from "@/lib/store";
import { getEventDetail } from "@/lib/store/queries";
import { apiError, guarded, json, parseId } from "../../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/events/[id] → EventDetail, or 404 */
export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(async () => {
    const id = parseId((await params).id);
    if (!id.ok) return id.response;
    const store = await openStore();
    const detail = await getEventDetail(store.db, id.id);
    return detail ? json(detail) : apiError(404, `no event with id ${id.id}`);
  });
}
