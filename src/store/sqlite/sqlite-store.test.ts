import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { storeSuite } from "../store-suite.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

storeSuite("SQLite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tally-store-"));
  const path = (name: string) => join(dir, `${name}.db`);
  return {
    schemaVersion: SCHEMA_VERSION,
    open: async (name) => openSqliteStore(path(name)),
    async reanalyse(name, article) {
      const raw = new Database(path(name));
      raw.exec(`
        CREATE TEMP TABLE saved AS SELECT * FROM claims WHERE article_id = '${article.replace(/'/g, "''")}';
        DELETE FROM claims WHERE id IN (SELECT id FROM saved);
        UPDATE saved SET id = id + 1000;
        INSERT INTO claims SELECT * FROM saved;`);
      raw.close();
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe("SQLite store, its own", () => {
  it("opens a file in WAL mode with foreign keys on, and :memory:", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tally-store-"));
    try {
      const path = join(dir, "pragmas.db");
      await openSqliteStore(path).close();
      const db = new Database(path);
      assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
      db.close();
      const memory = openSqliteStore(":memory:");
      assert.equal((await memory.stats()).schemaVersion, SCHEMA_VERSION);
      assert.equal(memory.backend, "sqlite");
      await memory.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
