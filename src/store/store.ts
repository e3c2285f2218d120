/**
 * @module store/store
 * The ledger's storage interface. Two backends implement it: SQLite (the
 * default, store/sqlite) and PostgreSQL (store/postgres, chosen by a
 * database URL); the ingest pipeline, the workers, the CLI and the server use
 * only this. Every method is asynchronous (PostgreSQL is reached over the
 * network); the SQLite backend answers synchronously inside. Row types
 * stay in each backend; these are the domain shapes the surfaces read.
 */
import type { Analysis, Article, FigureClaim, LanguageCode, Modality } from "../core/types.js";
import type { Fingerprint } from "./fingerprint.js";
import type { ArticleTrackPlan } from "./track-plan.js";

/** One analysed article, ready to be stored. */
export interface AnalysedArticle {
  readonly article: Article;
  readonly analysis: Analysis;
  /**
   * `fingerprint(article.body)` from store/fingerprint, when the caller has
   * computed it already (on a worker thread); `add` computes it otherwise.
   */
  readonly fingerprint?: Fingerprint;
  /**
   * `articleTrackPlan(analysis)` from store/track-plan, when the caller has
   * computed it already (on a worker thread); a backend that resolves a new
   * family's tracks as it stores them computes it otherwise.
   */
  readonly trackPlan?: ArticleTrackPlan;
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
  /** The store's row id: stable while the article is not analysed again. */
  readonly id: number;
  /** The sentence the claim stands in, as text (for display and search). */
  readonly sentenceText: string;
  readonly published: string | null;
  readonly language: string | null;
  /** The latest review of this claim by a person, if any (reviews outlive re-analysis). */
  readonly review?: ClaimReview | null;
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
  /** Tracked figures, as last resolved. */
  readonly tracks: number;
  readonly byLanguage: Readonly<Record<string, number>>;
  readonly byModality: Readonly<Record<string, number>>;
  readonly schemaVersion: number;
}

// ------------------------------------------------------------ across articles

/** Every view across articles can be asked as of a past date: only what had been published by then. */
export interface ViewOptions {
  /** ISO date, inclusive: articles published on or before it (undated articles are left out). */
  readonly asOf?: string;
}

export interface PageOptions {
  readonly limit?: number;
  readonly offset?: number;
}

/** How two tracks relate without being the same quantity. */
export type TrackRelation =
  | "part_of" // this track counts a part of the other (troops in Kursk, troops in Russia)
  | "has_part"
  | "addition_to" // this track counts an addition to the other's total
  | "has_addition"
  | "related"; // same thing counted, different scope or event

export interface RelatedTrack {
  readonly id: string;
  readonly label: string;
  readonly relation: TrackRelation;
}

/** One estimate on a track's timeline. */
export interface TimelineEntry {
  readonly claim: StoredClaim;
  /** The claim's own time reference when the text gives one, else the article's publication date. */
  readonly date: string | null;
  readonly dateFrom: "text" | "published" | null;
  /** Who the figure comes from first ("Ukrainian intelligence" in "CNN, citing Ukrainian intelligence"). */
  readonly original: string | null;
  /** Who relays it, when someone does ("CNN"). */
  readonly carrier: string | null;
  /** Every outlet that published the article (a wire story re-published counts once). */
  readonly outlets: readonly string[];
}

export interface TrackSummary {
  readonly id: string;
  /** A readable English label ("North Korean soldiers sent to Russia"). */
  readonly label: string;
  readonly counts: string | null;
  readonly subject: string | null;
  readonly event: string | null;
  /** Place or part the track is limited to ("Kursk"), or an addition ("additional"). */
  readonly scope: string | null;
  readonly claims: number;
  readonly articles: number;
  /** Independent original sources (a wire story re-published by ten outlets counts once). */
  readonly sources: number;
  readonly first: string | null;
  readonly last: string | null;
  /** The latest estimate of each source, lowest low and highest high: the current range. */
  readonly low: number | null;
  readonly high: number | null;
  readonly latest: TimelineEntry | null;
  readonly related: readonly RelatedTrack[];
}

export interface Contradiction {
  readonly track: string;
  readonly label: string;
  readonly a: TimelineEntry;
  readonly b: TimelineEntry;
  /** Why the two clash, in one English sentence. */
  readonly reason: string;
}

export interface Corroboration {
  /** Original sources whose latest estimates agree with each other, each counted once. */
  readonly sources: readonly string[];
  /** How many of them: the number of independent sources giving compatible values. */
  readonly count: number;
}

export interface Timeline {
  readonly track: TrackSummary;
  /** Every estimate, oldest first (undated last). */
  readonly entries: readonly TimelineEntry[];
  /** The latest estimate from each original source. */
  readonly latestBySource: readonly TimelineEntry[];
  readonly corroboration: Corroboration;
  readonly contradictions: readonly Contradiction[];
}

