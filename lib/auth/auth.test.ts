// Accounts against a temp store: scrypt hashes that verify, sessions that open and end, and the
// sign-in rate limit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTempStore, type TempStore } from "../store/test-helpers";
import { AccountError, MAX_LOGIN_FAILURES, addUser, hasRole, sessionOf, signIn, signOut } from "./index";
import { hashPassword, verifyPassword } from "./password";

let temp: TempStore;
beforeEach(async () => {
  temp = await openTempStore();
});
afterEach(async () => {
  await temp.dispose();
});

describe("passwords", () => {
  it("hash with a fresh salt and verify only the same password", async () => {
    const one = await hashPassword("correct horse battery");
    const two = await hashPassword("correct horse battery");
    expect(one).toMatch(/^scrypt\$131072\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    expect(one).not.toBe(two);
    expect(await verifyPassword("correct horse battery", one)).toBe(true);
    expect(await verifyPassword("correct horse batterY", one)).toBe(false);
    expect(await verifyPassword("anything", "not a hash")).toBe(false);
  });
});

describe("accounts and sessions", () => {
  it("adds a user once, signs in, reads the session back and signs out", async () => {
    await addUser(temp.store, { name: "admin", role: "admin", password: "a long password" });
    await expect(addUser(temp.store, { name: "admin", role: "viewer", password: "another password" })).rejects.toBeInstanceOf(AccountError);
    expect(await addUser(temp.store, { name: "admin", role: "editor", password: "a new password" }, { replace: true })).toBe("updated");
    expect(await signIn(temp.store, "admin", "a long password", "c")).toEqual({ ok: false, reason: "invalid" });
    const session = await signIn(temp.store, "admin", "a new password", "c");
    if (!session.ok) throw new Error("sign-in failed");
    expect(await sessionOf(temp.store, session.token)).toEqual({ name: "admin", role: "editor", csrfToken: session.session.csrfToken });
    expect(await sessionOf(temp.store, "forged")).toBeNull();
    await signOut(temp.store, session.token);
    expect(await sessionOf(temp.store, session.token)).toBeNull();
  });

  it("refuses bad names, roles and short passwords", async () => {
    await expect(addUser(temp.store, { name: "a b", role: "editor", password: "a long password" })).rejects.toThrow(/letters, digits/);
    await expect(addUser(temp.store, { name: "ab", role: "owner" as "admin", password: "a long password" })).rejects.toThrow(/viewer, editor, admin/);
    await expect(addUser(temp.store, { name: "ab", role: "editor", password: "short" })).rejects.toThrow(/at least 10/);
  });

  it("stops checking passwords for a name after too many failures, even the right one, until the window passes", async () => {
    await addUser(temp.store, { name: "editor", role: "editor", password: "the right password" });
    const now = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < MAX_LOGIN_FAILURES; i += 1) expect(await signIn(temp.store, "editor", "wrong guess!", `client-${i}`, now)).toMatchObject({ reason: "invalid" });
    expect(await signIn(temp.store, "editor", "the right password", "elsewhere", now)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await signIn(temp.store, "editor", "the right password", "elsewhere", new Date("2026-01-01T10:16:00Z"))).toMatchObject({ ok: true });
  });

  it("ranks roles", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("viewer", "editor")).toBe(false);
    expect(hasRole("editor", "admin")).toBe(false);
  });
});
