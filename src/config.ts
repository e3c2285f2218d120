/**
 * @module config
 * The environment, read once into a frozen object. A missing database setting
 * means the embedded default: a SQLite file in the working directory.
 */
export interface Config {
  /** SQLite file of the ledger (`--db`, else `TALLY_DB`, else `tally.db`). */
  readonly db: string;
}

export const DEFAULT_DB = "tally.db";

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return Object.freeze({ db: env.TALLY_DB?.trim() || DEFAULT_DB });
}
