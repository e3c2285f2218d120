/**
 * @module store/sqlite/track-queries
 * The views across articles: tracked figures, a track's timeline, its
 * corroboration and contradictions, and one article with its spans. What
 * agrees and what clashes is decided in core/tracks/estimates (pure); this
 * module reads rows, applies "as of" (only articles published by then),
 * and hands them over.
 */
import type { Database } from "better-sqlite3";
import { contradictionsOf, corroborationOf, latestBySource, type Estimate } from "../../core/tracks/estimates.js";
import type {
  ArticleDetail, Contradiction, EntityKind, PageOptions, RelatedTrack, StoredEntity, Timeline, TimelineEntry, TrackRelation,
  TrackSummary, ViewOptions,
} from "../store.js";
import { toStoredArticle } from "./row-mapping.js";
import { LATEST_REVIEW_COLUMN, withReview } from "./reviews.js";
import type { ArticleListRow, ClaimWithArticleRow } from "./rows.js";
import { makeEntityQueries } from "./entity-queries.js";
import { makeTrackResolution } from "./track-resolution.js";
import { familyArticle } from "./local-families.js";

/** A tracks row: the fields of a summary the table holds. */
export type TrackRow = Pick<TrackSummary, "id" | "label" | "counts" | "subject" | "event" | "scope">;

export type EntryRow = ClaimWithArticleRow & {
  readonly time_ref: string | null;
  readonly original_source: string | null;
  readonly carrier: string | null;
  readonly outlets: string;
  readonly review_json?: string | null;
};

export interface TrackQueries {
  tracks(options?: ViewOptions & PageOptions & { readonly query?: string }): TrackSummary[];
  timeline(track: string, options?: ViewOptions): Timeline | null;
  contradictions(options?: ViewOptions & PageOptions & { readonly track?: string }): Contradiction[];
  article(id: string): ArticleDetail | null;
  entities(options?: PageOptions & { readonly kind?: EntityKind; readonly query?: string }): StoredEntity[];
  resolveTracks(options?: { readonly ifChanged?: boolean }): number;
}

// "As of" compares ISO dates as text: everything that starts with the date is on it.
const AS_OF = `(@asOf IS NULL OR (a.published IS NOT NULL AND a.published <= @asOf || '~'))`;

const ENTRY_COLUMNS = `c.*, s.text AS sentence_text, a.published AS published, a.language AS language, ${LATEST_REVIEW_COLUMN},
  (SELECT json_group_array(o.name) FROM article_outlets ao JOIN outlets o ON o.id = ao.outlet_id
    WHERE ao.article_id = coalesce(a.duplicate_of, a.id)) AS outlets`;
const ENTRY_JOINS = `FROM claims c JOIN articles a ON a.id = c.article_id
  JOIN sentences s ON s.article_id = c.article_id AND s."in" = c."in" AND s."start" = c.sentence_start AND s."end" = c.sentence_end`;

export function page(options: PageOptions | undefined): { limit: number; offset: number } {
  const limit = options?.limit;
  const offset = options?.offset;
  return {
    limit: limit === undefined || !Number.isFinite(limit) ? -1 : Math.max(0, Math.floor(limit)),
    offset: offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.floor(offset)),
  };
}

