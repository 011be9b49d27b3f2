// Hijri and Solar Hijri (Persian) dates. Hijri dates convert with @internationalized/date's
// IslamicUmalquraCalendar, the Umm al-Qura variant: the official civil calendar of Saudi Arabia,
// the one Gulf newsrooms print. Persian dates (Iranian sources) convert with PersianCalendar.
// A Hijri month or year is a Gregorian day interval; the feasts (عيد الفطر، عيد الأضحى، رأس
// السنة الهجرية، رمضان …) resolve in the Gregorian year written after them, or by the tense.
import { CalendarDate, GregorianCalendar, IslamicUmalquraCalendar, PersianCalendar, toCalendar, type Calendar } from "@internationalized/date";
import { compareYmd, dayRangeSpan, daySpan, type Ymd } from "./calendar";
import { DAY_NUMBER, parseDayNumber } from "./numbers";
import { alternation, anchorOf, ART, squeeze, WORD_END, WORD_START, compile } from "./patterns";
import { dated, type Rule } from "./rule";
import { YEAR_FIGURES } from "./years";
import type { Direction } from "./types";

const UMM_AL_QURA = new IslamicUmalquraCalendar();
const PERSIAN = new PersianCalendar();
const GREGORIAN = new GregorianCalendar();

const HIJRI_MONTHS: [number, string[]][] = [
  [1, ["محرم", "المحرم"]],
  [2, ["صفر"]],
  [3, ["ربيع الاول", "ربيع اول"]],
  [4, ["ربيع الثاني", "ربيع الاخر", "ربيع ثاني"]],
  [5, ["جمادي الاولي", "جمادي الاول", "جماد الاول"]],
  [6, ["جمادي الاخره", "جمادي الثانيه", "جمادي الاخر", "جمادي الثاني", "جماد الاخر"]],
  [7, ["رجب"]],
  [8, ["شعبان"]],
  [9, ["رمضان"]],
  [10, ["شوال"]],
  [11, ["ذو القعده", "ذي القعده", "ذا القعده"]],
  [12, ["ذو الحجه", "ذي الحجه", "ذا الحجه"]],
];

const PERSIAN_MONTHS: [number, string[]][] = [
  [1, ["فروردين"]], [2, ["ارديبهشت", "اردیبهشت"]], [3, ["خرداد"]], [4, ["تير"]], [5, ["مرداد"]], [6, ["شهريور"]],
  [7, ["مهر"]], [8, ["ابان"]], [9, ["اذر"]], [10, ["دي"]], [11, ["بهمن"]], [12, ["اسفند"]],
];

function lexicon(months: [number, string[]][]) {
  const of = new Map<string, number>();
  for (const [month, names] of months) for (const name of names) of.set(name, month);
  return { of, pattern: alternation(of.keys()) };
}
const HIJRI = lexicon(HIJRI_MONTHS);
const SOLAR = lexicon(PERSIAN_MONTHS);

function monthOf(table: Map<string, number>, raw: string): number | undefined {
  return table.get(squeeze(raw));
}

/** A Hijri year in figures and its era mark: "1446 هـ", "1446هـ", "1446 للهجرة", "1446 هجرية". */
const HIJRI_YEAR = String.raw`(?<hyear>1[34][0-9]{2})\s*(?:ه(?![\p{L}])(?!\s*\.?\s*ش)|للهجره|هجري(?:ه)?(?!\s+شمسي))`;
/** A Solar Hijri year and its mark: "1403 هـ.ش", "1403 هجري شمسي", "1403 شمسي". */
const SOLAR_MARK = String.raw`\s*(?:ه\s*\.?\s*ش(?![\p{L}])|(?:هجري\s+)?شمسي(?:ه)?)`;
const SOLAR_YEAR = String.raw`(?<syear>1[34][0-9]{2})(?:${SOLAR_MARK})?`;

function fromCalendar(calendar: Calendar, year: number, month: number, day: number): Ymd {
  const g = toCalendar(new CalendarDate(calendar, year, month, day), GREGORIAN);
  return { year: g.year, month: g.month, day: g.day };
}

function monthDays(calendar: Calendar, year: number, month: number): { first: Ymd; last: Ymd } {
  const length = calendar.getDaysInMonth(new CalendarDate(calendar, year, month, 1));
  return { first: fromCalendar(calendar, year, month, 1), last: fromCalendar(calendar, year, month, length) };
}

function yearDays(calendar: Calendar, year: number): { first: Ymd; last: Ymd } {
  return { first: fromCalendar(calendar, year, 1, 1), last: monthDays(calendar, year, 12).last };
}

const hijriDate: Rule = {
  name: "hijri",
  anchor: anchorOf([40, 40], HIJRI.of.keys()),
  pattern: compile(
    String.raw`${WORD_START}(?:(?<day>${DAY_NUMBER})\s+(?:من\s+)?)?(?:شهر\s+)?(?<month>${HIJRI.pattern})${WORD_END}\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?${HIJRI_YEAR}`,
  ),
  parse(m) {
    const month = monthOf(HIJRI.of, m.groups!.month)!;
    const year = +m.groups!.hyear;
    const day = m.groups!.day ? parseDayNumber(m.groups!.day) : undefined;
    if (day) {
      if (day > UMM_AL_QURA.getDaysInMonth(new CalendarDate(UMM_AL_QURA, year, month, 1))) return null;
      return dated(daySpan(fromCalendar(UMM_AL_QURA, year, month, day)));
    }
    const { first, last } = monthDays(UMM_AL_QURA, year, month);
    return dated(dayRangeSpan(first, last));
  },
};

