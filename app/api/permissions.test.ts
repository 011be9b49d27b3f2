// Who may write: every write route asked anonymously (401), by a viewer (403), by an editor and
// an admin (allowed; admins only for accounts), from another site's form (403) and without the
// session's CSRF token (403). Reading stays open to everyone.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/model";
import { routesOverTempStore, signedInHeaders, visitAndMeetingArticle } from "./_lib/test-store";
import { GET as getAudit } from "./events/[id]/audit/route";
import { POST as postMerge } from "./events/[id]/merge/route";
import { POST as postReview } from "./events/[id]/review/route";
import { DELETE as deleteEvent, GET as getEvent, PATCH as patchEvent } from "./events/[id]/route";
import { POST as postSplit } from "./events/[id]/split/route";
import { POST as postUndo } from "./events/[id]/undo/route";
import { POST as postArticles } from "./articles/route";
import { POST as postPreview } from "./articles/preview/route";
import { POST as postImport } from "./import/route";
import { PATCH as patchSource } from "./sources/[id]/route";
import { GET as getReview } from "./review/route";
import { POST as postUsers } from "./users/route";

const { article, extractor } = visitAndMeetingArticle({ id: "permissions", outlet: "Outlet" });
const temp = routesOverTempStore([article], extractor);

const origin = "http://chronicle.test";
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
interface WriteRoute {
  name: string;
  method: string;
  handler: Handler;
  path: () => string;
  body?: () => BodyInit;
  /** Admins only. */
  admin?: boolean;
}

/** The stored events, once the store is filled. */
let visitId = "";
let meetingId = "";
let sourceId = "";
const pasted = { outlet: "Pasted", published: "2024-11-20", text: "زار وزير الخارجية العماني طهران أمس." };
let counter = 0;
const routes: WriteRoute[] = [
  { name: "POST /api/import", method: "POST", handler: postImport as Handler, path: () => "/api/import?format=csv", body: () => `date,headline,source url\n2024-01-0${1 + (counter++ % 9)},imported ${counter},https://example.org/${counter}` },
  { name: "PATCH /api/events/[id]", method: "PATCH", handler: patchEvent as Handler, path: () => `/api/events/${visitId}`, body: () => JSON.stringify({ place: "دمشق" }) },
  { name: "POST /api/events/[id]/review", method: "POST", handler: postReview as Handler, path: () => `/api/events/${visitId}/review`, body: () => JSON.stringify({ status: "confirmed" }) },
  { name: "POST /api/events/[id]/undo", method: "POST", handler: postUndo as Handler, path: () => `/api/events/${visitId}/undo` },
  { name: "POST /api/events/[id]/merge", method: "POST", handler: postMerge as Handler, path: () => `/api/events/${meetingId}/merge`, body: () => JSON.stringify({ other: "no-such-event" }) },
  { name: "POST /api/events/[id]/split", method: "POST", handler: postSplit as Handler, path: () => `/api/events/${visitId}/split`, body: () => JSON.stringify({ citation: "no-such-citation" }) },
  { name: "DELETE /api/events/[id]", method: "DELETE", handler: deleteEvent as Handler, path: () => `/api/events/${meetingId}` },
  { name: "POST /api/articles/preview", method: "POST", handler: postPreview as Handler, path: () => "/api/articles/preview", body: () => JSON.stringify(pasted) },
  { name: "POST /api/articles", method: "POST", handler: postArticles as Handler, path: () => "/api/articles", body: () => JSON.stringify({ articles: [pasted] }) },
  { name: "PATCH /api/sources/[id]", method: "PATCH", handler: patchSource as Handler, path: () => `/api/sources/${sourceId}`, body: () => JSON.stringify({ published: "2024-11-19" }) },
  { name: "POST /api/users", method: "POST", handler: postUsers as Handler, path: () => "/api/users", body: () => JSON.stringify({ name: `user${counter++}`, role: "viewer", password: "a long enough password" }), admin: true },
];

const sessions: Partial<Record<Role, Record<string, string>>> = {};
beforeAll(async () => {
  const events = await temp().store.db.selectFrom("events").select(["id", "type"]).execute();
  visitId = events.find((event) => event.type === "visit")!.id;
  meetingId = events.find((event) => event.type === "meeting")!.id;
  sourceId = (await temp().store.db.selectFrom("sources").select("id").executeTakeFirstOrThrow()).id;
  for (const role of ["viewer", "editor", "admin"] as const) sessions[role] = await signedInHeaders(temp().store, role, `${role}-user`);
});

function call(route: WriteRoute, headers: Record<string, string>): Promise<Response> {
  const path = route.path();
  const id = /\/api\/(?:events|sources)\/([^/?]+)/.exec(path)?.[1] ?? "";
  const request = new Request(`${origin}${path}`, { method: route.method, body: route.body?.(), headers });
  return route.handler(request, { params: Promise.resolve({ id }) });
}

async function status(response: Response): Promise<[number, string]> {
  return [response.status, await response.text()];
}

describe.each(routes)("$name", (route) => {
  it("answers 401 to an anonymous request, with or without an Origin", async () => {
    expect((await status(await call(route, {})))[0]).toBe(401);
    expect((await status(await call(route, { "sec-fetch-site": "same-origin" })))[0]).toBe(401);
  });

  it("answers 403 to a viewer", async () => {
    const [code, text] = await status(await call(route, sessions.viewer!));
    expect(code, text).toBe(403);
    expect(JSON.parse(text).error).toMatch(/needs the (editor|admin) role/);
  });

  it(route.admin ? "answers 403 to an editor, and lets an admin" : "lets an editor and an admin", async () => {
    for (const role of ["editor", "admin"] as const) {
      const [code, text] = await status(await call(route, sessions[role]!));
      if (route.admin && role === "editor") expect(code, text).toBe(403);
      else expect([401, 403, 500], `${role}: ${code} ${text}`).not.toContain(code);
    }
  });

  it("answers 403 to a signed-in editor's browser posting another site's form, or without the CSRF token", async () => {
    const { "x-csrf-token": _token, ...withoutToken } = sessions.admin!;
    expect((await call(route, { ...sessions.admin!, "sec-fetch-site": "cross-site" })).status).toBe(403);
    const foreign = { ...sessions.admin! };
    delete foreign["sec-fetch-site"];
    expect((await call(route, { ...foreign, origin: "https://evil.example" })).status).toBe(403);
    expect((await call(route, withoutToken)).status).toBe(403);
    expect((await call(route, { ...sessions.admin!, "x-csrf-token": "forged" })).status).toBe(403);
  });
});

describe("reads", () => {
  const get = (path: string, headers: Record<string, string> = {}) => new Request(`${origin}${path}`, { headers });

  it("stay open to anonymous readers", async () => {
    const params = { params: Promise.resolve({ id: visitId }) };
    expect((await getEvent(get(`/api/events/${visitId}`), params)).status).toBe(200);
    expect((await getReview(get("/api/review"))).status).toBe(200);
  });

  it("but the audit trail, which names the reviewers, is for signed-in users", async () => {
    const params = { params: Promise.resolve({ id: visitId }) };
    expect((await getAudit(get(`/api/events/${visitId}/audit`), params)).status).toBe(401);
    const { cookie } = sessions.viewer!;
    const trail = await getAudit(get(`/api/events/${visitId}/audit`, { cookie }), params);
    expect(trail.status).toBe(200);
    expect(((await trail.json()) as { user: string }[]).map((entry) => entry.user)).toContain("editor-user");
  });
});
