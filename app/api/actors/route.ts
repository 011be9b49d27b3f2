import { z } from "zod";
import { suggestActors } from "@/lib/review";
import { openStore } from "@/lib/store";
import { guarded, json, parseQuery } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const query = z.object({
  q: z.string().trim().min(1, "is required").max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** GET /api/actors?q&limit → Actor[]: the register's and stored actors whose name or alias contains q (participant autocomplete). */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const parsed = parseQuery(request, query);
    if (!parsed.ok) return parsed.response;
    return json(await suggestActors(await openStore(), parsed.data.q, parsed.data.limit));
  });
}
