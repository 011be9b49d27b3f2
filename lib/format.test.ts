import { describe, expect, it } from "vitest";
import { endOfDayLocal, formatDateSpan, formatDay, formatHijriSpan, isQualifiedDate, parseDay, startOfDayLocal } from "./format";
import { formatList, translatePlural } from "./i18n";

describe("formatDateSpan", () => {
  it("labels a month-precision span with its month, not its first day", () => {
    expect(formatDateSpan({ firstDay: "2020-07-01", lastDay: "2020-07-31" }, "ar")).toBe("تموز 2020");
    expect(formatDateSpan({ firstDay: "2020-07-01", lastDay: "2020-07-31" }, "en")).toBe("July 2020");
  });

  it("labels one day with day, month and year", () => {
    expect(formatDateSpan({ firstDay: "2024-11-17", lastDay: "2024-11-17" }, "ar")).toBe("17 تشرين الثاني 2024");
    expect(formatDay("2023-01-23", "en")).toBe("23 January 2023");
  });

  it("labels a range inside one month as a day range", () => {
    expect(formatDateSpan({ firstDay: "2024-11-01", lastDay: "2024-11-17" }, "ar")).toBe("1–17 تشرين الثاني 2024");
  });

  it("labels ranges across months and whole months or years by what they cover", () => {
    expect(formatDateSpan({ firstDay: "2024-10-28", lastDay: "2024-11-03" }, "ar")).toBe(
      "28 تشرين الأول – 3 تشرين الثاني 2024",
    );
    expect(formatDateSpan({ firstDay: "2024-05-01", lastDay: "2024-08-31" }, "ar")).toBe("أيار – آب 2024");
    expect(formatDateSpan({ firstDay: "2019-01-01", lastDay: "2019-12-31" }, "en")).toBe("2019");
    // ICU separates English ranges with thin spaces.
    expect(formatDateSpan({ firstDay: "2019-01-01", lastDay: "2020-12-31" }, "en")).toMatch(/^2019\s–\s2020$/);
  });

  it("rejects spans that are not calendar days or run backwards", () => {
    expect(() => formatDateSpan({ firstDay: "2024-02-30", lastDay: "2024-03-01" }, "ar")).toThrow(/calendar day/);
    expect(() => formatDateSpan({ firstDay: "2024-11", lastDay: "2024-11-30" }, "ar")).toThrow(/yyyy-mm-dd/);
    expect(() => formatDateSpan({ firstDay: "2024-11-17", lastDay: "2024-11-01" }, "ar")).toThrow(/ends before/);
  });
});

describe("day boundaries for the timeline", () => {
  it("spans a whole month from its first midnight to the midnight after its last day", () => {
    expect(startOfDayLocal("2020-07-01")).toEqual(new Date(2020, 6, 1));
    expect(endOfDayLocal("2020-07-31")).toEqual(new Date(2020, 7, 1));
    expect(endOfDayLocal("2024-12-31")).toEqual(new Date(2025, 0, 1));
  });

  it("parses leap days", () => {
    expect(parseDay("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseDay("2023-02-29")).toThrow();
  });
});

describe("EDTF qualifiers and plurals", () => {
  it("notices approximate and uncertain dates", () => {
    expect(isQualifiedDate("2020-07~")).toBe(true);
    expect(isQualifiedDate("2020-07?")).toBe(true);
    expect(isQualifiedDate("2024-11-01/2024-11-17")).toBe(false);
  });

  it("uses Arabic plural forms", () => {
    expect(translatePlural("ar", "sourceCount", 1)).toBe("مصدر واحد");
    expect(translatePlural("ar", "sourceCount", 2)).toBe("مصدران");
    expect(translatePlural("ar", "sourceCount", 5)).toBe("5 مصادر");
    expect(translatePlural("ar", "sourceCount", 11)).toBe("11 مصدراً");
    expect(translatePlural("en", "eventCount", 3)).toBe("3 events");
  });

  it("joins names as each language does", () => {
    expect(formatList("ar", ["إيران", "سوريا", "العراق"])).toBe("إيران وسوريا والعراق");
    expect(formatList("en", ["Iran", "Syria", "Iraq"])).toBe("Iran, Syria and Iraq");
  });
});

describe("formatHijriSpan", () => {
  it("gives the Umm al-Qura day in either language, with its era", () => {
    expect(formatHijriSpan({ firstDay: "2024-11-17", lastDay: "2024-11-17" }, "ar")).toBe("15 جمادى الأولى 1446 هـ");
    expect(formatHijriSpan({ firstDay: "2020-07-01", lastDay: "2020-07-31" }, "en")).toMatch(/^10 Dhu.l-Qi.dah\s–\s10 Dhu.l-Hijjah 1441 AH$/);
  });
});
