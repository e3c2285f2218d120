/**
 * @module store/postgres/reviews
 * A person's reviews of claims on PostgreSQL, as sqlite/reviews: checked
 * the same way (checkReview), keyed by the claim's characters, the latest
 * joined onto the claim; storing one marks tracks stale.
 */
import type pg from "pg";
import type { AuditEntry, ClaimCorrection, ClaimReview, ReviewInput } from "../store.js";
import { checkReview, reviewFromRow, withReview, type ReviewRowOf } from "../sqlite/reviews.js";
import type { ClaimWithArticleRow } from "../sqlite/rows.js";
import { pgText } from "./add-batch.js";
import { inTransaction } from "./connection.js";
import { limitOf, offsetOf, PG_CLAIM_COLUMNS, SENTENCE_OF_CLAIM } from "./read-queries.js";

const CORRECTABLE = ["low", "high", "counts", "source", "modality", "track"] as const;

type ReviewRow = ReviewRowOf<ClaimCorrection | null>;

function toReview(row: ReviewRow): ClaimReview {
  return reviewFromRow(row, row.correction);
}

function correctionJson(correction: ClaimCorrection | undefined): string | null {
  if (correction === undefined) return null;
  const kept: Record<string, unknown> = {};
  for (const field of CORRECTABLE) if (correction[field] !== undefined) kept[field] = correction[field];
  return JSON.stringify(kept);
}

/** jsonb does not keep key order: the corrected fields come back in CORRECTABLE's order, as SQLite keeps them. */
function ordered(correction: ClaimCorrection | null): ClaimCorrection | null {
  if (correction === null) return null;
  const kept: Record<string, unknown> = {};
  for (const field of CORRECTABLE) if (correction[field] !== undefined) kept[field] = correction[field];
  return kept as ClaimCorrection;
}

export function makeReviews(pool: pg.Pool, now: () => Date = () => new Date()) {
  const claimOf = async (r: { article_id: string; in: string; start: number; end: number }) =>
    (await pool.query<ClaimWithArticleRow>(
      `SELECT ${PG_CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id JOIN sentences s ON ${SENTENCE_OF_CLAIM}
       WHERE c.article_id = $1 AND c."in" = $2 AND c."start" = $3 AND c."end" = $4 ORDER BY c.id LIMIT 1`,
      [r.article_id, r.in, r.start, r.end],
    )).rows[0];

  return {
    async review(input: ReviewInput): Promise<ClaimReview | null> {
      checkReview(input);
      const exists = await pool.query(
        `SELECT 1 FROM claims WHERE article_id = $1 AND "in" = $2 AND "start" = $3 AND "end" = $4 LIMIT 1`,
        [pgText(input.article), input.in, input.start, input.end],
      );
      if (exists.rowCount === 0) return null;
      const row = await inTransaction(pool, async (client) => {
        const inserted = await client.query<ReviewRow>(
          `INSERT INTO reviews (article_id, "in", "start", "end", action, correction, note, reviewer, created_at)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9) RETURNING *`,
          [pgText(input.article), input.in, input.start, input.end, input.action, correctionJson(input.correction),
            pgText(input.note ?? null), pgText(input.reviewer ?? null), now().toISOString()],
        );
        // A review can move a claim out of its track or into another: tracks are resolved again.
        await client.query(
          `INSERT INTO dirty_track_keys (track_key)
             SELECT track_family FROM claims WHERE article_id = $1 AND "in" = $2 AND "start" = $3 AND "end" = $4 AND track_family IS NOT NULL`,
          [pgText(input.article), input.in, input.start, input.end],
        );
        return inserted.rows[0]!;
      });
      return toReview({ ...row, correction: ordered(row.correction) });
    },
    async reviews(options: { readonly limit?: number; readonly offset?: number; readonly article?: string } = {}): Promise<AuditEntry[]> {
      const rows = await pool.query<ReviewRow & { title: string | null }>(
        `SELECT r.*, a.title AS title FROM reviews r LEFT JOIN articles a ON a.id = r.article_id
         WHERE $1::text IS NULL OR r.article_id = $1
         ORDER BY r.id DESC LIMIT $2 OFFSET $3`,
        [options.article === undefined ? null : pgText(options.article), limitOf(options.limit), offsetOf(options.offset)],
      );
      const out: AuditEntry[] = [];
      for (const row of rows.rows) {
        const claim = await claimOf(row);
        out.push({ review: toReview({ ...row, correction: ordered(row.correction) }), claim: claim === undefined ? null : withReview(claim), title: row.title });
      }
      return out;
    },
  };
}
