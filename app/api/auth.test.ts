// Signing in and out over HTTP: the cookie's attributes, the CSRF token, and refusals.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionAnswer } from "@/lib/api-types";
import { addUser } from "@/lib/auth";
import { routesOverTempStore, visitAndMeetingArticle } from "./_lib/test-store";
import { POST as login } from "./auth/login/route";
import { POST as logout } from "./auth/logout/route";
import { GET as session } from "./auth/session/route";

const { article, extractor } = visitAndMeetingArticle({ id: "auth", outlet: "Outlet" });
const temp = routesOverTempStore([article], extractor);
beforeAll(async () => {
  await addUser(temp().store, { name: "rana", role: "editor", password: "rana's password" });
});

const origin = "http://chronicle.test";
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${origin}${path}`, { method: "POST", body: JSON.stringify(body), headers: { "sec-fetch-site": "same-origin", "x-forwarded-for": "10.0.0.1", ...headers } });

describe("POST /api/auth/login", () => {
  it("sets an HttpOnly SameSite session cookie and answers the user and CSRF token, which GET /api/auth/session gives again", async () => {
    const response = await login(post("/api/auth/login", { name: "rana", password: "rana's password" }));
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^chronicle_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1209600$/);
    const answer = (await response.json()) as SessionAnswer;
    expect(answer.user).toEqual({ name: "rana", role: "editor" });
    const again = (await (await session(new Request(`${origin}/api/auth/session`, { headers: { cookie: cookie.split(";")[0] } }))).json()) as SessionAnswer;
    expect(again).toEqual(answer);
    expect(await (await session(new Request(`${origin}/api/auth/session`))).json()).toEqual({ user: null, csrfToken: null });

    const out = await logout(post("/api/auth/logout", {}, { cookie: cookie.split(";")[0] }));
    expect(out.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    expect(await (await session(new Request(`${origin}/api/auth/session`, { headers: { cookie: cookie.split(";")[0] } }))).json()).toEqual({ user: null, csrfToken: null });
  });

  it("answers 401 for a wrong password, 400 for a bad body, 403 from another site, then 429 after too many failures", async () => {
    expect((await login(post("/api/auth/login", { name: "rana", password: "wrong" }, { "x-forwarded-for": "10.0.0.2" }))).status).toBe(401);
    expect((await login(post("/api/auth/login", { name: "rana" }))).status).toBe(400);
    expect((await login(post("/api/auth/login", { name: "rana", password: "rana's password" }, { "sec-fetch-site": "cross-site" }))).status).toBe(403);
    for (let i = 0; i < 5; i += 1) await login(post("/api/auth/login", { name: "nobody", password: "wrong" }, { "x-forwarded-for": "10.0.0.3" }));
    const limited = await login(post("/api/auth/login", { name: "rana", password: "rana's password" }, { "x-forwarded-for": "10.0.0.3" }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("900");
  });
});
