import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { analyse } from "../../core/analyse.js";
import type { Article } from "../../core/types.js";
import type { ReviewInput } from "../store.js";
import { openSqliteStore } from "./sqlite-store.js";

const ARTICLE: Article = {
  id: "rev-1",
  url: null,
  outlet: "example.org",
  title: "Floods",
  published: "2024-03-13",
  language: null,
  body: "The Red Cross said 2,500 people had been displaced by the floods. Officials said damage could reach $15 million.",
};

describe("claim reviews", () => {
  const dir = mkdtempSync(join(tmpdir(), "tally-reviews-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, "ledger.db");

  function keyOf(claim: { article: string; in: "body" | "title"; start: number; end: number }) {
    return { article: claim.article, in: claim.in, start: claim.start, end: claim.end };
  }

  it("are stored with their time, the latest joined onto the claim, the history kept for the audit", () => {
    const store = openSqliteStore(path);
    store.add([{ article: ARTICLE, analysis: analyse(ARTICLE) }]);
    const [first, second] = store.claims({ article: "rev-1" });
    assert.ok(first && second, "the article has two claims");
    assert.equal(first.review, null, "no review yet");

    const confirmed = store.review({ ...keyOf(first), action: "confirm", reviewer: "ana" });
    assert.ok(confirmed);
    assert.equal(confirmed.action, "confirm");
    assert.ok(!Number.isNaN(Date.parse(confirmed.createdAt)), "created_at is an ISO time");
    const corrected = store.review({
      ...keyOf(first),
      action: "correct",
      correction: { low: 2400, high: 2600, modality: "unconfirmed", source: "Red Cross (Lusania)" },
      note: "range in the later bulletin",
    });
    assert.ok(corrected);
    store.review({ ...keyOf(second), action: "reject" });

    const [again, rejected] = store.claims({ article: "rev-1" });
    assert.equal(again?.review?.action, "correct");
    assert.deepEqual(again?.review?.correction, { low: 2400, high: 2600, source: "Red Cross (Lusania)", modality: "unconfirmed" });
    assert.equal(again?.review?.note, "range in the later bulletin");
    assert.equal(rejected?.review?.action, "reject");
    // The extracted values are not overwritten: the review sits beside them.
    assert.equal(again?.low, first.low);

    const audit = store.reviews();
    assert.deepEqual(audit.map((e) => e.review.action), ["reject", "correct", "confirm"], "newest first, none lost");
    assert.equal(audit[1]?.claim?.mention, first.mention);
    assert.equal(audit[1]?.title, "Floods");
    assert.equal(store.reviews({ limit: 1, offset: 1 })[0]?.review.id, corrected.id);
    assert.equal(store.reviews({ article: "nope" }).length, 0);
    store.close();
  });

  it("outlive the article being analysed again (new row ids, same characters)", () => {
    const raw = new Database(path);
    const before = raw.prepare(`SELECT id FROM claims WHERE article_id = 'rev-1' ORDER BY id`).pluck().all() as number[];
    raw.exec(`
      CREATE TEMP TABLE saved AS SELECT * FROM claims WHERE article_id = 'rev-1';
      DELETE FROM claims WHERE article_id = 'rev-1';
      UPDATE saved SET id = id + 1000;
      INSERT INTO claims SELECT * FROM saved;`);
    raw.close();
    const store = openSqliteStore(path);
    const claims = store.claims({ article: "rev-1" });
    assert.notDeepEqual(claims.map((c) => c.id), before, "the rows are new");
    assert.deepEqual(claims.map((c) => c.review?.action), ["correct", "reject"]);
    store.close();
  });

  it("refuse a claim that does not exist and malformed reviews, with a reason", () => {
    const store = openSqliteStore(path);
    const claim = store.claims({ article: "rev-1" })[0]!;
    assert.equal(store.review({ ...keyOf(claim), start: claim.start + 1, action: "confirm" }), null);
    assert.equal(store.review({ ...keyOf(claim), article: "missing", action: "confirm" }), null);
    const bad: [Partial<ReviewInput>, RegExp][] = [
      [{ action: "correct" }, /at least one corrected field/],
      [{ action: "correct", correction: {} }, /at least one corrected field/],
      [{ action: "confirm", correction: { low: 1 } }, /carries no correction/],
      [{ action: "correct", correction: { low: 5, high: 2 } }, /low must not be greater/],
      [{ action: "correct", correction: { low: Number.NaN } }, /finite/],
      [{ action: "correct", correction: { modality: "sure" as never } }, /modality/],
      [{ action: "correct", correction: { mention: "x" } as never }, /cannot be corrected/],
      [{ action: "delete" as never }, /action/],
      [{ action: "confirm", start: 5, end: 5 }, /start and end/],
    ];
    for (const [change, reason] of bad) {
      assert.throws(() => store.review({ ...keyOf(claim), ...change } as ReviewInput), reason, JSON.stringify(change));
    }
    assert.equal(store.reviews().length, 3, "nothing stored by the refused reviews");
    store.close();
  });
});
