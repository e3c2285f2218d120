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
import { WORD_ID_SPAN, wordIdBase, type Token } from "../text/tokens.js";

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
  const first = lang.firstWordMasks;
  const base = wordIdBase();
  if (first.base !== base) {
    // The tokenizer's ids now stand for other words: what was read by id is forgotten.
    first.byId.fill(UNKNOWN);
    first.base = base;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const k = t.id - base;
    if (t.id < 0 || k < 0) {
      masks[i] = first.masks.get(t.norm) ?? 0;
      continue;
    }
    // Most words of a text are seen before: their mask is read by id, the lookup by string done once.
    let mask = first.byId[k]!;
    if (mask === UNKNOWN) mask = first.byId[k] = first.masks.get(t.norm) ?? 0;
    masks[i] = mask;
  }
  return masks;
}

const UNKNOWN = -1;

/**
 * For each word that starts a phrase, the bits of the tries it starts one in; and the same, read so far,
 * by token id (see text/tokens.ts), valid while the tokenizer's ids count from `base`.
 */
export interface FirstWordMasks {
  readonly masks: ReadonlyMap<string, number>;
  readonly byId: Int16Array;
  base: number;
}

export function firstWordMasks(masks: ReadonlyMap<string, number>): FirstWordMasks {
  return { masks, byId: new Int16Array(WORD_ID_SPAN).fill(UNKNOWN), base: wordIdBase() };
}
