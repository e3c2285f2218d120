/**
 * @module cli/claim-json
 * A figure claim as the product writes it (spec/figures.md, "Fields"): the
 * `FigureClaim` fields minus `sentence`, always in this order, so output
 * diffs and greps the same from one run to the next.
 */
import type { FigureClaim } from "../core/types.js";

export const CLAIM_JSON_KEYS = [
  "article", "in", "start", "end", "mention", "low", "high", "qualifier",
  "counts", "subject", "event", "source", "modality", "track",
] as const;

export type ClaimJson = { readonly [K in (typeof CLAIM_JSON_KEYS)[number]]: FigureClaim[K] };

/** A new object with exactly the output keys, in order (`sentence` left out). */
export function claimJson(claim: FigureClaim): ClaimJson {
  return {
    article: claim.article,
    in: claim.in,
    start: claim.start,
    end: claim.end,
    mention: claim.mention,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier,
    counts: claim.counts,
    subject: claim.subject,
    event: claim.event,
    source: claim.source,
    modality: claim.modality,
    track: claim.track,
  };
}

/** One line of `--format jsonl`, with its newline. */
export function claimJsonLine(claim: FigureClaim): string {
  return `${JSON.stringify(claimJson(claim))}\n`;
}
