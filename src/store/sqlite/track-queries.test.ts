import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { analyse } from "../../core/analyse.js";
import type { Article } from "../../core/types.js";
import { openSqliteStore } from "./sqlite-store.js";

function article(id: string, outlet: string, published: string, body: string): Article {
  return { id, url: `https://${outlet}/${id}`, outlet, title: null, published, language: null, body };
}

const WIRE = "North Korea has sent about 12,000 troops to Russia, South Korea's National Intelligence Service said on Friday. The troops are training in the Far East before moving to the front, the agency said, adding that more could follow in the coming weeks as Pyongyang deepens its ties with Moscow.";

function ledger() {
  const store = openSqliteStore(":memory:");
  const items = [
    article("nis-wire", "wire.example", "2024-10-18", WIRE),
    article("nis-wire-copy", "paper.example", "2024-10-18", WIRE), // the same wire story, re-published
    article("kyiv", "kyiv.example", "2024-10-22", "North Korea has sent 1,500 troops to Russia, Ukrainian intelligence said on Tuesday."),
    article("later", "later.example", "2024-12-20", "North Korea has sent 11,000 troops to Russia, the Pentagon said."),
  ];
  store.add(items.map((a) => ({ article: a, analysis: analyse(a) })));
  return store;
}

describe("tracks in the store", () => {
  it("group the estimates, count re-published wire copy once, and list them in date order", () => {
    const store = ledger();
    const [track] = store.tracks();
    assert.ok(track);
    assert.equal(track.claims, 3, "the wire story is stored once, with both outlets");
    const timeline = store.timeline(track.id)!;
    assert.deepEqual(timeline.entries.map((e) => e.claim.article), ["nis-wire", "kyiv", "later"]);
    assert.deepEqual([...timeline.entries[0]!.outlets].sort(), ["paper.example", "wire.example"]);
    store.close();
  });

  it("find the contradiction and leave the compatible pair alone", () => {
    const store = ledger();
    const [track] = store.tracks();
    const found = store.contradictions({ track: track!.id });
    assert.equal(found.length, 1);
    assert.deepEqual([found[0]!.a.claim.article, found[0]!.b.claim.article], ["nis-wire", "kyiv"]);
    // 12,000 in October and 11,000 in December are two months apart and both round: no clash.
    assert.equal(store.timeline(track!.id)!.corroboration.count, 2);
    store.close();
  });

  it("show only what had been published as of a date", () => {
    const store = ledger();
    const [track] = store.tracks();
    const asOf = store.timeline(track!.id, { asOf: "2024-10-31" })!;
    assert.deepEqual(asOf.entries.map((e) => e.claim.article), ["nis-wire", "kyiv"]);
    assert.equal(store.tracks({ asOf: "2024-10-01" }).length, 0);
    store.close();
  });

  it("set each stored claim's track", () => {
    const store = ledger();
    store.resolveTracks();
    const claims = store.claims().filter((c) => c.counts === "troops");
    assert.ok(claims.length >= 3);
    assert.ok(claims.every((c) => c.track !== null && c.track === claims[0]!.track));
    store.close();
  });

  it("honour a person's review: a rejected claim leaves its track, a corrected track moves it", () => {
    const store = ledger();
    const [track] = store.tracks();
    const claim = store.claims().find((c) => c.article === "kyiv" && c.counts === "troops")!;
    store.review({ article: claim.article, in: claim.in, start: claim.start, end: claim.end, action: "reject" });
    assert.deepEqual(store.timeline(track!.id)!.entries.map((e) => e.claim.article), ["nis-wire", "later"]);
    const later = store.claims().find((c) => c.article === "later" && c.counts === "troops")!;
    store.review({ article: later.article, in: later.in, start: later.start, end: later.end, action: "correct", correction: { track: "pentagon-estimates" } });
    assert.deepEqual(store.timeline(track!.id)!.entries.map((e) => e.claim.article), ["nis-wire"]);
    assert.deepEqual(store.timeline("pentagon-estimates")!.entries.map((e) => e.claim.article), ["later"]);
    store.close();
  });
});
