/**
 * @module store/postgres/read-queries
 * The reading side of the PostgreSQL store, as sqlite/read-queries: claims
 * by filter, articles with their outlets, full-text search and counts.
 * Rows come back in the shapes SQLite returns (outlet lists and reviews as
 * JSON text), so the row mapping is shared. Every value is bound.
 *
 * Search: the user's words go through plainto_tsquery (no operators, never
 * a syntax error) in both text search configurations, French and English
 * with accents folded; a document matches when either matches it, and the
 * snippet is cut by ts_headline in the article's own configuration.
 */
import type pg from "pg";
import { searchText } from "../fts-query.js";
import type { ClaimFilter, SearchHit, StoredArticle, StoredClaim, StoreStats } from "../store.js";
import { normaliseSource, toStoredArticle } from "../sqlite/row-mapping.js";
import { withReview } from "../sqlite/reviews.js";
import type { ArticleListRow, ClaimWithArticleRow, CountRow } from "../sqlite/rows.js";
import { CONFIG_OF_LANGUAGE } from "./migrations.js";
import { pgText } from "./add-batch.js";
import { pgSchemaVersion } from "./migrations.js";

/** The claim's latest review as JSON text (the shape sqlite/reviews' LATEST_REVIEW_COLUMN gives), for a claims query aliased `c`. */
export const PG_LATEST_REVIEW_COLUMN = `(
  SELECT json_build_object('id', r.id, 'article', r.article_id, 'in', r."in", 'start', r."start", 'end', r."end",
                           'action', r.action, 'correction', r.correction, 'note', r.note,
                           'reviewer', r.reviewer, 'createdAt', r.created_at)::text
  FROM reviews r
  WHERE r.article_id = c.article_id AND r."in" = c."in" AND r."start" = c."start" AND r."end" = c."end"
  ORDER BY r.id DESC LIMIT 1) AS review_json`;

export const PG_CLAIM_COLUMNS = `c.*, s.text AS sentence_text, a.published AS published, a.language AS language, ${PG_LATEST_REVIEW_COLUMN}`;
export const SENTENCE_OF_CLAIM = `s.article_id = c.article_id AND s."in" = c."in" AND s."start" = c.sentence_start AND s."end" = c.sentence_end`;
/** The outlets linked to an article's original, in the order they were linked, as a JSON array (text). */
export const LINKED_OUTLETS = (article: string) => `(SELECT coalesce(json_agg(o.name ORDER BY ao.seq), '[]'::json)::text
  FROM article_outlets ao JOIN outlets o ON o.id = ao.outlet_id WHERE ao.article_id = coalesce(${article}.duplicate_of, ${article}.id))`;