const hijriYear: Rule = {
  name: "hijri-year",
  anchor: anchorOf([20, 15], [], String.raw`[0-9]\s*(?:ه|للهجره|هجري)`),
  pattern: compile(String.raw`${WORD_START}(?:(?:${ART}|)(?:عام|سنه)\s+)?${HIJRI_YEAR}`),
  parse(m) {
    const { first, last } = yearDays(UMM_AL_QURA, +m.groups!.hyear);
    return dated(dayRangeSpan(first, last));
  },
};

const persianDate: Rule = {
  name: "persian",
  anchor: anchorOf([10, 25], [], String.raw`[0-9]\s+(?:${SOLAR.pattern})`),
  pattern: compile(String.raw`${WORD_START}(?<day>[0-9]{1,2})\s+(?<month>${SOLAR.pattern})${WORD_END}\s*${SOLAR_YEAR}(?![0-9])`),
  parse(m) {
    const month = monthOf(SOLAR.of, m.groups!.month)!;
    const day = +m.groups!.day;
    const year = +m.groups!.syear;
    if (day < 1 || day > PERSIAN.getDaysInMonth(new CalendarDate(PERSIAN, year, month, 1))) return null;
    return dated(daySpan(fromCalendar(PERSIAN, year, month, day)));
  },
};

const solarYear: Rule = {
  name: "persian-year",
  anchor: anchorOf([20, 25], ["شمسي"], String.raw`[0-9]\s*ه\s*\.?\s*ش`),
  pattern: compile(String.raw`${WORD_START}(?:(?:${ART}|)(?:عام|سنه)\s+)?(?<syear>1[34][0-9]{2})${SOLAR_MARK}`),
  parse(m) {
    const { first, last } = yearDays(PERSIAN, +m.groups!.syear);
    return dated(dayRangeSpan(first, last));
  },
};

/** Feasts on a fixed Hijri day, and Ramadan as a whole month. */
const FEASTS: [string[], number, number | "month"][] = [
  [["عيد الفطر", "عيد الفطر المبارك"], 10, 1],
  [["عيد الاضحي", "عيد الاضحي المبارك", "عيد النحر"], 12, 10],
  [["يوم عرفه", "وقفه عرفه"], 12, 9],
  [["راس السنه الهجريه", "السنه الهجريه الجديده", "راس السنه الهجري"], 1, 1],
  [["عاشوراء", "يوم عاشوراء"], 1, 10],
  [["المولد النبوي", "المولد النبوي الشريف", "ذكري المولد النبوي"], 3, 12],
  [["شهر رمضان", "رمضان", "شهر رمضان المبارك", "رمضان المبارك"], 9, "month"],
];
const FEAST_OF = new Map<string, { month: number; day: number | "month" }>();
for (const [names, month, day] of FEASTS) for (const name of names) FEAST_OF.set(name, { month, day });

function feastInHijriYear(hijriYear: number, feast: { month: number; day: number | "month" }): { first: Ymd; last: Ymd } {
  if (feast.day === "month") return monthDays(UMM_AL_QURA, hijriYear, feast.month);
  const day = fromCalendar(UMM_AL_QURA, hijriYear, feast.month, feast.day);
  return { first: day, last: day };
}

/** The occurrences of a feast around a Gregorian year, in order. */
function occurrences(feast: { month: number; day: number | "month" }, gregorianYear: number): { first: Ymd; last: Ymd }[] {
  const hijri = toCalendar(new CalendarDate(GREGORIAN, gregorianYear, 1, 1), UMM_AL_QURA).year;
  return [hijri - 2, hijri - 1, hijri, hijri + 1, hijri + 2].map((y) => feastInHijriYear(y, feast));
}

function resolveFeast(feast: { month: number; day: number | "month" }, published: Ymd, year: number | undefined, direction: Direction) {
  const all = occurrences(feast, year ?? published.year);
  if (year !== undefined) return all.find((o) => o.first.year === year);
  return direction === "past" ? all.filter((o) => compareYmd(o.first, published) <= 0).pop() : all.find((o) => compareYmd(o.first, published) >= 0);
}

const hijriFeast: Rule = {
  name: "hijri-feast",
  anchor: anchorOf([20, 40], ["عيد", "عرفه", "راس السنه", "السنه الهجريه", "عاشوراء", "المولد", "رمضان"]),
  pattern: compile(String.raw`${WORD_START}(?<feast>${alternation(FEAST_OF.keys())})${WORD_END}(?:\s*(?:(?:من\s+)?(?:${ART}|)(?:عام|سنه)\s+)?(?<year>${YEAR_FIGURES}))?`),
  parse(m, { published, direction }) {
    const feast = FEAST_OF.get(squeeze(m.groups!.feast))!;
    const year = m.groups!.year ? +m.groups!.year : undefined;
    if (year === undefined && m.groups!.feast.endsWith("رمضان") && !m.groups!.feast.startsWith("شهر")) return null;
    const found = resolveFeast(feast, published, year, direction(m.index, m.index + m[0].length));
    if (!found) return null;
    return dated(feast.day === "month" ? dayRangeSpan(found.first, found.last) : daySpan(found.first));
  },
};

export const hijriRules: Rule[] = [hijriDate, hijriYear, persianDate, solarYear, hijriFeast];
