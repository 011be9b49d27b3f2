// Nothing about the seeds is built in: event dates follow the dates written in the text and
// the publication date, through the real temporal tagger.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tagTemporal } from "../temporal";
import { extractEvents } from ".";

const seed = readFileSync(fileURLToPath(new URL("../../data/seeds/000_52ff072982a90872.txt", import.meta.url)), "utf8");

function datesOf(text: string, published: string) {
  const events = extractEvents(text, tagTemporal(text, { published }), { published });
  const find = (type: string, actor: string) => events.find((e) => e.type === type && e.participants.some((p) => p.actorId === actor))?.date.edtf;
  return {
    meeting: find("meeting", "person:aziz-nasirzadeh"),
    arrival: find("visit", "person:aziz-nasirzadeh"),
    larijani: find("visit", "person:ali-larijani"),
    agreement: find("agreement", "state:iran"),
  };
}

describe("event dates follow the text and the publication date", () => {
  it("reads the seed as published", () => {
    expect(datesOf(seed, "2024-11-17")).toEqual({ meeting: "2024-11-17", arrival: "2024-11-16", larijani: "2024-11-15", agreement: "2020-07" });
  });
  it("moves the relative dates with the publication date", () => {
    expect(datesOf(seed, "2024-11-24")).toMatchObject({ meeting: "2024-11-24", arrival: "2024-11-23", larijani: "2024-11-22", agreement: "2020-07" });
  });
  it("moves an absolute date with the text", () => {
    expect(datesOf(seed.replace("تموز 2020", "آب 2021"), "2024-11-17").agreement).toBe("2021-08");
  });
});
