/**
 * @module core/text/tokens
 * A linear tokenizer for the part of a text that is analysed: words
 * (letters and digits, with inner hyphens and dots kept: "nord-coréens",
 * "U.S"), an elided word keeps its apostrophe ("jusqu'", "d'", "l'"), and
 * every other visible character is a punctuation token of its own.
 * Offsets are UTF-16 into the original text.
 */
import { normWord } from "./normalize.js";
import { boundedMemo } from "../bounded-memo.js";

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Normal form (normalize.ts) for words; the character itself for punctuation. */
  readonly norm: string;
  readonly kind: "word" | "punct";
  /** The word starts with an upper-case letter. */
  readonly capital: boolean;
  /**
   * A small number that stands for the token's normal form, for per-word caches (an array read
   * instead of a lookup by string): see `wordIdBase`. -1 when the form has none.
   */
  readonly id: number;
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

/** Whether a normal form starts with an ASCII digit (what /^\d/ tests, with no regex run per token). */
export function startsWithDigit(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, from, to, tokens);
  return tokens;
}

/** Words to look for cheaply: the words, and their plain a-z spellings as a trie. */
export interface KeyWords {
  readonly words: ReadonlySet<string>;
  readonly lengths: ReadonlySet<number>;
  /** The a-z words, for ASCII letter runs read in place (no slice, no lower-casing). */
  readonly ascii: LetterTrie;
  /**
   * For a key word that stands only for phrases of several runs: another run of each such phrase, one of
   * which must be in the text too ("seen" counts only with "by"). No entry for a key word that is a phrase alone.
   */
  readonly partners: ReadonlyMap<string, KeyWords>;
}

/**
 * Words over a-z as a trie, node 0 the root: the child of `node` by a letter
 * is next[node * 26 + letter] (0: none); `ends` marks the nodes a word ends at:
 * KEY_ALONE, or KEY_WITH_PARTNERS when the word counts only with a partner (KeyWords.partners).
 */
export interface LetterTrie {
  readonly next: Int32Array;
  readonly ends: Uint8Array;
}

/**
 * Builds a KeyWords index; each word is cut at hyphens and apostrophes and one letter run kept: every run of a phrase
 * stands in any text it is found in, so any one will do, and the rarest finds fewest texts in vain. That is the longest
 * run, among those that are no `common` word when there are some ("vu par" → "vu", "ont nié" → "nie").
 * With `partners`, a phrase of several runs also keeps its next rarest run, which must be found too: a text with
 * "seen" but no "by" holds no "seen by". Only for phrases matched whole, word after word.
 */
export function keyWords(words: Iterable<string>, common: ReadonlySet<string> = new Set(), options: { readonly partners?: boolean } = {}): KeyWords {
  // Each key word → the partner runs of its phrases; null when some phrase is that word alone.
  const partnersOf = new Map<string, Set<string> | null>();
  for (const w of words) {
    const runs = normWord(w).split(/[^\p{L}]+/u).filter(Boolean);
    const key = rarestRun(runs, common);
    if (key === undefined) continue;
    const partner = options.partners ? rarestRun(runs.filter((r) => r !== key), common) : undefined;
    const known = partnersOf.get(key);
    if (partner === undefined) partnersOf.set(key, null);
    else if (known !== null) partnersOf.set(key, (known ?? new Set<string>()).add(partner));
  }
  const partners = new Map<string, KeyWords>();
  for (const [key, runs] of partnersOf) if (runs) partners.set(key, keyWords(runs));
  const set = new Set(partnersOf.keys());
  const ascii = [...set].filter((w) => /^[a-z]+$/.test(w));
  return { words: set, lengths: new Set([...set].map((w) => w.length)), ascii: letterTrie(ascii, partners), partners };
}

/** The longest run that is no common word, or the longest run when all are (the first of equals); none for no run. */
function rarestRun(runs: readonly string[], common: ReadonlySet<string>): string | undefined {
  const rare = runs.filter((r) => !common.has(r));
  const pick = rare.length ? rare : runs;
  return pick.length ? pick.reduce((x, y) => (y.length > x.length ? y : x)) : undefined;
}

const KEY_ALONE = 1;
const KEY_WITH_PARTNERS = 2;

function letterTrie(words: readonly string[], partners: ReadonlyMap<string, KeyWords>): LetterTrie {
  const next: number[] = new Array<number>(26).fill(0);
  const ends: number[] = [0];
  for (const w of words) {
    let node = 0;
    for (let k = 0; k < w.length; k++) {
      const slot = node * 26 + w.charCodeAt(k) - 97;
      if (next[slot] === 0) {
        next[slot] = ends.length;
        ends.push(0);
        for (let n = 0; n < 26; n++) next.push(0);
      }
      node = next[slot]!;
    }
    ends[node] = partners.has(w) ? KEY_WITH_PARTNERS : KEY_ALONE;
  }
  return { next: Int32Array.from(next), ends: Uint8Array.from(ends) };
}

