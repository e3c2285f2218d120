/**
 * @module store/sqlite/migrations
 * The SQLite schema as ordered, versioned migrations. The version lives in
 * `PRAGMA user_version`; opening a store applies the missing migrations in
 * one immediate (write-locked) transaction, so two processes opening an old
 * file at once migrate it once, and a failed migration leaves it untouched.
 */
import type { Database } from "better-sqlite3";
import { familyOf } from "../../core/tracks/resolve-tracks.js";
import { findSourceMention } from "../source-mentions.js";
import { familyArticle } from "./local-families.js";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
}

// One tokenizer for all full-text tables: Unicode words, accents folded
// (remove_diacritics 2 also folds letters with several marks), so
// "securite" finds "sécurité".
const TOKENIZE = `tokenize = "unicode61 remove_diacritics 2"`;

const CORE_TABLES = `
-- seq is the stable integer rowid the FTS index points to (a plain rowid may change on VACUUM).
-- The body comes last: SQLite reads a row's columns in order, and the small
-- ones should not sit behind kilobytes of overflow pages.
CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  url          TEXT,
  title        TEXT,
  published    TEXT,
  language     TEXT,
  text_hash    TEXT,               -- sha1 of the normalised body; NULL for a text with no word
  simhash      TEXT,               -- 16 hex digits; NULL when the text is too short to judge
  duplicate_of TEXT REFERENCES articles(id),
  first_outlet TEXT,               -- the outlet given with this article
  added_at     TEXT NOT NULL,
  body         TEXT                -- NULL for a duplicate: its text is the original's
);
CREATE INDEX articles_text_hash ON articles(text_hash) WHERE duplicate_of IS NULL;
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_language ON articles(language);

CREATE TABLE outlets (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

-- Every outlet that published a text, linked to the original article.
CREATE TABLE article_outlets (
  article_id TEXT NOT NULL REFERENCES articles(id),
  outlet_id  INTEGER NOT NULL REFERENCES outlets(id),
  url        TEXT,
  published  TEXT,
  UNIQUE (article_id, outlet_id)
);
CREATE INDEX article_outlets_outlet ON article_outlets(outlet_id);

CREATE TABLE claims (
  id             INTEGER PRIMARY KEY,
  article_id     TEXT NOT NULL REFERENCES articles(id),
  "in"           TEXT NOT NULL CHECK ("in" IN ('body', 'title')),
  "start"        INTEGER NOT NULL,
  "end"          INTEGER NOT NULL,
  mention        TEXT NOT NULL,
  low            REAL,
  high           REAL,
  qualifier      TEXT NOT NULL,
  counts         TEXT,
  subject        TEXT,
  event          TEXT,
  source         TEXT,
  source_norm    TEXT,             -- source lower-cased, accents off: for substring filters
  modality       TEXT NOT NULL,
  track          TEXT,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  sentence_text  TEXT NOT NULL,    -- kept for display and search: the body may be long
  UNIQUE (article_id, "in", "start", "end")
);
CREATE INDEX claims_source ON claims(source_norm);
CREATE INDEX claims_counts ON claims(counts);
CREATE INDEX claims_modality ON claims(modality);

-- The 4 × 16-bit bands of each original's SimHash: near-duplicate candidates
-- by index lookup. Clustered by (band, value, article_seq) with the whole
-- SimHash inline, so a lookup reads one contiguous range, newest last, and
-- confirms the distance without touching articles.
CREATE TABLE simhash_bands (
  band        INTEGER NOT NULL,
  value       INTEGER NOT NULL,
  article_seq INTEGER NOT NULL,
  article_id  TEXT NOT NULL REFERENCES articles(id),
  hi          INTEGER NOT NULL,    -- the SimHash's two 32-bit halves
  lo          INTEGER NOT NULL,
  PRIMARY KEY (band, value, article_seq)
) WITHOUT ROWID;
`;

// External-content FTS tables: the text is stored once (in articles and
// claims). The writer (sqlite/add-batch) indexes each row it inserts, in the
// same transaction: an INSERT trigger would do the same 3× slower, as FTS5
// flushes its pending terms at the statement savepoint of every trigger run.
// Deletes and updates, which the writer never does, are kept in step by
// triggers so that a hand-made change cannot leave the index stale.
const FULL_TEXT = `
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = 'articles', content_rowid = 'seq', ${TOKENIZE});
-- Merge segments 8 at a time instead of 4: less rewriting while a large batch is indexed.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5(sentence_text, content = 'claims', content_rowid = 'id', ${TOKENIZE});
INSERT INTO claims_fts(claims_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, sentence_text) VALUES ('delete', old.id, old.sentence_text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF sentence_text ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, sentence_text) VALUES ('delete', old.id, old.sentence_text);
  INSERT INTO claims_fts(rowid, sentence_text) VALUES (new.id, new.sentence_text);
END;

-- Index what earlier versions stored.
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
`;

