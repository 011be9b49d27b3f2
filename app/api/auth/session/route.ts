import type { SessionAnswer } from "@/lib/api-types";
import { openStore } from "@/lib/store";
import { sessionOf } from "@/lib/auth";
import { sessionToken } from "../../_lib/auth";
import { guarded, json } from "../../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/auth/session → SessionAnswer: who is signed in, and the CSRF token their writes carry. */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const session = await sessionOf(await openStore(), sessionToken(request));
    const answer: SessionAnswer = session ? { user: { name: session.name, role: session.role }, csrfToken: session.csrfToken } : { user: null, csrfToken: null };
    return json(answer);
  });
}
