import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysInMonth, formatYmd, parseYmd, weekSpan } from "./calendar";

describe("calendar arithmetic", () => {
  it("knows leap years and month lengths", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
  });

  it("adds days and months across year ends", () => {
    expect(formatYmd(addDays(parseYmd("2023-12-30"), 3))).toBe("2024-01-02");
    expect(addMonths(2024, 1, -2)).toEqual({ year: 2023, month: 11 });
  });

  it("writes an ISO week as the interval of its days, Monday to Sunday", () => {
    expect(weekSpan(parseYmd("2021-01-01")).edtf).toBe("2020-12-28/2021-01-03");
    expect(weekSpan(parseYmd("2018-06-17")).edtf).toBe("2018-06-11/2018-06-17");
  });

  it("rejects what is not a calendar day", () => {
    expect(() => parseYmd("2023-02-29")).toThrow(/not a calendar day/);
    expect(() => parseYmd("17/11/2024")).toThrow(/yyyy-mm-dd/);
  });
});
