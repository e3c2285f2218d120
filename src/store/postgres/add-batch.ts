/**
 * @module store/postgres/add-batch
 * Writes analysed articles to PostgreSQL with the same decisions as the
 * SQLite writer (sqlite/add-batch): same id again, same text under another
 * id, near-duplicate (SimHash within NEAR_DUPLICATE_MAX_DISTANCE and the same
 * body figures), or a new original with its claims, sentences, bands,
 * outlets and source entities.
 *
 * A batch is one transaction holding the schema's WRITE advisory lock: the
 * decisions read what every earlier batch committed (from any process), as
 * SQLite's write lock makes them. The reads and writes are set-based, a
 * dozen statements per batch whatever its size (arrays bound as parameters
 * and unnested), so a batch costs few round trips. Every insert is
 * idempotent (ON CONFLICT DO NOTHING on the natural keys: article id,
 * claim span, sentence span, outlet link, entity mention): a batch run
 * again after a crash adds nothing twice.
 *
 * Near-duplicate candidates are read from simhash_bands: per band value,
 * the newest CANDIDATES_PER_BAND originals, band 0 first, originals stored
 * earlier in the same batch first (they are the newest) — the candidates
 * the SQLite writer's in-memory index yields.
 */
import type pg from "pg";
import type { FigureClaim } from "../../core/types.js";
import { fingerprint, isFingerprint, type Fingerprint } from "../fingerprint.js";
import { CANDIDATES_PER_BAND, hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE, simhashBands, simhashToHex } from "../near-duplicates.js";
import { familyOf } from "../../core/tracks/resolve-tracks.js";
import { claimRows } from "../claim-rows.js";
import type { AnalysedArticle, StoreResult } from "../store.js";
import { normaliseSource } from "../sqlite/row-mapping.js";
import { CONFIG_OF_LANGUAGE, MAX_INDEXED_CHARS } from "./migrations.js";
import { inTransaction, LOCK } from "./connection.js";

/** PostgreSQL text cannot hold NUL: it becomes U+FFFD, one UTF-16 unit as well, so offsets stay true. */
export function pgText<T extends string | null | undefined>(value: T): T {
  return (typeof value === "string" && value.includes("\u0000") ? value.replace(/\u0000/g, "\uFFFD") : value) as T;
}

interface Candidate {
  readonly id: string;
  readonly hi: number;
  readonly lo: number;
  /** Body figures, when known without a query (an original of this batch). */
  figures?: string[];
}

function figureKey(low: number | null, high: number | null, qualifier: string): string {
  return `${low}|${high}|${qualifier}`;
}

