"use client";
// The signed-in user as the pages know it, and the one way they write: JSON (or a form) with
// the session's CSRF token, errors thrown as ApiRequestError with the server's message.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { SessionAnswer } from "@/lib/api-types";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/model";
import { answerOf, fetchJson } from "./api";

const SESSION_KEY = ["session"];

/** Who is signed in: one query for the header, the pages and the token every write sends. */
const sessionQuery = {
  queryKey: SESSION_KEY,
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchJson<SessionAnswer>("/api/auth/session", signal),
  staleTime: 5 * 60_000,
};

export function useSession() {
  return useQuery(sessionQuery);
}

/** Whether the signed-in user (if any) may do what `role` may. */
export function useCan(role: Role): boolean {
  const session = useSession();
  const user = session.data?.user;
  return Boolean(user && hasRole(user.role, role));
}

/** Sends a write with the session's CSRF token; answers the parsed JSON or throws ApiRequestError. */
export function useWrite() {
  const queryClient = useQueryClient();
  return async function write<T>(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<T> {
    const session = await queryClient.fetchQuery(sessionQuery);
    const headers: Record<string, string> = { accept: "application/json" };
    if (session.csrfToken) headers["x-csrf-token"] = session.csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    return answerOf<T>(await fetch(url, { method, headers, body: payload }));
  };
}

/** After signing in or out: the header and the pages read the new session at once. */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return (answer: SessionAnswer) => {
    queryClient.setQueryData(SESSION_KEY, answer);
  };
}
