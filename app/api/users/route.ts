import { AccountError, addUser, newUserSchema } from "@/lib/auth";
import { authorize } from "../_lib/auth";
import { apiError, guarded, json, parseJsonBody } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/users {name, role, password} (admins only) → {name, role}; 409 when the name is taken. */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const auth = await authorize(request, "admin");
    if (!auth.ok) return auth.response;
    const body = await parseJsonBody(request, newUserSchema);
    if (!body.ok) return body.response;
    try {
      await addUser(auth.store, body.data);
    } catch (error) {
      if (error instanceof AccountError) return apiError(409, error.message);
      throw error;
    }
    return json({ name: body.data.name, role: body.data.role }, 201);
  });
}
