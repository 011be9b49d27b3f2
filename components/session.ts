"use client";
// The signed-in user as the pages know it, and the one way they write: JSON (or a form) with
// the session's CSRF token, errors thrown as ApiRequestError with the server's message.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiError, SessionAnswer } from "@/lib/api-types";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/model";
import { ApiRequestError } from "./api";

const SESSION_KEY = ["session"];

export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }): Promise<SessionAnswer> => {
      const response = await fetch("/api/auth/session", { signal, headers: { accept: "application/json" } });
      if (!response.ok) throw new ApiRequestError(`${response.status} ${response.statusText}`, response.status);
      return (await response.json()) as SessionAnswer;
    },
    staleTime: 5 * 60_000,
  });
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
    const session = await queryClient.fetchQuery<SessionAnswer>({ queryKey: SESSION_KEY });
    const headers: Record<string, string> = { accept: "application/json" };
    if (session.csrfToken) headers["x-csrf-token"] = session.csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const response = await fetch(url, { method, headers, body: payload });
    const answer = (await response.json().catch(() => null)) as (T & Partial<ApiError>) | null;
    if (!response.ok) {
      throw new ApiRequestError(answer?.error ?? `${response.status} ${response.statusText}`, response.status, answer?.issues ?? []);
    }
    return answer as T;
  };
}

/** After signing in or out: the header and the pages read the new session at once. */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return (answer: SessionAnswer) => {
    queryClient.setQueryData(SESSION_KEY, answer);
  };
}
