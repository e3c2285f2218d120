import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { analyse } from "../../core/analyse.js";
import { familyOf } from "../../core/tracks/resolve-tracks.js";
import type { Article } from "../../core/types.js";
import { familyArticle, storedFamily } from "./local-families.js";
import { openSqliteStore } from "./sqlite-store.js";

describe("local track families", () => {
  it("are read from the family's end, and only an article's own is left unwritten", () => {
    assert.equal(familyArticle("deaths|||@dev-en-05"), "dev-en-05");
    assert.equal(familyArticle("people|north korean|sent"), null);
    // A subject may start with "@": the article is the last part.
    assert.equal(familyArticle("people|@user|sent|@a1"), "a1");
    assert.equal(storedFamily("deaths|||@a1", "a1"), null);
    assert.equal(storedFamily("deaths|||@a1", "a2"), "deaths|||@a1");
    assert.equal(storedFamily("people|north korean|sent", "a1"), "people|north korean|sent");
    assert.equal(storedFamily(null, "a1"), null);
    // An id holding the separator cannot be read back from its family: such a family is written out.
    assert.equal(storedFamily("deaths|||@x|@y", "x|@y"), "deaths|||@x|@y");
  });

  it("are found through their article: resolved again after a review as a full resolution resolves them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tally-local-"));
    const path = join(dir, "l.db");
    const article: Article = {
      id: "storm-1", url: null, outlet: "Coast Daily", title: null, published: "2025-03-02", language: "en",
      body: "The storm killed 12 people and injured 40 others on Sunday, officials said. About 3,000 homes lost power. Another 2,500 homes lost power overnight, the utility said.",
    };
    let store = openSqliteStore(path);
    try {
      await store.add([{ article, analysis: analyse(article) }]);
      const raw = new Database(path, { readonly: true });
      const rows = raw.prepare(`SELECT id, track_key, track_family, track FROM claims WHERE track_key IS NOT NULL`).all() as Array<{
        id: number; track_key: string; track_family: string | null; track: string | null;
      }>;
      raw.close();
      const local = rows.filter((r) => r.track_family === null);
      assert.ok(local.length >= 2, "the article has figures of its own");
      for (const r of rows) assert.equal(r.track_family, storedFamily(familyOf(r.track_key), article.id));
      assert.ok(local.every((r) => r.track !== null), "tracked as they are stored");

      const asStored = (await store.claims()).map((c) => `${c.start}:${c.track}`).sort();
      assert.ok((await store.resolveTracks()) > 0);
      assert.deepEqual((await store.claims()).map((c) => `${c.start}:${c.track}`).sort(), asStored, "a full resolution finds them");

      // A ledger of version 12 wrote every family: migrating leaves the article's own unwritten, as ingest now does.
      await store.close();
      const old = new Database(path);
      const writeOut = old.prepare(`UPDATE claims SET track_family = ? WHERE id = ?`);
      for (const r of rows) writeOut.run(familyOf(r.track_key), r.id);
      old.pragma("user_version = 12");
      old.close();
      store = openSqliteStore(path);
      const migrated = new Database(path, { readonly: true });
      assert.deepEqual(migrated.prepare(`SELECT id FROM claims WHERE track_key IS NOT NULL AND track_family IS NULL ORDER BY id`).pluck().all(), local.map((r) => r.id));
      migrated.close();

      const rejected = (await store.claims()).find((c) => c.id === local[0]!.id)!;
      await store.review({ article: article.id, in: rejected.in, start: rejected.start, end: rejected.end, action: "reject" });
      await store.resolveTracks({ ifChanged: true });
      assert.equal((await store.claims()).find((c) => c.id === rejected.id)!.track, null, "a rejected claim leaves its track");

      const kept = (await store.claims()).find((c) => c.id === local[1]!.id)!;
      assert.deepEqual((await store.timeline(kept.track!))!.entries.map((e) => e.claim.id), [kept.id], "a timeline finds an article's own claims");
      // Put by a person on another article's own track, a claim is still found there.
      const other: Article = { ...article, id: "storm-2", body: "Officials counted 75 damaged boats in the harbour on Monday." };
      await store.add([{ article: other, analysis: analyse(other) }]);
      await store.resolveTracks({ ifChanged: true });
      const theirs = (await store.claims({ article: "storm-2" })).find((c) => c.track !== null)!;
      await store.review({ article: article.id, in: kept.in, start: kept.start, end: kept.end, action: "correct", correction: { track: theirs.track } });
      const entries = (await store.timeline(theirs.track!))!.entries.map((e) => e.claim.id).sort((a, b) => a - b);
      assert.deepEqual(entries, [kept.id, theirs.id]);
      assert.ok((await store.tracks()).some((t) => t.id === theirs.track && t.claims === 2));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
