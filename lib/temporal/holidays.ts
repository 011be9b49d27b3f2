// Christian and civil feasts on the Gregorian calendar: عيد الميلاد / كريسماس (25 December),
// رأس السنة الميلادية (1 January), عيد الفصح (Western Easter, by the Gregorian computus).
// With a year they are that year's; without one they follow the tense.
import { compareYmd, daySpan, type Ymd } from "./calendar";
import { alternation, anchorOf, ART, squeeze, WORD_END, WORD_START, compile } from "./patterns";
import { dated, type Rule } from "./rule";
import { YEAR_FIGURES } from "./years";

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(year: number): Ymd {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

const HOLIDAYS: [string[], (year: number) => Ymd][] = [
  [["عيد الميلاد", "عيد الميلاد المجيد", "كريسماس", "الكريسماس", "الكريسمس", "كريسمس"], (year) => ({ year, month: 12, day: 25 })],
  [["راس السنه الميلاديه", "راس السنه"], (year) => ({ year, month: 1, day: 1 })],
  [["عيد الفصح", "عيد الفصح المجيد", "عيد القيامه"], easter],
];
const DATE_OF = new Map<string, (year: number) => Ymd>();
for (const [names, date] of HOLIDAYS) for (const name of names) DATE_OF.set(name, date);

export const HOLIDAY_ANCHOR = anchorOf([40, 40], ["عيد", "كريسم", "راس السنه"]);

/** A holiday pattern (group "holiday", then an optional "holidayYear"), for rules built on it. */
export const HOLIDAY = String.raw`(?<holiday>${alternation(DATE_OF.keys())})${WORD_END}(?:\s*(?:(?:من\s+)?(?:${ART}|)(?:عام|سنه)\s+)?(?<holidayYear>${YEAR_FIGURES}))?`;

/** The holiday's day in the year written, else the latest (past) or next (future) one. */
export function resolveHoliday(name: string, year: string | undefined, published: Ymd, past: boolean): Ymd | undefined {
  const date = DATE_OF.get(squeeze(name));
  if (!date) return undefined;
  if (year) return date(+year);
  const options = [published.year - 1, published.year, published.year + 1].map(date);
  return past ? options.filter((d) => compareYmd(d, published) <= 0).pop() : options.find((d) => compareYmd(d, published) >= 0);
}

const holiday: Rule = {
  name: "holiday",
  anchor: HOLIDAY_ANCHOR,
  pattern: compile(`${WORD_START}${HOLIDAY}`),
  parse(m, { published, direction }) {
    const past = direction(m.index, m.index + m[0].length) === "past";
    const date = resolveHoliday(m.groups!.holiday, m.groups!.holidayYear, published, past);
    return date ? dated(daySpan(date)) : null;
  },
};

export const holidayRules: Rule[] = [holiday];
