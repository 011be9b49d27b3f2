import { z } from "zod";
import type { SessionAnswer } from "@/lib/api-types";
import { signIn } from "@/lib/auth";
import { openStore } from "@/lib/store";
import { isCrossSite, sessionCookie } from "../../_lib/auth";
import { apiError, guarded, json, parseJsonBody } from "../../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const credentials = z.object({ name: z.string().min(1, "is required").max(64), password: z.string().min(1, "is required").max(1024) });

/** The client's address as the proxy in front reports it; one bucket for all when there is none. */
function clientOf(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0].trim() || request.headers.get("x-real-ip") || "direct";
}

/**
 * POST /api/auth/login {name, password} → SessionAnswer with the session cookie set; 401 for a
 * wrong name or password, 429 after too many failures.
 */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    if (isCrossSite(request)) return apiError(403, "sign-in is accepted only from Chronicle's own pages");
    const body = await parseJsonBody(request, credentials);
    if (!body.ok) return body.response;
    const result = await signIn(await openStore(), body.data.name, body.data.password, clientOf(request));
    if (!result.ok) {
      if (result.reason === "invalid") return apiError(401, "wrong name or password");
      const response = apiError(429, `too many failed sign-ins: try again in ${Math.ceil(result.retryAfterSeconds / 60)} minutes`);
      response.headers.set("retry-after", String(result.retryAfterSeconds));
      return response;
    }
    const answer: SessionAnswer = { user: { name: result.session.name, role: result.session.role }, csrfToken: result.session.csrfToken };
    const response = json(answer);
    response.headers.set("set-cookie", sessionCookie(request, result.token));
    return response;
  });
}