/**
 * Whether text[from, to) holds one of the key words as a run of letters: a cheap check, with no
 * token built, before the full work on a sentence. An ASCII run walks the trie as it is read;
 * any other is normalised and looked up.
 */
export function hasKeyWord(text: string, from: number, to: number, keys: KeyWords): boolean {
  const next = keys.ascii.next;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      if (c < 0xc0 || !isLetterAt(text, i)) i++;
      else i = hasOtherKeyWord(text, from, i, to, keys);
      if (i < 0) return true;
      continue;
    }
    // An ASCII run walks the trie as it is read (node 0: no key starts so).
    const start = i;
    let node = next[(c | 32) - 97]!;
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (!isAsciiLetter(d)) break;
      if (node !== 0) node = next[node * 26 + (d | 32) - 97]!;
      i++;
    }
    if (i < to && text.charCodeAt(i) >= 0xc0 && isLetterAt(text, i)) {
      // The run goes on with other letters ("déclaré"): read as a whole.
      i = hasOtherKeyWord(text, from, start, to, keys);
      if (i < 0) return true;
    } else if (node !== 0) {
      const end = keys.ascii.ends[node];
      if (end === KEY_ALONE) return true;
      // Rare: only then is the word sliced, to find its partners.
      if (end === KEY_WITH_PARTNERS && hasPartner(text, from, to, keys, text.slice(start, i).toLowerCase())) return true;
    }
  }
  return false;
}

/** The end of the letter run at `start`, or -1 when it is a key word (with a partner, if it needs one): normalised, then looked up. */
function hasOtherKeyWord(text: string, from: number, start: number, to: number, keys: KeyWords): number {
  let i = start;
  while (i < to && isLetterAt(text, i)) i++;
  const word = normWord(text.slice(start, i));
  return keys.words.has(word) && hasPartner(text, from, to, keys, word) ? -1 : i;
}

/** Whether key word `word`, found in text[from, to), has one of its partners there too (or needs none). */
function hasPartner(text: string, from: number, to: number, keys: KeyWords, word: string): boolean {
  const partners = keys.partners.get(word);
  return partners === undefined || hasKeyWord(text, from, to, partners);
}

function isAsciiLetter(c: number): boolean {
  const lower = c | 32;
  return lower >= 97 && lower <= 122;
}

const LETTER = /\p{L}/u;
// Whether a code unit is a letter, found once per code unit (0: not yet known, 1: no, 2: yes).
const LETTERS = new Uint8Array(0x10000);

/** Whether a UTF-16 code unit, alone, is a letter (`/\p{L}/u`): a table read instead of a pattern. */
export function isLetterCode(c: number): boolean {
  let known = LETTERS[c];
  if (known === undefined) return false; // past the end of a text (NaN)
  if (known === 0) known = LETTERS[c] = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

/** A letter as words are read: an ASCII letter, or a letter from U+00C0 on ("ª" and "µ" are no word's). */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0xc0 ? isAsciiLetter(c) : isLetterCode(c);
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
      const apostrophe = isApostrophe(code);
      tokens.push({ start: i, end: i + 1, norm: apostrophe ? "'" : text[i]!, kind: "punct", capital: false, id: markId(apostrophe ? 39 : code) });
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
    const norm = ascii ? internAscii(text, start, i) : normNonAscii(text.slice(start, i));
    tokens.push({ start, end: i, norm, kind: "word", capital, id: ascii ? internedId : -1 });
  }
}

// Non-ASCII words as written → their normal form: a repeated word skips normWord's lower-casing and checks.
const normNonAscii: (raw: string) => string = boundedMemo(normWord, 20_000);

/*
 * Interned normal forms of plain ASCII words. A few hundred words make most
 * of a text: looking a word up in place (no slice, no toLowerCase) and
 * handing out one shared string per word saves two allocations per token,
 * and every later Map or Set lookup of that string reuses the hash V8 cached
 * on it. Open-addressing tables, emptied when half full so memory stays flat.
 *
 * A word of up to ten characters is its own key: six bits a character
 * (lower-cased), five characters in each of two numbers. A probe compares
 * two numbers, never the characters of a stored word. Longer words, rare,
 * are hashed and compared character by character.
 */
const INTERN_SIZE = 1 << 14;
const INTERN_MASK = INTERN_SIZE - 1;

/** Characters an ASCII word's key packs in each of its two halves. */
const HALF = 5;

