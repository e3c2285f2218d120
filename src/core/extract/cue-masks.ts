/**
 * @module core/extract/cue-masks
 * A cheap filter before costly work: one lookup per token says which cue
 * tries (attribution, modality, events, clause breaks) have a phrase that
 * starts with it, so each scan tries only the tokens that can match; also
 * which word lists (places, counted nouns, factual cues) a token may start
 * an entry of, for the per-figure reads that look up many tokens around a figure.
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { PhraseMatch, PhraseSet } from "../phrase-set.js";
import type { Token } from "../text/tokens.js";
import { WordIdCache } from "../text/word-id-cache.js";

export const ATTRIBUTION = 1;
export const MODALITY = 2;
export const EVENT = 4;
export const CLAUSE_BREAK = 8;
/** The word starts a place or demonym ("Corée du Nord", "américain"). */
export const PLACE = 16;
/** The word starts a cue that states a fact as given. */
export const FACTUAL = 32;
/** The word starts a counted noun. */
export const NOUN = 64;
/** The word starts a linker between a figure and its noun ("de", "of"). */
export const NOUN_LINKER = 128;

/** Whether token i may start a phrase of the tries `bit` stands for (false: it starts none, no lookup needed). */
export function mayStart(masks: CueMasks, i: number, bit: number): boolean {
  return ((masks[i] ?? 0) & bit) !== 0;
}

/** set.matchAt(tokens, i, limit), looked up only when token i may start one of its phrases (its `bit`). */
export function matchStarting<V>(set: PhraseSet<V>, bit: number, tokens: readonly Token[], masks: CueMasks, i: number, limit = tokens.length): PhraseMatch<V> | null {
  return mayStart(masks, i, bit) ? set.matchAt(tokens, i, limit) : null;
}

export type CueMasks = Uint8Array;

export function cueMasks(lang: CompiledLanguage, tokens: readonly Token[]): CueMasks {
  const masks = new Uint8Array(tokens.length);
  // Most words of a text are seen before: their mask is read by id, the lookup by string done once.
  const byId = lang.firstWordMasks.byId;
  for (let i = 0; i < tokens.length; i++) masks[i] = byId.of(tokens[i]!);
  return masks;
}

/** For each word that starts a phrase, the bits of the tries it starts one in; and the same by token id. */
export interface FirstWordMasks {
  readonly masks: ReadonlyMap<string, number>;
  readonly byId: WordIdCache;
}

export function firstWordMasks(masks: ReadonlyMap<string, number>): FirstWordMasks {
  return { masks, byId: new WordIdCache((norm) => masks.get(norm) ?? 0) };
}
