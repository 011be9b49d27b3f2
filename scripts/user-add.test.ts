// The user:add CLI end to end, in a child process, against a temp database: the first admin of a
// clean clone, and refusals that say what is wrong.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sessionOf, signIn } from "../lib/auth";
import { openStore } from "../lib/store";

const run = promisify(execFile);
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "chronicle-user-add-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function userAdd(args: string[], password?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run("npx", ["tsx", "scripts/user-add.ts", ...args], {
    env: { ...process.env, CHRONICLE_DB: join(folder, "users.db"), CHRONICLE_PASSWORD: "" },
  });
  // The password arrives on standard input, as when piped in.
  child.child.stdin?.end(password === undefined ? "" : `${password}\n`);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each run is a child process starting tsx, and the first one seeds the new database: on a busy
// machine three of them take longer than vitest's usual 30 s.
const CLI_TIMEOUT_MS = 120_000;

describe("npm run user:add", { timeout: CLI_TIMEOUT_MS }, () => {
  it("creates the first admin, who can then sign in, and refuses the same name twice unless --replace", async () => {
    const created = await userAdd(["--role", "admin", "first-admin"], "a strong password");
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^created admin first-admin in .*users\.db\n$/);
    const again = await userAdd(["--role", "admin", "first-admin"], "another password");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^user:add: a user named first-admin exists already \(pass --replace/);
    expect((await userAdd(["--role=editor", "--replace", "first-admin"], "another password")).stdout).toMatch(/^updated editor first-admin/);

    const store = await openStore(join(folder, "users.db"));
    const session = await signIn(store, "first-admin", "another password", "test");
    expect(session.ok && (await sessionOf(store, session.token))?.role).toBe("editor");
    await store.close();
  });

  it("says what is wrong with the arguments or the password, with the usage, and exits 1", async () => {
    const noName = await userAdd(["--role", "admin"], "a strong password");
    expect(noName.code).toBe(1);
    expect(noName.stderr).toMatch(/^user:add: the name is missing\nusage: npm run user:add -- \[--role viewer\|editor\|admin\]/);
    expect((await userAdd(["--role", "owner", "x"], "a strong password")).stderr).toMatch(/^user:add: --role must be one of viewer, editor, admin/);
    expect((await userAdd(["x"], "short")).stderr).toMatch(/^user:add: password: must be at least 10 characters/);
  });
});
