import { describe, expect, it } from "vitest";
import { findTriggers } from ".";

const rulesIn = (text: string) => findTriggers(text).map((t) => [t.rule.name, text.slice(t.start, t.end)]);

describe("call triggers", () => {
  it("finds the noun اتصال هاتفي (seed 000)", () => {
    expect(rulesIn("وفي الأول من أيلول الفائت قال العماد علي محمود عباس، في اتصال هاتفي مع زاده")).toContainEqual(["call.noun.phone-call", "اتصال هاتفي"]);
  });
  it("prefers بحث هاتفياً (a call) over any shorter reading (almayadeen-1765425)", () => {
    const text = "أنّ الرئيس الأميركي، جو بايدن، بحث هاتفياً مع ولي العهد السعودي، محمد بن سلمان";
    expect(rulesIn(text)).toContainEqual(["call.verb.phoned", "بحث هاتفياً"]);
  });
});