/** Oldest first, undated last; ties in the order the claims were stored. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.claim.id - b.claim.id;
}

export function toEntry(row: EntryRow): TimelineEntry {
  const claim = withReview(row);
  const date = row.time_ref ?? row.published;
  return {
    claim,
    date,
    dateFrom: row.time_ref !== null ? "text" : row.published !== null ? "published" : null,
    original: row.original_source ?? row.source,
    carrier: row.carrier,
    outlets: JSON.parse(row.outlets) as string[],
  };
}

export function toEstimate(entry: TimelineEntry): Estimate<TimelineEntry> {
  const c = entry.claim;
  return {
    ref: entry,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    modality: c.modality,
    date: entry.date,
    // An article in its own voice is its outlet's estimate.
    source: entry.original ?? entry.outlets[0] ?? c.article,
  };
}

/** A track's summary from its timeline entries (oldest first) and its related tracks. */
export function summarise(row: TrackRow, list: readonly TimelineEntry[], related: RelatedTrack[]): TrackSummary {
  const estimates = list.map(toEstimate);
  const latest = latestBySource(estimates);
  let low: number | null = null;
  let high: number | null = null;
  for (const e of latest) {
    const lo = e.low ?? e.high;
    const hi = e.high ?? e.low;
    if (lo !== null && (low === null || lo < low)) low = lo;
    if (hi !== null && (high === null || hi > high)) high = hi;
  }
  const dated = list.filter((e) => e.date !== null);
  return {
    ...row,
    claims: list.length,
    articles: new Set(list.map((e) => e.claim.article)).size,
    sources: new Set(estimates.map((e) => e.source)).size,
    first: dated[0]?.date ?? null,
    last: dated[dated.length - 1]?.date ?? null,
    low,
    high,
    latest: list[list.length - 1] ?? null,
    related,
  };
}

export function trackContradictions(row: TrackRow, list: readonly TimelineEntry[]): Contradiction[] {
  return contradictionsOf(list.map(toEstimate)).map(({ a, b, reason }) => ({ track: row.id, label: row.label, a, b, reason }));
}

/** A track's timeline from its entries (oldest first). */
export function timelineOf(row: TrackRow, list: readonly TimelineEntry[], related: RelatedTrack[]): Timeline {
  const estimates = list.map(toEstimate);
  return {
    track: summarise(row, list, related),
    entries: list,
    latestBySource: latestBySource(estimates).map((e) => e.ref),
    corroboration: corroborationOf(estimates),
    contradictions: trackContradictions(row, list),
  };
}

