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
 * Memory: ~70 bytes per original.
 */
import type { Database, Statement } from "better-sqlite3";
import { simhashBands, simhashFromHex, type SimHash } from "../near-duplicates.js";

/** No signature known yet for an original (signatures are unsigned 32-bit). */
export const UNKNOWN_FIGURES = -1;

export class SimhashIndex {
  private readonly sinceSeq: Statement<[number], { seq: number; simhash: string }>;
  private bands: Array<Map<number, number[]>> = [new Map(), new Map(), new Map(), new Map()];
  private seqs: number[] = [];
  private his: number[] = [];
  private los: number[] = [];
  /** Figure signature by position, UNKNOWN until read or given. */
  private figures: number[] = [];
  private lastSeq = -1;

  constructor(db: Database) {
    this.sinceSeq = db.prepare(
      `SELECT seq, simhash FROM articles WHERE seq > ? AND duplicate_of IS NULL AND simhash IS NOT NULL ORDER BY seq`,
    );
  }

  /** Adds what other connections stored since; call under the write lock. */
  catchUp(): void {
    for (const row of this.sinceSeq.iterate(this.lastSeq)) this.add(row.seq, simhashFromHex(row.simhash));
  }

  /** Records an original just inserted (seq above every seq known), with its figure signature when known. */
  add(seq: number, hash: SimHash, figures: number = UNKNOWN_FIGURES): void {
    const i = this.seqs.length;
    this.seqs.push(seq);
    this.his.push(hash.hi);
    this.los.push(hash.lo);
    this.figures.push(figures);
    const values = simhashBands(hash);
    for (let b = 0; b < 4; b++) {
      const bucket = this.bands[b]!.get(values[b]!);
      if (bucket) bucket.push(i);
      else this.bands[b]!.set(values[b]!, [i]);
    }
    if (seq > this.lastSeq) this.lastSeq = seq;
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
      const bucket = this.bands[b]!.get(values[b]!);
      if (!bucket) continue;
      const stop = Math.max(0, bucket.length - perBand);
      for (let k = bucket.length - 1; k >= stop; k--) {
        const i = bucket[k]!;
        visit(this.seqs[i]!, this.his[i]!, this.los[i]!, i);
      }
    }
  }

  /** The figure signature of the original at `at` (as visited), or UNKNOWN_FIGURES. */
  figuresAt(at: number): number {
    return this.figures[at]!;
  }

  setFiguresAt(at: number, figures: number): void {
    this.figures[at] = figures;
  }

  /** Forgets everything (after a rollback): the next catchUp loads it all again. */
  reset(): void {
    this.bands = [new Map(), new Map(), new Map(), new Map()];
    this.seqs = [];
    this.his = [];
    this.los = [];
    this.figures = [];
    this.lastSeq = -1;
  }
}
