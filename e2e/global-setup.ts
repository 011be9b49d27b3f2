// Loads the end-to-end fixtures into the test database that the web server is already serving
// (playwright.config.ts chose the file; the server created it with the seed articles), tells
// the tests which sources they became, and adds the editor the writing tests sign in as, with
// the command an operator uses (npm run user:add). A temporary database folder is removed at the end.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { E2E_EDITOR, XSS_FIXTURE } from "./helpers";

export default function globalSetup(): () => void {
  const databasePath = process.env.E2E_CHRONICLE_DB;
  if (!databasePath) throw new Error("E2E_CHRONICLE_DB is not set: run the tests through playwright.config.ts");
  const root = join(import.meta.dirname, "..");
  const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, script), ...args], {
      cwd: root,
      env: { ...process.env, CHRONICLE_DB: databasePath, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
  const output = tsx("e2e/ingest-fixture.ts", [XSS_FIXTURE]);
  tsx("scripts/user-add.ts", ["--role", "editor", E2E_EDITOR.name], { CHRONICLE_PASSWORD: E2E_EDITOR.password });
  // Workers start after the global setup and inherit the runner's environment.
  process.env.E2E_XSS_SOURCE_IDS = output.trim();

  const temporaryFolder = process.env.E2E_CHRONICLE_TMPDIR;
  return () => {
    if (temporaryFolder) rmSync(temporaryFolder, { recursive: true, force: true });
  };
}
