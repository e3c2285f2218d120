/**
 * @module store/postgres/entity-queries
 * Entities on PostgreSQL, as sqlite/entity-queries: the reading pass over
 * stored originals not read yet, the list with aliases and roles, and one
 * article's spans. Several workers may read at once: rows and marks are
 * inserted with ON CONFLICT DO NOTHING, so an article read twice is stored once.
 */
import type pg from "pg";
import { ENTITY_PASS_BATCH, entityRows, toStoredEntity } from "../entity-rows.js";
import type { EntityKind, EntitySpan, PageOptions, StoredEntity } from "../store.js";
import { inTransaction } from "./connection.js";
import { pgText } from "./add-batch.js";
import { limitOf, offsetOf } from "./read-queries.js";

interface Unread {
  readonly id: string;
  readonly body: string;
  readonly language: string | null;
}

const UNREAD = `a.duplicate_of IS NULL AND a.body IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities_read r WHERE r.article_id = a.id)`;

async function read(pool: pg.Pool, articles: readonly Unread[]): Promise<void> {
  await inTransaction(pool, async (client) => {
    for (const a of articles) {
      const rows = entityRows(a.body, a.language);
      if (rows.length) {
        await client.query(
          `INSERT INTO article_entities (article_id, "start", "end", key, name, kind, role, text)
           SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           ON CONFLICT DO NOTHING`,
          [a.id, rows.map((r) => r.start), rows.map((r) => r.end), rows.map((r) => pgText(r.key)), rows.map((r) => pgText(r.name)),
            rows.map((r) => r.kind), rows.map((r) => (r.role === null ? null : pgText(r.role))), rows.map((r) => pgText(r.text))],
        );
      }
      await client.query(`INSERT INTO entities_read (article_id) VALUES ($1) ON CONFLICT DO NOTHING`, [a.id]);
    }
  });
}

export function makeEntityQueries(pool: pg.Pool): {
  entities(options?: PageOptions & { readonly kind?: EntityKind; readonly query?: string }): Promise<StoredEntity[]>;
  spans(original: string): Promise<EntitySpan[]>;
} {
  return {
    async entities(options) {
      for (;;) {
        const batch = await pool.query<Unread>(`SELECT a.id, a.body, a.language FROM articles a WHERE ${UNREAD} ORDER BY a.seq LIMIT $1`, [ENTITY_PASS_BATCH]);
        if (!batch.rows.length) break;
        await read(pool, batch.rows);
      }
      const query = options?.query ? `%${pgText(options.query).replace(/[\\%_]/g, "\\$&")}%` : null;
      const rows = await pool.query<{ key: string; name: string; kind: string; articles: number; mentions: number; aliases: string[]; roles: (string | null)[] }>(
        `SELECT e.key, min(e.kind) AS kind, count(DISTINCT e.article_id)::int AS articles, count(*)::int AS mentions,
           array_agg(DISTINCT e.text) AS aliases, array_agg(DISTINCT e.role) AS roles,
           mode() WITHIN GROUP (ORDER BY e.name) AS name
         FROM article_entities e
         WHERE ($1::text IS NULL OR e.kind = $1)
         GROUP BY e.key
         HAVING $2::text IS NULL OR bool_or(e.name ILIKE $2 OR e.text ILIKE $2)
         ORDER BY articles DESC, mentions DESC, e.key LIMIT $3 OFFSET $4`,
        [options?.kind ?? null, query, limitOf(options?.limit), offsetOf(options?.offset)],
      );
      return rows.rows.map(toStoredEntity);
    },
    async spans(original) {
      const one = await pool.query<Unread>(`SELECT a.id, a.body, a.language FROM articles a WHERE a.id = $1 AND ${UNREAD}`, [original]);
      if (one.rows.length) await read(pool, one.rows);
      const rows = await pool.query<EntitySpan>(
        `SELECT "start", "end", key, name, kind FROM article_entities WHERE article_id = $1 ORDER BY "start"`, [original]);
      return rows.rows;
    },
  };
}
