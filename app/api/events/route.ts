import { openStore } from "@/lib/store";
import { parseEventQuery } from "@/lib/store/filters";
import { listEvents } from "@/lib/store/queries";
import { badRequest, cachedJson, guarded } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/events?from&to&type&status&minCorroboration&actor&country&outlet&source&q&limit&cursor → EventsPage, or SearchEventsPage with q */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const query = parseEventQuery(new URL(request.url).searchParams);
    if (!query.ok) return badRequest(query.issues);
    const store = await openStore();
    return cachedJson(store, "events", query.filter, () => listEvents(store.db, query.filter));
  });
}
