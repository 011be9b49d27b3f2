// Shared by the store, ingestion and route tests: a throw-away store on a temp file, and
// extracted events made by hand so that storage and merging can be tested apart from the
// extractors.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExtractedEvent } from "../events/types";
import type { Extractor } from "../ingest";
import type { ActorKind, EventType, Precision } from "../model";
import { openStore, type OpenOptions, type Store } from "./index";

export interface TempStore {
  store: Store;
  path: string;
  /** Closes the store and deletes its folder. */
  dispose(): Promise<void>;
}

export async function openTempStore(options: OpenOptions = { seed: false }): Promise<TempStore> {
  const folder = mkdtempSync(join(tmpdir(), "chronicle-store-"));
  const path = join(folder, "chronicle.db");
  const store = await openStore(path, options);
  return {
    store,
    path,
    dispose: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface HandMadeReport {
  type: EventType;
  /** The sentence in the text that reports it: its offsets become the excerpt. */
  sentence: string;
  edtf: string;
  firstDay: string;
  lastDay: string;
  precision?: Precision;
  /** [actorId, surface name, kind?] */
  actors: [string, string, ActorKind?][];
  title?: string;
  place?: string | null;
}

/** An ExtractedEvent for a report in `text`, as the extractors would return it. */
export function reportIn(text: string, report: HandMadeReport): ExtractedEvent {
  const start = text.indexOf(report.sentence);
  if (start < 0) throw new Error(`the sentence "${report.sentence}" is not in the text`);
  return {
    type: report.type,
    date: {
      edtf: report.edtf,
      firstDay: report.firstDay,
      lastDay: report.lastDay,
      precision: report.precision ?? (report.firstDay === report.lastDay ? "day" : "range"),
    },
    dateInferred: false,
    scheduled: false,
    participants: report.actors.map(([actorId, name, kind]) => {
      const at = text.indexOf(name, start);
      return { actorId, name, kind: kind ?? "person", start: at, end: at + name.length };
    }),
    place: report.place ?? null,
    excerpt: { start, end: start + report.sentence.length },
    timex: null,
    title: report.title ?? report.sentence,
    titleEn: report.title ?? report.sentence,
    confidence: 0.8,
    rule: "hand-made",
  };
}

/** An extractor that answers each known text with the reports made for it, and nothing else. */
export function scriptedExtractor(reports: Map<string, ExtractedEvent[]>): Extractor {
  return (text) => ({ timex: [], events: reports.get(text) ?? [] });
}
