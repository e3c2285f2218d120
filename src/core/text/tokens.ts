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
  return charClass(text.charCodeAt(i)) >= DIGIT;
}

/*
 * Each UTF-16 code unit falls in one class, found once: the scanner reads a
 * table instead of testing ranges and a Unicode regex for every character.
 * 0 in the table means "not yet classified".
 */
const SKIP = 1;
const PUNCT = 2;
const DIGIT = 3;
const WORD_CHAR = 4;
const CLASSES = new Uint8Array(0x10000);

function charClass(c: number): number {
  const k = CLASSES[c];
  // Past the end of the text (NaN) there is no word.
  if (k === undefined) return PUNCT;
  return k !== 0 ? k : (CLASSES[c] = classify(c));
}

function classify(c: number): number {
  if (isSpace(c) || c < 32) return SKIP;
  if (c >= 48 && c <= 57) return DIGIT;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return WORD_CHAR;
  if (c < 0xc0) return PUNCT;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? WORD_CHAR : PUNCT;
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
// Whether a code unit is a letter, found once per code unit (0: not yet known, 1: no, 2: yes).
const LETTERS = new Uint8Array(0x10000);

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  let known = LETTERS[c];
  if (known === 0) known = LETTERS[c] = LETTER.test(text[i]!) ? 2 : 1;
  // Past the end of the text (NaN) the table has no entry: the regex answers, as it always did.
  return known === undefined ? LETTER.test(text[i]!) : known === 2;
}

function scanTokens(text: string, from: number, to: number, tokens: Token[]): void {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === SKIP) {
      i++;
      continue;
    }
    if (cls === PUNCT) {
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
      if (charClass(c) >= DIGIT) {
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
    // Plain ASCII words only need lower-casing; others go through the full normal form.
    const first = text.charCodeAt(start);
    const capital = first < 128 ? first >= 65 && first <= 90 : UPPER.test(text[start]!);
    tokens.push({ start, end: i, norm: ascii ? internAscii(text, start, i) : normNonAscii(text.slice(start, i)), kind: "word", capital });
  }
}

// Non-ASCII words as written → their normal form: a repeated word skips normWord's lower-casing and checks. Bounded.
const NON_ASCII = new Map<string, string>();
const NON_ASCII_LIMIT = 20_000;

function normNonAscii(raw: string): string {
  let norm = NON_ASCII.get(raw);
  if (norm === undefined) {
    norm = normWord(raw);
    if (NON_ASCII.size >= NON_ASCII_LIMIT) NON_ASCII.clear();
    NON_ASCII.set(raw, norm);
  }
  return norm;
}

/*
 * Interned normal forms of plain ASCII words. A few hundred words make most
 * of a text: looking a word up in place (no slice, no toLowerCase) and
 * handing out one shared string per word saves two allocations per token,
 * and every later Map or Set lookup of that string reuses the hash V8 cached
 * on it. An open-addressing table, emptied when half full so memory stays flat.
 */
const INTERN_SIZE = 1 << 14;
const INTERN_MASK = INTERN_SIZE - 1;
const interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SIZE).fill(undefined);
let internedCount = 0;

/**
 * Lower case of a character of an ASCII word: setting bit 5 lowers A-Z and
 * leaves the other characters such a word holds (a-z, 0-9, "'", "-", ".") as they are.
 */
function lowerAscii(c: number): number {
  return c | 32;
}

/** text[start, end), an ASCII word, lower-cased: the shared copy. */
function internAscii(text: string, start: number, end: number): string {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ lowerAscii(text.charCodeAt(k)), 16777619);
  for (let slot = (h ^ (h >>> 15)) & INTERN_MASK; ; slot = (slot + 1) & INTERN_MASK) {
    const key = interned[slot];
    if (key === undefined) return addInterned(slot, text.slice(start, end).toLowerCase());
    if (sameLowerAscii(key, text, start, end)) return key;
  }
}

function sameLowerAscii(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== lowerAscii(text.charCodeAt(start + k))) return false;
  return true;
}

function addInterned(slot: number, word: string): string {
  if (internedCount >= INTERN_SIZE >> 1) {
    // Full enough that probes grow long: start afresh (the word goes in after).
    interned.fill(undefined);
    internedCount = 0;
    return internAsciiWord(word);
  }
  interned[slot] = word;
  internedCount++;
  return word;
}

/** Interns an already lower-cased ASCII word (after the table was emptied). */
function internAsciiWord(word: string): string {
  return internAscii(word, 0, word.length);
}
