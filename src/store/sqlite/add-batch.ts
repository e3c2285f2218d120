/**
 * @module store/sqlite/add-batch
 * Writes analysed articles, deciding for each whether it is new, the same
 * article again (same id or same text), or a near-duplicate of a stored
 * original. Statements are prepared once per store and bound positionally
 * (no per-row parameter objects); a batch is one immediate transaction (the
 * write lock is taken at BEGIN, so two writers queue on busy_timeout
 * instead of failing on a lock upgrade).
 *
 * What happens to each article (nothing is dropped silently: every outcome
 * is counted, and every outlet that published a text is linked to it):
 * - same id as a stored article: duplicate; its outlet and URL are linked to
 *   the original; nothing else is written.
 * - same normalised text as a stored original under another id: duplicate;
 *   a row keeps its id, URL, title, outlet and date, with `duplicate_of`
 *   and no text; the outlet is linked; no claims are copied.
 * - SimHash within NEAR_DUPLICATE_MAX_DISTANCE of a stored original AND the
 *   same figures in the body: near-duplicate, stored like the previous case.
 *   The figure check is why a re-published story whose one changed word is
 *   a number stays an article of its own: its claims would be lost else.
 * - otherwise: a new original with its text, bands, outlet, claims, their
 *   sentences (each stored and indexed once) and source entities. A track
 *   family of its claims that no stored claim shares yet is resolved and
 *   written with them (store/track-plan); the others are marked for
 *   resolution after the ingest.
 *
 * Near-duplicate candidates come from an in-memory copy of the originals'
 * SimHash bands (sqlite/simhash-index), caught up with the database (each
 * original's `simhash`) under the write lock of each batch. The copy keeps
 * a signature of each original's figures once known, so a candidate within
 * the distance but with other figures (a wire story whose toll was updated)
 * is set aside without reading its claims again.
 *
 * Fingerprints come with the batch when the caller computed them (the
 * ingest pipeline does, on its workers), else are computed here before the
 * lock is taken: the transaction holds SQL only.
 */
import type { Database, Statement } from "better-sqlite3";
import type { FigureClaim } from "../../core/types.js";
import { fingerprint, isFingerprint, type Fingerprint } from "../fingerprint.js";
import { CANDIDATES_PER_BAND, fnv1a64, hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE, simhashToHex, type SimHash } from "../near-duplicates.js";
import { familyOf } from "../../core/tracks/resolve-tracks.js";
import { claimRows, storedClaimIndexes } from "../claim-rows.js";
import { articleTrackPlan } from "../track-plan.js";
import type { AnalysedArticle, StoreResult } from "../store.js";
import { normaliseSource } from "./row-mapping.js";
import type { FigureRow } from "./rows.js";
import { SimhashIndex, UNKNOWN_FIGURES } from "./simhash-index.js";
import { familyArticle, storedFamily } from "./local-families.js";
import { makeFamilyTrackWriter } from "./track-resolution.js";

type Value = string | number | bigint | null;

interface Statements {
  readonly findById: Statement<[string], { id: string; duplicate_of: string | null }>;
  readonly idOfSeq: Statement<[number], string>;
  readonly findByTextHash: Statement<[string], string>;
  readonly bodyFigures: Statement<[string], FigureRow>;
  readonly insertArticle: Statement<Value[]>;
  readonly indexArticle: Statement<[number | bigint, string | null, string | null]>;
  readonly insertOutlet: Statement<[string], number>;
  readonly outletId: Statement<[string], number>;
  readonly linkOutlet: Statement<[string, number, string | null, string | null]>;
  readonly insertSentence: Statement<[string, string, number, number, string]>;
  readonly indexSentence: Statement<[number | bigint, string]>;
  readonly insertClaim: Statement<Value[]>;
  readonly markDirty: Statement<[string]>;
  readonly familyStored: Statement<[string], number>;
  readonly articleReviewed: Statement<[string], number>;
  readonly insertEntity: Statement<[string], number>;
  readonly entityId: Statement<[string], number>;
  readonly insertMention: Statement<[number, string, number, number]>;
}

