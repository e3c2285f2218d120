/**
 * @module store/sqlite/add-batch
 * Writes analysed articles, deciding for each whether it is new, the same
 * article again (same id or same text), or a near-duplicate of a stored
 * original. Statements are prepared once per store; a batch is one
 * immediate transaction (the write lock is taken at BEGIN, so two writers
 * queue on busy_timeout instead of failing on a lock upgrade).
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
 * - otherwise: a new original with its text, bands, outlet, claims and
 *   source entities.
 */
import type { Database, Statement } from "better-sqlite3";
import type { FigureClaim } from "../../core/types.js";
import { fingerprint, type TextFingerprint } from "../fingerprint.js";
import { CANDIDATES_PER_BAND, hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE, simhashBands, simhashToHex } from "../near-duplicates.js";
import { findSourceMention } from "../source-mentions.js";
import type { AnalysedArticle, StoreResult } from "../store.js";
import { toClaimInsert } from "./row-mapping.js";
import type { ArticleInsert, CandidateRow, ClaimInsert, FigureRow } from "./rows.js";

interface Statements {
  readonly findById: Statement<[string], { id: string; duplicate_of: string | null }>;
  readonly findByTextHash: Statement<[string], string>;
  readonly candidates: Statement<[number, number, number], CandidateRow>;
  readonly bodyFigures: Statement<[string], FigureRow>;
  readonly insertArticle: Statement<[ArticleInsert]>;
  readonly indexArticle: Statement<[number | bigint, string | null, string | null]>;
  readonly indexClaim: Statement<[number | bigint, string]>;
  readonly insertBand: Statement<[number, number, number | bigint, string, number, number]>;
  readonly insertOutlet: Statement<[string]>;
  readonly outletId: Statement<[string], number>;
  readonly linkOutlet: Statement<[string, number, string | null, string | null]>;
  readonly insertClaim: Statement<[ClaimInsert]>;
  readonly insertEntity: Statement<[string]>;
  readonly entityId: Statement<[string], number>;
  readonly insertMention: Statement<[number, string, number, number]>;
}

