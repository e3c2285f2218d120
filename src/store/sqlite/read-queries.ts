/**
 * @module store/sqlite/read-queries
 * The reading side of the SQLite store: claims by filter, articles with
 * their outlets, full-text search, and counts. Fixed statements are
 * prepared once; the claims query is built from the filters present (and
 * cached by shape), every value bound as a parameter.
 */
import type { Database, Statement } from "better-sqlite3";
import { toFtsQuery } from "../fts-query.js";
import type { ClaimFilter, SearchHit, StoredArticle, StoredClaim, StoreStats } from "../store.js";
import { schemaVersion } from "./migrations.js";
import { normaliseSource, toStoredArticle } from "./row-mapping.js";
import type { ArticleListRow, ClaimWithArticleRow, CountRow } from "./rows.js";
import { LATEST_REVIEW_COLUMN, withReview } from "./reviews.js";

export interface ReadQueries {
  has(id: string): boolean;
  articles(options?: { readonly limit?: number; readonly offset?: number; readonly language?: string }): StoredArticle[];
  claims(filter?: ClaimFilter): StoredClaim[];
  search(query: string, options?: { readonly limit?: number }): SearchHit[];
  stats(): StoreStats;
}

// Each claim carries its latest review by a person (sqlite/reviews).
const CLAIM_COLUMNS = `c.*, s.text AS sentence_text, a.published AS published, a.language AS language, ${LATEST_REVIEW_COLUMN}`;
// A claim's sentence, by the key sentences' unique index and claims_article (article_id, "in") serve.
const SENTENCE_OF_CLAIM = `s.article_id = c.article_id AND s."in" = c."in" AND s."start" = c.sentence_start AND s."end" = c.sentence_end`;
// Snippet markers: plain brackets, readable in a terminal, a CSV or JSON.
const SNIPPET_OPEN = "[";
const SNIPPET_CLOSE = "]";
const SNIPPET_ELLIPSIS = "…";
const SNIPPET_TOKENS = 16;
const DEFAULT_SEARCH_LIMIT = 20;

/** `-1` is SQLite's "no limit"; negative or fractional inputs are not passed through. */
function limitOf(limit: number | undefined): number {
  return limit === undefined || !Number.isFinite(limit) ? -1 : Math.max(0, Math.floor(limit));
}

function offsetOf(offset: number | undefined): number {
  return offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.floor(offset));
}

/**
 * Dates are ISO strings of any precision, compared as text. `until` is
 * inclusive of everything that starts with it: "2024-03-31" keeps
 * "2024-03-31T18:00Z", so it is bound as the date followed by "~", which
 * sorts after every character an ISO date holds.
 */
function untilBound(until: string): string {
  return `${until}~`;
}

