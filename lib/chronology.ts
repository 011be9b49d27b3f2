// The chronology's order and headings: events by date under year and month groups. An event
// that spans more than a month is listed under its year, ahead of the months, not under the
// month it happens to start in.
import { parseDay } from "./format";
import type { ChronicleEvent } from "./model";

/** Events longer than this are listed under their year rather than their first month. */
const LONGEST_MONTH_LISTED_SPAN_DAYS = 31;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface MonthGroup {
  key: string;
  /** null: the events span too much of the year to sit under one month. */
  month: number | null;
  events: ChronicleEvent[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
}

function spanDays(event: ChronicleEvent): number {
  return (Date.parse(event.lastDay) - Date.parse(event.firstDay)) / DAY_MS + 1;
}

function compareEvents(a: ChronicleEvent, b: ChronicleEvent): number {
  return a.firstDay.localeCompare(b.firstDay) || a.lastDay.localeCompare(b.lastDay) || a.id.localeCompare(b.id);
}

export function groupChronology(events: readonly ChronicleEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  const groups = new Map<string, MonthGroup>();
  for (const event of [...events].sort(compareEvents)) {
    const { year, month } = parseDay(event.firstDay);
    let yearGroup = years.at(-1);
    if (!yearGroup || yearGroup.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    const monthOf = spanDays(event) > LONGEST_MONTH_LISTED_SPAN_DAYS ? null : month;
    const key = `${year}-${monthOf ?? "year"}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, month: monthOf, events: [] };
      groups.set(key, group);
      // Year-long events open their year, before its months.
      if (monthOf === null) yearGroup.months.unshift(group);
      else yearGroup.months.push(group);
    }
    group.events.push(event);
  }
  return years;
}

/** One line of the chronology as a flat list draws it: a year heading, a month heading or an event. */
export type ChronologyRow =
  | { kind: "year"; year: number }
  | { kind: "month"; key: string; year: number; month: number | null }
  | { kind: "event"; event: ChronicleEvent; /** 0-based place among the events. */ position: number };

/** The grouped chronology as rows, for a virtualised list. */
export function flattenChronology(events: readonly ChronicleEvent[]): ChronologyRow[] {
  const rows: ChronologyRow[] = [];
  let position = 0;
  for (const yearGroup of groupChronology(events)) {
    rows.push({ kind: "year", year: yearGroup.year });
    for (const group of yearGroup.months) {
      rows.push({ kind: "month", key: group.key, year: yearGroup.year, month: group.month });
      for (const event of group.events) rows.push({ kind: "event", event, position: position++ });
    }
  }
  return rows;
}
