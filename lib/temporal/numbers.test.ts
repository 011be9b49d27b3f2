import { describe, expect, it } from "vitest";
import { parseCount, parseDayNumber } from "./numbers";

describe("day numbers in words and figures", () => {
  it.each([
    ["الاول", 1], ["اول", 1], ["الثاني", 2], ["العاشر", 10], ["الحادي عشر", 11], ["الثالث عشره", 13], ["التاسع عشر", 19],
    ["العشرين", 20], ["الحادي والعشرين", 21], ["السادس والعشرين", 26], ["الثالث والعشرون", 23], ["الثلاثين", 30],
    ["الحادي والثلاثين", 31], ["14", 14], ["ال17", 17], ["ال 7", 7],
  ])("%s → %i", (text, day) => {
    expect(parseDayNumber(text)).toBe(day);
  });

  it("rejects what is not a day of a month", () => {
    expect(parseDayNumber("الاربعين")).toBeUndefined();
  });

  it("reads small counts", () => {
    expect(parseCount("ثلاثه")).toBe(3);
    expect(parseCount("12")).toBe(12);
    expect(parseCount("بضعه")).toBeUndefined();
  });
});
