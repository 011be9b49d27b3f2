import { openStore } from "@/lib/store";
import { parseSourceSearchQuery } from "@/lib/store/filters";
import { searchSources } from "@/lib/store/queries";
import { badRequest, guarded, json } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/sources?q&limit → SourceSearchPage */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const parsed = parseSourceSearchQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return badRequest(parsed.issues);
    const store = await openStore();
    return json(await searchSources(store.db, parsed.terms, parsed.limit));
  });
}
