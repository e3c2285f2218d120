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
  const byWord = lang.firstWordMasks.masks;
  // A plain lookup: token norms are shared strings whose hash V8 has cached, cheaper than a prefilter.
  for (let i = 0; i < tokens.length; i++) masks[i] = byWord.get(tokens[i]!.norm) ?? 0;
  return masks;
}

export interface FirstWordMasks {
  readonly masks: ReadonlyMap<string, number>;
}

export function firstWordMasks(masks: ReadonlyMap<string, number>): FirstWordMasks {
  return { masks };
}
