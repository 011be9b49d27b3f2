import { describe, expect, it } from "vitest";
import { hasDecodablePath, newNonce, pageCsp, undecodablePathAnswer } from "./http-security";

describe("pageCsp", () => {
  it("allows scripts by nonce only, never inline ones, and frames only the embed", () => {
    const policy = pageCsp("abc", false);
    expect(policy).toMatch(/(^|; )default-src 'self'/);
    expect(policy).toMatch(/script-src 'self' 'nonce-abc' 'strict-dynamic'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(pageCsp("abc", true)).toMatch(/frame-ancestors \*/);
  });

  it("gets a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("hasDecodablePath", () => {
  it("refuses paths that are not percent-encoded UTF-8, whatever the query holds", () => {
    expect(hasDecodablePath("/events/%FF")).toBe(false);
    expect(hasDecodablePath("/api/events/%E0%A4%A")).toBe(false);
    expect(hasDecodablePath("/api/events/abc?q=%FF")).toBe(true);
    expect(hasDecodablePath("/events/%D8%B3")).toBe(true);
    const answer = undecodablePathAnswer();
    expect(answer.status).toBe(400);
    expect(answer.headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "Content-Type": "application/json" });
  });
});
