/**
 * @module store/postgres/postgres-store
 * The PostgreSQL store behind the Store interface, for ledgers shared by
 * many processes and machines (`tally worker`). Opening connects a pool,
 * migrates the schema (postgres/migrations) and returns the store; the
 * schema, the duplicate decisions, the views and track resolution are the
 * SQLite store's, in PostgreSQL's terms (see each module).
 */
import type { Store } from "../store.js";
import { makeAddBatch } from "./add-batch.js";
import { createPool, parseDatabaseUrl } from "./connection.js";
import { migratePostgres } from "./migrations.js";
import { makeReadQueries } from "./read-queries.js";
import { makeReviews } from "./reviews.js";
import { makeTrackQueries } from "./track-queries.js";

export interface PostgresStoreOptions {
  /** Connections in the pool (default 4). */
  readonly poolSize?: number;
}

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(url);
  const pool = createPool(target, options.poolSize ?? 4);
  try {
    await migratePostgres(pool, target.schema);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  const read = makeReadQueries(pool);
  const views = makeTrackQueries(pool, target.schema);
  const reviews = makeReviews(pool);
  let closed = false;
  return {
    backend: "postgres",
    add: makeAddBatch(pool, target.schema),
    ...read,
    ...views,
    ...reviews,
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