function prepare(db: Database): Statements {
  return {
    findById: db.prepare(`SELECT id, duplicate_of FROM articles WHERE id = ?`),
    idOfSeq: db.prepare<[number], string>(`SELECT id FROM articles WHERE seq = ?`).pluck(),
    findByTextHash: db.prepare<[string], string>(
      `SELECT id FROM articles WHERE text_hash = ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1`,
    ).pluck(),
    bodyFigures: db.prepare(`SELECT low, high, qualifier FROM claims WHERE article_id = ? AND "in" = 'body'`),
    insertArticle: db.prepare<Value[]>(`
      INSERT INTO articles (id, url, title, published, language, body, text_hash, simhash, duplicate_of, first_outlet, added_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    indexArticle: db.prepare(`INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`),
    insertOutlet: db.prepare<[string], number>(`INSERT INTO outlets (name) VALUES (?) ON CONFLICT (name) DO NOTHING RETURNING id`).pluck(),
    outletId: db.prepare<[string], number>(`SELECT id FROM outlets WHERE name = ?`).pluck(),
    linkOutlet: db.prepare(`
      INSERT INTO article_outlets (article_id, outlet_id, url, published) VALUES (?, ?, ?, ?)
      ON CONFLICT (article_id, outlet_id) DO NOTHING`),
    insertSentence: db.prepare(`
      INSERT INTO sentences (article_id, "in", "start", "end", text) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (article_id, "in", "start", "end") DO NOTHING`),
    indexSentence: db.prepare(`INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)`),
    insertClaim: db.prepare<Value[]>(`
      INSERT INTO claims (article_id, "in", "start", "end", mention, low, high, qualifier, counts, subject, event,
                          source, source_norm, modality, track, sentence_start, sentence_end,
                          track_key, track_family, magnitude, time_ref, original_source, carrier)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    markDirty: db.prepare(`INSERT INTO dirty_track_keys (track_key) VALUES (?) ON CONFLICT DO NOTHING`),
    familyStored: db.prepare<[string], number>(`SELECT 1 FROM claims WHERE track_family = ? LIMIT 1`).pluck(),
    articleReviewed: db.prepare<[string], number>(`SELECT 1 FROM reviews WHERE article_id = ? LIMIT 1`).pluck(),
    insertEntity: db.prepare<[string], number>(
      `INSERT INTO entities (name, kind) VALUES (?, 'source') ON CONFLICT (name, kind) DO NOTHING RETURNING id`,
    ).pluck(),
    entityId: db.prepare<[string], number>(`SELECT id FROM entities WHERE name = ? AND kind = 'source'`).pluck(),
    insertMention: db.prepare(`
      INSERT INTO entity_mentions (entity_id, article_id, "start", "end") VALUES (?, ?, ?, ?)
      ON CONFLICT DO NOTHING`),
  };
}

/** One figure as compared between a near-duplicate and its original. */
function figureKey(low: number | null, high: number | null, qualifier: string): string {
  return `${low}|${high}|${qualifier}`;
}

/** An article's body figures, sorted: two articles have the same figures when these are equal. */
function bodyFigures(claims: readonly FigureClaim[]): string[] {
  return claims.filter((c) => c.in === "body").map((c) => figureKey(c.low, c.high, c.qualifier)).sort();
}

function storedFigures(rows: readonly FigureRow[]): string[] {
  return rows.map((r) => figureKey(r.low, r.high, r.qualifier)).sort();
}

function sameFigures(mine: readonly string[], theirs: readonly string[]): boolean {
  return mine.length === theirs.length && mine.every((key, i) => key === theirs[i]);
}

/** A 32-bit signature of sorted figures: the same figures give the same signature. */
function figureSignature(figures: readonly string[]): number {
  return fnv1a64(figures.join("\n")).lo;
}

/**
 * Ids of names (outlets, source entities) by name. Rows of these tables
 * are never deleted or renumbered, so an id once committed stays true for
 * every connection; ids inserted by a transaction that rolls back are
 * forgotten with it (`forget`).
 */
class IdCache {
  private readonly committed = new Map<string, number>();
  private readonly pending = new Map<string, number>();
  constructor(private readonly insert: Statement<[string], number>, private readonly select: Statement<[string], number>) {}

