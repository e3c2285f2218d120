/**
 * @module store/claim-rows
 * What each backend stores of an analysed article's claims, walked once the
 * same way: each sentence once (the first claim standing in it), each span
 * once (an analysis that repeats a span stores it once), with the claim's
 * track features and, where its source is written in the sentence, the
 * offsets of that mention.
 */
import type { FigureClaim } from "../core/types.js";
import type { ClaimFeatures } from "../core/tracks/track-features.js";
import { findSourceMention } from "./source-mentions.js";
import type { AnalysedArticle } from "./store.js";

export interface ClaimRow {
  /** The claim's index in the analysis. */
  readonly index: number;
  readonly claim: FigureClaim;
  readonly features: ClaimFeatures | undefined;
  readonly sentenceText: string;
  /** The first claim of its sentence: the sentence is stored with it. */
  readonly newSentence: boolean;
  /** Where the claim's source is written in the body, if it is. */
  readonly sourceMention: { readonly start: number; readonly end: number } | null;
}

/** The indexes of the claims stored: each span once, the first claim that has it. */
export function storedClaimIndexes(claims: readonly FigureClaim[]): number[] {
  // By start offset, a number (no key string built per claim): spans seldom share a start.
  const byStart = new Map<number, FigureClaim[]>();
  const stored: number[] = [];
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index]!;
    const sameStart = byStart.get(claim.start);
    if (sameStart === undefined) byStart.set(claim.start, [claim]);
    else if (sameStart.some((c) => c.in === claim.in && c.end === claim.end)) continue;
    else sameStart.push(claim);
    stored.push(index);
  }
  return stored;
}

export function* claimRows(item: AnalysedArticle): Generator<ClaimRow> {
  const { article, analysis } = item;
  const sentences = new Set<string>();
  for (const index of storedClaimIndexes(analysis.claims)) {
    const claim = analysis.claims[index]!;
    const { start, end } = claim.sentence;
    const sentenceText = (claim.in === "title" ? (article.title ?? "") : article.body).slice(start, end);
    const sentenceKey = `${claim.in}:${start}:${end}`;
    const newSentence = !sentences.has(sentenceKey);
    if (newSentence) sentences.add(sentenceKey);
    const source = claim.source;
    // Entity mentions are offsets into the body: a title's source has none.
    const sourceMention = source !== null && source.trim() !== "" && claim.in === "body" ? findSourceMention(sentenceText, start, source) : null;
    yield { index, claim, features: analysis.features?.[index], sentenceText, newSentence, sourceMention };
  }
}
