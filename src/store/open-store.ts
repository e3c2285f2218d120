/**
 * @module store/open-store
 * Opens the ledger named by the configuration: PostgreSQL when a database
 * URL is given (`--database-url`, `TALLY_DATABASE_URL`), else the SQLite file
 * (`--db`, `TALLY_DB`, `tally.db`). The PostgreSQL backend is loaded only
 * when it is used.
 */
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export interface StoreLocation {
  /** SQLite file, used when `databaseUrl` is null or absent. */
  readonly db: string;
  /** postgres:// or postgresql:// URL; a `schema` query parameter names the schema (default `public`). */
  readonly databaseUrl?: string | null;
}

export function isDatabaseUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

export async function openStore(location: StoreLocation | string): Promise<Store> {
  const where = typeof location === "string" ? { db: location, databaseUrl: null } : location;
  if (where.databaseUrl) {
    if (!isDatabaseUrl(where.databaseUrl)) {
      throw new Error(`the database URL must start with postgres:// or postgresql:// (got "${where.databaseUrl.slice(0, 20)}…")`);
    }
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(where.databaseUrl);
  }
  return openSqliteStore(where.db);
}
