/**
 * The JSON API as the page uses it: typed fetches, errors as messages.
 * Types come from the store's declarations (type-only imports, erased at build).
 */
import type {
  ArticleDetail, AuditEntry, ClaimCorrection, ClaimReview, Contradiction, ReviewInput, SearchHit, StoredArticle,
  StoredClaim, Timeline, TrackSummary,
} from "../../src/store/store.ts";

export type {
  ArticleDetail, AuditEntry, ClaimCorrection, ClaimReview, Contradiction, SearchHit, StoredArticle, StoredClaim, Timeline,
  TimelineEntry, TrackSummary,
} from "../../src/store/store.ts";

export interface Page<T> {
  readonly items: T[];
  readonly limit: number;
  readonly offset: number;
  readonly more: boolean;
}

export interface SparkPoint {
  readonly date: string;
  readonly low: number | null;
  readonly high: number | null;
}

export type TrackItem = TrackSummary & { readonly spark: SparkPoint[] };
export type TimelineResponse = Timeline & { readonly asOf: string | null };

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok) throw new Error(body?.error ?? `${response.status} ${response.statusText}`);
  return body as T;
}

function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

export const api = {
  tracks: (params: { query?: string; as_of?: string; limit?: number; offset?: number } = {}) =>
    call<Page<TrackItem>>(`/api/tracks${query(params)}`),
  timeline: (id: string, asOf?: string | null) => call<TimelineResponse>(`/api/tracks/${encodeURIComponent(id)}${query({ as_of: asOf })}`),
  article: (id: string) => call<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`),
  articles: (params: { language?: string; limit?: number; offset?: number } = {}) =>
    call<Page<StoredArticle>>(`/api/articles${query(params)}`),
  search: (q: string) => call<Page<SearchHit>>(`/api/search${query({ q, limit: 50 })}`),
  contradictions: (params: { track?: string; as_of?: string } = {}) => call<Page<Contradiction>>(`/api/contradictions${query(params)}`),
  reviews: (params: { limit?: number; offset?: number } = {}) => call<Page<AuditEntry>>(`/api/reviews${query(params)}`),
  review: (input: ReviewInput) =>
    call<ClaimReview>("/api/reviews", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }),
};

/** A claim as a person should read it: with the latest review's corrections applied. */
export interface Effective {
  readonly low: number | null;
  readonly high: number | null;
  readonly counts: string | null;
  readonly source: string | null;
  readonly modality: StoredClaim["modality"];
  readonly track: string | null;
  readonly rejected: boolean;
  readonly corrected: boolean;
  readonly confirmed: boolean;
}

export function effective(claim: StoredClaim): Effective {
  const review = claim.review ?? null;
  const fix: ClaimCorrection = review?.action === "correct" ? (review.correction ?? {}) : {};
  return {
    low: fix.low !== undefined ? fix.low : claim.low,
    high: fix.high !== undefined ? fix.high : claim.high,
    counts: fix.counts !== undefined ? fix.counts : claim.counts,
    source: fix.source !== undefined ? fix.source : claim.source,
    modality: fix.modality ?? claim.modality,
    track: fix.track !== undefined ? fix.track : claim.track,
    rejected: review?.action === "reject",
    corrected: review?.action === "correct",
    confirmed: review?.action === "confirm",
  };
}

/** A claim's stable key in URLs: in:start:end. */
export function claimRef(claim: { in: string; start: number; end: number }): string {
  return `${claim.in}:${claim.start}:${claim.end}`;
}

const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

export function formatNumber(value: number | null): string {
  if (value === null) return "?";
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${numberFormat.format(value / 1e9)} bn`;
  if (abs >= 1e6) return `${numberFormat.format(value / 1e6)} m`;
  return numberFormat.format(value);
}

export function formatRange(low: number | null, high: number | null): string {
  if (low === null && high === null) return "—";
  if (low === high || high === null) return formatNumber(low);
  if (low === null) return `≤ ${formatNumber(high)}`;
  return `${formatNumber(low)}–${formatNumber(high)}`;
}