export type EntityKind = "person" | "organisation" | "place" | "country";

export interface StoredEntity {
  /** Canonical key, stable across articles and languages (`country:KP`, `person:vladimir-putin`). */
  readonly key: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: readonly string[];
  /** Titles and roles that introduce it ("US Secretary of State"). */
  readonly roles: readonly string[];
  readonly articles: number;
  readonly mentions: number;
}

export interface EntitySpan {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly name: string;
  readonly kind: EntityKind;
}

/** One article with everything the reader needs to see its figures in place. */
export interface ArticleDetail {
  readonly article: StoredArticle;
  /** The text the offsets point into (the original's when this is a duplicate). */
  readonly body: string;
  readonly claims: readonly StoredClaim[];
  readonly entities: readonly EntitySpan[];
  readonly quotes: readonly { readonly start: number; readonly end: number; readonly speaker: string | null }[];
}

// ------------------------------------------------------------ reviews

export type ReviewAction = "confirm" | "correct" | "reject";
export const REVIEW_ACTIONS: readonly ReviewAction[] = ["confirm", "correct", "reject"];

/** A claim's stable identity: its article and its characters (row ids change when an article is analysed again). */
export interface ClaimKey {
  readonly article: string;
  readonly in: "body" | "title";
  readonly start: number;
  readonly end: number;
}

/** The fields a person corrected; the others stay as extracted. */
export interface ClaimCorrection {
  readonly low?: number | null;
  readonly high?: number | null;
  readonly counts?: string | null;
  readonly source?: string | null;
  readonly modality?: Modality;
  readonly track?: string | null;
}

export interface ReviewInput extends ClaimKey {
  readonly action: ReviewAction;
  /** Required for `correct`, absent otherwise. */
  readonly correction?: ClaimCorrection;
  readonly note?: string | null;
  readonly reviewer?: string | null;
}

/** A person's verdict on a claim, kept with its time; the latest one counts. */
export interface ClaimReview extends ClaimKey {
  readonly id: number;
  readonly action: ReviewAction;
  readonly correction: ClaimCorrection | null;
  readonly note: string | null;
  readonly reviewer: string | null;
  /** ISO timestamp. */
  readonly createdAt: string;
}

/** A review as the audit lists it: with the claim as stored now (null if re-analysis no longer finds it). */
export interface AuditEntry {
  readonly review: ClaimReview;
  readonly claim: StoredClaim | null;
  readonly title: string | null;
}

export interface Store {
  /** Which backend holds the ledger. */
  readonly backend: "sqlite" | "postgres";
  /**
   * The SQLite file that holds the ledger, which other threads may open to
   * write to it too (ingest's storing workers); absent for an in-memory or
   * temporary database and for PostgreSQL.
   */
  readonly file?: string;
  /** Stores a batch in one transaction: all of it or none of it. Idempotent: storing the same articles again adds nothing. */
  add(batch: readonly AnalysedArticle[]): Promise<StoreResult>;
  /** Whether an article with this id is already stored (lets ingest skip re-analysis). */
  has(id: string): Promise<boolean>;
  /** The ids among `ids` that are already stored (one query for a whole batch). */
  hasMany(ids: readonly string[]): Promise<Set<string>>;
  articles(options?: { readonly limit?: number; readonly offset?: number; readonly language?: string }): Promise<StoredArticle[]>;
  claims(filter?: ClaimFilter): Promise<StoredClaim[]>;
  /** Full-text search over article text and claim sentences; accent-insensitive. */
  search(query: string, options?: { readonly limit?: number }): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** One article with its body and the spans of its claims, entities and quotes. */
  article(id: string): Promise<ArticleDetail | null>;
  /** Tracked figures, most estimated first. `query` filters on the label. */
  tracks(options?: ViewOptions & PageOptions & { readonly query?: string }): Promise<TrackSummary[]>;
  timeline(track: string, options?: ViewOptions): Promise<Timeline | null>;
  contradictions(options?: ViewOptions & PageOptions & { readonly track?: string }): Promise<Contradiction[]>;
  entities(options?: PageOptions & { readonly kind?: EntityKind; readonly query?: string }): Promise<StoredEntity[]>;
  /**
   * Resolves tracks over everything stored now (views also do it when claims
   * changed); returns the number of tracks. `ifChanged`: only when claims or
   * reviews changed since the last resolution (then -1 when nothing did).
   */
  resolveTracks(options?: { readonly ifChanged?: boolean }): Promise<number>;
  /** Stores a person's review of a claim; null when no claim has that key. */
  review(input: ReviewInput): Promise<ClaimReview | null>;
  /** Every review, newest first (the audit), or those of one article. */
  reviews(options?: PageOptions & { readonly article?: string }): Promise<AuditEntry[]>;
  close(): Promise<void>;
}