const ENTITIES = `
CREATE TABLE entities (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,              -- 'source' for now: who figures are attributed to
  UNIQUE (name, kind)
);
-- Offsets into the article body; only where the entity's name is written there.
CREATE TABLE entity_mentions (
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  article_id TEXT NOT NULL REFERENCES articles(id),
  "start"    INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  UNIQUE (entity_id, article_id, "start", "end")
);
CREATE INDEX entity_mentions_article ON entity_mentions(article_id);

-- Quoted speech; filled by a later analysis step.
CREATE TABLE quotes (
  id         INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  "start"    INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  speaker    TEXT,
  UNIQUE (article_id, "start", "end")
);
`;

/** Entities from the sources of claims already stored (what `add` does for new ones). */
function backfillSourceEntities(db: Database): void {
  const insertEntity = db.prepare(`INSERT INTO entities(name, kind) VALUES (?, 'source') ON CONFLICT DO NOTHING`);
  const entityId = db.prepare(`SELECT id FROM entities WHERE name = ? AND kind = 'source'`).pluck();
  const insertMention = db.prepare(
    `INSERT INTO entity_mentions(entity_id, article_id, "start", "end") VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const rows = db
    .prepare(`SELECT article_id, source, sentence_start, sentence_text FROM claims WHERE source IS NOT NULL AND "in" = 'body'`)
    .all() as { article_id: string; source: string; sentence_start: number; sentence_text: string }[];
  for (const row of rows) {
    insertEntity.run(row.source);
    const mention = findSourceMention(row.sentence_text, row.sentence_start, row.source);
    if (mention) insertMention.run(entityId.get(row.source), row.article_id, mention.start, mention.end);
  }
}

// Claim sentences indexed once: several claims often stand in one sentence,
// and version 2 kept (and indexed) a copy of the sentence per claim. A
// sentence is keyed by its article and offsets, as a claim's sentence is;
// claims reach their sentence by (article_id, "in", sentence_start,
// sentence_end), which both unique indexes serve, so no extra column or
// index is written per claim. The sentence index stores no column sizes
// (columnsize=0): ranking re-measures the few short sentences it ranks,
// and every insert saves a write to the %_docsize table.
const SENTENCES = `
CREATE TABLE sentences (
  id      INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  "in"    TEXT NOT NULL CHECK ("in" IN ('body', 'title')),
  "start" INTEGER NOT NULL,
  "end"   INTEGER NOT NULL,
  text    TEXT NOT NULL,
  UNIQUE (article_id, "in", "start", "end")
);
INSERT INTO sentences (article_id, "in", "start", "end", text)
  SELECT article_id, "in", sentence_start, sentence_end, sentence_text FROM claims
  GROUP BY article_id, "in", sentence_start, sentence_end ORDER BY min(id);

DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TABLE claims_fts;
ALTER TABLE claims DROP COLUMN sentence_text;

CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content = 'sentences', content_rowid = 'id', columnsize = 0, ${TOKENIZE});
INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
`;

// Claims keyed for reading only. The unique (article_id, "in", "start",
// "end") index guarded against storing an article's claims twice, which
// cannot happen: claims are inserted only with a new original, in the same
// transaction (the writer skips a span repeated within one analysis). A
// plain index on (article_id, "in") serves every lookup the unique one did
// (an article's claims, a sentence's claims) at a third of the insert cost.
// claims_source served no query: the source filter is a substring match
// (instr), which no index can answer. A UNIQUE table constraint cannot be
// dropped: the table is rebuilt, ids kept.
const CLAIMS_INDEXES = `
CREATE TABLE claims_v5 (
  id             INTEGER PRIMARY KEY,
  article_id     TEXT NOT NULL REFERENCES articles(id),
  "in"           TEXT NOT NULL CHECK ("in" IN ('body', 'title')),
  "start"        INTEGER NOT NULL,
  "end"          INTEGER NOT NULL,
  mention        TEXT NOT NULL,
  low            REAL,
  high           REAL,
  qualifier      TEXT NOT NULL,
  counts         TEXT,
  subject        TEXT,
  event          TEXT,
  source         TEXT,
  source_norm    TEXT,             -- source lower-cased, accents off: for substring filters
  modality       TEXT NOT NULL,
  track          TEXT,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL
);
INSERT INTO claims_v5 (id, article_id, "in", "start", "end", mention, low, high, qualifier, counts, subject, event,
                       source, source_norm, modality, track, sentence_start, sentence_end)
  SELECT id, article_id, "in", "start", "end", mention, low, high, qualifier, counts, subject, event,
         source, source_norm, modality, track, sentence_start, sentence_end FROM claims ORDER BY id;
DROP TABLE claims;
ALTER TABLE claims_v5 RENAME TO claims;
CREATE INDEX claims_article ON claims(article_id, "in");
CREATE INDEX claims_counts ON claims(counts);
CREATE INDEX claims_modality ON claims(modality);
`;

// What track resolution needs of each claim, computed at analysis time
// (core/tracks/track-features), and the tracks it resolves them into.
const TRACKS = `
ALTER TABLE claims ADD COLUMN track_key TEXT;       -- what is counted, whose, event and scope: claims of one key may share a track
ALTER TABLE claims ADD COLUMN magnitude REAL;       -- the value in the key's base unit, for comparing estimates
ALTER TABLE claims ADD COLUMN time_ref TEXT;        -- the claim's own time reference (ISO date), when the text gives one
ALTER TABLE claims ADD COLUMN original_source TEXT; -- who the figure comes from first
ALTER TABLE claims ADD COLUMN carrier TEXT;         -- who relays it
CREATE INDEX claims_track_key ON claims(track_key) WHERE track_key IS NOT NULL;
CREATE INDEX claims_track ON claims(track) WHERE track IS NOT NULL;

CREATE TABLE tracks (
  id       TEXT PRIMARY KEY,
  track_key TEXT NOT NULL,
  label    TEXT NOT NULL,
  counts   TEXT,
  subject  TEXT,
  event    TEXT,
  scope    TEXT
);
CREATE INDEX tracks_key ON tracks(track_key);

CREATE TABLE track_links (
  track_id   TEXT NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
  related_id TEXT NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
  relation   TEXT NOT NULL,
  PRIMARY KEY (track_id, related_id)
) WITHOUT ROWID;

-- Keys whose claims changed since their tracks were last resolved.
CREATE TABLE dirty_track_keys (track_key TEXT PRIMARY KEY) WITHOUT ROWID;
`;

// Every person, organisation and place an article names (store/entity-rows), read once per original.
const ARTICLE_ENTITIES = `
CREATE TABLE article_entities (
  article_id TEXT NOT NULL REFERENCES articles(id),
  "start"    INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  key        TEXT NOT NULL,    -- canonical, across articles and languages: country:KP, person:vladimir-putin
  name       TEXT NOT NULL,    -- canonical English name
  kind       TEXT NOT NULL,
  role       TEXT,             -- the title or role that introduces it
  text       TEXT NOT NULL,    -- as written: the aliases
  UNIQUE (article_id, "start", "end")
);
CREATE INDEX article_entities_key ON article_entities(key);
CREATE TABLE entities_read (article_id TEXT PRIMARY KEY REFERENCES articles(id)) WITHOUT ROWID;
`;

/**
 * Each claim's track family (core/tracks/resolve-tracks familyOf), so a
 * ledger resolves again only the families new claims belong to. Tracks
 * resolved before are cleared and every family marked, to be resolved once.
 */
function trackFamilies(db: Database): void {
  db.exec(`
ALTER TABLE claims ADD COLUMN track_family TEXT;
CREATE INDEX claims_track_family ON claims(track_family) WHERE track_family IS NOT NULL;
ALTER TABLE tracks ADD COLUMN family TEXT;
CREATE INDEX tracks_family ON tracks(family);
CREATE INDEX track_links_related ON track_links(related_id);
DELETE FROM track_links;
DELETE FROM tracks;
UPDATE claims SET track = NULL WHERE track IS NOT NULL;
DELETE FROM dirty_track_keys;
`);
  const keys = db.prepare(`SELECT DISTINCT track_key FROM claims WHERE track_key IS NOT NULL`).pluck().all() as string[];
  const setFamily = db.prepare(`UPDATE claims SET track_family = ? WHERE track_key = ?`);
  const mark = db.prepare(`INSERT INTO dirty_track_keys (track_key) VALUES (?) ON CONFLICT DO NOTHING`);
  for (const key of keys) {
    const family = familyOf(key);
    setFamily.run(family, key);
    mark.run(family);
  }
}

/**
 * Claims of a family local to their own article leave its column empty
 * (sqlite/local-families): claims_track_family holds only the families
 * articles can share, and claims_track only their claims (an article's own
 * tracks are read through the article).
 */
function localFamilies(db: Database): void {
  const families = db.prepare(`SELECT DISTINCT track_family FROM claims WHERE track_family IS NOT NULL`).pluck().all() as string[];
  const clear = db.prepare(`UPDATE claims SET track_family = NULL WHERE track_family = ? AND article_id = ?`);
  for (const family of families) {
    const article = familyArticle(family);
    if (article !== null) clear.run(family, article);
  }
  db.exec(`
DROP INDEX claims_track;
CREATE INDEX claims_track ON claims(track) WHERE track IS NOT NULL AND track_family IS NOT NULL;`);
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "articles, outlets, claims, simhash bands", up: (db) => db.exec(CORE_TABLES) },
  { version: 2, name: "full-text search", up: (db) => db.exec(FULL_TEXT) },
  {
    version: 3,
    name: "entities and quotes",
    up: (db) => {
      db.exec(ENTITIES);
      backfillSourceEntities(db);
    },
  },
  { version: 4, name: "claim sentences stored and indexed once", up: (db) => db.exec(SENTENCES) },
  { version: 5, name: "claims indexed for reading only", up: (db) => db.exec(CLAIMS_INDEXES) },
  { version: 6, name: "tracked figures", up: (db) => db.exec(TRACKS) },
  {
    version: 7,
    name: "claim reviews",
    // Keyed by the claim's characters, not its row id: a review outlives the article being analysed again.
    up: (db) =>
      db.exec(`
CREATE TABLE reviews (
  id         INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  "in"       TEXT NOT NULL CHECK ("in" IN ('body', 'title')),
  "start"    INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'reject')),
  correction TEXT CHECK (correction IS NULL OR json_valid(correction)), -- JSON: the corrected fields only
  note       TEXT,
  reviewer   TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX reviews_claim ON reviews(article_id, "in", "start", "end", id);
