/**
 * @module store/sqlite/sqlite-store
 * The embedded store: one SQLite file (or `:memory:`) behind the Store
 * interface. Opening sets the connection up for several writers (WAL,
 * busy_timeout), migrates the schema, and prepares the statements once.
 */
import Database from "better-sqlite3";
import type { Store } from "../store.js";
import { makeAddBatch } from "./add-batch.js";
import { migrate } from "./migrations.js";
import { makeReadQueries } from "./read-queries.js";
import { makeTrackQueries } from "./track-queries.js";
import { makeReviews } from "./reviews.js";

/** How long a writer waits for another's transaction before failing: longer than any batch takes. */
export const BUSY_TIMEOUT_MS = 10_000;

/** Page cache per connection: the indexes of a large store must stay in memory while a batch is written. */
const CACHE_KIB = 64 * 1024;

/**
 * WAL pages written before a checkpoint copies them into the database
 * (SQLite's default is 1,000, ~4 MB): an ingest writes ~4 MB per batch, and
 * checkpointing every batch costs ~15% of `add`. ~40 MB of WAL instead; the
 * file is cut back to JOURNAL_LIMIT_BYTES after each checkpoint.
 */
const WAL_AUTOCHECKPOINT_PAGES = 10_000;
const JOURNAL_LIMIT_BYTES = 64 * 1024 * 1024;

function isSharedFile(path: string): boolean {
  return path !== "" && path !== ":memory:" && !path.startsWith("file:");
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT…). */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** A cell nothing notifies: waiting on it blocks this thread (main or worker) for the time given. */
const SLEEP_CELL = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(SLEEP_CELL, 0, 0, ms);
}

/**
 * Runs `work` again while it fails with SQLITE_BUSY, until `timeoutMs`.
 * busy_timeout does not cover every wait: when two connections open a new
 * file at once, both holding a shared lock while one switches it to WAL or
 * migrates it, SQLite answers SQLITE_BUSY at once rather than risk a
 * deadlock. `work` must be safe to repeat (it is: pragmas, and migrations
 * that read the version again under their lock).
 */
export function retryWhileBusy<T>(work: () => T, timeoutMs: number = BUSY_TIMEOUT_MS): T {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 250)) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || Date.now() + wait > deadline) throw error;
      sleepSync(wait);
    }
  }
}

export function openSqliteStore(path: string): Store {
  // `timeout` is better-sqlite3's busy_timeout, set before anything touches the file.
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL: readers never block the writer and the writer never blocks readers;
    // writers take turns, waiting up to busy_timeout.
    retryWhileBusy(() => db.pragma("journal_mode = WAL"));
    // In WAL, NORMAL loses at most the last transactions on power loss, never consistency; FULL syncs every commit.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.pragma(`journal_size_limit = ${JOURNAL_LIMIT_BYTES}`);
    // FTS merges and sorts use temporary b-trees: in memory, not in temp files.
    db.pragma("temp_store = MEMORY");
    retryWhileBusy(() => migrate(db));
  } catch (error) {
    db.close();
    throw error;
  }
  const add = makeAddBatch(db);
  const read = makeReadQueries(db);
  const views = makeTrackQueries(db);
  const reviews = makeReviews(db);
  // Each call runs synchronously; `async` turns a thrown error into a rejection.
  return {
    backend: "sqlite",
    // "" is a temporary database and ":memory:" (or a `file:` URI with mode=memory) one in memory: no other thread sees them.
    ...(isSharedFile(path) ? { file: path } : {}),
    add: async (batch) => add(batch),
    has: async (id) => read.has(id),
    hasMany: async (ids) => new Set(ids.filter((id) => read.has(id))),
    articles: async (options) => read.articles(options),
    claims: async (filter) => read.claims(filter),
    search: async (query, options) => read.search(query, options),
    stats: async () => read.stats(),
    article: async (id) => views.article(id),
    tracks: async (options) => views.tracks(options),
    timeline: async (track, options) => views.timeline(track, options),
    contradictions: async (options) => views.contradictions(options),
    entities: async (options) => views.entities(options),
    resolveTracks: async (options) => views.resolveTracks(options),
    review: async (input) => reviews.review(input),
    reviews: async (options) => reviews.reviews(options),
    close: async () => {
      db.close();
    },
  };
}
