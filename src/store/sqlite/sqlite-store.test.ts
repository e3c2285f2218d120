import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { storeSuite } from "../store-suite.js";
import { SCHEMA_VERSION } from "./migrations.js";
import { openSqliteStore, retryWhileBusy } from "./sqlite-store.js";

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

describe("retryWhileBusy (opening a file another process is setting up)", () => {
  const busy = (code = "SQLITE_BUSY") => Object.assign(new Error("database is locked"), { code });

  it("runs the work again while SQLite answers busy, then returns its value", () => {
    let calls = 0;
    const value = retryWhileBusy(() => {
      calls++;
      if (calls < 3) throw busy(calls === 1 ? "SQLITE_BUSY" : "SQLITE_BUSY_RECOVERY");
      return "migrated";
    }, 5_000);
    assert.equal(value, "migrated");
    assert.equal(calls, 3);
  });

  it("throws any other error at once", () => {
    let calls = 0;
    const corrupt = Object.assign(new Error("file is not a database"), { code: "SQLITE_NOTADB" });
    assert.throws(() => retryWhileBusy(() => {
      calls++;
      throw corrupt;
    }, 5_000), /not a database/);
    assert.equal(calls, 1);
  });

  it("gives up with the busy error once its time is spent", () => {
    let calls = 0;
    const begin = Date.now();
    assert.throws(() => retryWhileBusy(() => {
      calls++;
      throw busy();
    }, 100), (error: unknown) => (error as { code?: string }).code === "SQLITE_BUSY");
    assert.ok(calls > 1, "tried more than once");
    assert.ok(Date.now() - begin < 2_000, "did not wait past its time");
  });
});
