import { signOut } from "@/lib/auth";
import { openStore } from "@/lib/store";
import { isCrossSite, sessionCookie, sessionToken } from "../../_lib/auth";
import { apiError, guarded, json } from "../../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/auth/logout → {user: null}: ends the session and clears its cookie. */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    if (isCrossSite(request)) return apiError(403, "sign-out is accepted only from Chronicle's own pages");
    const token = sessionToken(request);
    if (token) await signOut(await openStore(), token);
    const response = json({ user: null, csrfToken: null });
    response.headers.set("set-cookie", sessionCookie(request, "", 0));
    return response;
  });
}
