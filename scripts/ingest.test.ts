// The ingest CLI end to end, in a child process, against a temp database.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "chronicle-cli-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/ingest.ts", ...args], {
      env: { ...process.env, CHRONICLE_DB: join(folder, "cli.db") },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run ingest", () => {
  it("prints the run's counts, seeding a new database first, and skips what is stored", async () => {
    const first = await ingest("e2e/fixtures/xss");
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^new database .*cli\.db; seed articles: read 2, stored 2, skipped as duplicate 0, events created \d+, events merged \d+$/);
    expect(lines[1]).toMatch(/^read 1, stored 1, skipped as duplicate 0, events created [1-9]\d*, events merged 0$/);
    const again = await ingest("e2e/fixtures/xss", "data/seeds");
    expect(again.stdout.trim()).toBe("read 3, stored 0, skipped as duplicate 3, events created 0, events merged 0");
  });

  it("refuses bad input with a message on stderr, a non-zero exit, and nothing stored", async () => {
    const bad = join(folder, "bad.jsonl");
    writeFileSync(bad, `${JSON.stringify({ outlet: "x", published: "2024-13-01", text: "نص" })}\n`);
    const result = await ingest("e2e/fixtures/xss", bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`ingest: nothing stored; the input has problems:\n${bad} line 1: published: must be`);
    expect(existsSync(join(folder, "cli.db"))).toBe(false);
  });
});
