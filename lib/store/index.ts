// Opens the SQLite store: one instance per file per process, created, migrated and (when new)
// filled with the seed articles on first use.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, type SqliteDatabase } from "kysely";
import { readArticles } from "../articles";
import { ingestArticles, type IngestTotals } from "../ingest";
import { AnswerCache } from "./answer-cache";
import { migrationProvider } from "./migrations";
import type { Database } from "./schema";

export interface Store {
  /** Absolute path of the database file. */
  path: string;
  db: Kysely<Database>;
  /** What loading the seeds stored, when this open created the database; else null. */
  seeded: IngestTotals | null;
  /** Answers of read queries as JSON text, kept until the database changes. */
  answers: AnswerCache;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Load the seed articles into a brand-new database (default true; tests turn it off). */
  seed?: boolean;
  /** Where the seed articles are (default data/seeds under the working directory). */
  seedFolder?: string;
}

export const DEFAULT_DB_PATH = "data/chronicle.db";
/** SQLite's largest memory map (its MAX_MMAP_SIZE), and a 64 MiB page cache. */
const MMAP_BYTES = 0x7fff0000;
const CACHE_KIB = 65_536;
export const DEFAULT_SEED_FOLDER = "data/seeds";
/** Prepared statements kept per connection: every distinct query text the app runs, with room to spare. */
const MAX_STATEMENTS = 512;
/** How long a writer waits for another's transaction: longer than the largest import takes to store. */
const BUSY_TIMEOUT_MS = 30_000;
/** Memory the kept answers may take per process. */
const ANSWER_CACHE_BYTES = 64 * 1024 * 1024;

/** The file CHRONICLE_DB names, else data/chronicle.db, relative to the working directory. */
export function storePath(): string {
  // A run-time path chosen by the operator: nothing for the bundler to trace.
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CHRONICLE_DB || DEFAULT_DB_PATH);
}

// Kept on globalThis so that every bundle of a Next.js server (each route is compiled apart)
// shares one connection per file instead of opening its own.
const globalCache = globalThis as typeof globalThis & { __chronicleStores?: Map<string, Promise<Store>> };
const openStores = (globalCache.__chronicleStores ??= new Map<string, Promise<Store>>());

/**
 * The store at `path` (default: storePath()). The first call in a process opens, migrates and,
 * for a brand-new database, seeds it; later calls return the same instance (their options are
 * ignored).
 */
export function openStore(path: string = storePath(), options: OpenOptions = {}): Promise<Store> {
  const absolute = resolve(path);
  let store = openStores.get(absolute);
  if (!store) {
    store = createStore(absolute, options);
    openStores.set(absolute, store);
    // A failed open must not poison the cache: the next call tries again.
    store.catch(() => openStores.delete(absolute));
  }
  return store;
}

async function createStore(path: string, options: OpenOptions): Promise<Store> {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  // Another process (the ingest CLI beside the server) may hold the write lock for a while:
  // a transaction waits this long for it (SQLite retries until then) before giving up.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Window queries at a million events jump around a gigabyte file: reading it through a
  // memory map instead of a read() per page roughly halves their time.
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  sqlite.pragma(`cache_size = -${CACHE_KIB}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const generation = sqlite.prepare("SELECT (SELECT data_version FROM pragma_data_version()) || ':' || total_changes()").pluck();
  const answers = new AnswerCache(() => generation.get() as string, ANSWER_CACHE_BYTES);

  const close = async () => {
    openStores.delete(path);
    await db.destroy();
  };
  try {
    const migrator = new Migrator({ db, provider: migrationProvider });
    const brandNew = (await migrator.getMigrations()).every((migration) => !migration.executedAt);
    const { error } = await migrator.migrateToLatest();
    if (error) throw new Error(`migrating ${path} failed: ${error instanceof Error ? error.message : String(error)}`);

    const store: Store = { path, db, seeded: null, answers, close };
    if (brandNew && options.seed !== false) {
      const folder = resolve(/*turbopackIgnore: true*/ options.seedFolder ?? DEFAULT_SEED_FOLDER);
      try {
        store.seeded = await ingestArticles(store, readArticles(folder));
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new Error(
          `loading the seed articles from ${folder} into the new database ${path} failed: ${reason}` +
            ` (the database is created; load them with \`npm run ingest -- ${folder}\`)`,
        );
      }
    }
    return store;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** What Kysely's SQLite driver begins every transaction with. */
const KYSELY_BEGIN = "begin";
/**
 * Every transaction Chronicle runs writes, so each takes the write lock when it begins. A plain
 * (deferred) BEGIN reads first and asks for the lock at its first write: when another process
 * (an ingest beside the server, a second ingest) has committed meanwhile, SQLite cannot upgrade
 * the stale read and fails at once with "database is locked", busy_timeout or not. BEGIN
 * IMMEDIATE instead waits, through busy_timeout, for the writer before it to finish: writers queue.
 */
const BEGIN_WRITE = "BEGIN IMMEDIATE";

/**
 * The connection as Kysely sees it, with every transaction begun IMMEDIATE, preparing each distinct SQL text once: Kysely asks for a
 * fresh statement on every query, and SQLite's prepare costs as much as a small indexed query.
 * A better-sqlite3 statement may be run again and again as long as none is iterating, and
 * Kysely's driver only iterates when a query is streamed, which Chronicle never does.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string) {
      const text = query === KYSELY_BEGIN ? BEGIN_WRITE : query;
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}
