/**
 * @module store/sqlite/simhash-index
 * The SimHash bands of the stored originals, held in memory by the writer so
 * that a near-duplicate lookup costs a few microseconds instead of an SQL
 * query returning up to 4 × CANDIDATES_PER_BAND rows (~120 µs per article
 * on texts built on shared templates, whose bands crowd a few buckets).
 *
 * The database stays the truth: the index is loaded from it on first use and,
 * at the start of every write transaction (under the write lock), catches up
 * with the originals other connections stored since (`seq` only grows: the
 * writer never deletes). Originals this connection stores are added as they
 * are inserted, so near-duplicates within one batch are found; if the
 * transaction rolls back, the index is dropped and loaded again next time.
 *
 * Same candidates as the SQL lookup it replaces (simhash_bands, which the PostgreSQL backend still queries): per band
 * value, the newest CANDIDATES_PER_BAND originals, band 0 first.
 * With each original, once known, a signature of its body's figures
 * (`figures`): a candidate whose signature differs from the article's
 * cannot have the same figures, so it is set aside without reading them.
 * Memory: about 36 bytes per original, in typed arrays (outside the JavaScript
 * heap, so the garbage collector never walks them): the SimHash, the seq,
 * the figure signature, and per band a link to the previous original of
 * the same band value; each band's newest original per value is a table of
 * 65,536 entries. A bucket is walked from its newest original back, as
 * many as a lookup takes.
 */
import type { Database, Statement } from "better-sqlite3";
import { simhashBands, simhashFromHex, type SimHash } from "../near-duplicates.js";

/** No signature known yet for an original (signatures are unsigned 32-bit). */
export const UNKNOWN_FIGURES = -1;

/** Band values are 16 bits: a band's table has an entry for each. */
const BAND_VALUES = 1 << 16;
/** No original (the end of a bucket). */
const NONE = -1;
const INITIAL_CAPACITY = 1024;

/** A copy of `array` with room for `capacity` elements (typed arrays do not grow). */
function grown<T extends Float64Array | Uint32Array | Int32Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

export class SimhashIndex {
  private readonly sinceSeq: Statement<[number], { seq: number; simhash: string }>;
  // The arrays below are (re)made by reset(): empty, with room for INITIAL_CAPACITY originals.
  private size!: number;
  private seqs!: Float64Array;
  private his!: Uint32Array;
  private los!: Uint32Array;
  /** Figure signature by position, 0 until known; `known` says which are. */
  private figures!: Uint32Array;
  private known!: Uint32Array;
  /** Per band: the newest original (position) with each band value, or NONE. */
  private heads!: Int32Array[];
  /** Per band: by position, the previous original with the same band value, or NONE. */
  private links!: Int32Array[];
  private lastSeq!: number;

  constructor(db: Database) {
    this.sinceSeq = db.prepare(
      `SELECT seq, simhash FROM articles WHERE seq > ? AND duplicate_of IS NULL AND simhash IS NOT NULL ORDER BY seq`,
    );
    this.reset();
  }

  /** Adds what other connections stored since; call under the write lock. */
  catchUp(): void {
    for (const row of this.sinceSeq.iterate(this.lastSeq)) this.add(row.seq, simhashFromHex(row.simhash));
  }

  /** Originals held. */
  get length(): number {
    return this.size;
  }

  /** Records an original just inserted (seq above every seq known), with its figure signature when known. */
  add(seq: number, hash: SimHash, figures: number = UNKNOWN_FIGURES): void {
    const i = this.size;
    if (i === this.seqs.length) this.grow(i * 2);
    this.seqs[i] = seq;
    this.his[i] = hash.hi;
    this.los[i] = hash.lo;
    this.setFiguresAt(i, figures);
    const values = simhashBands(hash);
    for (let b = 0; b < 4; b++) {
      const heads = this.heads[b]!;
      this.links[b]![i] = heads[values[b]!]!;
      heads[values[b]!] = i;
    }
    this.size = i + 1;
    if (seq > this.lastSeq) this.lastSeq = seq;
  }

  private grow(capacity: number): void {
    this.seqs = grown(this.seqs, capacity);
    this.his = grown(this.his, capacity);
    this.los = grown(this.los, capacity);
    this.figures = grown(this.figures, capacity);
    this.known = grown(this.known, Math.ceil(capacity / 32));
    this.links = this.links.map((links) => grown(links, capacity));
  }

  /**
   * Calls `visit(seq, hi, lo, at)` for the newest `perBand` originals of each of
   * `hash`'s bands, band 0 first, newest first within a band (an original
   * sharing several bands is visited once per band, as the SQL did); `at`
   * is where the original's figure signature is kept.
   */
  forEachCandidate(hash: SimHash, perBand: number, visit: (seq: number, hi: number, lo: number, at: number) => void): void {
    const values = simhashBands(hash);
    for (let b = 0; b < 4; b++) {
      const links = this.links[b]!;
      let i = this.heads[b]![values[b]!]!;
      for (let seen = 0; i !== NONE && seen < perBand; seen++, i = links[i]!) {
        visit(this.seqs[i]!, this.his[i]!, this.los[i]!, i);
      }
    }
  }

  /** The figure signature of the original at `at` (as visited), or UNKNOWN_FIGURES. */
  figuresAt(at: number): number {
    return (this.known[at >>> 5]! >>> (at & 31)) & 1 ? this.figures[at]! : UNKNOWN_FIGURES;
  }

  setFiguresAt(at: number, figures: number): void {
    const bit = 1 << (at & 31);
    if (figures === UNKNOWN_FIGURES) {
      this.known[at >>> 5]! &= ~bit;
      return;
    }
    this.figures[at] = figures;
    this.known[at >>> 5]! |= bit;
  }

  /** Forgets everything (after a rollback): the next catchUp loads it all again. */
  reset(): void {
    this.size = 0;
    this.seqs = new Float64Array(INITIAL_CAPACITY);
    this.his = new Uint32Array(INITIAL_CAPACITY);
    this.los = new Uint32Array(INITIAL_CAPACITY);
    this.figures = new Uint32Array(INITIAL_CAPACITY);
    this.known = new Uint32Array(INITIAL_CAPACITY / 32);
    this.heads = [0, 1, 2, 3].map(() => new Int32Array(BAND_VALUES).fill(NONE));
    this.links = [0, 1, 2, 3].map(() => new Int32Array(INITIAL_CAPACITY));
    this.lastSeq = -1;
  }
}
