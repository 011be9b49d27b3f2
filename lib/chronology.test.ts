import { describe, expect, it } from "vitest";
import { flattenChronology, groupChronology } from "./chronology";
import type { ChronicleEvent } from "./model";

function event(id: string, firstDay: string, lastDay: string): ChronicleEvent {
  return {
    id,
    firstDay,
    lastDay,
    edtf: firstDay === lastDay ? firstDay : `${firstDay}/${lastDay}`,
    precision: firstDay === lastDay ? "day" : "range",
    type: "meeting",
    title: id,
    titleEn: null,
    participants: [],
    place: null,
    reviewStatus: "unreviewed",
    confidence: 1,
    rule: "test",
    scheduled: false,
    dateInferred: false,
    corroboration: 1,
  };
}

describe("groupChronology", () => {
  it("orders events by date under year and month headings, whatever order they come in", () => {
    const groups = groupChronology([
      event("late", "2024-11-17", "2024-11-17"),
      event("july", "2020-07-01", "2020-07-31"),
      event("early", "2024-11-01", "2024-11-17"),
      event("january", "2023-01-23", "2023-01-23"),
    ]);
    expect(groups.map((year) => [year.year, year.months.map((group) => [group.month, group.events.map((e) => e.id)])])).toEqual([
      [2020, [[7, ["july"]]]],
      [2023, [[1, ["january"]]]],
      [2024, [[11, ["early", "late"]]]],
    ]);
  });

  it("lists an event longer than a month under its year, ahead of the months", () => {
    const groups = groupChronology([
      event("march", "2024-03-05", "2024-03-05"),
      event("summer", "2024-05-01", "2024-08-31"),
      event("year", "2024-01-01", "2024-12-31"),
    ]);
    expect(groups[0].months.map((group) => [group.month, group.events.map((e) => e.id)])).toEqual([
      [null, ["year", "summer"]],
      [3, ["march"]],
    ]);
  });

  it("keeps a short span that crosses months under the month it starts in", () => {
    const [year] = groupChronology([event("cross", "2024-10-28", "2024-11-03")]);
    expect(year.months).toEqual([{ key: "2024-10", month: 10, events: [expect.objectContaining({ id: "cross" })] }]);
  });
});

describe("flattenChronology", () => {
  it("puts each year and month heading before its events and numbers the events in order", () => {
    const rows = flattenChronology([event("b", "2020-08-02", "2020-08-02"), event("a", "2020-07-01", "2020-07-01"), event("c", "2021-01-05", "2021-01-05")]);
    expect(rows.map((row) => (row.kind === "event" ? `${row.event.id}#${row.position}` : row.kind === "year" ? row.year : `m${row.month}`))).toEqual([
      2020, "m7", "a#0", "m8", "b#1", 2021, "m1", "c#2",
    ]);
  });
});
