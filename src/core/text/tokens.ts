/**
 * @module core/text/tokens
 * A linear tokenizer for the part of a text that is analysed: words
 * (letters and digits, with inner hyphens and dots kept: "nord-coréens",
 * "U.S"), an elided word keeps its apostrophe ("jusqu'", "d'", "l'"), and
 * every other visible character is a punctuation token of its own.
 * Offsets are UTF-16 into the original text.
 */
import { normWord } from "./normalize.js";

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Normal form (normalize.ts) for words; the character itself for punctuation. */
  readonly norm: string;
  readonly kind: "word" | "punct";
  /** The word starts with an upper-case letter. */
  readonly capital: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

// French elided words; anything else keeps the apostrophe apart ("Korea's").
const ELIDED = new Set(["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "n", "s", "c", "j", "m", "t"]);

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc;
}

function isJoiner(c: number): boolean {
  return c === 45 /* - */ || c === 46 /* . */ || c === 0x2011;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, from, to, tokens);
  return tokens;
}

/** Words to look for cheaply: the words, and the lengths they come in. */
export interface KeyWords {
  readonly words: ReadonlySet<string>;
  readonly lengths: ReadonlySet<number>;
}

/** Builds a KeyWords index; each word is cut at hyphens and apostrophes and its longest letter run kept. */
export function keyWords(words: Iterable<string>): KeyWords {
  const set = new Set<string>();
  for (const w of words) {
    const runs = normWord(w).split(/[^\p{L}]+/u).filter(Boolean);
    if (runs.length) set.add(runs.reduce((x, y) => (y.length > x.length ? y : x)));
  }
  return { words: set, lengths: new Set([...set].map((w) => w.length)) };
}

/**
 * Whether text[from, to) holds one of the key words as a run of letters: a cheap check, with no
 * token built, before the full work on a sentence.
 */
export function hasKeyWord(text: string, from: number, to: number, keys: KeyWords): boolean {
  let i = from;
  while (i < to) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < to && isLetterAt(text, i)) {
      if (text.charCodeAt(i) >= 128) ascii = false;
      i++;
    }
    if (!keys.lengths.has(i - start) && ascii) continue;
    const raw = text.slice(start, i);
    if (keys.words.has(ascii ? raw.toLowerCase() : normWord(raw))) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  return LETTER.test(text[i]!);
}

function scanTokens(text: string, from: number, to: number, tokens: Token[]): void {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code) || code < 32) {
      i++;
      continue;
    }
    if (!isWordCode(text, i)) {
      tokens.push({ start: i, end: i + 1, norm: isApostrophe(code) ? "'" : text[i]!, kind: "punct", capital: false });
      i++;
      continue;
    }
    const start = i;
    let digit = isAsciiDigit(code);
    let ascii = code < 128;
    i++;
    while (i < to) {
      const c = text.charCodeAt(i);
      // Fast path: ASCII letters continue a word, ASCII digits a number.
      const lower = c | 32;
      if (digit ? c >= 48 && c <= 57 : lower >= 97 && lower <= 122) {
        i++;
        continue;
      }
      if (isWordCode(text, i)) {
        // Digits and letters glued together are two tokens ("500km2", "14h30").
        if (isAsciiDigit(c) !== digit) break;
        if (c >= 128) ascii = false;
        i++;
        continue;
      }
      // Inner hyphen or dot joins two word parts ("nord-coréens", "U.S").
      if (isJoiner(c) && i + 1 < to && isWordCode(text, i + 1)) {
        if (c >= 128) ascii = false;
        i++;
        digit = isAsciiDigit(text.charCodeAt(i));
        continue;
      }
      // An elision ends the word with its apostrophe ("jusqu'", "d'").
      if (isApostrophe(c) && i + 1 < to && isWordCode(text, i + 1) && i - start <= 6 && ELIDED.has(text.slice(start, i).toLowerCase())) {
        if (c >= 128) ascii = false;
        i++;
      }
      break;
    }
    const raw = text.slice(start, i);
    // Plain ASCII words only need lower-casing; others go through the full normal form.
    const first = raw.charCodeAt(0);
    const capital = first < 128 ? first >= 65 && first <= 90 : UPPER.test(raw[0]!);
    tokens.push({ start, end: i, norm: ascii ? raw.toLowerCase() : normWord(raw), kind: "word", capital });
  }
}
