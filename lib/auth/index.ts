// Accounts, sessions and what each role may do. Free of Next: route handlers pass in the
// cookie's token and the request's facts; the store keeps users, sessions and failed sign-ins.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { ROLES, type Role } from "../model";
import type { Store } from "../store";
import * as queries from "../store/queries";
import { hashPassword, verifyPassword } from "./password";

export { hasRole } from "./roles";

export const SESSION_COOKIE = "chronicle_session";
/** How long a sign-in lasts. */
export const SESSION_SECONDS = 14 * 24 * 60 * 60;
/** Failed sign-ins allowed per account name, and per client address, in the window below. */
export const MAX_LOGIN_FAILURES = 5;
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;

export const userNameSchema = z
  .string()
  .regex(/^[\p{L}\p{N}._@-]{1,64}$/u, "must be 1–64 letters, digits, '.', '_', '@' or '-'");
export const passwordSchema = z.string().min(10, "must be at least 10 characters").max(1024, "must be at most 1024 characters");
export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` });

export const newUserSchema = z.object({ name: userNameSchema, role: roleSchema, password: passwordSchema });
export type NewUser = z.infer<typeof newUserSchema>;

/** A user that cannot be added as asked. */
export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AccountError";
  }
}

/**
 * Adds a user (what `npm run user:add` and the admin's POST /api/users do); with `replace`,
 * an existing user of that name gets the new role and password instead of an error.
 */
export async function addUser(store: Store, input: NewUser, options: { replace?: boolean } = {}): Promise<"created" | "updated"> {
  const user = newUserSchema.parse(input);
  const passwordHash = await hashPassword(user.password);
  if (await queries.findUserByName(store.db, user.name)) {
    if (!options.replace) throw new AccountError(`a user named ${user.name} exists already`);
    await queries.updateUser(store.db, user.name, { role: user.role, passwordHash });
    return "updated";
  }
  await queries.insertUser(store.db, { name: user.name, role: user.role, passwordHash, createdAt: new Date().toISOString() });
  return "created";
}

export interface SessionInfo {
  name: string;
  role: Role;
  /** Sent back in the X-CSRF-Token header of every write. */
  csrfToken: string;
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The signed-in user of a session cookie's token, or null. */
export async function sessionOf(store: Store, token: string | undefined): Promise<SessionInfo | null> {
  if (!token) return null;
  const session = await queries.findSession(store.db, tokenHash(token), new Date().toISOString());
  return session && { name: session.name, role: session.role, csrfToken: session.csrfToken };
}

export type SignIn =
  | { ok: true; token: string; session: SessionInfo }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * Checks a name and password. Failures are counted per name and per client address; past
 * MAX_LOGIN_FAILURES in the window, sign-ins for either are refused before the password is
 * even checked. A success opens a session and clears the name's failures.
 */
export async function signIn(store: Store, name: string, password: string, client: string, now = new Date()): Promise<SignIn> {
  const keys = [`name:${name}`, `client:${client}`];
  const since = new Date(now.getTime() - LOGIN_FAILURE_WINDOW_SECONDS * 1000).toISOString();
  if ((await queries.countLoginFailures(store.db, keys, since)) >= MAX_LOGIN_FAILURES) {
    return { ok: false, reason: "rate-limited", retryAfterSeconds: LOGIN_FAILURE_WINDOW_SECONDS };
  }
  const user = await queries.findUserByName(store.db, name);
  // An unknown name costs a hash too, so timing does not tell which names exist.
  const valid = user ? await verifyPassword(password, user.passwordHash) : (await hashPassword(password), false);
  if (!user || !valid) {
    await queries.recordLoginFailure(store.db, keys, now.toISOString());
    return { ok: false, reason: "invalid" };
  }
  await queries.clearLoginFailures(store.db, [`name:${name}`], since);
  await queries.deleteExpiredSessions(store.db, now.toISOString());
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await queries.insertSession(store.db, {
    tokenHash: tokenHash(token),
    userId: user.id,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_SECONDS * 1000).toISOString(),
  });
  return { ok: true, token, session: { name: user.name, role: user.role, csrfToken } };
}

export async function signOut(store: Store, token: string): Promise<void> {
  await queries.deleteSession(store.db, tokenHash(token));
}
