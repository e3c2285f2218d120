/**
 * @module store/open-store
 * Opens the ledger named by the configuration. SQLite is the only backend for
 * now; PostgreSQL will be chosen here by a database URL.
 */
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export function openStore(path: string): Store {
  return openSqliteStore(path);
}
