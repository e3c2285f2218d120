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

export function normWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS, "").replace(APOSTROPHES, "'");
}

/** Normalises a phrase word by word, single spaces between words. */
export function normPhrase(phrase: string): string {
  return phrase.split(/\s+/).filter(Boolean).map(normWord).join(" ");
}
