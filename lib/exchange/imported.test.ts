import { describe, expect, it } from "vitest";
import { eventTypeNamed, firstLine, webUrls } from "./imported";

describe("imported", () => {
  it("recognises Chronicle's type ids whatever their case", () => {
    expect(eventTypeNamed(" Meeting ")).toBe("meeting");
    expect(eventTypeNamed("conference")).toBeNull();
    expect(eventTypeNamed(undefined)).toBeNull();
  });

  it("keeps absolute http(s) URLs once each", () => {
    expect(webUrls(["https://sana.sy/?p=1", "mailto:x@y.z", "/relative", "سانا", "http://a.example", "https://sana.sy/?p=1", ""])).toEqual([
      "https://sana.sy/?p=1",
      "http://a.example",
    ]);
  });

  it("takes the first line of a text as a title", () => {
    expect(firstLine(" عام اللقاءات \nتفاصيل")).toBe("عام اللقاءات");
    expect(firstLine(null)).toBe("");
  });
});
