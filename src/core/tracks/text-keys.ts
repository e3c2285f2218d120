/**
 * @module core/tracks/text-keys
 * Keys made from words: accents off and lower case, so "Koursk" written
 * with or without accents, upper or lower case, is one key; slugs for
 * readable track ids.
 */

// Plain ASCII has no accent to take off: it skips the costly NFD step.
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function foldAccents(text: string): string {
  return ASCII_ONLY.test(text) ? text : text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Lower case, accents off, runs of anything else than letters and digits as one hyphen. */
export function slug(text: string): string {
  return foldAccents(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
