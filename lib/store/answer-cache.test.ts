import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { AnswerCache } from "./answer-cache";
import { openTempStore, type TempStore } from "./test-helpers";

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.dispose();
  temp = undefined;
});

const text = (encoded: Uint8Array) => new TextDecoder().decode(encoded);

/** A compute function that counts its calls and answers with the count. */
function counting() {
  const calls = { count: 0 };
  return { calls, compute: async () => ({ call: ++calls.count }) };
}

const insertActor = (id: string) => ({ id, name_ar: id, name_en: null, kind: "person", aliases: "[]" });

describe("a store's answer cache", () => {
  it("answers a repeated query from the cache while nothing is written", async () => {
    temp = await openTempStore();
    const { calls, compute } = counting();
    expect(text(await temp.store.answers.json("q", compute))).toBe('{"call":1}');
    expect(text(await temp.store.answers.json("q", compute))).toBe('{"call":1}');
    expect(calls.count).toBe(1);
    expect(text(await temp.store.answers.json("other", compute))).toBe('{"call":2}');
  });

  it("computes again after this connection writes", async () => {
    temp = await openTempStore();
    const { compute } = counting();
    await temp.store.answers.json("q", compute);
    await temp.store.db.insertInto("actors").values(insertActor("a1")).execute();
    expect(text(await temp.store.answers.json("q", compute))).toBe('{"call":2}');
  });

  it("computes again after another connection (another server process, the ingest CLI) commits", async () => {
    temp = await openTempStore();
    const { compute } = counting();
    await temp.store.answers.json("q", compute);
    const other = new SQLite(temp.path);
    try {
      other.prepare("INSERT INTO actors (id, name_ar, name_en, kind, aliases) VALUES ('a2', 'a2', NULL, 'person', '[]')").run();
    } finally {
      other.close();
    }
    expect(text(await temp.store.answers.json("q", compute))).toBe('{"call":2}');
  });

  it("computes a key once for simultaneous misses", async () => {
    temp = await openTempStore();
    const { calls, compute } = counting();
    const answers = await Promise.all(Array.from({ length: 8 }, () => temp!.store.answers.json("q", compute)));
    expect(new Set(answers.map(text))).toEqual(new Set(['{"call":1}']));
    expect(calls.count).toBe(1);
  });

  it("does not keep a failed computation", async () => {
    temp = await openTempStore();
    await expect(temp.store.answers.json("q", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(text(await temp.store.answers.json("q", async () => "ok"))).toBe('"ok"');
  });
});

describe("AnswerCache", () => {
  it("evicts the least recently used answers beyond its size", async () => {
    // Each answer is a 10-byte JSON string: room for two.
    const cache = new AnswerCache(() => "g", 20);
    const computed: string[] = [];
    const answer = (key: string) => cache.json(key, async () => (computed.push(key), key.padEnd(8, ".")));
    await answer("a");
    await answer("b");
    await answer("a"); // a is now the most recent
    await answer("c"); // evicts b
    await answer("a");
    await answer("b");
    expect(computed).toEqual(["a", "b", "c", "b"]);
  });

  it("does not keep an answer computed while the generation changed", async () => {
    let generation = 1;
    const cache = new AnswerCache(() => String(generation), 1 << 20);
    let calls = 0;
    await cache.json("q", async () => {
      generation += 1; // a write lands while the answer is computed
      return ++calls;
    });
    expect(text(await cache.json("q", async () => ++calls))).toBe("2");
  });
});