export function makeReadQueries(db: Database): ReadQueries {
  const hasId = db.prepare<[string], number>(`SELECT 1 FROM articles WHERE id = ?`).pluck();
  const listArticles = db.prepare<{ language: string | null; limit: number; offset: number }, ArticleListRow>(`
    SELECT a.id, a.url, a.title, a.published, a.language, a.duplicate_of, a.first_outlet,
      (SELECT json_group_array(name) FROM (
         SELECT o.name FROM article_outlets ao JOIN outlets o ON o.id = ao.outlet_id
         WHERE ao.article_id = coalesce(a.duplicate_of, a.id) ORDER BY ao.rowid)) AS linked_outlets
    FROM articles a
    WHERE @language IS NULL OR a.language = @language
    ORDER BY a.seq
    LIMIT @limit OFFSET @offset`);
  const articleHits = db.prepare<[string, number], { id: string; title: string | null; snippet: string; rank: number }>(`
    SELECT a.id, a.title, snippet(articles_fts, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '${SNIPPET_ELLIPSIS}', ${SNIPPET_TOKENS}) AS snippet,
           articles_fts.rank AS rank
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?`);
  const claimHits = db.prepare<[string, number], ClaimWithArticleRow & { title: string | null; snippet: string; rank: number }>(`
    SELECT ${CLAIM_COLUMNS}, a.title AS title,
           snippet(sentences_fts, 0, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '${SNIPPET_ELLIPSIS}', ${SNIPPET_TOKENS}) AS snippet,
           sentences_fts.rank AS rank
    FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid
      JOIN claims c ON ${SENTENCE_OF_CLAIM} JOIN articles a ON a.id = c.article_id
    WHERE sentences_fts MATCH ? ORDER BY sentences_fts.rank, c.id LIMIT ?`);
  const countArticles = db.prepare<[], { originals: number; duplicates: number }>(`
    SELECT count(*) FILTER (WHERE duplicate_of IS NULL) AS originals,
           count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS duplicates FROM articles`);
  const countOutlets = db.prepare<[], number>(`SELECT count(*) FROM outlets`).pluck();
  const countClaims = db.prepare<[], number>(`SELECT count(*) FROM claims`).pluck();
  const countTracks = db.prepare<[], number>(`SELECT count(*) FROM tracks`).pluck();
  const byLanguage = db.prepare<[], CountRow>(
    `SELECT language AS key, count(*) AS n FROM articles WHERE duplicate_of IS NULL GROUP BY language`,
  );
  const byModality = db.prepare<[], CountRow>(`SELECT modality AS key, count(*) AS n FROM claims GROUP BY modality`);

  // Claims statements by the set of filters used: at most 2^7 shapes, each prepared once.
  const claimStatements = new Map<string, Statement<Record<string, unknown>, ClaimWithArticleRow>>();

  function claims(filter: ClaimFilter = {}): StoredClaim[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: limitOf(filter.limit), offset: offsetOf(filter.offset) };
    const add = (key: string, clause: string, value: unknown): void => {
      where.push(clause);
      params[key] = value;
    };
    if (filter.article !== undefined) add("article", "c.article_id = @article", filter.article);
    if (filter.source !== undefined) add("source", "instr(c.source_norm, @source) > 0", normaliseSource(filter.source));
    if (filter.counts !== undefined) add("counts", "c.counts = @counts", filter.counts.toLowerCase());
    if (filter.modality !== undefined) add("modality", "c.modality = @modality", filter.modality);
    if (filter.language !== undefined) add("language", "a.language = @language", filter.language);
    if (filter.since !== undefined) add("since", "a.published >= @since", filter.since);
    if (filter.until !== undefined) add("until", "a.published <= @until", untilBound(filter.until));
    const shape = where.join(" AND ");
    let statement = claimStatements.get(shape);
    if (!statement) {
      statement = db.prepare(`
        SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id JOIN sentences s ON ${SENTENCE_OF_CLAIM}
        ${shape ? `WHERE ${shape}` : ""}
        ORDER BY c.id LIMIT @limit OFFSET @offset`);
      claimStatements.set(shape, statement);
    }
    return statement.all(params).map(withReview);
  }

  function search(query: string, options: { readonly limit?: number } = {}): SearchHit[] {
    const match = toFtsQuery(query);
    const limit = options.limit === undefined ? DEFAULT_SEARCH_LIMIT : limitOf(options.limit);
    if (match === null || limit === 0) return [];
    const hits: (SearchHit & { rank: number })[] = [];
    for (const row of articleHits.all(match, limit)) {
      hits.push({ kind: "article", article: row.id, title: row.title, snippet: row.snippet, rank: row.rank });
    }
    for (const row of claimHits.all(match, limit)) {
      hits.push({ kind: "claim", article: row.article_id, title: row.title, snippet: row.snippet, claim: withReview(row), rank: row.rank });
    }
    // bm25 ranks of the two tables are on similar scales (lower is better); good enough to interleave.
    hits.sort((x, y) => x.rank - y.rank);
    return hits.slice(0, limit < 0 ? undefined : limit).map(({ rank: _rank, ...hit }) => hit);
  }

  function stats(): StoreStats {
    const counts = countArticles.get()!;
    const record = (rows: CountRow[]): Record<string, number> =>
      Object.fromEntries(rows.map((r) => [r.key ?? "unknown", r.n]));
    return {
      articles: counts.originals,
      duplicates: counts.duplicates,
      outlets: countOutlets.get()!,
      claims: countClaims.get()!,
      tracks: countTracks.get()!,
      byLanguage: record(byLanguage.all()),
      byModality: record(byModality.all()),
      schemaVersion: schemaVersion(db),
    };
  }

  return {
    has: (id) => hasId.get(id) !== undefined,
    articles: (options = {}) =>
      listArticles
        .all({ language: options.language ?? null, limit: limitOf(options.limit), offset: offsetOf(options.offset) })
        .map(toStoredArticle),
    claims,
    search,
    stats,
  };
}
