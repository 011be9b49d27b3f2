import { describe, expect, it } from "vitest";
import { formatYmd } from "./calendar";
import { checkExamples } from "./examples";
import { easter } from "./holidays";

describe("Gregorian feasts", () => {
  it("computes Western Easter", () => {
    expect([2013, 2019, 2024, 2025].map((y) => formatYmd(easter(y)))).toEqual(["2013-03-31", "2019-04-21", "2024-03-31", "2025-04-20"]);
  });
  checkExamples([
    { text: "عيد الميلاد 2020", published: "2024-11-17", value: "2020-12-25" },
    { text: "عيد الفصح", published: "2013-02-12", direction: "future", value: "2013-03-31" },
    { text: "احتفالات عيد الفصح", published: "2018-04-10", expression: "عيد الفصح", value: "2018-04-01" },
    { text: "ثالث ثلاثاء بعد كريسماس 2014", published: "2013-02-12", value: "2015-01-13" },
  ]);
});
