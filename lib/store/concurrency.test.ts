// Writers in several processes queue for the write lock instead of failing: an ingest beside the
// server, two ingests at once, an import during an ingest.
import { spawn } from "node:child_process";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { ingestArticle } from "../ingest";
import { storeImportedEvents } from "../import";
import { countRows } from "./queries";
import { openTempStore, reportIn, scriptedExtractor, type TempStore } from "./test-helpers";

let temp: TempStore | undefined;
afterEach(async () => {
  await temp?.dispose();
  temp = undefined;
});

/**
 * Another process that takes the write lock, writes, and commits `holdMs` later; resolves once
 * it holds the lock, with a promise of its exit.
 */
function otherWriter(path: string, holdMs: number): Promise<{ exited: Promise<number> }> {
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1]);
    db.pragma("busy_timeout = 5000");
    db.exec("BEGIN IMMEDIATE");
    db.prepare("INSERT INTO lock_probe VALUES (?)").run(Date.now());
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, ${holdMs});
  `;
  const child = spawn(process.execPath, ["-e", script, path], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (data: Buffer) => {
      if (data.toString().includes("locked")) resolve({ exited });
    });
    child.on("error", reject);
    void exited.then((code) => reject(new Error(`the other writer exited (${code}) before taking the lock`)));
  });
}

const sentence = "زار وزير الدفاع الإيراني دمشق في 16 تشرين الثاني 2024.";
const extract = scriptedExtractor(
  new Map([[sentence, [reportIn(sentence, { type: "visit", sentence, edtf: "2024-11-16", firstDay: "2024-11-16", lastDay: "2024-11-16", actors: [["iran-dm", "وزير الدفاع الإيراني", "office"]] })]]]),
);

describe("writers in other processes", () => {
  it("an ingest waits for another process's write transaction, then stores its article", async () => {
    temp = await openTempStore();
    await sql`CREATE TABLE lock_probe (at INTEGER)`.execute(temp.store.db);
    const other = await otherWriter(temp.path, 800);
    const result = await ingestArticle(temp.store, { id: "a", outlet: "Outlet", published: "2024-11-18", text: sentence }, { extract });
    expect(result.status).toBe("stored");
    expect(await other.exited).toBe(0);
    expect((await countRows(temp.store.db)).events).toBe(1);
  });

  it("an import waits too, and stores every event", async () => {
    temp = await openTempStore();
    await sql`CREATE TABLE lock_probe (at INTEGER)`.execute(temp.store.db);
    const other = await otherWriter(temp.path, 800);
    const totals = await storeImportedEvents(
      temp.store.db,
      [{ type: "other", edtf: "2020-01", firstDay: "2020-01-01", lastDay: "2020-01-31", precision: "month", title: "حدث", text: null, place: null, participants: [], sourceUrls: ["https://example.org/a"], origin: "row 2" }],
      { format: "csv" },
    );
    expect(totals.eventsCreated).toBe(1);
    expect(await other.exited).toBe(0);
  });
});
