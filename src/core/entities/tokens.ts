/**
 * @module core/entities/tokens
 * Token tests the entity finder shares: capitalised words, acronyms,
 * sentence starts. Each is a constant-time look at one or two tokens.
 */
import type { Token } from "../text/tokens.js";

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const SENTENCE_END = new Set([".", "!", "?", "…", ":", "«", '"', "“", "—", "–", "(", "[", "•", "|"]);

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === "word";
}

/** A word that starts with a capital letter (not a number). */
export function isCapWord(t: Token | undefined): t is Token {
  return isWord(t) && t.capital;
}

/** No lower-case letter and at least `min` letters ("NIS", "U.N", "G20" with min 1). */
export function noLower(raw: string, min = 1): boolean {
  if (LOWER.test(raw)) return false;
  let letters = 0;
  for (const ch of raw) if (LETTER.test(ch) && ++letters >= min) return true;
  return false;
}

/** Whether a line break or more than a few spaces separate two tokens. */
export function broken(body: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return true;
  for (let k = a.end; k < b.start; k++) {
    const c = body.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** For each token, whether it opens a sentence, a line, a quotation or a bracket: there a capital says nothing about names. */
export function sentenceStarts(body: string, tokens: readonly Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    out[i] = prev === undefined || broken(body, prev, tokens[i]!) || (prev.kind === "punct" && SENTENCE_END.has(prev.norm));
  }
  return out;
}
