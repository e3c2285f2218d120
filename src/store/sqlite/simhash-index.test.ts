/**
 * @module store/sqlite/simhash-index.test
 * The in-memory band index gives the candidates a plain scan of the
 * originals gives (per band, the newest `perBand` originals with the same
 * band value, band 0 first, newest first), keeps figure signatures apart
 * from "unknown", grows past its first capacity, and catches up with the
 * originals a database holds.
 */
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { simhashBands, simhashToHex, type SimHash } from "../near-duplicates.js";
import { SimhashIndex, UNKNOWN_FIGURES } from "./simhash-index.js";

/** A seeded PRNG (the same hashes every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
}

/** Hashes whose band values come from a few choices, so that buckets run long. */
function crowdedHashes(count: number, seed: number): SimHash[] {
  const next = random(seed);
  const band = () => [0x0000, 0x1234, 0xbeef, 0xffff][next() % 4]!;
  return Array.from({ length: count }, () => ({ hi: ((band() << 16) | band()) >>> 0, lo: ((band() << 16) | band()) >>> 0 }));
}

const noDatabase = { prepare: () => ({}) } as unknown as ConstructorParameters<typeof SimhashIndex>[0];

/** What the index must visit: [seq, hi, lo] per candidate, by a scan of every original. */
function expected(originals: ReadonlyArray<{ seq: number; hash: SimHash }>, hash: SimHash, perBand: number): number[][] {
  const out: number[][] = [];
  const values = simhashBands(hash);
  for (let b = 0; b < 4; b++) {
    const same = originals.filter((o) => simhashBands(o.hash)[b] === values[b]).reverse().slice(0, perBand);
    for (const o of same) out.push([o.seq, o.hash.hi, o.hash.lo]);
  }
  return out;
}

function visited(index: SimhashIndex, hash: SimHash, perBand: number): number[][] {
  const out: number[][] = [];
  index.forEachCandidate(hash, perBand, (seq, hi, lo) => out.push([seq, hi, lo]));
  return out;
}

describe("SimhashIndex", () => {
  it("visits the newest originals of each band, as a scan of all of them does, past its first capacity", () => {
    const hashes = crowdedHashes(5000, 7);
    const originals = hashes.map((hash, i) => ({ seq: 10 + i * 3, hash }));
    const index = new SimhashIndex(noDatabase);
    for (const o of originals) index.add(o.seq, o.hash);
    assert.equal(index.length, 5000);
    for (const probe of crowdedHashes(40, 99)) {
      for (const perBand of [1, 64, 10_000]) assert.deepEqual(visited(index, probe, perBand), expected(originals, probe, perBand));
    }
    assert.deepEqual(visited(index, { hi: 0x00010002, lo: 0x00030004 }, 64), [], "no original shares a band");
  });

  it("tells a figure signature from none, whatever its value", () => {
    const index = new SimhashIndex(noDatabase);
    const signatures = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff];
    signatures.forEach((figures, i) => index.add(i + 1, { hi: i, lo: i }, figures));
    index.add(99, { hi: 77, lo: 77 });
    const at = new Map<number, number>();
    for (let i = 0; i < 6; i++) {
      index.forEachCandidate({ hi: i < 5 ? i : 77, lo: i < 5 ? i : 77 }, 1, (seq, _hi, _lo, position) => at.set(seq, position));
    }
    signatures.forEach((figures, i) => assert.equal(index.figuresAt(at.get(i + 1)!), figures));
    assert.equal(index.figuresAt(at.get(99)!), UNKNOWN_FIGURES);
    index.setFiguresAt(at.get(99)!, 42);
    assert.equal(index.figuresAt(at.get(99)!), 42);
  });

  it("catches up with the originals stored since, and after a reset loads them again", () => {
    const db = new Database(":memory:");
    db.exec(`CREATE TABLE articles (seq INTEGER PRIMARY KEY, duplicate_of TEXT, simhash TEXT)`);
    const insert = db.prepare(`INSERT INTO articles (seq, duplicate_of, simhash) VALUES (?, ?, ?)`);
    const hashes = crowdedHashes(30, 3);
    hashes.forEach((hash, i) => insert.run(i + 1, i % 5 === 4 ? "an-original" : null, simhashToHex(hash)));
    insert.run(31, null, null); // too short to judge: no SimHash
    const originals = hashes.map((hash, i) => ({ seq: i + 1, hash })).filter((o) => o.seq % 5 !== 0);
    const index = new SimhashIndex(db);
    index.catchUp();
    assert.equal(index.length, originals.length);
    const more = crowdedHashes(5, 4);
    more.forEach((hash, i) => insert.run(40 + i, null, simhashToHex(hash)));
    index.catchUp();
    const all = [...originals, ...more.map((hash, i) => ({ seq: 40 + i, hash }))];
    assert.equal(index.length, all.length);
    for (const probe of crowdedHashes(10, 5)) assert.deepEqual(visited(index, probe, 64), expected(all, probe, 64));
    index.reset();
    assert.equal(index.length, 0);
    index.catchUp();
    assert.equal(index.length, all.length);
    db.close();
  });
});