  id(name: string): number {
    let id = this.committed.get(name) ?? this.pending.get(name);
    if (id !== undefined) return id;
    id = this.insert.get(name) ?? this.select.get(name)!;
    this.pending.set(name, id);
    return id;
  }

  commit(): void {
    for (const [name, id] of this.pending) this.committed.set(name, id);
    this.pending.clear();
  }

  forget(): void {
    this.pending.clear();
  }
}

/** The fingerprint given with an article, if well formed, else computed. */
function fingerprintOf(item: AnalysedArticle): Fingerprint {
  const given: unknown = item.fingerprint;
  return given !== undefined && isFingerprint(given) ? given : fingerprint(item.article.body);
}

/** Returns the function that stores one batch (prepared statements bound to `db`). */
export function makeAddBatch(db: Database): (batch: readonly AnalysedArticle[]) => StoreResult {
  const st = prepare(db);
  const outlets = new IdCache(st.insertOutlet, st.outletId);
  const entities = new IdCache(st.insertEntity, st.entityId);
  const simhashes = new SimhashIndex(db);
  const writeTracks = makeFamilyTrackWriter(db);
  /** Track families marked stale by the current transaction. */
  const markedDirty = new Set<string>();

  function linkOutlet(articleId: string, outlet: string | null, url: string | null, published: string | null): void {
    if (outlet === null || outlet.trim() === "") return;
    st.linkOutlet.run(articleId, outlets.id(outlet), url, published);
  }

  /** The original whose text this one nearly repeats, if any. */
  function nearOriginal(item: AnalysedArticle, hash: SimHash | null): string | null {
    if (hash === null) return null;
    const max = NEAR_DUPLICATE_MAX_DISTANCE;
    let best: { id: string; distance: number } | null = null;
    let tried: Set<number> | null = null;
    let mine: string[] | null = null;
    let mySignature = 0;
    // The 64-bit distance first, on numbers only; then the figure signatures;
    // ids and figures are read only for the few candidates that pass both.
    simhashes.forEachCandidate(hash, CANDIDATES_PER_BAND, (seq, candHi, candLo, at) => {
      const distance = hammingDistance(hash, { hi: candHi, lo: candLo });
      if (distance > max || (best && distance >= best.distance)) return;
      if (tried?.has(seq)) return;
      (tried ??= new Set()).add(seq);
      if (mine === null) {
        mine = bodyFigures(item.analysis.claims);
        mySignature = figureSignature(mine);
      }
      const known = simhashes.figuresAt(at);
      if (known !== UNKNOWN_FIGURES && known !== mySignature) return;
      const id = st.idOfSeq.get(seq)!;
      const theirs = storedFigures(st.bodyFigures.all(id));
      if (known === UNKNOWN_FIGURES) simhashes.setFiguresAt(at, figureSignature(theirs));
      if (!sameFigures(mine, theirs)) return;
      best = { id, distance };
    });
    return best === null ? null : (best as { id: string }).id;
  }

  /** Inserts the article row and indexes its title and text (a duplicate's title only). */
  function insertArticle(item: AnalysedArticle, print: Fingerprint, duplicateOf: string | null, addedAt: string): number | bigint {
    const a = item.article;
    const body = duplicateOf === null ? a.body : null;
    const seq = st.insertArticle.run(
      a.id, a.url, a.title, a.published,
      // The language the claims were read in (identified when the input did not declare one).
      item.analysis.language,
      body, print.textHash, print.simhash && simhashToHex(print.simhash), duplicateOf, a.outlet, addedAt,
    ).lastInsertRowid;
    st.indexArticle.run(seq, a.title, body);
    return seq;
  }

  /** Marks a family for resolution after the ingest: once per family and batch. */
  function markDirty(family: string): void {
    if (markedDirty.has(family)) return;
    markedDirty.add(family);
    st.markDirty.run(family);
  }

  /**
   * The track of each claim (by index in the analysis) whose family no stored claim shares yet:
   * such a family is resolved here, from this article's claims alone, as
   * resolution would resolve it (store/track-plan), and its tracks written
   * now, so ingest reads nothing back for it. Every other family (one
   * another article shares, or any of an article a person has reviewed) is
   * marked for resolution after the ingest, over all of its claims.
   */
  function trackOfClaims(item: AnalysedArticle): Array<string | null> {
    const articleId = item.article.id;
    const trackOf: Array<string | null> = item.analysis.claims.map((claim) => claim.track);
    const plan = item.trackPlan ?? articleTrackPlan(item.analysis);
    if (plan.size === 0) return trackOf;
    const reviewed = st.articleReviewed.get(articleId) !== undefined;
    for (const [family, tracks] of plan) {
      // A family local to this article, new, has no stored claim: no need to look.
      const stored = familyArticle(family) !== articleId && st.familyStored.get(family) !== undefined;
      if (reviewed || stored) {
        markDirty(family);
        continue;
      }
      const idOf = writeTracks(family, tracks);
      for (const t of tracks) for (const m of t.members) trackOf[m] = idOf.get(t.id)!;
    }
    return trackOf;
  }

  function storeClaims(item: AnalysedArticle): number {
    const id = item.article.id;
    const trackOf = trackOfClaims(item);
    let stored = 0;
    for (const { index, claim, features: f, sentenceText, newSentence, sourceMention } of claimRows(item)) {
      const { start, end } = claim.sentence;
      if (newSentence) {
        const inserted = st.insertSentence.run(id, claim.in, start, end, sentenceText);
        if (inserted.changes > 0) st.indexSentence.run(inserted.lastInsertRowid, sentenceText);
      }
      const source = claim.source;
      st.insertClaim.run(
        id, claim.in, claim.start, claim.end, claim.mention, claim.low, claim.high, claim.qualifier, claim.counts,
        claim.subject, claim.event, source, source === null ? null : normaliseSource(source), claim.modality, trackOf[index]!,
        start, end, f?.key ?? null, f?.key ? storedFamily(familyOf(f.key), id) : null, f?.magnitude ?? null, f?.timeRef ?? null, f?.original ?? source, f?.carrier ?? null,
      );
      stored++;
      if (source === null || source.trim() === "") continue;
      const entity = entities.id(source);
      if (sourceMention) st.insertMention.run(entity, id, sourceMention.start, sourceMention.end);
    }
    return stored;
  }

  const write = db.transaction((batch: readonly AnalysedArticle[], prints: readonly Fingerprint[]): StoreResult => {
    const addedAt = new Date().toISOString();
    markedDirty.clear();
    simhashes.catchUp();
    let added = 0, duplicates = 0, nearDuplicates = 0, claims = 0;
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i]!;
      const a = item.article;
      const print = prints[i]!;
      const same = st.findById.get(a.id);
      if (same) {
        linkOutlet(same.duplicate_of ?? same.id, a.outlet, a.url, a.published);
        duplicates++;
        continue;
      }
      const sameText = print.textHash === null ? undefined : st.findByTextHash.get(print.textHash);
      const original = sameText ?? nearOriginal(item, print.simhash);
      if (original !== null) {
        insertArticle(item, print, original, addedAt);
        linkOutlet(original, a.outlet, a.url, a.published);
        if (sameText !== undefined) duplicates++;
        else nearDuplicates++;
        continue;
      }
      const seq = insertArticle(item, print, null, addedAt);
      if (print.simhash) {
        // Signed as stored: a span the analysis repeats is stored once.
        const stored = storedClaimIndexes(item.analysis.claims).map((i) => item.analysis.claims[i]!);
        simhashes.add(Number(seq), print.simhash, figureSignature(bodyFigures(stored)));
      }
      linkOutlet(a.id, a.outlet, a.url, a.published);
      claims += storeClaims(item);
      added++;
    }
    return { added, duplicates, nearDuplicates, claims };
  });

  return (batch) => {
    for (const item of batch) {
      if (item.analysis.article !== item.article.id) {
        throw new Error(`Analysis of ${item.analysis.article} given with article ${item.article.id}.`);
      }
    }
    const prints = batch.map(fingerprintOf);
    try {
      const result = write.immediate(batch, prints);
      outlets.commit();
      entities.commit();
      return result;
    } catch (error) {
      outlets.forget();
      entities.forget();
      simhashes.reset();
      throw error;
    }
  };
}
