/**
 * @module store/sqlite/rows
 * The shapes of rows as SQLite returns them, apart from the domain types:
 * column names as in the schema, nulls where SQL has them. Mapping to the
 * domain shapes of store/store happens in one place (sqlite/row-mapping).
 */

export interface ArticleRow {
  readonly seq: number;
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly body: string | null;
  readonly text_hash: string | null;
  readonly simhash: string | null;
  readonly duplicate_of: string | null;
  readonly first_outlet: string | null;
  readonly added_at: string;
}

/** An article as listed: its row without the text, and the outlets linked to its original (JSON array). */
export interface ArticleListRow {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly duplicate_of: string | null;
  readonly first_outlet: string | null;
  readonly linked_outlets: string;
}

export interface ClaimRow {
  readonly id: number;
  readonly article_id: string;
  readonly in: "body" | "title";
  readonly start: number;
  readonly end: number;
  readonly mention: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: string;
  readonly counts: string | null;
  readonly subject: string | null;
  readonly event: string | null;
  readonly source: string | null;
  readonly source_norm: string | null;
  readonly modality: string;
  readonly track: string | null;
  readonly sentence_start: number;
  readonly sentence_end: number;
  readonly sentence_text: string;
}

/** A claim with the columns of its article that StoredClaim carries. */
export interface ClaimWithArticleRow extends ClaimRow {
  readonly published: string | null;
  readonly language: string | null;
}

export interface FigureRow {
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: string;
}

export interface CountRow {
  readonly key: string | null;
  readonly n: number;
}
