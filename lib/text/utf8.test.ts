import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8 } from "./utf8";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("firstInvalidUtf8", () => {
  it("accepts every well-formed sequence and finds the first malformed one", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("abc سلام 😀 €"))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0x80))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xd8))).toBe(2); // cut short
    expect(firstInvalidUtf8(bytes(0x80))).toBe(0); // a lone continuation byte
  });
});

describe("decodeUtf8", () => {
  it("strips or refuses a byte order mark as asked", () => {
    const withBom = bytes(0xef, 0xbb, 0xbf, 0x61);
    expect(decodeUtf8(withBom, { bom: "strip" })).toEqual({ ok: true, text: "a" });
    expect(decodeUtf8(withBom, { bom: "refuse" })).toEqual({ ok: false, problem: expect.stringMatching(/byte order mark/) });
  });

  it("names the line of a NUL byte (a UTF-16 file read as UTF-8 is full of them)", () => {
    expect(decodeUtf8(bytes(0x61, 0x0a, 0x62, 0x00), { bom: "refuse" })).toEqual({ ok: false, problem: expect.stringMatching(/^holds a NUL byte at offset 3 \(line 2\)/) });
  });
});
