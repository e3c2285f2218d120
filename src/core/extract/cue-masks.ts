/**
 * @module core/extract/cue-masks
 * A cheap filter before costly work: one lookup per token says which cue
 * tries (attribution, modality, events, clause breaks) have a phrase that
 * starts with it, so each scan tries only the tokens that can match.
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { Token } from "../text/tokens.js";

export const ATTRIBUTION = 1;
export const MODALITY = 2;
export const EVENT = 4;
export const CLAUSE_BREAK = 8;

export type CueMasks = Uint8Array;

export function cueMasks(lang: CompiledLanguage, tokens: readonly Token[]): CueMasks {
  const masks = new Uint8Array(tokens.length);
  const { filter, masks: byWord } = lang.firstWordMasks;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // Most words start no cue: their first letter and length say so before any hashing.
    if (filter[filterKey(w)]) masks[i] = byWord.get(w) ?? 0;
  }
  return masks;
}

/** First character (folded to 7 bits) and length (capped): the key of the cheap filter. */
export function filterKey(word: string): number {
  return ((word.charCodeAt(0) & 127) << 5) | Math.min(word.length, 31);
}

export interface FirstWordMasks {
  readonly masks: ReadonlyMap<string, number>;
  readonly filter: Uint8Array;
}

export function firstWordMasks(masks: ReadonlyMap<string, number>): FirstWordMasks {
  const filter = new Uint8Array(128 << 5);
  for (const w of masks.keys()) filter[filterKey(w)] = 1;
  return { masks, filter };
}
