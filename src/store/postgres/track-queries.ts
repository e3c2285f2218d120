/**
 * @module store/postgres/track-queries
 * The views across articles on PostgreSQL (as sqlite/track-queries: the
 * same rows in, the same pure functions of core/tracks and
 * sqlite/track-queries out), and track resolution.
 *
 * Resolution is the SQLite one (planTracks over every stored claim with its
 * latest review; the pure resolver is order-independent), made safe for
 * many workers writing at once:
 * - one resolver at a time per schema: a session advisory lock (TRACKS),
 *   taken before the transaction begins;
 * - the transaction is REPEATABLE READ, so the claims it resolves and the
 *   dirty marks it deletes are read from one snapshot: a batch committed
 *   meanwhile keeps its marks (its own rows, never seen, never deleted), and
 *   the next resolution picks its claims up. Batches only insert claims;
 *   resolution only updates their `track`, so the two never conflict.
 * The tracks are then a function of what is stored, whatever order the
 * articles arrived in and whichever worker stored them.
 */
import type pg from "pg";
import type {
  ArticleDetail, Contradiction, EntityKind, PageOptions, RelatedTrack, StoredEntity, Timeline, TimelineEntry, TrackRelation,
  TrackSummary, ViewOptions,
} from "../store.js";
import { toStoredArticle } from "../sqlite/row-mapping.js";
import { withReview } from "../sqlite/reviews.js";
import type { ArticleListRow } from "../sqlite/rows.js";
import { compareEntries, summarise, timelineOf, toEntry, trackContradictions, type EntryRow, type TrackRow } from "../sqlite/track-queries.js";
import { planTracks, placedTrackLabel, type MemberRow } from "../sqlite/track-resolution.js";
import { LOCK } from "./connection.js";
import { makeEntityQueries } from "./entity-queries.js";
import { pgText } from "./add-batch.js";
import { LINKED_OUTLETS, limitOf, offsetOf, PG_LATEST_REVIEW_COLUMN } from "./read-queries.js";

const AS_OF = (p: string) => `(${p}::text IS NULL OR (a.published IS NOT NULL AND a.published <= ${p}::text || '~'))`;

const ENTRY_COLUMNS = `c.*, s.text AS sentence_text, a.published AS published, a.language AS language, ${PG_LATEST_REVIEW_COLUMN},
  (SELECT coalesce(json_agg(o.name ORDER BY ao.seq), '[]'::json)::text FROM article_outlets ao JOIN outlets o ON o.id = ao.outlet_id
    WHERE ao.article_id = coalesce(a.duplicate_of, a.id)) AS outlets`;
const ENTRY_JOINS = `FROM claims c JOIN articles a ON a.id = c.article_id
  JOIN sentences s ON s.article_id = c.article_id AND s."in" = c."in" AND s."start" = c.sentence_start AND s."end" = c.sentence_end`;

function like(query: string | undefined): string | null {
  return query ? `%${pgText(query).replace(/[\\%_]/g, "\\$&")}%` : null;
}

