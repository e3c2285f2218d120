/**
 * @module store/sqlite/reviews
 * A person's reviews of claims (confirm, correct, reject), kept with their
 * time in the `reviews` table (migration 7). A review is keyed by the
 * claim's stable identity (article, "in", start, end), not by its row id,
 * so it survives the article being analysed again; the latest review of a
 * claim is the one that counts, the earlier ones stay for the audit.
 */
import type { Database } from "better-sqlite3";
import type { Modality } from "../../core/types.js";
import type { AuditEntry, ClaimCorrection, ClaimReview, ReviewAction, ReviewInput, StoredClaim } from "../store.js";
import { REVIEW_ACTIONS } from "../store.js";
import { familyOf } from "../../core/tracks/resolve-tracks.js";
import { toStoredClaim } from "./row-mapping.js";
import type { ClaimWithArticleRow } from "./rows.js";

const MODALITIES: readonly Modality[] = ["stated", "unconfirmed", "possible", "denied"];
const CORRECTABLE = ["low", "high", "counts", "source", "modality", "track"] as const;

/**
 * A column for a claims query aliased `c`: the claim's latest review as a
 * JSON object, or NULL. Read it back with `reviewOfRow`.
 */
export const LATEST_REVIEW_COLUMN = `(
  SELECT json_object('id', r.id, 'article', r.article_id, 'in', r."in", 'start', r."start", 'end', r."end",
                     'action', r.action, 'correction', json(r.correction), 'note', r.note,
                     'reviewer', r.reviewer, 'createdAt', r.created_at)
  FROM reviews r
  WHERE r.article_id = c.article_id AND r."in" = c."in" AND r."start" = c."start" AND r."end" = c."end"
  ORDER BY r.id DESC LIMIT 1) AS review_json`;

/** The latest review a row carries through LATEST_REVIEW_COLUMN (null when none). */
export function reviewOfRow(row: { readonly review_json?: string | null }): ClaimReview | null {
  return typeof row.review_json === "string" ? (JSON.parse(row.review_json) as ClaimReview) : null;
}

/** A stored claim with its latest review attached. */
export function withReview(row: ClaimWithArticleRow & { readonly review_json?: string | null }): StoredClaim {
  return { ...toStoredClaim(row), review: reviewOfRow(row) };
}

/** Checks a review before it is stored: a clear message for each mistake. */
export function checkReview(input: ReviewInput): void {
  if (!REVIEW_ACTIONS.includes(input.action)) throw new RangeError(`review action must be one of ${REVIEW_ACTIONS.join(", ")}`);
  if (input.in !== "body" && input.in !== "title") throw new RangeError(`"in" must be "body" or "title"`);
  if (!Number.isInteger(input.start) || !Number.isInteger(input.end) || input.start < 0 || input.end <= input.start) {
    throw new RangeError("start and end must be whole numbers with 0 <= start < end");
  }
  const correction = input.correction;
  if (input.action !== "correct") {
    if (correction !== undefined) throw new RangeError(`a "${input.action}" review carries no correction`);
    return;
  }
  for (const field of Object.keys(correction ?? {})) {
    if (!(CORRECTABLE as readonly string[]).includes(field)) throw new RangeError(`"${field}" cannot be corrected`);
  }
  if (correction === undefined || CORRECTABLE.every((field) => correction[field] === undefined)) {
    throw new RangeError(`a "correct" review needs at least one corrected field (${CORRECTABLE.join(", ")})`);
  }
  for (const field of ["low", "high"] as const) {
    const value = correction[field];
    if (value !== undefined && value !== null && !Number.isFinite(value)) throw new RangeError(`${field} must be a finite number`);
  }
  if (typeof correction.low === "number" && typeof correction.high === "number" && correction.low > correction.high) {
    throw new RangeError("low must not be greater than high");
  }
  if (correction.modality !== undefined && !MODALITIES.includes(correction.modality)) {
    throw new RangeError(`modality must be one of ${MODALITIES.join(", ")}`);
  }
}

/** A reviews row; `C` is how the backend returns the correction (JSON text in SQLite, parsed in PostgreSQL). */
export interface ReviewRowOf<C> {
  readonly id: number;
  readonly article_id: string;
  readonly in: "body" | "title";
  readonly start: number;
  readonly end: number;
  readonly action: ReviewAction;
  readonly correction: C;
  readonly note: string | null;
  readonly reviewer: string | null;
  readonly created_at: string;
}

type ReviewRow = ReviewRowOf<string | null>;

