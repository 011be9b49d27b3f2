// End-to-end tests: Debian's Chromium (Playwright cannot download browsers here) against the
// production build served as `npm start` serves it (scripts/serve.ts, here with two server
// processes on one loopback port), over a fresh temporary database that holds the seed articles
// plus the fixtures e2e/global-setup.ts ingests.
import { defineConfig } from "@playwright/test";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.E2E_PORT ?? 3217);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!existsSync(join(root, distDir, "BUILD_ID"))) {
  throw new Error(`No production build in ${distDir}: run \`npx next build\` before \`npx playwright test\` (\`npm test\` does both).`);
}
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

// The web server starts before the global setup runs, so the database file is chosen here, once
// in the runner: the workers inherit the variables and keep them. Never the user's own database.
if (!process.env.E2E_CHRONICLE_DB) {
  const folder = mkdtempSync(join(tmpdir(), "chronicle-e2e-"));
  process.env.E2E_CHRONICLE_TMPDIR = folder; // removed by the global setup's teardown
  process.env.E2E_CHRONICLE_DB = join(folder, "chronicle.db");
}

export default defineConfig({
  testDir: "./e2e",
  // Per build folder, so that suites run side by side (NEXT_DIST_DIR=.next-x) do not clear each other's traces.
  outputDir: distDir === ".next" ? "./test-results" : `./test-results/${distDir.replace(/^\.+/, "")}`,
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    viewport: { width: 1440, height: 900 },
    locale: "ar-SY",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node --import tsx scripts/serve.ts -H 127.0.0.1 -p ${port}`,
    // Asking for events opens the store, which creates the database and loads the seeds.
    url: `${baseURL}/api/events?limit=1`,
    // Two processes whatever the machine: the tests then read what the other process wrote.
    env: { CHRONICLE_DB: process.env.E2E_CHRONICLE_DB, CHRONICLE_WORKERS: "2" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