`),
  },
  {
    version: 8,
    name: "fewer claim indexes to keep up while ingesting",
    // Track resolution reads every keyed claim, and four modalities make a useless index: neither pays for its upkeep.
    up: (db) => db.exec(`DROP INDEX IF EXISTS claims_track_key; DROP INDEX IF EXISTS claims_modality;`),
  },
  { version: 9, name: "entities read from the text", up: (db) => db.exec(ARTICLE_ENTITIES) },
  { version: 10, name: "tracks resolved family by family", up: trackFamilies },
  // No query looks a track up by its key; ingest writes a new family's tracks with its claims.
  { version: 11, name: "one index fewer on tracks", up: (db) => db.exec(`DROP INDEX IF EXISTS tracks_key;`) },
  // Each writer holds the bands in memory (sqlite/simhash-index), loaded from articles.simhash: the table was written, never read.
  { version: 12, name: "SimHash bands kept only where they are queried", up: (db) => db.exec(`DROP TABLE IF EXISTS simhash_bands;`) },
  { version: 13, name: "an article's own track families found through the article", up: localFamilies },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * Brings the database to `target` (the latest by default) and returns the
 * versions before and after. A file newer than this code is refused rather
 * than written with an older idea of the schema.
 */
export function migrate(db: Database, target: number = SCHEMA_VERSION): { from: number; to: number } {
  const before = schemaVersion(db);
  if (before > SCHEMA_VERSION) {
    throw new Error(`The store's schema is version ${before}, newer than this Tally (${SCHEMA_VERSION}): update Tally.`);
  }
  // Already there: no write lock taken, so opening a store is cheap and never waits.
  if (before >= target) return { from: before, to: before };
  const run = db.transaction(() => {
    // Read again under the lock: another process may have migrated meanwhile.
    const from = schemaVersion(db);
    for (const m of MIGRATIONS) {
      if (m.version > from && m.version <= target) m.up(db);
    }
    const to = Math.max(from, target);
    db.pragma(`user_version = ${to}`);
    return { from, to };
  });
  return run.immediate();
}