export function makeTrackQueries(db: Database): TrackQueries {
  const entityQueries = makeEntityQueries(db);
  const resolution = makeTrackResolution(db);
  const fresh = (): void => {
    resolution.resolve();
  };
  const trackById = db.prepare<[string], TrackRow>(`SELECT id, label, counts, subject, event, scope FROM tracks WHERE id = ?`);
  const trackList = db.prepare<{ asOf: string | null; query: string | null; limit: number; offset: number }, TrackRow & { n: number; family: string | null }>(`
    SELECT t.id, t.label, t.counts, t.subject, t.event, t.scope, count(*) AS n, t.family
    FROM tracks t JOIN claims c ON c.track = t.id JOIN articles a ON a.id = c.article_id
    WHERE ${AS_OF} AND (@query IS NULL OR t.label LIKE '%' || @query || '%' ESCAPE '\\')
    GROUP BY t.id ORDER BY n DESC, t.id LIMIT @limit OFFSET @offset`);
  const familyOfTrack = db.prepare<[string], string | null>(`SELECT family FROM tracks WHERE id = ?`).pluck();
  // A track's claims: those with their family written out, by track; those of an article's own family, through the article (sqlite/local-families).
  const entriesOf = db.prepare<{ track: string; article: string | null; asOf: string | null }, EntryRow>(`
    SELECT ${ENTRY_COLUMNS} ${ENTRY_JOINS} WHERE c.track = @track AND c.track_family IS NOT NULL AND ${AS_OF}
    UNION ALL
    SELECT ${ENTRY_COLUMNS} ${ENTRY_JOINS} WHERE c.article_id = @article AND c.track = @track AND c.track_family IS NULL AND ${AS_OF}
    ORDER BY id`);
  const linksOf = db.prepare<[string], { related_id: string; relation: string; label: string }>(`
    SELECT l.related_id, l.relation, t.label FROM track_links l JOIN tracks t ON t.id = l.related_id WHERE l.track_id = ? ORDER BY l.related_id`);
  // Only a track with estimates from two sources can hold a contradiction: most tracks are one claim.
  const allTrackIds = db.prepare<[], string>(`
    SELECT track FROM claims WHERE track IS NOT NULL
    GROUP BY track HAVING count(DISTINCT coalesce(original_source, source, article_id)) >= 2 ORDER BY track`).pluck();
  const articleRow = db.prepare<[string], ArticleListRow & { body: string | null; original_body: string | null }>(`
    SELECT a.id, a.url, a.title, a.published, a.language, a.duplicate_of, a.first_outlet, a.body,
      (SELECT body FROM articles o WHERE o.id = a.duplicate_of) AS original_body,
      (SELECT json_group_array(name) FROM (
         SELECT o.name FROM article_outlets ao JOIN outlets o ON o.id = ao.outlet_id
         WHERE ao.article_id = coalesce(a.duplicate_of, a.id) ORDER BY ao.rowid)) AS linked_outlets
    FROM articles a WHERE a.id = ?`);
  const claimsOfArticle = db.prepare<{ track: null; asOf: null; article: string }, EntryRow>(`
    SELECT ${ENTRY_COLUMNS} ${ENTRY_JOINS} WHERE c.article_id = @article ORDER BY c."in", c."start"`);
  const quotesOf = db.prepare<[string], { start: number; end: number; speaker: string | null }>(
    `SELECT "start", "end", speaker FROM quotes WHERE article_id = ? ORDER BY "start"`,
  );
  const entries = (track: string, family: string | null, asOf: string | null): TimelineEntry[] =>
    entriesOf.all({ track, article: family === null ? null : familyArticle(family), asOf }).map(toEntry).sort(compareEntries);

  const related = (id: string): RelatedTrack[] =>
    linksOf.all(id).map((l) => ({ id: l.related_id, label: l.label, relation: l.relation as TrackRelation }));

  const summary = (row: TrackRow, list: readonly TimelineEntry[]): TrackSummary => summarise(row, list, related(row.id));

  const contradictionsOfTrack = (row: TrackRow, list: readonly TimelineEntry[]): Contradiction[] =>
    trackContradictions(row, list);

  return {
    resolveTracks: (options) => resolution.resolve(!options?.ifChanged),
    tracks(options) {
      fresh();
      const { limit, offset } = page(options);
      const query = options?.query ? options.query.replace(/[\\%_]/g, "\\$&") : null;
      return trackList
        .all({ asOf: options?.asOf ?? null, query, limit, offset })
        .map(({ family, ...row }) => summary(row, entries(row.id, family, options?.asOf ?? null)));
    },
    timeline(track, options) {
      fresh();
      const row = trackById.get(track);
      if (!row) return null;
      const list = entries(track, familyOfTrack.get(track) ?? null, options?.asOf ?? null);
      const estimates = list.map(toEstimate);
      return {
        track: summary(row, list),
        entries: list,
        latestBySource: latestBySource(estimates).map((e) => e.ref),
        corroboration: corroborationOf(estimates),
        contradictions: contradictionsOfTrack(row, list),
      };
    },
    contradictions(options) {
      fresh();
      const ids = options?.track !== undefined ? [options.track] : allTrackIds.all();
      const out: Contradiction[] = [];
      for (const id of ids) {
        const row = trackById.get(id);
        if (row) out.push(...contradictionsOfTrack(row, entries(id, familyOfTrack.get(id) ?? null, options?.asOf ?? null)));
      }
      const { limit, offset } = page(options);
      return out.slice(offset, limit < 0 ? undefined : offset + limit);
    },
    article(id) {
      fresh();
      const row = articleRow.get(id);
      if (!row) return null;
      const original = row.duplicate_of ?? row.id;
      return {
        article: toStoredArticle(row),
        body: row.body ?? row.original_body ?? "",
        claims: claimsOfArticle.all({ track: null, asOf: null, article: original }).map((r) => withReview(r)),
        entities: entityQueries.spans(original),
        quotes: quotesOf.all(original),
      };
    },
    entities: (options) => entityQueries.entities(options),
  };
}