/** A review from its row, the correction already parsed. */
export function reviewFromRow(row: ReviewRowOf<unknown>, correction: ClaimCorrection | null): ClaimReview {
  return {
    id: row.id, article: row.article_id, in: row.in, start: row.start, end: row.end, action: row.action,
    correction, note: row.note, reviewer: row.reviewer, createdAt: row.created_at,
  };
}

function toReview(row: ReviewRow): ClaimReview {
  return reviewFromRow(row, row.correction === null ? null : (JSON.parse(row.correction) as ClaimCorrection));
}

/** Only the corrected fields, in a fixed order. */
function correctionJson(correction: ClaimCorrection | undefined): string | null {
  if (correction === undefined) return null;
  const kept: Record<string, unknown> = {};
  for (const field of CORRECTABLE) if (correction[field] !== undefined) kept[field] = correction[field];
  return JSON.stringify(kept);
}

function limitOf(limit: number | undefined): number {
  return limit === undefined || !Number.isFinite(limit) ? -1 : Math.max(0, Math.floor(limit));
}

function offsetOf(offset: number | undefined): number {
  return offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.floor(offset));
}

export interface ReviewQueries {
  review(input: ReviewInput): ClaimReview | null;
  reviews(options?: { readonly limit?: number; readonly offset?: number; readonly article?: string }): AuditEntry[];
}

export function makeReviews(db: Database, now: () => Date = () => new Date()): ReviewQueries {
  const claimExists = db
    .prepare<[string, string, number, number], number>(
      `SELECT 1 FROM claims WHERE article_id = ? AND "in" = ? AND "start" = ? AND "end" = ? LIMIT 1`,
    )
    .pluck();
  const insert = db.prepare<[string, string, number, number, string, string | null, string | null, string | null, string], ReviewRow>(`
    INSERT INTO reviews (article_id, "in", "start", "end", action, correction, note, reviewer, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`);
  const list = db.prepare<{ article: string | null; limit: number; offset: number }, ReviewRow & { title: string | null }>(`
    SELECT r.*, a.title AS title FROM reviews r LEFT JOIN articles a ON a.id = r.article_id
    WHERE @article IS NULL OR r.article_id = @article
    ORDER BY r.id DESC LIMIT @limit OFFSET @offset`);
  const claimOf = db.prepare<[string, string, number, number], ClaimWithArticleRow & { review_json: string | null }>(`
    SELECT c.*, s.text AS sentence_text, a.published AS published, a.language AS language, ${LATEST_REVIEW_COLUMN}
    FROM claims c JOIN articles a ON a.id = c.article_id
      JOIN sentences s ON s.article_id = c.article_id AND s."in" = c."in" AND s."start" = c.sentence_start AND s."end" = c.sentence_end
    WHERE c.article_id = ? AND c."in" = ? AND c."start" = ? AND c."end" = ?
    ORDER BY c.id LIMIT 1`);
  // A review can move a claim out of its track or into another: tracks are resolved again (sqlite/track-resolution).
  // A claim of a family local to its article keeps no family column (sqlite/local-families): it is read from the key.
  const familiesOfClaim = db.prepare<[string, string, number, number], { track_key: string; track_family: string | null }>(`
    SELECT track_key, track_family FROM claims WHERE article_id = ? AND "in" = ? AND "start" = ? AND "end" = ? AND track_key IS NOT NULL`);
  const markStale = db.prepare<[string]>(`INSERT INTO dirty_track_keys (track_key) VALUES (?) ON CONFLICT DO NOTHING`);
  const markTracksStale = (input: ReviewInput): void => {
    for (const c of familiesOfClaim.all(input.article, input.in, input.start, input.end)) markStale.run(c.track_family ?? familyOf(c.track_key));
  };
  const store = db.transaction((input: ReviewInput): ReviewRow => {
    const row = insert.get(
      input.article,
      input.in,
      input.start,
      input.end,
      input.action,
      correctionJson(input.correction),
      input.note ?? null,
      input.reviewer ?? null,
      now().toISOString(),
    )!;
    markTracksStale(input);
    return row;
  });

  return {
    review(input) {
      checkReview(input);
      if (claimExists.get(input.article, input.in, input.start, input.end) === undefined) return null;
      return toReview(store(input));
    },
    reviews(options = {}) {
      return list
        .all({ article: options.article ?? null, limit: limitOf(options.limit), offset: offsetOf(options.offset) })
        .map((row) => {
          const claim = claimOf.get(row.article_id, row.in, row.start, row.end);
          return { review: toReview(row), claim: claim === undefined ? null : withReview(claim), title: row.title };
        });
    },
  };
}
