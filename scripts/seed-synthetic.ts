// `npm run seed:synthetic -- --events 1000000 [--from-year 2005] [--to-year 2025] [--seed 1]`:
// fills the empty database CHRONICLE_DB names with synthetic events drawn from the real
// corpus's distributions (scripts/bench/synthetic.ts).
import { storePath } from "../lib/store";
import { seedSynthetic, type SyntheticOptions } from "./bench/synthetic";
import { failureFor, type Fail } from "./cli";

const USAGE = "usage: npm run seed:synthetic -- --events <1…10000000> [--from-year yyyy] [--to-year yyyy] [--seed n]";
const MAX_EVENTS = 10_000_000;
const WHOLE = /^\d+$/;

const fail: Fail = failureFor("seed:synthetic", 1, USAGE);

/** The options the command line gives, or a message naming what is wrong. */
function parseFlags(args: string[]): SyntheticOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const [name, inline] = args[i].split("=", 2);
    if (!["--events", "--from-year", "--to-year", "--seed"].includes(name)) fail(`unknown argument ${args[i]}`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith("--")) fail(`${name} needs a value`);
    if (flags.has(name)) fail(`${name} is given more than once`);
    if (!WHOLE.test(value)) fail(`${name} must be a whole number, not "${value}"`);
    flags.set(name, value);
  }
  if (!flags.has("--events")) fail("--events is required");
  const options: SyntheticOptions = {
    events: Number(flags.get("--events")),
    fromYear: Number(flags.get("--from-year") ?? 2005),
    toYear: Number(flags.get("--to-year") ?? 2025),
    seed: Number(flags.get("--seed") ?? 1),
  };
  if (options.events < 1 || options.events > MAX_EVENTS) fail(`--events must be between 1 and ${MAX_EVENTS}`);
  if (options.fromYear < 1000 || options.toYear > 9998) fail("years must be between 1000 and 9998");
  if (options.fromYear > options.toYear) fail(`--from-year ${options.fromYear} is after --to-year ${options.toYear}`);
  return options;
}

const options = parseFlags(process.argv.slice(2));
try {
  const report = await seedSynthetic(storePath(), options, undefined, (line) => process.stderr.write(`seed:synthetic: ${line}\n`));
  process.stdout.write(
    `seeded ${storePath()}: ${report.events} events, ${report.sources} sources, ${report.citations} citations ` +
      `(${options.fromYear}–${options.toYear}, seed ${options.seed}) in ${report.seconds.toFixed(1)} s\n`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
