/**
 * @module config
 * The environment, read once into a frozen object. A missing database setting
 * means the embedded default: a SQLite file in the working directory. A
 * database URL (`TALLY_DATABASE_URL`, or `--database-url`) chooses
 * PostgreSQL instead.
 */
export interface Config {
  /** SQLite file of the ledger (`--db`, else `TALLY_DB`, else `tally.db`). */
  readonly db: string;
  /** PostgreSQL URL of the ledger (`--database-url`, else `TALLY_DATABASE_URL`); null: SQLite. */
  readonly databaseUrl: string | null;
}

export const DEFAULT_DB = "tally.db";

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return Object.freeze({
    db: env.TALLY_DB?.trim() || DEFAULT_DB,
    databaseUrl: env.TALLY_DATABASE_URL?.trim() || null,
  });
}

/** Where the ledger is, for messages: the SQLite path, or the URL without its password. */
export function describeLedger(location: { readonly db: string; readonly databaseUrl: string | null }): string {
  if (location.databaseUrl === null) return location.db;
  try {
    const url = new URL(location.databaseUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "PostgreSQL";
  }
}
