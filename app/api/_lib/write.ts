// The shape every write on one record (an event, a source) shares: the id checked, an editor signed in (with the
// session's CSRF token), the JSON body parsed, the lib call, and its refusals as 4xx answers.
import { z } from "zod";
import type { SessionInfo } from "@/lib/auth";
import { ReviewError } from "@/lib/review";
import type { Store } from "@/lib/store";
import { authorize } from "./auth";
import { apiError, guarded, json, parseId, parseJsonBody } from "./respond";

interface WriteContext<T> {
  store: Store;
  user: SessionInfo;
  id: string;
  body: T;
}


/** A POST/PATCH/DELETE handler on `[id]` for editors; `schema` checks the JSON body (none when omitted). */
export function writeRoute<T>(schema: z.ZodType<T> | null, run: (context: WriteContext<T>) => Promise<unknown>) {
  return function handler(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    return guarded(async () => {
      const id = parseId((await params).id);
      if (!id.ok) return id.response;
      const auth = await authorize(request, "editor");
      if (!auth.ok) return auth.response;
      let body = undefined as T;
      if (schema) {
        const parsed = await parseJsonBody(request, schema);
        if (!parsed.ok) return parsed.response;
        body = parsed.data;
      }
      try {
        return json(await run({ store: auth.store, user: auth.user, id: id.id, body }));
      } catch (error) {
        if (error instanceof ReviewError) return apiError(error.status, error.message);
        throw error;
      }
    });
  };
}
