/**
 * @module core/tracks/track-claims
 * Tracks resolved over a set of analyses held in memory (what `tally
 * extract` reads in one run): each claim's `track` set to its tracked
 * figure's id. The store resolves the same way over what it holds.
 */
import type { Analysis, FigureClaim } from "../types.js";
import { resolveTracks, type ResolvedTrack, type TrackMember } from "./resolve-tracks.js";

/** A claim's place in the input: analysis index and claim index. */
export interface ClaimRef {
  readonly analysis: number;
  readonly claim: number;
}

export function membersOf(analyses: readonly Analysis[]): TrackMember<ClaimRef>[] {
  const members: TrackMember<ClaimRef>[] = [];
  const refs: ClaimRef[][] = analyses.map((a, ai) => a.claims.map((_, ci) => ({ analysis: ai, claim: ci })));
  analyses.forEach((a, ai) => {
    a.claims.forEach((claim, ci) => {
      const f = a.features?.[ci];
      if (!f || f.key === null) return;
      members.push({
        ref: refs[ai]![ci]!,
        key: f.key,
        magnitude: f.magnitude,
        possible: claim.modality === "possible",
        counts: claim.counts,
        subject: claim.subject,
        event: claim.event,
        scopeName: f.scopeName,
        partOf: f.partOf === null ? null : (refs[ai]![f.partOf] ?? null),
      });
    });
  });
  return members;
}

export function trackClaims(analyses: readonly Analysis[]): { analyses: Analysis[]; tracks: ResolvedTrack<ClaimRef>[] } {
  const tracks = resolveTracks(membersOf(analyses));
  const trackOf = analyses.map((a) => new Array<string | null>(a.claims.length).fill(null));
  for (const t of tracks) for (const ref of t.members) trackOf[ref.analysis]![ref.claim] = t.id;
  return {
    analyses: analyses.map((a, ai) => ({
      ...a,
      claims: a.claims.map((c, ci): FigureClaim => ({ ...c, track: trackOf[ai]![ci] ?? null })),
    })),
    tracks,
  };
}
