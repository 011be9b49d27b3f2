// Who is asking, for the route handlers: the session cookie read into a user, and the checks
// every write passes (same site, signed in, a role that may, the session's CSRF token).
import { SESSION_COOKIE, SESSION_SECONDS, hasRole, sessionOf, type SessionInfo } from "@/lib/auth";
import type { Role } from "@/lib/model";
import { openStore, type Store } from "@/lib/store";
import { apiError } from "./respond";

/** Browsers send this on every request; only the site's own pages may write to its store. */
const SAME_SITE_FETCHES = new Set(["same-origin", "none"]);
export const CSRF_HEADER = "x-csrf-token";

/** Whether the request comes from another site (a form there posting here): such writes are refused. */
export function isCrossSite(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) return !SAME_SITE_FETCHES.has(fetchSite);
  const origin = request.headers.get("origin");
  return origin !== null && origin !== new URL(request.url).origin;
}

export function sessionToken(request: Request): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

export function sessionCookie(request: Request, token: string, maxAge = SESSION_SECONDS): string {
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure}`;
}

export type Authorized = { ok: true; store: Store; user: SessionInfo } | { ok: false; response: Response };

/** The checks of a read for signed-in users only: 401 without a session, 403 for a role below `needed`. */
export async function signedIn(request: Request, needed: Role): Promise<Authorized> {
  const store = await openStore();
  const user = await sessionOf(store, sessionToken(request));
  if (!user) return { ok: false, response: apiError(401, `sign in first: this needs an account with the ${needed} role or above`) };
  if (!hasRole(user.role, needed)) return { ok: false, response: apiError(403, `this needs the ${needed} role; ${user.name} is a ${user.role}`) };
  return { ok: true, store, user };
}

/**
 * The checks of a write: 403 from another site, 401 without a session, 403 for a role below
 * `needed` or a missing or wrong CSRF token; else the store and the signed-in user.
 */
export async function authorize(request: Request, needed: Role): Promise<Authorized> {
  if (isCrossSite(request)) return { ok: false, response: apiError(403, "writes are accepted only from Chronicle's own pages") };
  const signedInUser = await signedIn(request, needed);
  if (!signedInUser.ok) return signedInUser;
  const { user } = signedInUser;
  if (request.headers.get(CSRF_HEADER) !== user.csrfToken) {
    return { ok: false, response: apiError(403, `the ${CSRF_HEADER} header must carry the session's token (GET /api/auth/session gives it)`) };
  }
  return signedInUser;
}
