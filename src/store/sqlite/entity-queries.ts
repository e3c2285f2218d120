/**
 * @module store/sqlite/entity-queries
 * Entities in the SQLite store: the reading pass over stored originals not
 * read yet (store/entity-rows), the list of entities with their aliases and
 * roles, and one article's entity spans.
 */
import type { Database } from "better-sqlite3";
import { ENTITY_PASS_BATCH, entityRows, toStoredEntity } from "../entity-rows.js";
import type { EntityKind, EntitySpan, PageOptions, StoredEntity } from "../store.js";

interface Unread {
  readonly id: string;
  readonly body: string;
  readonly language: string | null;
}

export interface EntityQueries {
  entities(options?: PageOptions & { readonly kind?: EntityKind; readonly query?: string }): StoredEntity[];
  spans(article: string): EntitySpan[];
}

function limitOf(limit: number | undefined): number {
  return limit === undefined || !Number.isFinite(limit) ? -1 : Math.max(0, Math.floor(limit));
}

function offsetOf(offset: number | undefined): number {
  return offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.floor(offset));
}

export function makeEntityQueries(db: Database): EntityQueries {
  const unread = db.prepare<[number], Unread>(`
    SELECT a.id, a.body, a.language FROM articles a
    WHERE a.duplicate_of IS NULL AND a.body IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities_read r WHERE r.article_id = a.id)
    ORDER BY a.seq LIMIT ?`);
  const unreadOne = db.prepare<[string], Unread>(`
    SELECT a.id, a.body, a.language FROM articles a
    WHERE a.id = ? AND a.body IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities_read r WHERE r.article_id = a.id)`);
  const insert = db.prepare(`
    INSERT INTO article_entities (article_id, "start", "end", key, name, kind, role, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT DO NOTHING`);
  const markRead = db.prepare(`INSERT INTO entities_read (article_id) VALUES (?) ON CONFLICT DO NOTHING`);
  const list = db.prepare<{ kind: string | null; query: string | null; limit: number; offset: number }, {
    key: string; name: string; kind: string; articles: number; mentions: number; aliases: string; roles: string;
  }>(`
    SELECT e.key, e.kind, count(DISTINCT e.article_id) AS articles, count(*) AS mentions,
      json_group_array(DISTINCT e.text) AS aliases, json_group_array(DISTINCT e.role) AS roles,
      (SELECT x.name FROM article_entities x WHERE x.key = e.key GROUP BY x.name ORDER BY count(*) DESC, x.name LIMIT 1) AS name
    FROM article_entities e
    WHERE (@kind IS NULL OR e.kind = @kind)
    GROUP BY e.key
    HAVING @query IS NULL OR max(e.name LIKE '%' || @query || '%' ESCAPE '\\' OR e.text LIKE '%' || @query || '%' ESCAPE '\\')
    ORDER BY articles DESC, mentions DESC, e.key LIMIT @limit OFFSET @offset`);
  const spansOf = db.prepare<[string], EntitySpan>(`
    SELECT "start", "end", key, name, kind FROM article_entities WHERE article_id = ? ORDER BY "start"`);
  const originalOf = db.prepare<[string], string>(`SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?`).pluck();

  const read = db.transaction((articles: readonly Unread[]) => {
    for (const a of articles) {
      for (const r of entityRows(a.body, a.language)) insert.run(a.id, r.start, r.end, r.key, r.name, r.kind, r.role, r.text);
      markRead.run(a.id);
    }
  });

  /** Reads every original not read yet, a batch per transaction. */
  const readAll = (): void => {
    for (;;) {
      const batch = unread.all(ENTITY_PASS_BATCH);
      if (!batch.length) return;
      read.immediate(batch);
    }
  };

  return {
    entities(options) {
      readAll();
      const query = options?.query ? options.query.replace(/[\\%_]/g, "\\$&") : null;
      return list
        .all({ kind: options?.kind ?? null, query, limit: limitOf(options?.limit), offset: offsetOf(options?.offset) })
        .map((row) => toStoredEntity({ ...row, aliases: JSON.parse(row.aliases) as string[], roles: JSON.parse(row.roles) as (string | null)[] }));
    },
    spans(article) {
      const original = originalOf.get(article);
      if (original === undefined) return [];
      const one = unreadOne.get(original);
      if (one) read.immediate([one]);
      return spansOf.all(original);
    },
  };
}
