import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

describe("migrations", () => {
  const dir = mkdtempSync(join(tmpdir(), "tally-migrations-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("are numbered 1, 2, 3… in order", () => {
    assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1));
    assert.equal(SCHEMA_VERSION, MIGRATIONS.length);
  });

  it("bring a version-1 database to the latest version, keeping and indexing its rows", async () => {
    const path = join(dir, "old.db");
    const old = new Database(path);
    assert.deepEqual(migrate(old, 1), { from: 0, to: 1 });
    // Rows as version 1 stored them: no full-text index, no entities yet.
    old.prepare(`INSERT INTO articles (id, title, language, body, added_at) VALUES ('old-1', 'Ancien', 'fr', ?, '2024-01-01')`)
      .run("Selon la Croix-Rouge, 40 maisons ont été détruites par la tempête.");
    old.prepare(`
      INSERT INTO claims (article_id, "in", "start", "end", mention, low, high, qualifier, counts, source, source_norm,
                          modality, sentence_start, sentence_end, sentence_text)
      VALUES ('old-1', 'body', 28, 30, '40', 40, 40, 'exact', 'houses', 'Croix-Rouge', 'croix rouge', 'stated', 0, 66, ?)`)
      .run("Selon la Croix-Rouge, 40 maisons ont été détruites par la tempête.");
    old.close();

    const store = openSqliteStore(path);
    const stats = await store.stats();
    assert.equal(stats.schemaVersion, SCHEMA_VERSION);
    assert.equal(stats.articles, 1);
    assert.equal(stats.claims, 1);
    // Version 2 indexed the existing text, version 3 made the claim's source an entity.
    assert.deepEqual((await store.search("tempete")).map((h) => h.kind).sort(), ["article", "claim"]);
    await store.close();
    const db = new Database(path, { readonly: true });
    const mention = db.prepare(`SELECT e.name, m."start", m."end" FROM entity_mentions m JOIN entities e ON e.id = m.entity_id`).get();
    assert.deepEqual(mention, { name: "Croix-Rouge", start: 9, end: 20 });
    db.close();
  });

  it("do nothing when the database is already at the latest version", async () => {
    const path = join(dir, "current.db");
    await openSqliteStore(path).close();
    const db = new Database(path);
    const tables = () => db.prepare(`SELECT name FROM sqlite_schema ORDER BY name`).pluck().all();
    const before = tables();
    assert.deepEqual(migrate(db), { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    assert.deepEqual(tables(), before);
    assert.equal(schemaVersion(db), SCHEMA_VERSION);
    db.close();
    await openSqliteStore(path).close(); // re-opening is a no-op too
  });

  it("refuse a database newer than the code", () => {
    const path = join(dir, "future.db");
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    assert.throws(() => openSqliteStore(path), /newer than this Tally/);
  });
});
