/**
 * @module core/text/normalize
 * One normal form for every word Tally compares with its lexicons:
 * lower case, accents removed, typographic apostrophes folded. Lexicon keys
 * go through the same function, so data can be written naturally.
 */

const APOSTROPHES = /[’‘`´ʼ]/g;
const MARKS = /\p{M}/gu;
// Plain ASCII words (most English, many French) skip the costly NFD step.
const ASCII_ONLY = /^[\x00-\x7f]*$/;

// Words repeat: the normal form of a non-ASCII word is computed once. Bounded, so memory stays flat.
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function normWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  let norm = CACHE.get(lower);
  if (norm === undefined) {
    norm = lower.normalize("NFD").replace(MARKS, "").replace(APOSTROPHES, "'");
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(lower, norm);
  }
  return norm;
}

/** Normalises a phrase word by word, single spaces between words. */
export function normPhrase(phrase: string): string {
  return phrase.split(/\s+/).filter(Boolean).map(normWord).join(" ");
}
