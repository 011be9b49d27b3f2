import { describe, expect, it } from "vitest";
import { fetchRangeFor, gridStepDays, intersectDays } from "./view-window";

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("fetchRangeFor", () => {
  it("covers the window and half its width either side", () => {
    const window = { start: at("2020-07-01"), end: at("2020-08-01") };
    const range = fetchRangeFor(window);
    expect(range.from <= "2020-06-16").toBe(true);
    expect(range.to >= "2020-08-16").toBe(true);
  });

  it("asks for the same range after a small pan, so the cache answers it", () => {
    const window = { start: at("2020-07-01"), end: at("2020-08-01") };
    const panned = { start: window.start + 2 * DAY, end: window.end + 2 * DAY };
    expect(fetchRangeFor(panned)).toEqual(fetchRangeFor(window));
  });

  it("asks for a new range once the pan leaves the margin", () => {
    const window = { start: at("2020-07-01"), end: at("2020-08-01") };
    const panned = { start: window.start + 60 * DAY, end: window.end + 60 * DAY };
    expect(fetchRangeFor(panned).to > fetchRangeFor(window).to).toBe(true);
  });

  it("keeps to four-digit years and rejects an empty window", () => {
    expect(fetchRangeFor({ start: at("1000-06-01"), end: at("1010-01-01") }).from).toBe("1000-01-01");
    expect(() => fetchRangeFor({ start: 5, end: 5 })).toThrow(/end after it starts/);
  });

  it("grows the grid with the zoom", () => {
    expect(gridStepDays({ start: 0, end: DAY })).toBe(1);
    expect(gridStepDays({ start: 0, end: 365 * DAY })).toBe(256);
  });
});

describe("intersectDays", () => {
  it("narrows to the filter's dates and says when nothing is left", () => {
    expect(intersectDays({ from: "2020-01-01", to: "2020-12-31" }, { from: "2020-03-01" })).toEqual({ from: "2020-03-01", to: "2020-12-31" });
    expect(intersectDays({ from: "2020-01-01", to: "2020-12-31" }, { to: "2019-01-01" })).toBeNull();
  });
});
