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
import { planTracks, placedTrackLabel, uniqueTrackId, type MemberRow } from "../track-plan.js";
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
      // The families marked stale (all of them, when forced), resolved in bulk: one statement per table.
      const families = force
        ? (await client.query<{ f: string }>(`SELECT DISTINCT track_family AS f FROM claims WHERE track_family IS NOT NULL`)).rows.map((r) => r.f)
        : (await client.query<{ f: string }>(`SELECT DISTINCT track_key AS f FROM dirty_track_keys WHERE id <= $1`, [upTo])).rows.map((r) => r.f);
      const members = await client.query<MemberRow & { track_family: string }>(`
        SELECT c.id, c.track_key, c.track_family, c.magnitude, c.low, c.high, c.modality, c.counts, c.subject, c.event,
               r.action, r.correction::text AS correction
        FROM claims c LEFT JOIN reviews r ON r.id = (
          SELECT max(x.id) FROM reviews x WHERE x.article_id = c.article_id AND x."in" = c."in" AND x."start" = c."start" AND x."end" = c."end")
        WHERE c.track_family = ANY($1::text[])
        ORDER BY c.id`, [families]);
      const byFamily = new Map<string, MemberRow[]>();
      for (const row of members.rows) {
        const list = byFamily.get(row.track_family);
        if (list) list.push(row);
        else byFamily.set(row.track_family, [row]);
      }
      const plans = new Map([...byFamily].map(([family, rows]) => [family, planTracks(rows)] as const));
      // Track ids other families hold: an id the resolver gives again in another family gets that family's hash.
      const held = new Map<string, string | null>(
        (await client.query<{ id: string; family: string | null }>(
          `SELECT id, family FROM tracks WHERE NOT (family = ANY($1::text[])) AND id = ANY($2::text[])`,
          [families, [...plans.values()].flatMap((plan) => [...plan.tracks.map((t) => t.id), ...plan.placed.map((p) => p.track)])],
        )).rows.map((r) => [r.id, r.family]),
      );
      const trackRows: Array<{ id: string; key: string; label: string; counts: string | null; subject: string | null; event: string | null; scope: string | null; family: string }> = [];
      const links: Array<readonly [string, string, string]> = [];
      const trackOf = new Map<number, string>();
      for (const [family, { tracks, placed }] of plans) {
        const idOf = new Map<string, string>();
        for (const t of tracks) {
          const id = uniqueTrackId(t.id, family, held.get(t.id));
          idOf.set(t.id, id);
          trackRows.push({ id, key: t.key, label: t.label, counts: t.counts, subject: t.subject, event: t.event, scope: t.scope, family });
          for (const m of t.members) trackOf.set(m, id);
        }
        for (const t of tracks) for (const r of t.related) links.push([idOf.get(t.id)!, idOf.get(r.id) ?? r.id, r.relation]);
        for (const p of placed) {
          if (!trackRows.some((r) => r.id === p.track) && !held.has(p.track)) {
            trackRows.push({ id: p.track, key: p.row.track_key, label: placedTrackLabel(p.row), counts: p.row.counts, subject: p.row.subject, event: p.row.event, scope: null, family });
          }
          trackOf.set(p.id, p.track);
        }
      }
      await client.query(
        `DELETE FROM track_links WHERE track_id IN (SELECT id FROM tracks WHERE family = ANY($1::text[]))
           OR related_id IN (SELECT id FROM tracks WHERE family = ANY($1::text[]))`, [families]);
      await client.query(`DELETE FROM tracks WHERE family = ANY($1::text[])`, [families]);
      await client.query(
        `INSERT INTO tracks (id, track_key, label, counts, subject, event, scope, family)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         ON CONFLICT (id) DO NOTHING`,
        [trackRows.map((r) => r.id), trackRows.map((r) => r.key), trackRows.map((r) => r.label), trackRows.map((r) => r.counts),
          trackRows.map((r) => r.subject), trackRows.map((r) => r.event), trackRows.map((r) => r.scope), trackRows.map((r) => r.family)],
      );
      await client.query(
        `INSERT INTO track_links (track_id, related_id, relation) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
        [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
      );
      const ids = [...trackOf.keys()];
      await client.query(
        `UPDATE claims c SET track = v.track FROM unnest($1::bigint[], $2::text[]) AS v(id, track)
         WHERE c.id = v.id AND c.track IS DISTINCT FROM v.track`,
        [ids, ids.map((id) => trackOf.get(id)!)],
      );
      await client.query(
        `UPDATE claims SET track = NULL WHERE track_family = ANY($1::text[]) AND track IS NOT NULL AND NOT (id = ANY($2::bigint[]))`,
        [families, ids],
      );
      // Only the marks this snapshot saw: a batch committed since keeps its own.
      if (upTo !== null) await client.query(`DELETE FROM dirty_track_keys WHERE id <= $1`, [upTo]);
      const total = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM tracks`);
      await client.query("COMMIT");
      return total.rows[0]!.n;
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
        // Only a track with estimates from two sources can hold a contradiction: most tracks are one claim.
        : (await pool.query<{ id: string }>(
          `SELECT track AS id FROM claims WHERE track IS NOT NULL
           GROUP BY track HAVING count(DISTINCT coalesce(original_source, source, article_id)) >= 2 ORDER BY track`,
        )).rows.map((r) => r.id);
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