function prepare(db: Database): Statements {
  return {
    findById: db.prepare(`SELECT id, duplicate_of FROM articles WHERE id = ?`),
    findByTextHash: db.prepare<[string], string>(
      `SELECT id FROM articles WHERE text_hash = ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1`,
    ).pluck(),
    // One range of the clustered band table: [article_id, hi, lo] rows, newest first.
    candidates: db.prepare(`
      SELECT article_id, hi, lo FROM simhash_bands WHERE band = ? AND value = ?
      ORDER BY article_seq DESC LIMIT ?`).raw() as unknown as Statement<[number, number, number], CandidateRow>,
    bodyFigures: db.prepare(`SELECT low, high, qualifier FROM claims WHERE article_id = ? AND "in" = 'body'`),
    insertArticle: db.prepare(`
      INSERT INTO articles (id, url, title, published, language, body, text_hash, simhash, duplicate_of, first_outlet, added_at)
      VALUES (@id, @url, @title, @published, @language, @body, @text_hash, @simhash, @duplicate_of, @first_outlet, @added_at)`),
    indexArticle: db.prepare(`INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`),
    indexClaim: db.prepare(`INSERT INTO claims_fts (rowid, sentence_text) VALUES (?, ?)`),
    insertBand: db.prepare(`
      INSERT OR IGNORE INTO simhash_bands (band, value, article_seq, article_id, hi, lo) VALUES (?, ?, ?, ?, ?, ?)`),
    insertOutlet: db.prepare(`INSERT INTO outlets (name) VALUES (?) ON CONFLICT (name) DO NOTHING`),
    outletId: db.prepare<[string], number>(`SELECT id FROM outlets WHERE name = ?`).pluck(),
    linkOutlet: db.prepare(`
      INSERT INTO article_outlets (article_id, outlet_id, url, published) VALUES (?, ?, ?, ?)
      ON CONFLICT (article_id, outlet_id) DO NOTHING`),
    insertClaim: db.prepare(`
      INSERT INTO claims (article_id, "in", "start", "end", mention, low, high, qualifier, counts, subject, event,
                          source, source_norm, modality, track, sentence_start, sentence_end, sentence_text)
      VALUES (@article_id, @in, @start, @end, @mention, @low, @high, @qualifier, @counts, @subject, @event,
              @source, @source_norm, @modality, @track, @sentence_start, @sentence_end, @sentence_text)
      ON CONFLICT (article_id, "in", "start", "end") DO NOTHING`),
    insertEntity: db.prepare(`INSERT INTO entities (name, kind) VALUES (?, 'source') ON CONFLICT (name, kind) DO NOTHING`),
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

function sameFigures(claims: readonly FigureClaim[], stored: readonly FigureRow[]): boolean {
  const mine = claims.filter((c) => c.in === "body").map((c) => figureKey(c.low, c.high, c.qualifier));
  if (mine.length !== stored.length) return false;
  const theirs = stored.map((r) => figureKey(r.low, r.high, r.qualifier));
  mine.sort();
  theirs.sort();
  return mine.every((key, i) => key === theirs[i]);
}

/** Returns the function that stores one batch (prepared statements bound to `db`). */
export function makeAddBatch(db: Database): (batch: readonly AnalysedArticle[]) => StoreResult {
  const st = prepare(db);

  function linkOutlet(articleId: string, outlet: string | null, url: string | null, published: string | null): void {
    if (outlet === null || outlet.trim() === "") return;
    st.insertOutlet.run(outlet);
    st.linkOutlet.run(articleId, st.outletId.get(outlet)!, url, published);
  }

  /** The original whose text this one nearly repeats, if any. */
  function nearOriginal(item: AnalysedArticle, print: TextFingerprint): string | null {
    const hash = print.simhash;
    if (hash === null) return null;
    let best: { id: string; distance: number } | null = null;
    const seen = new Set<string>();
    simhashBands(hash).forEach((value, band) => {
      for (const row of st.candidates.all(band, value, CANDIDATES_PER_BAND)) {
        const [id, hi, lo] = row;
        if (seen.has(id)) continue;
        seen.add(id);
        const distance = hammingDistance(hash, { hi, lo });
        if (distance > NEAR_DUPLICATE_MAX_DISTANCE || (best && distance >= best.distance)) continue;
        if (!sameFigures(item.analysis.claims, st.bodyFigures.all(id))) continue;
        best = { id, distance };
      }
    });
    return best === null ? null : (best as { id: string }).id;
  }

  /** Inserts the article row and indexes its title and text (a duplicate's title only). */
  function insertArticle(row: ArticleInsert): number | bigint {
    const seq = st.insertArticle.run(row).lastInsertRowid;
    st.indexArticle.run(seq, row.title, row.body);
    return seq;
  }

  function articleRow(item: AnalysedArticle, print: TextFingerprint, duplicateOf: string | null, addedAt: string): ArticleInsert {
    const a = item.article;
    return {
      id: a.id,
      url: a.url,
      title: a.title,
      published: a.published,
      // The language the claims were read in (identified when the input did not declare one).
      language: item.analysis.language,
      body: duplicateOf === null ? a.body : null,
      text_hash: print.textHash,
      simhash: print.simhash && simhashToHex(print.simhash),
      duplicate_of: duplicateOf,
      first_outlet: a.outlet,
      added_at: addedAt,
    };
  }

  function storeClaims(item: AnalysedArticle): number {
    const { article } = item;
    let stored = 0;
    for (const claim of item.analysis.claims) {
      const row = toClaimInsert(claim, article.id, article.body, article.title);
      const result = st.insertClaim.run(row);
      if (result.changes === 0) continue; // the same span twice in one analysis: stored once
      st.indexClaim.run(result.lastInsertRowid, row.sentence_text);
      stored++;
      if (claim.source === null || claim.source.trim() === "") continue;
      st.insertEntity.run(claim.source);
      if (claim.in !== "body") continue; // entity mentions are offsets into the body
      const mention = findSourceMention(row.sentence_text, row.sentence_start, claim.source);
      if (mention) st.insertMention.run(st.entityId.get(claim.source)!, article.id, mention.start, mention.end);
    }
    return stored;
  }

  const write = db.transaction((batch: readonly AnalysedArticle[], prints: readonly TextFingerprint[]): StoreResult => {
    const addedAt = new Date().toISOString();
    let added = 0, duplicates = 0, nearDuplicates = 0, claims = 0;
    batch.forEach((item, i) => {
      const a = item.article;
      const print = prints[i]!;
      const same = st.findById.get(a.id);
      if (same) {
        linkOutlet(same.duplicate_of ?? same.id, a.outlet, a.url, a.published);
        duplicates++;
        return;
      }
      const sameText = print.textHash === null ? undefined : st.findByTextHash.get(print.textHash);
      const original = sameText ?? nearOriginal(item, print);
      if (original !== null) {
        insertArticle(articleRow(item, print, original, addedAt));
        linkOutlet(original, a.outlet, a.url, a.published);
        if (sameText !== undefined) duplicates++;
        else nearDuplicates++;
        return;
      }
      const seq = insertArticle(articleRow(item, print, null, addedAt));
      const hash = print.simhash;
      if (hash) simhashBands(hash).forEach((value, band) => st.insertBand.run(band, value, seq, a.id, hash.hi, hash.lo));
      linkOutlet(a.id, a.outlet, a.url, a.published);
      claims += storeClaims(item);
      added++;
    });
    return { added, duplicates, nearDuplicates, claims };
  });

  return (batch) => {
    for (const item of batch) {
      if (item.analysis.article !== item.article.id) {
        throw new Error(`Analysis of ${item.analysis.article} given with article ${item.article.id}.`);
      }
    }
    // Hashing happens before the lock is taken: the transaction holds SQL only.
    const prints = batch.map((item) => fingerprint(item.article.body));
    return write.immediate(batch, prints);
  };
}
