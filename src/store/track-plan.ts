/**
 * @module store/track-plan
 * From stored claims to the pure resolver of core/tracks and back, the same
 * way for both backends: which members a family's claims make, which track
 * a person's review puts a claim on, how an id another family holds is made
 * unique, and (`articleTrackPlan`) the tracks of an article's own families
 * planned before its claims are written, so that a family no other article
 * shares is resolved while it is stored instead of read back afterwards.
 */
import { familyOf, keyParts, resolveTracks, type ResolvedTrack, type TrackMember } from "../core/tracks/resolve-tracks.js";
import type { ClaimFeatures } from "../core/tracks/track-features.js";
import type { Analysis, FigureClaim } from "../core/types.js";
import { storedClaimIndexes } from "./claim-rows.js";
import { boundedMemo } from "../core/bounded-memo.js";

/** What a claim brings to resolution: the columns its stored row has. */
export interface MemberFields {
  readonly track_key: string;
  readonly magnitude: number | null;
  readonly modality: string;
  readonly counts: string | null;
  readonly subject: string | null;
  readonly event: string | null;
}

export interface MemberRow extends MemberFields {
  readonly id: number;
  readonly low: number | null;
  readonly high: number | null;
  /** The latest review by a person: its action and corrected fields (JSON), if any. */
  readonly action: string | null;
  readonly correction: string | null;
}

interface Correction {
  readonly track?: string | null;
}

/** A claim a person put on a track of their choosing. */
export interface PlacedClaim {
  readonly id: number;
  readonly track: string;
  readonly row: MemberRow;
}

/** Names of the scopes seen lately: the same few scopes recur in every article. */
const nameOfScopeSeen: (scope: string) => string | null = boundedMemo(nameOfScope, 4096);

function scopeName(key: string): string | null {
  return nameOfScopeSeen(keyParts(key).scope);
}

function nameOfScope(scope: string): string | null {
  if (scope === "") return null;
  if (scope === "additional") return scope;
  const name = scope.replace(/^place:/, "");
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * What resolution is given and what it must do afterwards, from the claims
 * with their latest reviews: the members for the pure resolver, and the
 * claims a person placed on a track of their choosing (set after it).
 * Shared by both backends (sqlite/track-resolution, postgres/track-queries).
 */
export function planTracks(rows: Iterable<MemberRow>): { tracks: ResolvedTrack<number>[]; placed: PlacedClaim[] } {
  const input: TrackMember<number>[] = [];
  // Claims a person put on a track of their choosing: set after resolution.
  const placed: PlacedClaim[] = [];
  for (const r of rows) {
    if (r.action === "reject") continue; // a rejected claim estimates nothing
    const fix = r.action === "correct" && r.correction ? (JSON.parse(r.correction) as Correction) : {};
    if (typeof fix.track === "string" && fix.track !== "") {
      placed.push({ id: r.id, track: fix.track, row: r });
      continue;
    }
    // A corrected value or modality changes what is shown, not which figure the claim estimates:
    // the claim stays on its track (a person moves it by correcting its track).
    input.push(memberOf(r.id, r));
  }
  return { tracks: resolveTracks(input), placed };
}

/** The label of a track a person named that the resolver does not have: from its claim. */
export function placedTrackLabel(row: MemberRow): string {
  return `${row.subject ?? ""} ${row.counts ?? "figures"} ${row.event ?? ""} (reviewed)`.replace(/\s+/g, " ").trim();
}

/** A track id another family already holds gets its family's hash: ids stay unique and stable. */
export function uniqueTrackId(id: string, family: string, holder: string | null | undefined): string {
  if (holder === undefined || holder === null || holder === family) return id;
  let h = 0;
  for (let i = 0; i < family.length; i++) h = (Math.imul(h, 31) + family.charCodeAt(i)) >>> 0;
  return `${id}~${h.toString(36)}`;
}

/** The resolver's member for a claim: one definition, so planning before a write and resolving after it agree. */
function memberOf<R>(ref: R, r: MemberFields): TrackMember<R> {
  return {
    ref,
    key: r.track_key,
    magnitude: r.magnitude,
    possible: r.modality === "possible",
    counts: r.counts,
    subject: r.subject,
    event: r.event,
    scopeName: scopeName(r.track_key),
  };
}

/** The columns a claim is stored with, as resolution reads them back; null for a claim with no track key. */
function memberFields(claim: FigureClaim, features: ClaimFeatures | undefined): MemberFields | null {
  const key = features?.key;
  if (!key) return null;
  return {
    track_key: key,
    magnitude: features?.magnitude ?? null,
    modality: claim.modality,
    counts: claim.counts,
    subject: claim.subject,
    event: claim.event,
  };
}

/** Each family of an article's claims, with the tracks its stored claims (by index in the analysis) resolve into. */
export type ArticleTrackPlan = Map<string, ResolvedTrack<number>[]>;

/**
 * The tracks of each family of one article's stored claims, each family
 * resolved on its own exactly as resolution would resolve it from the
 * stored rows (members are the claims' indexes in the analysis, in the
 * order they are stored). Valid as the family's tracks only while no other
 * stored claim belongs to it: the writer checks that, and marks the family
 * for resolution otherwise. Pure: the ingest pipeline plans on its workers.
 */
export function articleTrackPlan(analysis: Analysis): ArticleTrackPlan {
  const byFamily = new Map<string, TrackMember<number>[]>();
  for (const index of storedClaimIndexes(analysis.claims)) {
    const fields = memberFields(analysis.claims[index]!, analysis.features?.[index]);
    if (fields === null) continue;
    const family = familyOf(fields.track_key);
    const members = byFamily.get(family);
    if (members) members.push(memberOf(index, fields));
    else byFamily.set(family, [memberOf(index, fields)]);
  }
  const plan: ArticleTrackPlan = new Map();
  for (const [family, members] of byFamily) plan.set(family, resolveTracks(members));
  return plan;
}
