/**
 * @module store/postgres/connection
 * A connection pool to the ledger's PostgreSQL database and schema. The URL
 * is node-postgres's (postgres://user:password@host:port/database), plus an
 * optional `schema` query parameter: the ledger's tables live in that
 * schema (created when missing; `public` by default), so one database can
 * hold several ledgers (the tests give each its own).
 *
 * 64-bit integers (row ids, counts) come back as numbers: every id and count
 * of a ledger stays far below 2^53.
 */
import pg from "pg";

/** A schema name, used quoted in DDL: letters, digits and underscores only (an identifier cannot be bound as a parameter). */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export interface PostgresTarget {
  /** The URL node-postgres is given (without `schema`). */
  readonly connectionString: string;
  readonly schema: string;
}

export function parseDatabaseUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("the database URL is not a valid URL (postgres://user:password@host:port/database)");
  }
  const schema = parsed.searchParams.get("schema") ?? "public";
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`schema "${schema}": a schema name is letters, digits and underscores, starting with a letter or underscore`);
  }
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

/** `"name"`: a schema name already checked against SCHEMA_NAME. */
export function quoteIdent(name: string): string {
  if (!SCHEMA_NAME.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return `"${name}"`;
}

const INT8_OID = 20;
const parseInt8 = (value: string): number => Number(value);

export function createPool(target: PostgresTarget, max = 4): pg.Pool {
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max,
    // The ledger's schema first; `public` after it for extensions (unaccent).
    options: `-c search_path=${quoteIdent(target.schema)},public`,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client whose server went away must not crash the process; the next query reports it.
  pool.on("error", () => {});
  return pool;
}

/** Runs `work` in one transaction on one client; rolls back on error. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  isolation: "READ COMMITTED" | "REPEATABLE READ" = "READ COMMITTED",
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    try {
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    client.release();
  }
}

/**
 * Advisory locks, in pg_advisory_lock's two-int form: (what, hashtext(schema)).
 * WRITE serialises `add` (its duplicate decisions read what earlier batches
 * wrote, as SQLite's write lock does); TRACKS serialises track resolution;
 * MIGRATE the schema changes (its second int is 0: migrations also create
 * a database-wide extension).
 */
export const LOCK = { WRITE: 0x7a1101, TRACKS: 0x7a1102, MIGRATE: 0x7a1103 } as const;
