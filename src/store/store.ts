/**
 * @module store/store
 * The ledger's storage interface. Backends (SQLite now, PostgreSQL later)
 * implement it; the ingest pipeline and the CLI use only this. Row types
 * stay in each backend; these are the domain shapes the surfaces read.
 */
import type { Analysis, Article, FigureClaim, LanguageCode, Modality } from "../core/types.js";
import type { Fingerprint } from "./fingerprint.js";

/** One analysed article, ready to be stored. */
export interface AnalysedArticle {
  readonly article: Article;
  readonly analysis: Analysis;
  /**
   * `fingerprint(article.body)` from store/fingerprint, when the caller has
   * computed it already (on a worker thread); `add` computes it otherwise.
   */
  readonly fingerprint?: Fingerprint;
}

/** What storing a batch did, article by article. */
export interface StoreResult {
  /** Articles stored for the first time, with their claims. */
  readonly added: number;
  /** The same article (same id, or the same text) seen again: nothing new stored, but a new outlet linked if any. */
  readonly duplicates: number;
  /** Near-duplicates (the same wire story re-published): stored once as text, linked to every outlet. */
  readonly nearDuplicates: number;
  /** Claims stored by this batch. */
  readonly claims: number;
}

export interface StoredArticle {
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly language: LanguageCode | string | null;
  /** The article whose text this one repeats, when it is a (near-)duplicate. */
  readonly duplicateOf: string | null;
  /** Every outlet that published this text (the article's own first). */
  readonly outlets: readonly string[];
}

export interface StoredClaim extends FigureClaim {
  /** The sentence the claim stands in, as text (for display and search). */
  readonly sentenceText: string;
  readonly published: string | null;
  readonly language: string | null;
}

export interface ClaimFilter {
  readonly article?: string;
  /** Substring of the source, case- and accent-insensitive. */
  readonly source?: string;
  readonly counts?: string;
  readonly modality?: Modality;
  readonly language?: string;
  /** ISO dates, inclusive, on the article's publication date. */
  readonly since?: string;
  readonly until?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchHit {
  readonly kind: "article" | "claim";
  readonly article: string;
  readonly title: string | null;
  /** A short excerpt around the match. */
  readonly snippet: string;
  readonly claim?: StoredClaim;
}

export interface StoreStats {
  readonly articles: number;
  readonly duplicates: number;
  readonly outlets: number;
  readonly claims: number;
  readonly byLanguage: Readonly<Record<string, number>>;
  readonly byModality: Readonly<Record<string, number>>;
  readonly schemaVersion: number;
}

export interface Store {
  /** Stores a batch in one transaction: all of it or none of it. Idempotent: storing the same articles again adds nothing. */
  add(batch: readonly AnalysedArticle[]): StoreResult;
  /** Whether an article with this id is already stored (lets ingest skip re-analysis). */
  has(id: string): boolean;
  articles(options?: { readonly limit?: number; readonly offset?: number; readonly language?: string }): StoredArticle[];
  claims(filter?: ClaimFilter): StoredClaim[];
  /** Full-text search over article text and claim sentences; accent-insensitive. */
  search(query: string, options?: { readonly limit?: number }): SearchHit[];
  stats(): StoreStats;
  close(): void;
}
