import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor";
import { parseEventQuery, periodDays } from "./filters";

const parse = (query: string) => parseEventQuery(new URLSearchParams(query));

describe("periodDays", () => {
  it("widens a year or month to its first and last day", () => {
    expect(periodDays("2020")).toEqual({ first: "2020-01-01", last: "2020-12-31" });
    expect(periodDays("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(periodDays("2023-02")).toEqual({ first: "2023-02-01", last: "2023-02-28" });
    expect(periodDays("2020-07-05")).toEqual({ first: "2020-07-05", last: "2020-07-05" });
    for (const bad of ["2020-13", "2023-02-29", "20", "2020-7", "July 2020"]) expect(periodDays(bad)).toBeNull();
  });
});

describe("parseEventQuery", () => {
  it("turns parameters into a filter, with defaults and whole periods", () => {
    expect(parse("")).toEqual({ ok: true, filter: { limit: 200 } });
    const cursor = encodeCursor({ firstDay: "2020-07-01", id: "abc-e1" });
    const parsed = parse(`from=2020-07&to=2021&type=visit,call&type=meeting&actor=%20ali%20&source=s1&q=طهران&limit=50&cursor=${cursor}`);
    expect(parsed).toEqual({
      ok: true,
      filter: {
        from: "2020-07-01",
        to: "2021-12-31",
        types: ["visit", "call", "meeting"],
        actor: "ali",
        source: "s1",
        q: "طهران",
        limit: 50,
        after: { firstDay: "2020-07-01", id: "abc-e1" },
      },
    });
    expect(parse("from=&type=&q=")).toEqual({ ok: true, filter: { limit: 200 } });
    expect(parse("from=2020-07&to=2020-07").ok).toBe(true);
  });

  it("names each bad parameter and what is wrong with it", () => {
    const issues = (query: string) => {
      const result = parse(query);
      return result.ok ? [] : result.issues;
    };
    expect(issues("from=2020-08&to=2020-07")).toEqual([{ path: "from", message: "must not be after to (2020-07)" }]);
    expect(issues("type=visit,party")).toEqual([
      { path: "type", message: 'unknown event type "party"; known: visit, meeting, call, agreement, statement, attack, other' },
    ]);
    expect(issues("cursor=bogus")).toEqual([{ path: "cursor", message: "is not a cursor this API returned (pass back nextCursor unchanged)" }]);
    expect(issues("from=yesterday")).toEqual([{ path: "from", message: "must be a date as yyyy, yyyy-mm or yyyy-mm-dd" }]);
    expect(issues("limit=0")).toEqual([{ path: "limit", message: "must be at least 1" }]);
    expect(issues("limit=1001")).toEqual([{ path: "limit", message: "must be at most 1000" }]);
    expect(issues("limit=2.5")).toEqual([{ path: "limit", message: "must be a whole number" }]);
    expect(issues("types=visit")).toEqual([
      { path: "types", message: "is not a parameter (known: from, to, type, actor, source, q, limit, cursor)" },
    ]);
    expect(issues("from=2020&from=2021")).toEqual([{ path: "from", message: "is given more than once" }]);
  });
});
