// What every route handler shares: JSON answers, ApiError bodies, id validation, and a guard
// that turns unexpected failures into a 500 ApiError instead of an HTML error page.
import { z } from "zod";
import type { ApiError } from "@/lib/api-types";
import { openStore, type Store } from "@/lib/store";

type Issue = NonNullable<ApiError["issues"]>[number];

const JSON_HEADERS = { "content-type": "application/json", "cache-control": "no-store" };

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/** The answer to a parsed read query, from the store's answer cache when the database is unchanged since it was computed. */
export async function cachedJson(store: Store, route: string, query: unknown, compute: () => Promise<unknown>): Promise<Response> {
  return new Response(await store.answers.json(`${route} ${JSON.stringify(query)}`, compute), { headers: JSON_HEADERS });
}

export function apiError(status: number, error: string, issues?: Issue[]): Response {
  const body: ApiError = issues ? { error, issues } : { error };
  return json(body, status);
}

/** 400 whose message lists each bad parameter and what is wrong with it. */
export function badRequest(issues: Issue[]): Response {
  return apiError(400, issues.map(({ path, message }) => (path ? `${path}: ${message}` : message)).join("; "), issues);
}

/** 400 listing every problem zod found. */
export function zodBadRequest(error: z.ZodError): Response {
  return badRequest(error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })));
}

/** Query parameters checked against a schema, or the 400 to answer with. */
export function parseQuery<T>(request: Request, schema: z.ZodType<T>): { ok: true; data: T } | { ok: false; response: Response } {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: zodBadRequest(parsed.error) };
}

/** Largest JSON body a write route reads: an edit or a pasted article, never a file. */
const MAX_JSON_BYTES = 1024 * 1024;

/** A write's JSON body checked against its schema, or the 400/413 to answer with. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) return { ok: false, response: apiError(413, `the body is larger than ${MAX_JSON_BYTES / 1024} KiB`) };
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_JSON_BYTES) return { ok: false, response: apiError(413, `the body is larger than ${MAX_JSON_BYTES / 1024} KiB`) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: badRequest([{ path: "", message: "the body must be JSON" }]) };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: zodBadRequest(parsed.error) };
}

const idParam = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "must be an id of letters, digits, - and _");

/** The `id` route parameter, or the 400 to answer with. */
export function parseId(id: string): { ok: true; id: string } | { ok: false; response: Response } {
  const parsed = idParam.safeParse(id);
  if (parsed.success) return { ok: true, id: parsed.data };
  return { ok: false, response: badRequest(parsed.error.issues.map((issue) => ({ path: "id", message: issue.message }))) };
}

export async function guarded(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error(error);
    return apiError(500, "internal error: the server could not answer this request");
  }
}

type Lookup<T> = (db: Store["db"], id: string) => Promise<T | null>;

/** GET handler for one record by its `[id]` route parameter: 400 for a malformed id, 404 when none. */
export function detailRoute<T>(noun: string, lookup: Lookup<T>) {
  return function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    return guarded(async () => {
      const id = parseId((await params).id);
      if (!id.ok) return id.response;
      const store = await openStore();
      const detail = await lookup(store.db, id.id);
      return detail ? json(detail) : apiError(404, `no ${noun} with id ${id.id}`);
    });
  };
}