const HEADLINE = `StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;
const DEFAULT_SEARCH_LIMIT = 20;

/** null is "no limit" for PostgreSQL's LIMIT. */
export function limitOf(limit: number | undefined): number | null {
  return limit === undefined || !Number.isFinite(limit) ? null : Math.max(0, Math.floor(limit));
}

export function offsetOf(offset: number | undefined): number {
  return offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.floor(offset));
}

export function makeReadQueries(pool: pg.Pool) {
  async function claims(filter: ClaimFilter = {}): Promise<StoredClaim[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (p: string) => string, value: unknown): void => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filter.article !== undefined) add((p) => `c.article_id = ${p}`, pgText(filter.article));
    if (filter.source !== undefined) add((p) => `strpos(c.source_norm, ${p}) > 0`, pgText(normaliseSource(filter.source)));
    if (filter.counts !== undefined) add((p) => `c.counts = ${p}`, pgText(filter.counts.toLowerCase()));
    if (filter.modality !== undefined) add((p) => `c.modality = ${p}`, pgText(filter.modality));
    if (filter.language !== undefined) add((p) => `a.language = ${p}`, pgText(filter.language));
    if (filter.since !== undefined) add((p) => `a.published >= ${p}`, pgText(filter.since));
    // Inclusive of everything that starts with the date (text compared bytewise: "~" sorts after ISO characters).
    if (filter.until !== undefined) add((p) => `a.published <= ${p}`, `${pgText(filter.until)}~`);
    params.push(limitOf(filter.limit), offsetOf(filter.offset));
    const rows = await pool.query<ClaimWithArticleRow>(
      `SELECT ${PG_CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id JOIN sentences s ON ${SENTENCE_OF_CLAIM}
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY c.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return rows.rows.map((r) => withReview(r));
  }

  async function search(query: string, options: { readonly limit?: number } = {}): Promise<SearchHit[]> {
    const text = searchText(query);
    const limit = options.limit === undefined ? DEFAULT_SEARCH_LIMIT : limitOf(options.limit);
    if (text === null || limit === 0) return [];
    const q = `WITH q AS (SELECT plainto_tsquery('tally_fr', $1) AS fr, plainto_tsquery('tally_en', $1) AS en)`;
    const articleHits = await pool.query<{ id: string; title: string | null; snippet: string; rank: number }>(
      `${q}
       SELECT a.id, a.title, h.rank,
              ts_headline(${CONFIG_OF_LANGUAGE("a.language")}, coalesce(a.title, '') || E'\\n' || coalesce(a.body, ''),
                          CASE WHEN a.language = 'fr' THEN q.fr ELSE q.en END, '${HEADLINE}') AS snippet
       FROM (SELECT a.seq, -ts_rank(a.fts, CASE WHEN a.language = 'fr' THEN q.fr ELSE q.en END) AS rank
             FROM articles a, q WHERE a.fts @@ q.fr OR a.fts @@ q.en
             ORDER BY rank, a.seq LIMIT $2) h
       JOIN articles a ON a.seq = h.seq, q
       ORDER BY h.rank, a.seq`,
      [text, limit],
    );
    const claimHits = await pool.query<ClaimWithArticleRow & { title: string | null; snippet: string; rank: number }>(
      `${q}
       SELECT ${PG_CLAIM_COLUMNS}, a.title AS title, h.rank,
              ts_headline(${CONFIG_OF_LANGUAGE("a.language")}, s.text, CASE WHEN a.language = 'fr' THEN q.fr ELSE q.en END, '${HEADLINE}') AS snippet
       FROM (SELECT s.id, -ts_rank(s.fts, q.fr || q.en) AS rank
             FROM sentences s, q WHERE s.fts @@ q.fr OR s.fts @@ q.en
             ORDER BY rank, s.id LIMIT $2) h
       JOIN sentences s ON s.id = h.id JOIN claims c ON ${SENTENCE_OF_CLAIM} JOIN articles a ON a.id = c.article_id, q
       ORDER BY h.rank, c.id LIMIT $2`,
      [text, limit],
    );
    const hits: (SearchHit & { rank: number })[] = [];
    for (const row of articleHits.rows) hits.push({ kind: "article", article: row.id, title: row.title, snippet: row.snippet, rank: row.rank });
    for (const row of claimHits.rows) {
      const { title, snippet, rank, ...claim } = row;
      hits.push({ kind: "claim", article: row.article_id, title, snippet, claim: withReview(claim as ClaimWithArticleRow), rank });
    }
    hits.sort((x, y) => x.rank - y.rank);
    return hits.slice(0, limit === null ? undefined : limit).map(({ rank: _rank, ...hit }) => hit);
  }

  async function stats(): Promise<StoreStats> {
    const [counts, outlets, claimCount, trackCount, byLanguage, byModality, version] = await Promise.all([
      pool.query<{ originals: number; duplicates: number }>(`
        SELECT count(*) FILTER (WHERE duplicate_of IS NULL) AS originals,
               count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS duplicates FROM articles`),
      pool.query<{ n: number }>(`SELECT count(*) AS n FROM outlets`),
      pool.query<{ n: number }>(`SELECT count(*) AS n FROM claims`),
      pool.query<{ n: number }>(`SELECT count(*) AS n FROM tracks`),
      pool.query<CountRow>(`SELECT language AS key, count(*) AS n FROM articles WHERE duplicate_of IS NULL GROUP BY language`),
      pool.query<CountRow>(`SELECT modality AS key, count(*) AS n FROM claims GROUP BY modality`),
      pgSchemaVersion(pool),
    ]);
    const record = (rows: CountRow[]): Record<string, number> => Object.fromEntries(rows.map((r) => [r.key ?? "unknown", r.n]));
    return {
      articles: counts.rows[0]!.originals,
      duplicates: counts.rows[0]!.duplicates,
      outlets: outlets.rows[0]!.n,
      claims: claimCount.rows[0]!.n,
      tracks: trackCount.rows[0]!.n,
      byLanguage: record(byLanguage.rows),
      byModality: record(byModality.rows),
      schemaVersion: version,
    };
  }

  return {
    has: async (id: string): Promise<boolean> => (await pool.query(`SELECT 1 FROM articles WHERE id = $1`, [pgText(id)])).rowCount! > 0,
    hasMany: async (ids: readonly string[]): Promise<Set<string>> => {
      if (ids.length === 0) return new Set();
      const rows = await pool.query<{ id: string }>(`SELECT id FROM articles WHERE id = ANY($1::text[])`, [ids.map(pgText)]);
      const found = new Set(rows.rows.map((r) => r.id));
      return new Set(ids.filter((id) => found.has(pgText(id))));
    },
    articles: async (options: { readonly limit?: number; readonly offset?: number; readonly language?: string } = {}): Promise<StoredArticle[]> => {
      const rows = await pool.query<ArticleListRow>(
        `SELECT a.id, a.url, a.title, a.published, a.language, a.duplicate_of, a.first_outlet, ${LINKED_OUTLETS("a")} AS linked_outlets
         FROM articles a WHERE $1::text IS NULL OR a.language = $1
         ORDER BY a.seq LIMIT $2 OFFSET $3`,
        [options.language === undefined ? null : pgText(options.language), limitOf(options.limit), offsetOf(options.offset)],
      );
      return rows.rows.map(toStoredArticle);
    },
    claims,
    search,
    stats,
  };
}
