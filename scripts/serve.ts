// `npm start` (after the build): serves Chronicle from the production build with one Next.js
// server process per core, all answering on one port. One Node.js process runs JavaScript on one
// core; under many simultaneous readers a single `next start` queues them while the other cores
// idle. node:cluster shares the listening socket: the primary hands each new connection to the
// next worker. Each worker keeps its own SQLite connection (WAL lets them read side by side) and
// its own answer cache, which notices the other workers' writes (lib/store/answer-cache.ts).
//
//   tsx scripts/serve.ts [-p port] [-H hostname]     (CHRONICLE_WORKERS: how many processes)
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import next from "next";
import { COMMON_SECURITY_HEADERS, hasDecodablePath, undecodablePathAnswer } from "../lib/http-security";
import { openStore } from "../lib/store";
import { failureFor, type Fail } from "./cli";

const USAGE = "usage: tsx scripts/serve.ts [-p port] [-H hostname]   (env: PORT, CHRONICLE_WORKERS, CHRONICLE_DB)";

interface ServeOptions {
  port: number;
  hostname: string;
  workers: number;
}

const fail: Fail = failureFor("serve", 2, USAGE);

function wholeNumber(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) fail(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return Number(value);
}

function parseServeOptions(args: string[], env: NodeJS.ProcessEnv): ServeOptions {
  let port = env.PORT ? wholeNumber("PORT", env.PORT, 0, 65_535) : 3000;
  let hostname = "0.0.0.0";
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    if (!["-p", "--port", "-H", "--hostname"].includes(flag)) fail(`unknown argument ${flag}`);
    const value = args[(i += 1)];
    if (value === undefined) fail(`${flag} needs a value`);
    if (flag === "-p" || flag === "--port") port = wholeNumber("the port", value, 0, 65_535);
    else hostname = value;
  }
  const workers = env.CHRONICLE_WORKERS ? wholeNumber("CHRONICLE_WORKERS", env.CHRONICLE_WORKERS, 1, 64) : availableParallelism();
  return { port, hostname, workers };
}

const READY = "chronicle:ready";

async function runWorker(options: ServeOptions) {
  // Ctrl-C reaches every process of the terminal's group: the primary decides, and stops the workers.
  process.on("SIGINT", () => {});
  const app = next({ dev: false, dir: resolve("."), hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    // Answered here: Next.js cannot route such a path and answers a bare 500 without our headers.
    if (!hasDecodablePath(request.url ?? "/")) {
      const answer = undecodablePathAnswer();
      response.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    // Next.js's own answers (the redirect of /api/events/.., a bare error) skip next.config.ts's headers.
    for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.setHeader(name, value);
    void handle(request, response);
  });
  // Next.js logs uncaught exceptions and carries on: a port that cannot be had must end the process.
  server.once("error", (error) => {
    console.error(`serve: cannot listen on ${options.hostname}:${options.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(options.port, options.hostname, () => process.send?.(READY));
}

async function runPrimary(options: ServeOptions) {
  // Created, migrated and (when new) seeded once, here, before any worker opens it: workers
  // opening a brand-new file together would each try to migrate and seed it.
  const store = await openStore();
  await store.close();

  let stopping = false;
  let announced = false;
  const ready = new Set<number>();
  const startWorker = () => {
    const worker = cluster.fork();
    worker.on("message", (message) => {
      if (message !== READY) return;
      ready.add(worker.id);
      if (announced || ready.size < options.workers) return;
      announced = true;
      // 0.0.0.0 listens on every interface; a browser on this machine reaches it as localhost.
      const host = options.hostname === "0.0.0.0" ? "localhost" : options.hostname;
      console.log(`Chronicle: http://${host}:${options.port} (${options.workers === 1 ? "one server process" : `${options.workers} server processes`})`);
    });
  };
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    const how = signal ?? `exit ${code}`;
    // A process that dies before it listens fails the same way when started again.
    if (!ready.delete(worker.id)) {
      console.error(`serve: a server process exited while starting (${how})`);
      stop(1);
      return;
    }
    console.error(`serve: server process ${worker.process.pid} exited (${how}); starting another`);
    startWorker();
  });
  const stop = (exitCode: number) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(exitCode);
    let running = workers.length;
    for (const worker of workers) {
      worker!.once("exit", () => {
        running -= 1;
        if (running === 0) process.exit(exitCode);
      });
      worker!.kill("SIGTERM");
    }
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  for (let i = 0; i < options.workers; i += 1) startWorker();
}

const options = parseServeOptions(process.argv.slice(2), process.env);
if (cluster.isPrimary) await runPrimary(options);
else await runWorker(options);
