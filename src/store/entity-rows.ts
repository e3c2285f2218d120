/**
 * @module store/entity-rows
 * The entities an article names, as the store keeps them: one row per
 * mention, with its canonical key (core/entities), so the ledger can list
 * every person, organisation and place across articles and languages, with
 * the names they go by. Read once per stored original, when first asked for
 * (reading costs about as much as extracting the figures, so ingest does not
 * pay it; `tally entities` and the article view do, once).
 */
import { findEntities } from "../core/entities/find-entities.js";
import type { EntityKind, StoredEntity } from "./store.js";

export interface EntityRow {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly role: string | null;
  readonly text: string;
}

/** How many unread articles one pass reads in one transaction. */
export const ENTITY_PASS_BATCH = 200;

export function entityRows(body: string, language: string | null): EntityRow[] {
  const lang = language === "en" ? "en" : "fr";
  return findEntities(body, lang).map((m) => ({ start: m.start, end: m.end, key: m.key, name: m.name, kind: m.kind, role: m.role, text: m.text }));
}

/** An entity as listed, from its aggregated rows. */
export function toStoredEntity(row: {
  readonly key: string;
  readonly name: string;
  readonly kind: string;
  readonly articles: number;
  readonly mentions: number;
  readonly aliases: readonly (string | null)[];
  readonly roles: readonly (string | null)[];
}): StoredEntity {
  const clean = (list: readonly (string | null)[]): string[] => [...new Set(list.filter((v): v is string => !!v))].sort();
  return {
    key: row.key,
    name: row.name,
    kind: row.kind as EntityKind,
    aliases: clean(row.aliases),
    roles: clean(row.roles),
    articles: Number(row.articles),
    mentions: Number(row.mentions),
  };
}
