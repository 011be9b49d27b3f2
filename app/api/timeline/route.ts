import { openStore } from "@/lib/store";
import { parseTimelineQuery } from "@/lib/store/filters";
import { timelineWindow } from "@/lib/store/queries";
import { badRequest, cachedJson, guarded } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/timeline?from&to&max&(filters of /api/events) → TimelineAnswer */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const parsed = parseTimelineQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return badRequest(parsed.issues);
    const { filter, max, bucket } = parsed.query;
    const store = await openStore();
    return cachedJson(store, "timeline", parsed.query, () => timelineWindow(store.db, filter, max, bucket));
  });
}
