import { auditTrail } from "@/lib/store/queries";
import { signedIn } from "../../../_lib/auth";
import { guarded, json, parseId } from "../../../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const TRAIL_LENGTH = 100;

/**
 * GET /api/events/[id]/audit (signed-in users: it names the reviewers) → AuditEntry[]: who
 * changed the event, when, from what, newest first.
 */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(async () => {
    const id = parseId((await params).id);
    if (!id.ok) return id.response;
    const auth = await signedIn(request, "viewer");
    if (!auth.ok) return auth.response;
    return json(await auditTrail(auth.store.db, id.id, TRAIL_LENGTH));
  });
}
