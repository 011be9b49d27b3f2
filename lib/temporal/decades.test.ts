import { describe } from "vitest";
import { checkExamples } from "./examples";

describe("decades and centuries", () => {
  checkExamples([
    { text: "في التسعينيات", published: "2024-11-17", expression: "التسعينيات", value: "199X" },
    { text: "في بداية ثمانينيات القرن العشرين", published: "2024-11-17", expression: "ثمانينيات القرن العشرين", value: "198X" },
    { text: "ستينيات القرن الماضي", published: "2024-11-17", value: "196X" },
    { text: "القرن الحادي والعشرين", published: "2024-11-17", value: "20XX" },
    { text: "القرن التاسع عشر", published: "2024-11-17", value: "18XX" },
  ]);
});
