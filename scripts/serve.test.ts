// The production server's command line: bad options stop it before anything starts, with a
// message that says what is wrong (the serving itself is what the end-to-end tests run on).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function serve(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, CHRONICLE_DB: "/nonexistent/never-opened.db", ...env },
    timeout: 30_000,
  });
}

describe("scripts/serve.ts", () => {
  it("refuses an unknown argument", () => {
    const run = serve(["--bogus", "1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("serve: unknown argument --bogus");
    expect(run.stderr).toContain("usage:");
  });

  it("refuses a port or a number of processes that is not a whole number in range", () => {
    expect(serve(["-p", "http"]).stderr).toContain('the port must be a whole number from 0 to 65535, got "http"');
    const run = serve([], { CHRONICLE_WORKERS: "0" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('CHRONICLE_WORKERS must be a whole number from 1 to 64, got "0"');
    expect(serve(["-H"]).stderr).toContain("serve: -H needs a value");
  });
});
