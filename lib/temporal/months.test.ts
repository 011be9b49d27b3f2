import { describe, expect, it } from "vitest";
import { namesMonth, parseMonth } from "./months";

describe("month names of every region", () => {
  const byRegion: [string, string[]][] = [
    ["Levantine/Iraqi", ["كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول"]],
    ["Egyptian/Gulf", ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"]],
    ["Egyptian spellings", ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيه", "يوليه", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"]],
    ["Maghrebi", ["جانفي", "فيفري", "مارس", "افريل", "ماي", "جوان", "جويليه", "اوت", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"]],
    ["Moroccan", ["يناير", "فبراير", "مارس", "ابريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "اكتوبر", "نونبر", "دجنبر"]],
  ];
  it.each(byRegion)("%s: every month in order", (_region, names) => {
    expect(names.map(parseMonth)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("reads Levantine names without the article and paired names by their first name", () => {
    expect(parseMonth("كانون ثاني")).toBe(1);
    expect(parseMonth("تشرين اول")).toBe(10);
    expect(parseMonth("تموز/يوليو")).toBe(7);
    expect(parseMonth("مايو ايار")).toBe(5);
    expect(parseMonth("شهر ايلول")).toBe(9);
  });

  it("reads a month by its number after شهر", () => {
    expect(parseMonth("شهر 3")).toBe(3);
    expect(parseMonth("شهر عشره")).toBe(10);
    expect(parseMonth("الشهر الثامن")).toBe(8);
    expect(namesMonth("شهر 3")).toBe(false);
    expect(namesMonth("شهر ايلول")).toBe(true);
  });
});
