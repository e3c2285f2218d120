import { strict as assert } from "node:assert";
import { after, describe, it } from "node:test";
import { storeSuite } from "../store-suite.js";
import { PG_MIGRATIONS, PG_SCHEMA_VERSION, migratePostgres } from "./migrations.js";
import { createPool, parseDatabaseUrl } from "./connection.js";
import { openPostgresStore } from "./postgres-store.js";
import { noDatabaseTest, testDatabaseUrl, testSchemas } from "./testing.js";
import { MIGRATIONS } from "../sqlite/migrations.js";

const base = testDatabaseUrl();

if (base === null) {
  describe("PostgreSQL store", () => noDatabaseTest("the store suite on PostgreSQL"));
} else {
  storeSuite("PostgreSQL", async () => {
    const schemas = testSchemas(base);
    return {
      schemaVersion: PG_SCHEMA_VERSION,
      open: (name) => openPostgresStore(schemas.url(name)),
      async reanalyse(name, article) {
        // New row ids for the same characters, as a new analysis gives.
        await schemas.sql(name, `UPDATE claims SET id = id + 1000 WHERE article_id = $1`, [article]);
      },
      cleanup: () => schemas.drop(),
    };
  });

  describe("PostgreSQL migrations", () => {
    const schemas = testSchemas(base);
    after(() => schemas.drop());

    it("are numbered as SQLite's, one for one", () => {
      assert.deepEqual(PG_MIGRATIONS.map((m) => [m.version, m.name]), MIGRATIONS.map((m) => [m.version, m.name]));
    });

    it("bring a version-1 schema to the latest version, keeping and indexing its rows", async () => {
      const url = schemas.url("old");
      const pool = createPool(parseDatabaseUrl(url), 1);
      try {
        assert.deepEqual(await migratePostgres(pool, schemas.schemaOf("old"), 1), { from: 0, to: 1 });
        const sentence = "Selon la Croix-Rouge, 40 maisons ont été détruites par la tempête.";
        await pool.query(`INSERT INTO articles (id, title, language, body, added_at) VALUES ('old-1', 'Ancien', 'fr', $1, '2024-01-01')`, [sentence]);
        await pool.query(`
          INSERT INTO claims (article_id, "in", "start", "end", mention, low, high, qualifier, counts, source, source_norm,
                              modality, sentence_start, sentence_end, sentence_text)
          VALUES ('old-1', 'body', 28, 30, '40', 40, 40, 'exact', 'houses', 'Croix-Rouge', 'croix rouge', 'stated', 0, 66, $1)`, [sentence]);
      } finally {
        await pool.end();
      }
      const store = await openPostgresStore(url);
      try {
        const stats = await store.stats();
        assert.equal(stats.schemaVersion, PG_SCHEMA_VERSION);
        assert.equal(stats.articles, 1);
        assert.equal(stats.claims, 1);
        assert.deepEqual((await store.search("tempete")).map((h) => h.kind).sort(), ["article", "claim"]);
        const detail = await store.article("old-1");
        // Entities are read from the migrated text too: the Red Cross, where "Croix-Rouge" is written.
        assert.deepEqual(detail?.entities.map((e) => [e.key, e.start, e.end]), [["org:red-cross", 9, 20]]);
      } finally {
        await store.close();
      }
    });

    it("do nothing when the schema is already at the latest version, and refuse a newer one", async () => {
      const url = schemas.url("current");
      await (await openPostgresStore(url)).close();
      await (await openPostgresStore(url)).close();
      const tables = await schemas.sql<{ n: number }>("current", `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()`);
      assert.ok(tables[0]!.n >= 12);
      await schemas.sql("current", `UPDATE tally_schema SET version = $1`, [PG_SCHEMA_VERSION + 1]);
      await assert.rejects(openPostgresStore(url), /newer than this Tally/);
    });

    it("migrate once when several processes open a new schema at the same moment", async () => {
      const url = schemas.url("race");
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
      for (const s of stores) assert.equal((await s.stats()).schemaVersion, PG_SCHEMA_VERSION);
      await Promise.all(stores.map((s) => s.close()));
    });
  });
}