function bodyFigureKeys(claims: readonly FigureClaim[]): string[] {
  return claims.filter((c) => c.in === "body").map((c) => figureKey(c.low, c.high, c.qualifier)).sort();
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

function fingerprintOf(item: AnalysedArticle): Fingerprint {
  const given: unknown = item.fingerprint;
  return given !== undefined && isFingerprint(given) ? given : fingerprint(item.article.body);
}

/** Columns of one table, filled row by row and bound as one array per column. */
class Columns<K extends string> {
  readonly data: Record<K, unknown[]>;
  length = 0;
  constructor(names: readonly K[]) {
    this.data = Object.fromEntries(names.map((n) => [n, []])) as unknown as Record<K, unknown[]>;
  }
  push(row: Record<K, unknown>): void {
    for (const key of Object.keys(this.data) as K[]) this.data[key].push(row[key]);
    this.length++;
  }
}

export function makeAddBatch(pool: pg.Pool, schema: string): (batch: readonly AnalysedArticle[]) => Promise<StoreResult> {
  return async (batch) => {
    for (const item of batch) {
      if (item.analysis.article !== item.article.id) {
        throw new Error(`Analysis of ${item.analysis.article} given with article ${item.article.id}.`);
      }
    }
    if (batch.length === 0) return { added: 0, duplicates: 0, nearDuplicates: 0, claims: 0 };
    const prints = batch.map(fingerprintOf);
    return inTransaction(pool, (client) => write(client, schema, batch, prints));
  };
}

async function write(client: pg.PoolClient, schema: string, batch: readonly AnalysedArticle[], prints: readonly Fingerprint[]): Promise<StoreResult> {
  await client.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [LOCK.WRITE, schema]);
  const addedAt = new Date().toISOString();

  // What is stored already, for the whole batch at once.
  const ids = [...new Set(batch.map((b) => b.article.id))];
  const known = new Map<string, string>(); // id → its original's id
  for (const row of (await client.query<{ id: string; duplicate_of: string | null }>(
    `SELECT id, duplicate_of FROM articles WHERE id = ANY($1::text[])`, [ids])).rows) {
    known.set(row.id, row.duplicate_of ?? row.id);
  }
  const hashes = [...new Set(prints.map((p) => p.textHash).filter((h): h is string => h !== null))];
  const originalOfHash = new Map<string, string>();
  for (const row of (await client.query<{ text_hash: string; id: string }>(
    `SELECT DISTINCT ON (text_hash) text_hash, id FROM articles
     WHERE text_hash = ANY($1::text[]) AND duplicate_of IS NULL ORDER BY text_hash, seq`, [hashes])).rows) {
    originalOfHash.set(row.text_hash, row.id);
  }
  // Stored candidates per band value, newest first.
  const bandKeys = new Map<string, [number, number]>();
  batch.forEach((item, i) => {
    const hash = prints[i]!.simhash;
    if (hash === null || known.has(item.article.id)) return;
    simhashBands(hash).forEach((value, band) => bandKeys.set(`${band}:${value}`, [band, value]));
  });
  const stored = new Map<string, Candidate[]>();
  if (bandKeys.size > 0) {
    const pairs = [...bandKeys.values()];
    const rows = await client.query<{ band: number; value: number; article_id: string; hi: number; lo: number }>(
      `SELECT q.band, q.value, s.article_id, s.hi, s.lo
       FROM unnest($1::int[], $2::int[]) AS q(band, value)
       CROSS JOIN LATERAL (
         SELECT b.article_id, b.hi, b.lo, b.article_seq FROM simhash_bands b
         WHERE b.band = q.band AND b.value = q.value ORDER BY b.article_seq DESC LIMIT $3) s
       ORDER BY q.band, q.value, s.article_seq DESC`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), CANDIDATES_PER_BAND],
    );
    for (const r of rows.rows) {
      const key = `${r.band}:${r.value}`;
      let list = stored.get(key);
      if (!list) stored.set(key, (list = []));
      list.push({ id: r.article_id, hi: r.hi, lo: r.lo });
    }
  }
  const fresh = new Map<string, Candidate[]>(); // originals of this batch by band value, oldest first
  const figuresOf = new Map<string, string[]>();
  const storedFigures = async (id: string): Promise<string[]> => {
    let keys = figuresOf.get(id);
    if (!keys) {
      const rows = await client.query<{ low: number | null; high: number | null; qualifier: string }>(
        `SELECT low, high, qualifier FROM claims WHERE article_id = $1 AND "in" = 'body'`, [id]);
      keys = rows.rows.map((r) => figureKey(r.low, r.high, r.qualifier)).sort();
      figuresOf.set(id, keys);
    }
    return keys;
  };

  const articles = new Columns(["id", "url", "title", "published", "language", "body", "text_hash", "simhash", "duplicate_of", "first_outlet"] as const);
  const links = new Columns(["article_id", "outlet", "url", "published"] as const);
  const sentences = new Columns(["article_id", "in", "start", "end", "text", "language"] as const);
  const claims = new Columns([
    "article_id", "in", "start", "end", "mention", "low", "high", "qualifier", "counts", "subject", "event", "source", "source_norm",
    "modality", "track", "sentence_start", "sentence_end", "track_key", "track_family", "magnitude", "time_ref", "original_source", "carrier",
  ] as const);
  const mentions = new Columns(["name", "article_id", "start", "end"] as const);
  const entityNames = new Set<string>();
  const dirty = new Set<string>();
  const bands: Array<{ band: number; value: number; id: string; hi: number; lo: number }> = [];
  let added = 0, duplicates = 0, nearDuplicates = 0, claimCount = 0;

  const link = (articleId: string, outlet: string | null, url: string | null, published: string | null): void => {
    if (outlet === null || outlet.trim() === "") return;
    links.push({ article_id: articleId, outlet: pgText(outlet), url: pgText(url), published: pgText(published) });
  };
  const addArticle = (item: AnalysedArticle, print: Fingerprint, duplicateOf: string | null): void => {
    const a = item.article;
    articles.push({
      id: pgText(a.id), url: pgText(a.url), title: pgText(a.title), published: pgText(a.published),
      language: pgText(item.analysis.language), body: duplicateOf === null ? pgText(a.body) : null,
      text_hash: print.textHash, simhash: print.simhash && simhashToHex(print.simhash),
      duplicate_of: duplicateOf, first_outlet: pgText(a.outlet),
    });
    known.set(a.id, duplicateOf ?? a.id);
  };

  for (let i = 0; i < batch.length; i++) {
    const item = batch[i]!;
    const a = item.article;
    const print = prints[i]!;
    const same = known.get(a.id);
    if (same !== undefined) {
      link(same, a.outlet, a.url, a.published);
      duplicates++;
      continue;
    }
    const sameText = print.textHash === null ? undefined : originalOfHash.get(print.textHash);
    let original: string | null = sameText ?? null;
    if (original === null && print.simhash !== null) {
      const hash = print.simhash;
      const mine = bodyFigureKeys(item.analysis.claims);
      let best: { id: string; distance: number } | null = null;
      const tried = new Set<string>();
      const values = simhashBands(hash);
      for (let b = 0; b < 4; b++) {
        const key = `${b}:${values[b]}`;
        const candidates = [...(fresh.get(key) ?? [])].reverse().concat(stored.get(key) ?? []).slice(0, CANDIDATES_PER_BAND);
        for (const c of candidates) {
          const distance = hammingDistance(hash, c);
          if (distance > NEAR_DUPLICATE_MAX_DISTANCE || (best && distance >= best.distance)) continue;
          if (tried.has(c.id)) continue;
          tried.add(c.id);
          if (!sameKeys(mine, c.figures ?? (await storedFigures(c.id)))) continue;
          best = { id: c.id, distance };
        }
      }
      original = best?.id ?? null;
    }
    if (original !== null) {
      addArticle(item, print, original);
      link(original, a.outlet, a.url, a.published);
      if (sameText !== undefined) duplicates++;
      else nearDuplicates++;
      continue;
    }
    addArticle(item, print, null);
    if (print.textHash !== null) originalOfHash.set(print.textHash, a.id);
    const hash = print.simhash;
    if (hash) {
      const figures = bodyFigureKeys(item.analysis.claims);
      simhashBands(hash).forEach((value, band) => {
        bands.push({ band, value, id: a.id, hi: hash.hi, lo: hash.lo });
        const key = `${band}:${value}`;
        let list = fresh.get(key);
        if (!list) fresh.set(key, (list = []));
        list.push({ id: a.id, hi: hash.hi, lo: hash.lo, figures });
      });
    }
    link(a.id, a.outlet, a.url, a.published);
    claimCount += collectClaims(item);
    added++;
  }

  function collectClaims(item: AnalysedArticle): number {
    const id = pgText(item.article.id);
    let count = 0;
    for (const { claim, features: f, sentenceText, newSentence, sourceMention } of claimRows(item)) {
      const { start, end } = claim.sentence;
      if (newSentence) sentences.push({ article_id: id, in: claim.in, start, end, text: pgText(sentenceText), language: item.analysis.language });
      const source = claim.source;
      claims.push({
        article_id: id, in: claim.in, start: claim.start, end: claim.end, mention: pgText(claim.mention), low: claim.low, high: claim.high,
        qualifier: claim.qualifier, counts: pgText(claim.counts), subject: pgText(claim.subject), event: pgText(claim.event),
        source: pgText(source), source_norm: source === null ? null : pgText(normaliseSource(source)), modality: claim.modality,
        track: pgText(claim.track), sentence_start: start, sentence_end: end, track_key: pgText(f?.key ?? null),
        track_family: f?.key ? pgText(familyOf(f.key)) : null,
        magnitude: f?.magnitude ?? null, time_ref: pgText(f?.timeRef ?? null), original_source: pgText(f?.original ?? source),
        carrier: pgText(f?.carrier ?? null),
      });
      if (f?.key) dirty.add(pgText(familyOf(f.key)));
      count++;
      if (source === null || source.trim() === "") continue;
      entityNames.add(pgText(source));
      if (sourceMention) mentions.push({ name: pgText(source), article_id: id, start: sourceMention.start, end: sourceMention.end });
    }
    return count;
  }

  // The writes, one statement per table, rows in batch order.
  const seqOf = new Map<string, number>();
  if (articles.length > 0) {
    const c = articles.data;
    const rows = await client.query<{ id: string; seq: number }>(
      `INSERT INTO articles (id, url, title, published, language, body, text_hash, simhash, duplicate_of, first_outlet, added_at)
       SELECT id, url, title, published, language, body, text_hash, simhash, duplicate_of, first_outlet, $11
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
         WITH ORDINALITY AS t(id, url, title, published, language, body, text_hash, simhash, duplicate_of, first_outlet, n)
       ORDER BY n
       ON CONFLICT (id) DO NOTHING
       RETURNING id, seq`,
      [c.id, c.url, c.title, c.published, c.language, c.body, c.text_hash, c.simhash, c.duplicate_of, c.first_outlet, addedAt],
    );
    for (const r of rows.rows) seqOf.set(r.id, r.seq);
  }
  const bandRows = bands.filter((b) => seqOf.has(b.id));
  if (bandRows.length > 0) {
    await client.query(
      `INSERT INTO simhash_bands (band, value, article_seq, article_id, hi, lo)
       SELECT * FROM unnest($1::int[], $2::int[], $3::bigint[], $4::text[], $5::bigint[], $6::bigint[])
       ON CONFLICT DO NOTHING`,
      [bandRows.map((b) => b.band), bandRows.map((b) => b.value), bandRows.map((b) => seqOf.get(b.id)), bandRows.map((b) => b.id),
        bandRows.map((b) => b.hi), bandRows.map((b) => b.lo)],
    );
  }
  if (links.length > 0) {
    const c = links.data;
    const names = [...new Set(c.outlet as string[])];
    await client.query(`INSERT INTO outlets (name) SELECT n FROM unnest($1::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i ON CONFLICT (name) DO NOTHING`, [names]);
    await client.query(
      `INSERT INTO article_outlets (article_id, outlet_id, url, published)
       SELECT t.article_id, o.id, t.url, t.published
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(article_id, outlet, url, published, n)
       JOIN outlets o ON o.name = t.outlet
       ORDER BY t.n
       ON CONFLICT (article_id, outlet_id) DO NOTHING`,
      [c.article_id, c.outlet, c.url, c.published],
    );
  }
  if (sentences.length > 0) {
    const c = sentences.data;
    await client.query(
      `INSERT INTO sentences (article_id, "in", "start", "end", text, fts)
       SELECT article_id, "in", "start", "end", text, to_tsvector(${CONFIG_OF_LANGUAGE("language")}, left(text, ${MAX_INDEXED_CHARS}))
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[]) WITH ORDINALITY AS t(article_id, "in", "start", "end", text, language, n)
       ORDER BY n
       ON CONFLICT (article_id, "in", "start", "end") DO NOTHING`,
      [c.article_id, c.in, c.start, c.end, c.text, c.language],
    );
  }
  if (claims.length > 0) {
    const c = claims.data;
    await client.query(
      `INSERT INTO claims (article_id, "in", "start", "end", mention, low, high, qualifier, counts, subject, event, source, source_norm,
                           modality, track, sentence_start, sentence_end, track_key, track_family, magnitude, time_ref, original_source, carrier)
       SELECT article_id, "in", "start", "end", mention, low, high, qualifier, counts, subject, event, source, source_norm,
              modality, track, sentence_start, sentence_end, track_key, track_family, magnitude, time_ref, original_source, carrier
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::float8[], $7::float8[], $8::text[], $9::text[], $10::text[],
                   $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::int[], $17::int[], $18::text[], $19::text[],
                   $20::float8[], $21::text[], $22::text[], $23::text[])
         WITH ORDINALITY AS t(article_id, "in", "start", "end", mention, low, high, qualifier, counts, subject, event, source, source_norm,
                              modality, track, sentence_start, sentence_end, track_key, track_family, magnitude, time_ref, original_source, carrier, n)
       ORDER BY n
       ON CONFLICT (article_id, "in", "start", "end") DO NOTHING`,
      [c.article_id, c.in, c.start, c.end, c.mention, c.low, c.high, c.qualifier, c.counts, c.subject, c.event, c.source, c.source_norm,
        c.modality, c.track, c.sentence_start, c.sentence_end, c.track_key, c.track_family, c.magnitude, c.time_ref, c.original_source, c.carrier],
    );
  }
  if (dirty.size > 0) {
    await client.query(`INSERT INTO dirty_track_keys (track_key) SELECT unnest($1::text[])`, [[...dirty]]);
  }
  if (entityNames.size > 0) {
    await client.query(
      `INSERT INTO entities (name, kind) SELECT n, 'source' FROM unnest($1::text[]) WITH ORDINALITY AS t(n, i) ORDER BY i
       ON CONFLICT (name, kind) DO NOTHING`,
      [[...entityNames]],
    );
  }
  if (mentions.length > 0) {
    const c = mentions.data;
    await client.query(
      `INSERT INTO entity_mentions (entity_id, article_id, "start", "end")
       SELECT e.id, t.article_id, t."start", t."end"
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[]) AS t(name, article_id, "start", "end")
       JOIN entities e ON e.name = t.name AND e.kind = 'source'
       ON CONFLICT DO NOTHING`,
      [c.name, c.article_id, c.start, c.end],
    );
  }
  return { added, duplicates, nearDuplicates, claims: claimCount };
}