/** Six-bit code of each character an ASCII word holds, lower-cased (never 0, so a key tells its length). */
const SIX_BITS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c | 32;
  if (lower >= 97 && lower <= 122) SIX_BITS[c] = lower - 96; // 1-26
  else if (c >= 48 && c <= 57) SIX_BITS[c] = c - 48 + 27; // 27-36
  else if (c === 39) SIX_BITS[c] = 37; // "'"
  else if (c === 45) SIX_BITS[c] = 38; // "-"
  else if (c === 46) SIX_BITS[c] = 39; // "."
  else SIX_BITS[c] = 63; // in no word: a word holds letters, digits and the three marks above
}

/*
 * Ids: a short ASCII word's is its slot, a mark's (one code unit below 256) comes after the slots;
 * both are offset by `idBase`, which moves on each time the table is emptied, so that the ids handed
 * out before (whose slots now hold other words) fall below it and are never read from a cache again.
 */
const MARK_IDS = 256;
/** How many ids one filling of the table hands out at most. */
const ID_SPAN = INTERN_SIZE + MARK_IDS;
let idBase = 0;
/** The id of the word internAscii returned last (-1 for a long word). */
let internedId = -1;

/** How many entries a per-word cache needs: a token's id minus `wordIdBase()`, when in [0, WORD_ID_SPAN), indexes it. */
export const WORD_ID_SPAN = ID_SPAN;

/** The id the current ids count from: a token id below it is stale (and its cache entry another word's). */
export function wordIdBase(): number {
  return idBase;
}

function markId(code: number): number {
  return code < MARK_IDS ? idBase + INTERN_SIZE + code : -1;
}

const shortWords: (string | undefined)[] = new Array<string | undefined>(INTERN_SIZE).fill(undefined);
/** The two halves of each short word's key, at 2 × slot and 2 × slot + 1 (0: an empty slot). */
const shortKeys = new Int32Array(2 * INTERN_SIZE);
let shortCount = 0;

const longWords: (string | undefined)[] = new Array<string | undefined>(INTERN_SIZE).fill(undefined);
let longCount = 0;

/** text[start, end), an ASCII word, lower-cased: the shared copy. */
function internAscii(text: string, start: number, end: number): string {
  if (end - start > 2 * HALF) return internLong(text, start, end);
  const mid = Math.min(end, start + HALF);
  let head = 0;
  for (let k = start; k < mid; k++) head = (head << 6) | SIX_BITS[text.charCodeAt(k)]!;
  let tail = 0;
  for (let k = mid; k < end; k++) tail = (tail << 6) | SIX_BITS[text.charCodeAt(k)]!;
  for (let slot = slotOf(head, tail); ; slot = (slot + 1) & INTERN_MASK) {
    const key = shortKeys[2 * slot]!;
    if (key === 0) return addShort(slot, head, tail, text.slice(start, end).toLowerCase());
    if (key === head && shortKeys[2 * slot + 1] === tail) {
      internedId = idBase + slot;
      return shortWords[slot]!;
    }
  }
}

function slotOf(head: number, tail: number): number {
  const h = Math.imul(head ^ Math.imul(tail, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & INTERN_MASK;
}

function addShort(slot: number, head: number, tail: number, word: string): string {
  if (shortCount >= INTERN_SIZE >> 1) {
    // Full enough that probes grow long: start afresh (the word goes in after).
    shortWords.fill(undefined);
    shortKeys.fill(0);
    shortCount = 0;
    idBase += ID_SPAN;
    return internAscii(word, 0, word.length);
  }
  internedId = idBase + slot;
  shortWords[slot] = word;
  shortKeys[2 * slot] = head;
  shortKeys[2 * slot + 1] = tail;
  shortCount++;
  return word;
}

/** Lower case of a character of an ASCII word: setting bit 5 lowers A-Z and leaves a-z, 0-9, "'", "-", "." as they are. */
function lowerAscii(c: number): number {
  return c | 32;
}

/** internAscii for a word longer than a key holds: found by its hash, compared character by character. */
function internLong(text: string, start: number, end: number): string {
  internedId = -1;
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ lowerAscii(text.charCodeAt(k)), 16777619);
  for (let slot = (h ^ (h >>> 15)) & INTERN_MASK; ; slot = (slot + 1) & INTERN_MASK) {
    const key = longWords[slot];
    if (key === undefined) return addLong(slot, text.slice(start, end).toLowerCase());
    if (sameLowerAscii(key, text, start, end)) return key;
  }
}

function sameLowerAscii(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== lowerAscii(text.charCodeAt(start + k))) return false;
  return true;
}

function addLong(slot: number, word: string): string {
  if (longCount >= INTERN_SIZE >> 1) {
    longWords.fill(undefined);
    longCount = 0;
    return internLong(word, 0, word.length);
  }
  longWords[slot] = word;
  longCount++;
  return word;
}
