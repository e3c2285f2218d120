/**
 * @module store/sqlite/row-mapping
 * From SQLite rows to the domain shapes of store/store. (Writes bind
 * positionally in sqlite/add-batch, in the order of its statements.)
 */
import type { Modality, Qualifier } from "../../core/types.js";
import { normaliseText } from "../near-duplicates.js";
import type { StoredArticle, StoredClaim } from "../store.js";
import type { ArticleListRow, ClaimWithArticleRow } from "./rows.js";

export function toStoredClaim(row: ClaimWithArticleRow): StoredClaim {
  return {
    id: row.id,
    article: row.article_id,
    in: row.in,
    start: row.start,
    end: row.end,
    mention: row.mention,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier as Qualifier,
    counts: row.counts,
    subject: row.subject,
    event: row.event,
    source: row.source,
    modality: row.modality as Modality,
    track: row.track,
    sentence: { start: row.sentence_start, end: row.sentence_end },
    sentenceText: row.sentence_text,
    published: row.published,
    language: row.language,
  };
}

/** The normal form the `source` filter compares in: case, accents and punctuation ignored. */
export function normaliseSource(source: string): string {
  return normaliseText(source);
}

export function toStoredArticle(row: ArticleListRow): StoredArticle {
  const outlets: string[] = [];
  if (row.first_outlet !== null) outlets.push(row.first_outlet);
  for (const name of JSON.parse(row.linked_outlets) as string[]) {
    if (!outlets.includes(name)) outlets.push(name);
  }
  return {
    id: row.id,
    url: row.url,
    outlet: row.first_outlet,
    title: row.title,
    published: row.published,
    language: row.language,
    duplicateOf: row.duplicate_of,
    outlets,
  };
}
