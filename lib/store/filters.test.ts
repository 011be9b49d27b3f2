import { describe, expect, it } from "vitest";
import { encodeCursor } from "./cursor";
import { bucketSizeFor, parseEventQuery, parseTimelineQuery, periodDays } from "./filters";
import { queryTerms } from "../text/arabic-normalize";

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
        search: queryTerms("طهران"),
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
      {
        path: "types",
        message: "is not a parameter (known: from, to, type, status, minCorroboration, actor, country, outlet, source, q, limit, cursor)",
      },
    ]);
    expect(issues("from=2020&from=2021")).toEqual([{ path: "from", message: "is given more than once" }]);
  });
});

describe("the filters added for windows at scale", () => {
  it("parses status, minimum corroboration, country and repeated outlets (whose names may hold commas)", () => {
    const parsed = parse("status=confirmed,unreviewed&minCorroboration=2&country=state:iran&outlet=A, B&outlet=C");
    expect(parsed).toEqual({
      ok: true,
      filter: { statuses: ["confirmed", "unreviewed"], minCorroboration: 2, country: "state:iran", outlets: ["A, B", "C"], limit: 200 },
    });
  });

  it("rejects unknown statuses, bad corroboration and a query without a word", () => {
    const result = parse("status=approved&minCorroboration=0&q=%25%20_");
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "status", message: 'unknown review status "approved"; known: unreviewed, confirmed, rejected' },
      { path: "minCorroboration", message: "must be at least 1" },
      { path: "q", message: "must contain a word of at least 2 letters or digits" },
    ]);
  });
});

describe("parseTimelineQuery", () => {
  const timeline = (query: string) => parseTimelineQuery(new URLSearchParams(query));

  it("needs a window, widens its periods, defaults max and picks the bucket from the window's length", () => {
    expect(timeline("from=2020&to=2020&type=visit")).toEqual({
      ok: true,
      query: { filter: { from: "2020-01-01", to: "2020-12-31", types: ["visit"] }, max: 500, bucket: "week" },
    });
    expect(timeline("from=2020-07-01&to=2020-07-07&max=50").ok && timeline("from=2020-07-01&to=2020-07-07&max=50")).toMatchObject({ query: { max: 50, bucket: "day" } });
    const missing = timeline("max=0&limit=5");
    expect(missing.ok ? [] : missing.issues).toEqual([
      { path: "limit", message: "is not a parameter (known: from, to, type, status, minCorroboration, actor, country, outlet, source, q, max)" },
    ]);
    const bad = timeline("max=0");
    expect(bad.ok ? [] : bad.issues.map((issue) => issue.path)).toEqual(["from", "to", "max"]);
  });

  it("chooses days up to a quarter, weeks up to two years, months up to sixteen years, then years", () => {
    expect(bucketSizeFor("2020-01-01", "2020-01-01")).toBe("day");
    expect(bucketSizeFor("2020-01-01", "2020-03-31")).toBe("day");
    expect(bucketSizeFor("2020-01-01", "2020-04-30")).toBe("week");
    expect(bucketSizeFor("2020-01-01", "2021-12-31")).toBe("week");
    expect(bucketSizeFor("2020-01-01", "2029-12-31")).toBe("month");
    expect(bucketSizeFor("2000-01-01", "2029-12-31")).toBe("year");
  });
});
