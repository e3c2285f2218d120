/**
 * @module store/sqlite/track-resolution
 * Tracks resolved by the pure resolver of core/tracks, family by family
 * (familyOf): ingest and reviews mark the families their claims belong to,
 * and only those are resolved again, each over all of its stored claims.
 * Tracks relate only within a family, so the result is what resolving
 * everything would give: it depends only on what is stored, not on the
 * order articles arrived in. One transaction: readers see the old tracks or
 * the new ones, never half of each.
 */
import type { Database } from "better-sqlite3";
import type { ResolvedTrack } from "../../core/tracks/resolve-tracks.js";
import { familyOf } from "../../core/tracks/resolve-tracks.js";
import { planTracks, placedTrackLabel, uniqueTrackId, type MemberRow } from "../track-plan.js";
import { familyArticle } from "./local-families.js";

/** Writes a family's resolved tracks and their links; returns each resolver id's stored id. */
export type FamilyTrackWriter = (family: string, tracks: readonly ResolvedTrack<number>[]) => Map<string, string>;

/** The writer of resolved tracks, for resolution and for the ingest that plans a new family's tracks as it stores them. */
export function makeFamilyTrackWriter(db: Database): FamilyTrackWriter {
  const holderOf = db.prepare<[string], string | null>(`SELECT family FROM tracks WHERE id = ?`).pluck();
  const insertTrack = db.prepare(`INSERT INTO tracks (id, track_key, label, counts, subject, event, scope, family) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  // Most ids are free: tried as they are, and looked up only when another track holds them.
  const insertFreeTrack = db.prepare(`
    INSERT INTO tracks (id, track_key, label, counts, subject, event, scope, family) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO NOTHING`);
  const insertLink = db.prepare(`INSERT OR IGNORE INTO track_links (track_id, related_id, relation) VALUES (?, ?, ?)`);
  return (family, tracks) => {
    const idOf = new Map<string, string>();
    for (const t of tracks) {
      let id = t.id;
      if (insertFreeTrack.run(id, t.key, t.label, t.counts, t.subject, t.event, t.scope, family).changes === 0) {
        id = uniqueTrackId(t.id, family, holderOf.get(t.id));
        insertTrack.run(id, t.key, t.label, t.counts, t.subject, t.event, t.scope, family);
      }
      idOf.set(t.id, id);
    }
    for (const t of tracks) {
      for (const r of t.related) insertLink.run(idOf.get(t.id)!, idOf.get(r.id) ?? r.id, r.relation);
    }
    return idOf;
  };
}

export function makeTrackResolution(db: Database): { resolve(force?: boolean): number; pending(): boolean } {
  const pending = db.prepare(`SELECT 1 FROM dirty_track_keys LIMIT 1`).pluck();
  const dirtyFamilies = db.prepare<[], string>(`SELECT track_key FROM dirty_track_keys`).pluck();
  const writtenFamilies = db.prepare<[], string>(`SELECT DISTINCT track_family FROM claims WHERE track_family IS NOT NULL`).pluck();
  const localKeys = db.prepare<[], string>(`SELECT DISTINCT track_key FROM claims WHERE track_family IS NULL AND track_key IS NOT NULL`).pluck();
  // With each claim, its latest review (sqlite/reviews): a person's word overrides the resolver's.
  const MEMBER = `
    SELECT c.id, c.track_key, c.magnitude, c.low, c.high, c.modality, c.counts, c.subject, c.event, r.action, r.correction
    FROM claims c LEFT JOIN reviews r ON r.id = (
      SELECT max(x.id) FROM reviews x WHERE x.article_id = c.article_id AND x."in" = c."in" AND x."start" = c."start" AND x."end" = c."end")`;
  const membersByFamily = db.prepare<[string], MemberRow>(`${MEMBER} WHERE c.track_family = ?`);
  // A family local to an article (sqlite/local-families) is found through the article's claims.
  const localMembers = db.prepare<[string], MemberRow>(`${MEMBER} WHERE c.article_id = ? AND c.track_family IS NULL AND c.track_key IS NOT NULL`);
  const clearClaim = db.prepare(`UPDATE claims SET track = NULL WHERE id = ?`);
  const holderOf = db.prepare<[string], string | null>(`SELECT family FROM tracks WHERE id = ?`).pluck();
  const tracksOfFamily = db.prepare<[string], string>(`SELECT id FROM tracks WHERE family = ?`).pluck();
  const clearLinksFrom = db.prepare(`DELETE FROM track_links WHERE track_id = ?`);
  const clearLinksTo = db.prepare(`DELETE FROM track_links WHERE related_id = ?`);
  const clearTracks = db.prepare(`DELETE FROM tracks WHERE family = ?`);
  const clearClaims = db.prepare(`UPDATE claims SET track = NULL WHERE track_family = ? AND track IS NOT NULL`);
  const insertTrack = db.prepare(`INSERT INTO tracks (id, track_key, label, counts, subject, event, scope, family) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const writeTracks = makeFamilyTrackWriter(db);
  const setTrack = db.prepare(`UPDATE claims SET track = ? WHERE id = ?`);
  // On a track a person chose, a claim is found by its family written out (sqlite/local-families).
  const placeOnTrack = db.prepare(`UPDATE claims SET track = ?, track_family = coalesce(track_family, ?) WHERE id = ?`);
  const clearDirty = db.prepare(`DELETE FROM dirty_track_keys WHERE track_key = ?`);
  const countTracks = db.prepare<[], number>(`SELECT count(*) FROM tracks`).pluck();

  /** The claims of a family, by id: those that name it, and those of its article that leave it to be read from their key. */
  function membersOf(family: string): { rows: MemberRow[]; local: MemberRow[] } {
    const rows = membersByFamily.all(family);
    const article = familyArticle(family);
    const local = article === null ? [] : localMembers.all(article).filter((row) => familyOf(row.track_key) === family);
    if (local.length) {
      rows.push(...local);
      rows.sort((a, b) => a.id - b.id);
    }
    return { rows, local };
  }

  /** Every family with claims, in one order whatever the claims' order: ids that two families would share go to the same one. */
  function allFamilies(): string[] {
    const families = new Set(writtenFamilies.all());
    for (const key of localKeys.iterate()) families.add(familyOf(key));
    return [...families].sort();
  }

  /** Resolves one family again: its tracks, their links, and its claims' tracks. */
  function resolveFamily(family: string): void {
    const { rows, local } = membersOf(family);
    const { tracks, placed } = planTracks(rows);
    const before = tracksOfFamily.all(family);
    // A family seen for the first time (most are: an article's own figures) has nothing to clear.
    if (before.length) {
      for (const id of before) {
        clearLinksFrom.run(id);
        clearLinksTo.run(id);
      }
      clearTracks.run(family);
      clearClaims.run(family);
      for (const row of local) clearClaim.run(row.id);
    }
    const idOf = writeTracks(family, tracks);
    for (const t of tracks) for (const id of t.members) setTrack.run(idOf.get(t.id)!, id);
    for (const p of placed) {
      // A track a person named that no family has: it is theirs, labelled from its claim.
      if (holderOf.get(p.track) === undefined) {
        insertTrack.run(p.track, p.row.track_key, placedTrackLabel(p.row), p.row.counts, p.row.subject, p.row.event, null, family);
      }
      placeOnTrack.run(p.track, familyOf(p.row.track_key), p.id);
    }
    clearDirty.run(family);
  }

  const run = db.transaction((force: boolean): number => {
    const families = force ? allFamilies() : dirtyFamilies.all();
    for (const family of families) resolveFamily(family);
    if (force) db.prepare(`DELETE FROM dirty_track_keys`).run();
    return countTracks.get()!;
  });

  return {
    pending: () => pending.get() !== undefined,
    /** Resolves the families whose claims changed (or all, when forced); returns the number of tracks, or -1 when nothing changed. */
    resolve: (force = false) => (force || pending.get() !== undefined ? run.immediate(force) : -1),
  };
}
