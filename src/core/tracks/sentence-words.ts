/**
 * @module core/tracks/sentence-words
 * Which of several word lists a sentence holds a word of, in one pass over
 * its letters: the time words and the region nouns of a sentence are looked
 * for together, where hasKeyWord (core/text/tokens) would scan it once per
 * list. Words are runs of letters in their normal form, as hasKeyWord reads
 * them, so a list is held here exactly when hasKeyWord finds it.
 */
import { normWord } from "../text/normalize.js";
import { isLetterAt, type KeyWords } from "../text/tokens.js";
import { boundedMemo } from "../bounded-memo.js";

export interface WordLists {
  /** Each word with one bit per list that holds it. */
  readonly bits: ReadonlyMap<string, number>;
  /**
   * By the first and last letters of an ASCII word (lower case), the
   * lengths of the words that start and end with them (bit n: length n,
   * bit 31: 31 or more): most words of a sentence are no candidate, and are
   * not cut out and looked up.
   */
  readonly lengthsByEnds: Uint32Array;
  /** Every list's bit. */
  readonly all: number;
}

/** The lists, list i by bit 1 << i. */
export function wordLists(lists: readonly KeyWords[]): WordLists {
  const bits = new Map<string, number>();
  lists.forEach((list, i) => {
    for (const w of list.words) bits.set(w, (bits.get(w) ?? 0) | (1 << i));
  });
  const lengthsByEnds = new Uint32Array(128 * 128);
  for (const w of bits.keys()) {
    const first = w.charCodeAt(0);
    const last = w.charCodeAt(w.length - 1);
    if (first < 128 && last < 128) lengthsByEnds[ends(first, last)]! |= lengthBit(w.length);
  }
  return { bits, lengthsByEnds, all: (1 << lists.length) - 1 };
}

function ends(first: number, last: number): number {
  return first * 128 + last;
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** The bits of the lists text[from, to) holds a word of. */
export function listsIn(text: string, from: number, to: number, lists: WordLists): number {
  let found = 0;
  let i = from;
  while (i < to && found !== lists.all) {
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
    // An ASCII word's normal form is its lower case: its first and last letters and its length tell most words from every candidate.
    if (ascii && (lists.lengthsByEnds[ends(text.charCodeAt(start) | 32, text.charCodeAt(i - 1) | 32)]! & lengthBit(i - start)) === 0) continue;
    const raw = text.slice(start, i);
    found |= ascii ? (lists.bits.get(raw.toLowerCase()) ?? 0) : nonAsciiBits(raw, lists);
  }
  return found;
}

// Words with accents as written → their bits, per set of lists: a repeated word skips its normal form.
const nonAsciiWords = new WeakMap<WordLists, (raw: string) => number>();
const MAX_CACHED_WORDS = 20_000;

function nonAsciiBits(raw: string, lists: WordLists): number {
  let bitsOf = nonAsciiWords.get(lists);
  if (bitsOf === undefined) nonAsciiWords.set(lists, (bitsOf = boundedMemo((w) => lists.bits.get(normWord(w)) ?? 0, MAX_CACHED_WORDS)));
  return bitsOf(raw);
}
