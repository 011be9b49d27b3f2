import { describe, expect, it } from "vitest";
import { addDays, edtfSpansDays, endpointsOf, parseDateText, parsePartialDate, spanFromPartialDates } from "./dates";

describe("parseDateText", () => {
  it("reads a day, a month and a year at their own precision", () => {
    expect(parseDateText("2024-11-17")).toEqual({
      ok: true,
      span: { edtf: "2024-11-17", firstDay: "2024-11-17", lastDay: "2024-11-17", precision: "day" },
    });
    expect(parseDateText("2020-07")).toEqual({
      ok: true,
      span: { edtf: "2020-07", firstDay: "2020-07-01", lastDay: "2020-07-31", precision: "month" },
    });
    expect(parseDateText("2024")).toEqual({
      ok: true,
      span: { edtf: "2024", firstDay: "2024-01-01", lastDay: "2024-12-31", precision: "year" },
    });
  });

  it("reads EDTF intervals as ranges whose ends keep their precision", () => {
    expect(parseDateText("2024-11-01/2024-11-17")).toEqual({
      ok: true,
      span: { edtf: "2024-11-01/2024-11-17", firstDay: "2024-11-01", lastDay: "2024-11-17", precision: "range" },
    });
    expect(parseDateText("2024-05/2024-08")).toMatchObject({ ok: true, span: { firstDay: "2024-05-01", lastDay: "2024-08-31", precision: "range" } });
  });

  it("reads spreadsheet forms: day first, slashes, Eastern Arabic digits, a trailing time", () => {
    expect(parseDateText("17/11/2024")).toMatchObject({ ok: true, span: { edtf: "2024-11-17", precision: "day" } });
    expect(parseDateText("1.7.2020")).toMatchObject({ ok: true, span: { edtf: "2020-07-01" } });
    expect(parseDateText("7/2020")).toMatchObject({ ok: true, span: { edtf: "2020-07", precision: "month" } });
    expect(parseDateText("2024/11/17")).toMatchObject({ ok: true, span: { edtf: "2024-11-17" } });
    expect(parseDateText("١٧/١١/٢٠٢٤")).toMatchObject({ ok: true, span: { edtf: "2024-11-17" } });
    expect(parseDateText("2024-11-17T09:30:00Z")).toMatchObject({ ok: true, span: { edtf: "2024-11-17" } });
    expect(parseDateText("2024-2-9")).toMatchObject({ ok: true, span: { edtf: "2024-02-09" } });
  });

  it("says what is wrong with a bad date", () => {
    expect(parseDateText("31/02/2024")).toEqual({ ok: false, message: '"31/02/2024" is not a date: February 2024 has no day 31 (it has 29 days)' });
    expect(parseDateText("2024-13")).toEqual({ ok: false, message: '"2024-13" is not a date: month 13 is outside 1-12' });
    expect(parseDateText("tomorrow")).toMatchObject({ ok: false, message: expect.stringContaining("yyyy-mm-dd or d/m/yyyy") });
    expect(parseDateText("2024-11-17/2024-11-01")).toEqual({ ok: false, message: "the end (2024-11-01) is before the start (2024-11-17)" });
    expect(parseDateText("0000")).toMatchObject({ ok: false, message: expect.stringContaining("outside the years 1-9999"), outsideCalendar: true });
  });
});

describe("spanFromPartialDates", () => {
  it("treats an end equal to the start as a single date", () => {
    expect(spanFromPartialDates({ year: 2020, month: 7 }, { year: 2020, month: 7 })).toMatchObject({ ok: true, span: { edtf: "2020-07", precision: "month" } });
  });

  it("knows leap years", () => {
    expect(spanFromPartialDates({ year: 2024, month: 2 }, null)).toMatchObject({ ok: true, span: { lastDay: "2024-02-29" } });
    expect(spanFromPartialDates({ year: 2023, month: 2 }, null)).toMatchObject({ ok: true, span: { lastDay: "2023-02-28" } });
  });

  it("rejects a day without a month", () => {
    expect(parsePartialDate("2024").ok).toBe(true);
    expect(spanFromPartialDates({ year: 2024, day: 3 }, null)).toEqual({ ok: false, message: "a day needs a month" });
  });
});

describe("endpointsOf", () => {
  it("keeps a month a month and a range's ends", () => {
    expect(endpointsOf({ edtf: "2020-07", firstDay: "2020-07-01", lastDay: "2020-07-31", precision: "month" })).toEqual({ start: { year: 2020, month: 7 }, end: null });
    expect(endpointsOf({ edtf: "2024-11-01/2024-11-17", firstDay: "2024-11-01", lastDay: "2024-11-17", precision: "range" })).toEqual({
      start: { year: 2024, month: 11, day: 1 },
      end: { year: 2024, month: 11, day: 17 },
    });
  });

  it("falls back to the first and last day for EDTF forms without parts (weeks, seasons)", () => {
    expect(endpointsOf({ edtf: "2018-W07", firstDay: "2018-02-12", lastDay: "2018-02-18", precision: "week" })).toEqual({
      start: { year: 2018, month: 2, day: 12 },
      end: { year: 2018, month: 2, day: 18 },
    });
    expect(endpointsOf({ edtf: "2024-21", firstDay: "2024-03-01", lastDay: "2024-05-31", precision: "season" }).end).toEqual({ year: 2024, month: 5, day: 31 });
  });
});

describe("addDays", () => {
  it("crosses months and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2020-07-31", 1)).toBe("2020-08-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(() => addDays("2024-7-1", 1)).toThrow(/not an ISO day/);
  });
});

describe("edtfSpansDays", () => {
  it("checks an EDTF value or ISO week against the days it must mean", () => {
    expect(edtfSpansDays("2018-W07", "2018-02-12", "2018-02-18")).toBe(true);
    expect(edtfSpansDays("2021-W01", "2021-01-04", "2021-01-10")).toBe(true);
    expect(edtfSpansDays("2020-W53", "2020-12-28", "2021-01-03")).toBe(true);
    expect(edtfSpansDays("2018-W07", "2018-02-11", "2018-02-17")).toBe(false);
    expect(edtfSpansDays("2020-21", "2020-01-01", "2020-03-31")).toBe(true);
    expect(edtfSpansDays("2020-07", "2020-07-01", "2020-07-31")).toBe(true);
    expect(edtfSpansDays("2020-07", "2020-07-01", "2020-07-30")).toBe(false);
    expect(edtfSpansDays("<script>", "2020-07-01", "2020-07-31")).toBe(false);
  });
});
