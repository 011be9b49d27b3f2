// The API benchmark's HTTP part: a production build of the app, the production server
// (scripts/serve.ts, as `npm start` runs it) on loopback, which this process starts and stops,
// and an autocannon load of bounded duration against it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import autocannon from "autocannon";
import { percentiles, type Percentiles } from "./api";

const HOST = "127.0.0.1";
const SOURCES_OF_THE_BUILD = ["app", "components", "lib", "next.config.ts", "package.json", "tsconfig.json"];
const READY_TIMEOUT_MS = 90_000;
/** The benchmark's own build folder (next.config.ts reads NEXT_DIST_DIR), so it never clobbers the dev or e2e build. */
const DIST_DIR = ".next-bench";
const withDistDir = (): NodeJS.ProcessEnv => ({ ...process.env, NEXT_DIST_DIR: DIST_DIR });

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => (name.endsWith(".test.ts") ? newest : Math.max(newest, newestChange(join(path, name)))), stat.mtimeMs);
}

/** Runs `next build` when there is no build, or a source file changed after it. Returns whether it built. */
export function ensureBuild(root: string, log: (line: string) => void): boolean {
  const buildId = join(root, DIST_DIR, "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES_OF_THE_BUILD.map((name) => newestChange(join(root, name))));
  if (builtAt > changedAt) return false;
  log(`${builtAt ? "the build is older than the sources" : "no build"}: running next build into ${DIST_DIR}`);
  const result = spawnSync("npx", ["next", "build"], { cwd: root, env: withDistDir(), stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  return true;
}

/** A port that is free on loopback now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the production server on loopback over the given database and waits until `readyPath`
 * answers 200; from the benchmark's build unless `env` names another NEXT_DIST_DIR.
 */
export async function startServer(root: string, databasePath: string, readyPath: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://${HOST}:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-H", HOST, "-p", String(port)], {
    cwd: root,
    env: { ...withDistDir(), CHRONICLE_DB: databasePath, NODE_ENV: "production", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(`${baseUrl}${readyPath}`);
      await response.arrayBuffer();
      if (response.ok) return { baseUrl, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer ${readyPath} within ${READY_TIMEOUT_MS / 1000} s`);
}

export interface LoadResult extends Percentiles {
  requests: number;
  requestsPerSecond: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** Of the errors, the requests unanswered after the timeout, and the answers other than 2xx. */
  timeouts: number;
  non2xx: number;
}

/**
 * Sends requests over `connections` connections for `seconds`, timing every answer: the paths
 * round-robin, or, given a function, a path it makes for each request.
 */
export function loadTest(baseUrl: string, paths: string[] | (() => string), connections: number, seconds: number, timeoutSeconds = 10): Promise<LoadResult> {
  const requests =
    typeof paths === "function"
      ? [{ method: "GET" as const, setupRequest: (request: { path: string }) => ({ ...request, path: paths() }) }]
      : paths.map((path) => ({ method: "GET" as const, path }));
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      { url: baseUrl, connections, duration: seconds, timeout: timeoutSeconds, requests },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          ...percentiles(times),
          requests: result.requests.total,
          requestsPerSecond: result.requests.average,
          errors: result.errors + result.timeouts + result.non2xx,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}