export function makeTrackResolution(pool: pg.Pool, schema: string) {
  async function resolveLocked(client: pg.PoolClient, force: boolean): Promise<number> {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    try {
      const dirty = await client.query<{ max: number | null }>(`SELECT max(id) AS max FROM dirty_track_keys`);
      const upTo = dirty.rows[0]?.max ?? null;
      if (!force && upTo === null) {
        await client.query("COMMIT");
        return -1;
      }
      const members = await client.query<MemberRow & { correction: unknown }>(`
        SELECT c.id, c.track_key, c.magnitude, c.low, c.high, c.modality, c.counts, c.subject, c.event, r.action, r.correction::text AS correction
        FROM claims c LEFT JOIN reviews r ON r.id = (
          SELECT max(x.id) FROM reviews x WHERE x.article_id = c.article_id AND x."in" = c."in" AND x."start" = c."start" AND x."end" = c."end")
        WHERE c.track_key IS NOT NULL
        ORDER BY c.id`);
      const { tracks, placed } = planTracks(members.rows as MemberRow[]);
      // Who ends on which track: the resolver's, then a person's choices over them.
      const trackOf = new Map<number, string>();
      for (const t of tracks) for (const id of t.members) trackOf.set(id, t.id);
      const trackRows = new Map<string, { id: string; key: string; label: string; counts: string | null; subject: string | null; event: string | null; scope: string | null }>();
      for (const t of tracks) trackRows.set(t.id, { id: t.id, key: t.key, label: t.label, counts: t.counts, subject: t.subject, event: t.event, scope: t.scope });
      let added = 0;
      for (const p of placed) {
        if (!trackRows.has(p.track)) {
          trackRows.set(p.track, { id: p.track, key: p.row.track_key, label: placedTrackLabel(p.row), counts: p.row.counts, subject: p.row.subject, event: p.row.event, scope: null });
          added++;
        }
        trackOf.set(p.id, p.track);
      }
      await client.query(`DELETE FROM track_links`);
      await client.query(`DELETE FROM tracks`);
      const rows = [...trackRows.values()];
      await client.query(
        `INSERT INTO tracks (id, track_key, label, counts, subject, event, scope)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
        [rows.map((r) => r.id), rows.map((r) => r.key), rows.map((r) => r.label), rows.map((r) => r.counts), rows.map((r) => r.subject),
          rows.map((r) => r.event), rows.map((r) => r.scope)],
      );
      const links = tracks.flatMap((t) => t.related.map((r) => [t.id, r.id, r.relation] as const));
      await client.query(
        `INSERT INTO track_links (track_id, related_id, relation) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
        [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
      );
      const ids = [...trackOf.keys()];
      await client.query(
        `UPDATE claims c SET track = v.track FROM unnest($1::bigint[], $2::text[]) AS v(id, track)
         WHERE c.id = v.id AND c.track IS DISTINCT FROM v.track`,
        [ids, ids.map((id) => trackOf.get(id)!)],
      );
      await client.query(`UPDATE claims SET track = NULL WHERE track IS NOT NULL AND NOT (id = ANY($1::bigint[]))`, [ids]);
      // Only the marks this snapshot saw: a batch committed since keeps its own.
      if (upTo !== null) await client.query(`DELETE FROM dirty_track_keys WHERE id <= $1`, [upTo]);
      await client.query("COMMIT");
      return rows.length;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  }

  return {
    pending: async (): Promise<boolean> => (await pool.query(`SELECT 1 FROM dirty_track_keys LIMIT 1`)).rowCount! > 0,
    /** Resolves when claims changed (or always, when forced); returns the number of tracks, or -1 when nothing changed. */
    async resolve(force = false): Promise<number> {
      if (!force && (await pool.query(`SELECT 1 FROM dirty_track_keys LIMIT 1`)).rowCount === 0) return -1;
      const client = await pool.connect();
      try {
        await client.query(`SELECT pg_advisory_lock($1, hashtext($2))`, [LOCK.TRACKS, schema]);
        try {
          return await resolveLocked(client, force);
        } finally {
          await client.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [LOCK.TRACKS, schema]);
        }
      } finally {
        client.release();
      }
    },
  };
}

export function makeTrackQueries(pool: pg.Pool, schema: string) {
  const entityQueries = makeEntityQueries(pool);
  const resolution = makeTrackResolution(pool, schema);
  const fresh = async (): Promise<void> => {
    await resolution.resolve();
  };

  const trackById = async (id: string): Promise<TrackRow | undefined> =>
    (await pool.query<TrackRow>(`SELECT id, label, counts, subject, event, scope FROM tracks WHERE id = $1`, [pgText(id)])).rows[0];
  const entries = async (track: string, asOf: string | null): Promise<TimelineEntry[]> =>
    (await pool.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} ${ENTRY_JOINS} WHERE c.track = $1 AND ${AS_OF("$2")} ORDER BY c.id`, [pgText(track), asOf === null ? null : pgText(asOf)]))
      .rows.map(toEntry).sort(compareEntries);
  const related = async (id: string): Promise<RelatedTrack[]> =>
    (await pool.query<{ related_id: string; relation: string; label: string }>(
      `SELECT l.related_id, l.relation, t.label FROM track_links l JOIN tracks t ON t.id = l.related_id WHERE l.track_id = $1 ORDER BY l.related_id`,
      [id],
    )).rows.map((l) => ({ id: l.related_id, label: l.label, relation: l.relation as TrackRelation }));

  return {
    resolveTracks: (options?: { readonly ifChanged?: boolean }) => resolution.resolve(!options?.ifChanged),
    async tracks(options?: ViewOptions & PageOptions & { readonly query?: string }): Promise<TrackSummary[]> {
      await fresh();
      const asOf = options?.asOf === undefined ? null : pgText(options.asOf);
      const rows = await pool.query<TrackRow & { n: number }>(
        `SELECT t.id, t.label, t.counts, t.subject, t.event, t.scope, count(*) AS n
         FROM tracks t JOIN claims c ON c.track = t.id JOIN articles a ON a.id = c.article_id
         WHERE ${AS_OF("$1")} AND ($2::text IS NULL OR t.label ILIKE $2)
         GROUP BY t.id ORDER BY n DESC, t.id LIMIT $3 OFFSET $4`,
        [asOf, like(options?.query), limitOf(options?.limit), offsetOf(options?.offset)],
      );
      const out: TrackSummary[] = [];
      for (const { n: _n, ...row } of rows.rows) out.push(summarise(row, await entries(row.id, asOf), await related(row.id)));
      return out;
    },
    async timeline(track: string, options?: ViewOptions): Promise<Timeline | null> {
      await fresh();
      const row = await trackById(track);
      if (!row) return null;
      return timelineOf(row, await entries(track, options?.asOf ?? null), await related(row.id));
    },
    async contradictions(options?: ViewOptions & PageOptions & { readonly track?: string }): Promise<Contradiction[]> {
      await fresh();
      const ids = options?.track !== undefined
        ? [options.track]
        : (await pool.query<{ id: string }>(`SELECT id FROM tracks ORDER BY id`)).rows.map((r) => r.id);
      const out: Contradiction[] = [];
      for (const id of ids) {
        const row = await trackById(id);
        if (row) out.push(...trackContradictions(row, await entries(id, options?.asOf ?? null)));
      }
      const limit = limitOf(options?.limit);
      const offset = offsetOf(options?.offset);
      return out.slice(offset, limit === null ? undefined : offset + limit);
    },
    async article(id: string): Promise<ArticleDetail | null> {
      await fresh();
      const found = await pool.query<ArticleListRow & { body: string | null; original_body: string | null }>(
        `SELECT a.id, a.url, a.title, a.published, a.language, a.duplicate_of, a.first_outlet, a.body,
           (SELECT body FROM articles o WHERE o.id = a.duplicate_of) AS original_body,
           ${LINKED_OUTLETS("a")} AS linked_outlets
         FROM articles a WHERE a.id = $1`,
        [pgText(id)],
      );
      const row = found.rows[0];
      if (!row) return null;
      const original = row.duplicate_of ?? row.id;
      const [claims, spans, quotes] = await Promise.all([
        pool.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} ${ENTRY_JOINS} WHERE c.article_id = $1 ORDER BY c."in", c."start"`, [original]),
        entityQueries.spans(original),
        pool.query<{ start: number; end: number; speaker: string | null }>(
          `SELECT "start", "end", speaker FROM quotes WHERE article_id = $1 ORDER BY "start"`, [original]),
      ]);
      return {
        article: toStoredArticle(row),
        body: row.body ?? row.original_body ?? "",
        claims: claims.rows.map((r) => withReview(r)),
        entities: spans,
        quotes: quotes.rows,
      };
    },
    entities: (options?: PageOptions & { readonly kind?: EntityKind; readonly query?: string }): Promise<StoredEntity[]> => entityQueries.entities(options),
  };
}
