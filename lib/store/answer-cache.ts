// Answers to read queries, kept as the UTF-8 JSON the API sends, for as long as the database
// has not changed. Readers of one embedded timeline all ask for the same window, and the client
// snaps its windows to a grid (lib/view-window.ts), so the same few answers are asked for again
// and again; computing one costs milliseconds of SQL, sending a kept one next to nothing.
//
// Validity is a generation read from SQLite itself, so nothing has to remember to invalidate:
// `PRAGMA data_version` changes when any other connection (another server process, the ingest
// CLI) commits, and `total_changes()` when this connection writes.

/** Reads the database's current generation: equal strings mean nothing was written in between. */
export type GenerationReader = () => string;

type Encoded = Uint8Array<ArrayBuffer>;
const utf8 = new TextEncoder();

export class AnswerCache {
  /** Kept answers, least recently used first (a Map iterates in insertion order). */
  private readonly answers = new Map<string, Encoded>();
  /** Answers being computed, so that simultaneous misses of one key compute it once. */
  private readonly pending = new Map<string, Promise<Encoded>>();
  private generation = "";
  private bytes = 0;

  constructor(
    private readonly readGeneration: GenerationReader,
    private readonly maxBytes: number,
  ) {}

  /**
   * The answer `key` names as UTF-8 JSON: kept if the database is unchanged, else computed and
   * kept. Kept encoded, so that a repeated answer is not encoded again for every request.
   */
  async json(key: string, compute: () => Promise<unknown>): Promise<Encoded> {
    const generation = this.readGeneration();
    if (generation !== this.generation) this.reset(generation);
    const kept = this.answers.get(key);
    if (kept !== undefined) {
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const computing = compute()
      .then((answer) => {
        const encoded = utf8.encode(JSON.stringify(answer));
        // An answer computed across a write is not kept: it may mix the two generations.
        if (this.generation === generation && this.readGeneration() === generation) this.keep(key, encoded);
        return encoded;
      })
      .finally(() => {
        if (this.pending.get(key) === computing) this.pending.delete(key);
      });
    this.pending.set(key, computing);
    return computing;
  }

  private reset(generation: string) {
    this.answers.clear();
    this.pending.clear();
    this.bytes = 0;
    this.generation = generation;
  }

  private keep(key: string, encoded: Encoded) {
    if (encoded.byteLength > this.maxBytes) return;
    this.answers.set(key, encoded);
    this.bytes += encoded.byteLength;
    for (const [oldest, oldEncoded] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(oldest);
      this.bytes -= oldEncoded.byteLength;
    }
  }
}
