// Date labels for people: a stored date span (EDTF plus its first and last day) becomes the
// words a newsroom would print, with no more precision than the source gave: "تموز 2020" for a
// month, "17 تشرين الثاني 2024" for a day, "1–17 تشرين الثاني 2024" for a range.
// Arabic uses the Levantine month names (كانون الثاني … كانون الأول) of the outlets Chronicle
// reads, with Latin digits as they print them.
import type { DateSpan, Language } from "./model";
import { daysInMonth } from "./store/days";

/** Dates and numbers in Latin digits in both languages, as the newsrooms Chronicle reads print them. */
export const LOCALES: Record<Language, string> = { ar: "ar-SY-u-nu-latn", en: "en-GB" };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** EDTF marks a date as uncertain (?), approximate (~) or both (%). */
const EDTF_QUALIFIER = /[?~%]/;

export interface CalendarDay {
  year: number;
  month: number; // 1..12
  day: number;
}

export function parseDay(iso: string): CalendarDay {
  const match = ISO_DAY.exec(iso);
  if (!match) throw new Error(`Expected a day as yyyy-mm-dd, got "${iso}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Not a calendar day: "${iso}"`);
  }
  return { year, month, day };
}

/** Midnight UTC of the day: what the span labels format (in UTC, so no zone shifts a day). */
function utcDate({ year, month, day }: CalendarDay): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Local midnight at the start of the day: where the timeline (which draws local time) puts it. */
export function startOfDayLocal(iso: string): Date {
  const { year, month, day } = parseDay(iso);
  return new Date(year, month - 1, day);
}

/** Local midnight after the day: the exclusive end of a span whose last day is `iso`. */
export function endOfDayLocal(iso: string): Date {
  const { year, month, day } = parseDay(iso);
  return new Date(year, month - 1, day + 1);
}

type DateStyle = "day" | "month" | "year" | "monthName" | "weekdayDay" | "time" | "dayMonth";

const STYLE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
  monthName: { month: "long" },
  weekdayDay: { weekday: "short", day: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  dayMonth: { weekday: "long", day: "numeric", month: "long" },
};

// Intl formatters are costly to build: one per language, style and zone, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, style: DateStyle, zone: "utc" | "local"): Intl.DateTimeFormat {
  const key = `${language}|${style}|${zone}`;
  let format = formatters.get(key);
  if (!format) {
    const options = { ...STYLE_OPTIONS[style], ...(zone === "utc" ? { timeZone: "UTC" } : {}) };
    format = new Intl.DateTimeFormat(LOCALES[language], options);
    formatters.set(key, format);
  }
  return format;
}

/** "17 تشرين الثاني 2024" / "17 November 2024". */
export function formatDay(iso: string, language: Language): string {
  return formatter(language, "day", "utc").format(utcDate(parseDay(iso)));
}

/**
 * The label of a date span, as precise as its days allow: one day, one month, one year, whole
 * months or years, or a day range; a span always reads as a span, never as its first day.
 */
export function formatDateSpan(span: Pick<DateSpan, "firstDay" | "lastDay">, language: Language): string {
  const first = parseDay(span.firstDay);
  const last = parseDay(span.lastDay);
  const start = utcDate(first);
  const end = utcDate(last);
  if (end < start) throw new Error(`Date span ends before it starts: ${span.firstDay}/${span.lastDay}`);
  if (span.firstDay === span.lastDay) return formatter(language, "day", "utc").format(start);

  const wholeMonths = first.day === 1 && last.day === daysInMonth(last.year, last.month);
  const wholeYears = wholeMonths && first.month === 1 && last.month === 12;
  if (wholeYears) return formatter(language, "year", "utc").formatRange(start, end);
  if (wholeMonths) return formatter(language, "month", "utc").formatRange(start, end);
  return formatter(language, "day", "utc").formatRange(start, end);
}

// The Umm al-Qura calendar, as Saudi Arabia and most Arab outlets print Hijri dates.
const hijriFormats: Record<Language, Intl.DateTimeFormat> = {
  ar: new Intl.DateTimeFormat("ar-SY-u-ca-islamic-umalqura-nu-latn", { ...STYLE_OPTIONS.day, timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB-u-ca-islamic-umalqura", { ...STYLE_OPTIONS.day, timeZone: "UTC" }),
};

/**
 * The Hijri (Umm al-Qura) days of a span: one day, or a day range, since Hijri months do not
 * line up with Gregorian ones. Intl already ends it with the era (هـ / AH).
 */
export function formatHijriSpan(span: Pick<DateSpan, "firstDay" | "lastDay">, language: Language): string {
  const start = utcDate(parseDay(span.firstDay));
  const end = utcDate(parseDay(span.lastDay));
  if (end < start) throw new Error(`Date span ends before it starts: ${span.firstDay}/${span.lastDay}`);
  return span.firstDay === span.lastDay ? hijriFormats[language].format(start) : hijriFormats[language].formatRange(start, end);
}

/** Whether the EDTF value says its date is approximate or uncertain. */
export function isQualifiedDate(edtf: string): boolean {
  return EDTF_QUALIFIER.test(edtf);
}

/** Heading of a month group in the chronology: "تموز 2020". */
export function formatMonthHeading(year: number, month: number, language: Language): string {
  return formatter(language, "month", "utc").format(new Date(Date.UTC(year, month - 1, 1)));
}

export function formatYearHeading(year: number, language: Language): string {
  return formatter(language, "year", "utc").format(new Date(Date.UTC(year, 0, 1)));
}

/** The scales vis-timeline's time axis steps through. */
export type AxisScale =
  | "millisecond"
  | "second"
  | "minute"
  | "hour"
  | "weekday"
  | "day"
  | "week"
  | "month"
  | "year";

/** The small labels under each tick of the timeline's axis, in local time. */
export function formatAxisMinor(date: Date, scale: AxisScale, language: Language): string {
  switch (scale) {
    case "millisecond":
    case "second":
    case "minute":
    case "hour":
      return formatter(language, "time", "local").format(date);
    case "weekday":
      return formatter(language, "weekdayDay", "local").format(date);
    case "day":
    case "week":
      return String(date.getDate());
    case "month":
      return formatter(language, "monthName", "local").format(date);
    case "year":
      return formatter(language, "year", "local").format(date);
  }
}

/** The large labels that name the period the ticks belong to, in local time. */
export function formatAxisMajor(date: Date, scale: AxisScale, language: Language): string {
  switch (scale) {
    case "millisecond":
    case "second":
    case "minute":
    case "hour":
      return formatter(language, "dayMonth", "local").format(date);
    case "weekday":
    case "day":
    case "week":
      return formatter(language, "month", "local").format(date);
    case "month":
      return formatter(language, "year", "local").format(date);
    case "year":
      return "";
  }
}
