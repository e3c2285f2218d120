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
  readonly low: number | null;
  readonly high: number | null;
  readonly modality: string;
  readonly counts: string | null;
  readonly subject: string | null;
  readonly event: string | null;
  /** The latest review by a person: its action and corrected fields (JSON), if any. */
  readonly action: string | null;
  readonly correction: string | null;
}

interface Correction {
  readonly low?: number | null;
  readonly high?: number | null;
  readonly modality?: string;
  readonly track?: string | null;
}

/** A value's middle, as magnitudes are taken (core/tracks/track-features). */
function middle(low: number | null, high: number | null): number | null {
  if (low !== null && high !== null) return low > 0 && high > 0 ? Math.sqrt(low * high) : (low + high) / 2;
  return low ?? high;
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
  // With each claim, its latest review (sqlite/reviews): a person's word overrides the resolver's.
  const members = db.prepare<[], MemberRow>(`
    SELECT c.id, c.track_key, c.magnitude, c.low, c.high, c.modality, c.counts, c.subject, c.event, r.action, r.correction
    FROM claims c LEFT JOIN reviews r ON r.id = (
      SELECT max(x.id) FROM reviews x WHERE x.article_id = c.article_id AND x."in" = c."in" AND x."start" = c."start" AND x."end" = c."end")
    WHERE c.track_key IS NOT NULL`);
  const trackExists = db.prepare<[string], number>(`SELECT 1 FROM tracks WHERE id = ?`).pluck();
  const clearTracks = db.prepare(`DELETE FROM tracks`);
  const clearLinks = db.prepare(`DELETE FROM track_links`);
  const clearClaims = db.prepare(`UPDATE claims SET track = NULL WHERE track IS NOT NULL`);
  const insertTrack = db.prepare(`INSERT INTO tracks (id, track_key, label, counts, subject, event, scope) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertLink = db.prepare(`INSERT INTO track_links (track_id, related_id, relation) VALUES (?, ?, ?)`);
  const setTrack = db.prepare(`UPDATE claims SET track = ? WHERE id = ?`);
  const clearDirty = db.prepare(`DELETE FROM dirty_track_keys`);

  const run = db.transaction((): number => {
    const input: TrackMember<number>[] = [];
    // Claims a person put on a track of their choosing: set after resolution.
    const placed: Array<{ id: number; track: string; row: MemberRow }> = [];
    for (const r of members.all()) {
      if (r.action === "reject") continue; // a rejected claim estimates nothing
      const fix = r.action === "correct" && r.correction ? (JSON.parse(r.correction) as Correction) : {};
      if (typeof fix.track === "string" && fix.track !== "") {
        placed.push({ id: r.id, track: fix.track, row: r });
        continue;
      }
      let magnitude = r.magnitude;
      if (fix.low !== undefined || fix.high !== undefined) {
        // The corrected value, in the key's base unit: the stored magnitude's factor applied to it.
        const before = middle(r.low, r.high);
        const after = middle(fix.low !== undefined ? fix.low : r.low, fix.high !== undefined ? fix.high : r.high);
        magnitude = before && after !== null && r.magnitude !== null ? Math.abs(after) * (r.magnitude / Math.abs(before)) : r.magnitude;
      }
      input.push({
        ref: r.id,
        key: r.track_key,
        magnitude,
        possible: (fix.modality ?? r.modality) === "possible",
        counts: r.counts,
        subject: r.subject,
        event: r.event,
        scopeName: scopeName(r.track_key),
      });
    }
    const tracks = resolveTracks(input);
    clearLinks.run();
    clearTracks.run();
    clearClaims.run();
    for (const t of tracks) insertTrack.run(t.id, t.key, t.label, t.counts, t.subject, t.event, t.scope);
    for (const t of tracks) {
      for (const r of t.related) insertLink.run(t.id, r.id, r.relation);
      for (const id of t.members) setTrack.run(t.id, id);
    }
    let added = 0;
    for (const p of placed) {
      if (trackExists.get(p.track) === undefined) {
        // A track a person named that the resolver does not have: it is theirs, labelled from its claim.
        insertTrack.run(p.track, p.row.track_key, `${p.row.subject ?? ""} ${p.row.counts ?? "figures"} ${p.row.event ?? ""} (reviewed)`.replace(/\s+/g, " ").trim(), p.row.counts, p.row.subject, p.row.event, null);
        added++;
      }
      setTrack.run(p.track, p.id);
    }
    clearDirty.run();
    return tracks.length + added;
  });

  return {
    pending: () => pending.get() !== undefined,
    /** Resolves when claims changed (or always, when forced); returns the number of tracks, or -1 when nothing changed. */
    resolve: (force = false) => (force || pending.get() !== undefined ? run.immediate() : -1),
  };
}
