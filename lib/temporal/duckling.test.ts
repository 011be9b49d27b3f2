// Runs every day/week/month/year case and every negative case of Duckling's Arabic time corpus
// (a peer's suite, see ../shared/eval/external/README.md) and prints each failure with its
// reason. The future_default cases run with the future direction, as the API allows.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { directionFor, judge, loadDucklingCases, summarize } from "./duckling-suite";
import { tagTemporal } from "./index";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const suite = path.resolve(repoRoot, "..", "shared", "eval", "external", "duckling-ar-time.jsonl");
const available = existsSync(suite);
if (!available) console.warn(`Duckling suite skipped: ${suite} is absent (the shared folder is not beside the repo).`);

describe.skipIf(!available)("Duckling Arabic time corpus", () => {
  it("passes at least 95% of the day, week, month and year cases", () => {
    const verdicts = loadDucklingCases(suite).map((c) => {
      const found = tagTemporal(c.text, { published: c.reference, direction: directionFor(c) });
      const longest = [...found].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      const answer = longest ? { text: longest.text, value: longest.value, firstDay: longest.span?.firstDay, lastDay: longest.span?.lastDay } : null;
      return judge(c, answer);
    });
    console.log(summarize(verdicts));
    const rate = verdicts.filter((v) => v.pass).length / verdicts.length;
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});
