/**
 * @module store/sqlite/track-resolution
 * Tracks resolved over everything the ledger holds, by the pure resolver of
 * core/tracks, whenever claims were added since the last time (ingest marks
 * their keys dirty). The result depends only on what is stored, not on the
 * order articles arrived in. One transaction: readers see the old tracks or
 * the new ones, never half of each.
 */
import type { Database } from "better-sqlite3";
import { resolveTracks, type TrackMember } from "../../core/tracks/resolve-tracks.js";

interface MemberRow {
  readonly id: number;
  readonly track_key: string;
  readonly magnitude: number | null;
  readonly modality: string;
  readonly counts: string | null;
  readonly subject: string | null;
  readonly event: string | null;
}

function scopeName(key: string): string | null {
  const scope = key.split("|")[3] ?? "";
  if (scope === "") return null;
  if (scope === "additional") return scope;
  const name = scope.replace(/^place:/, "");
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export function makeTrackResolution(db: Database): { resolve(force?: boolean): number; pending(): boolean } {
  const pending = db.prepare(`SELECT 1 FROM dirty_track_keys LIMIT 1`).pluck();
  // Claims a person rejected leave their tracks (sqlite/reviews); the rest are resolved.
  const members = db.prepare<[], MemberRow>(`
    SELECT id, track_key, magnitude, modality, counts, subject, event FROM claims WHERE track_key IS NOT NULL`);
  const clearTracks = db.prepare(`DELETE FROM tracks`);
  const clearLinks = db.prepare(`DELETE FROM track_links`);
  const clearClaims = db.prepare(`UPDATE claims SET track = NULL WHERE track IS NOT NULL`);
  const insertTrack = db.prepare(`INSERT INTO tracks (id, track_key, label, counts, subject, event, scope) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertLink = db.prepare(`INSERT INTO track_links (track_id, related_id, relation) VALUES (?, ?, ?)`);
  const setTrack = db.prepare(`UPDATE claims SET track = ? WHERE id = ?`);
  const clearDirty = db.prepare(`DELETE FROM dirty_track_keys`);

  const run = db.transaction((): number => {
    const input: TrackMember<number>[] = members.all().map((r) => ({
      ref: r.id,
      key: r.track_key,
      magnitude: r.magnitude,
      possible: r.modality === "possible",
      counts: r.counts,
      subject: r.subject,
      event: r.event,
      scopeName: scopeName(r.track_key),
    }));
    const tracks = resolveTracks(input);
    clearLinks.run();
    clearTracks.run();
    clearClaims.run();
    for (const t of tracks) insertTrack.run(t.id, t.key, t.label, t.counts, t.subject, t.event, t.scope);
    for (const t of tracks) {
      for (const r of t.related) insertLink.run(t.id, r.id, r.relation);
      for (const id of t.members) setTrack.run(t.id, id);
    }
    clearDirty.run();
    return tracks.length;
  });

  return {
    pending: () => pending.get() !== undefined,
    /** Resolves when claims changed (or always, when forced); returns the number of tracks, or -1 when nothing changed. */
    resolve: (force = false) => (force || pending.get() !== undefined ? run.immediate() : -1),
  };
}
