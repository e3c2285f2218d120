/**
 * @module store/postgres/testing
 * For tests: the PostgreSQL server they may use (`TALLY_TEST_DATABASE_URL`,
 * set by .ci/run), and ledgers in schemas of their own, dropped afterwards.
 * Without a server the PostgreSQL tests are skipped, except in CI
 * (`CI=true`), where a missing server fails them.
 */
import { randomBytes } from "node:crypto";
import { strict as assert } from "node:assert";
import { it } from "node:test";
import { createPool, parseDatabaseUrl, quoteIdent } from "./connection.js";

export function testDatabaseUrl(): string | null {
  return process.env.TALLY_TEST_DATABASE_URL?.trim() || null;
}

/** Registers one test that fails in CI and is skipped elsewhere, saying why the PostgreSQL tests did not run. */
export function noDatabaseTest(what: string): void {
  const inCi = process.env.CI === "true";
  it(`${what}: needs PostgreSQL (TALLY_TEST_DATABASE_URL)`, { skip: inCi ? false : "no PostgreSQL: set TALLY_TEST_DATABASE_URL" }, () => {
    assert.fail("CI=true but TALLY_TEST_DATABASE_URL is not set: .ci/run starts PostgreSQL and sets it");
  });
}

/** Schemas for one test file: `url(name)` is a ledger URL of its own; `drop()` removes them all. */
export function testSchemas(baseUrl: string) {
  const run = `t${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const made = new Set<string>();
  const schemaOf = (name: string) => `${run}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`.slice(0, 63);
  return {
    schemaOf,
    url(name: string): string {
      const schema = schemaOf(name);
      made.add(schema);
      const url = new URL(baseUrl);
      url.searchParams.set("schema", schema);
      return url.toString();
    },
    /** Runs SQL in a ledger's schema, outside the store. */
    async sql<R = unknown>(name: string, text: string, params: unknown[] = []): Promise<R[]> {
      const pool = createPool(parseDatabaseUrl(this.url(name)), 1);
      try {
        return (await pool.query(text, params)).rows as R[];
      } finally {
        await pool.end();
      }
    },
    async drop(): Promise<void> {
      if (made.size === 0) return;
      const pool = createPool(parseDatabaseUrl(baseUrl), 1);
      try {
        for (const schema of made) await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      } finally {
        await pool.end();
      }
    },
  };
}
