// `npm run user:add -- [--role viewer|editor|admin] [--replace] <name>`: adds an account to the
// store CHRONICLE_DB names. The password comes from the CHRONICLE_PASSWORD variable, else from
// the first line of standard input (typed at a prompt, or piped).
import { createInterface } from "node:readline";
import { z } from "zod";
import { AccountError, addUser, newUserSchema, roleSchema } from "../lib/auth";
import { openStore } from "../lib/store";
import { failureFor, type Fail } from "./cli";

const USAGE = "usage: npm run user:add -- [--role viewer|editor|admin] [--replace] <name>   (password: CHRONICLE_PASSWORD or standard input)";
const fail: Fail = failureFor("user:add", 1, USAGE);

function parseArguments(args: string[]): { name: string; role: z.infer<typeof roleSchema>; replace: boolean } {
  let role = "editor";
  let replace = false;
  const names: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === "--role") role = args[++index] ?? fail("--role needs a value");
    else if (arg.startsWith("--role=")) role = arg.slice("--role=".length);
    else if (arg === "--replace") replace = true;
    else if (arg.startsWith("-")) fail(`unknown option ${arg}`);
    else names.push(arg);
  }
  if (names.length !== 1) fail(names.length ? "give one name" : "the name is missing");
  const parsedRole = roleSchema.safeParse(role);
  if (!parsedRole.success) fail(`--role ${parsedRole.error.issues[0].message}`);
  return { name: names[0], role: parsedRole.data, replace };
}

function readPassword(): Promise<string> {
  if (process.env.CHRONICLE_PASSWORD) return Promise.resolve(process.env.CHRONICLE_PASSWORD);
  const lines = createInterface({ input: process.stdin, terminal: false });
  if (process.stdin.isTTY) process.stderr.write("password (at least 10 characters; it is shown as you type): ");
  return new Promise((resolve) => {
    let answered = false;
    lines.once("line", (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once("close", () => answered || resolve(""));
  });
}

const { name, role, replace } = parseArguments(process.argv.slice(2));
// Checked before the store is opened (and, the first time, created and seeded).
const user = newUserSchema.safeParse({ name, role, password: await readPassword() });
if (!user.success) fail(user.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
try {
  const store = await openStore();
  const outcome = await addUser(store, user.data, { replace });
  process.stdout.write(`${outcome} ${role} ${name} in ${store.path}\n`);
  await store.close();
} catch (error) {
  if (error instanceof AccountError) fail(`${error.message} (pass --replace to give it a new role and password)`);
  fail(error instanceof Error ? error.message : String(error));
}
