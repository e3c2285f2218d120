/**
 * @module core/number-reader
 * The number reader: finds numbers written in a text (digits, words, or both)
 * and resolves their values. Language-neutral: everything a language knows
 * (number words, separators, scale words, suffixes) comes in a `NumberLexicon`
 * defined as data under `src/lang/<code>/numbers.ts`.
 *
 * One forward pass: a hand-written scanner walks the text's char codes once
 * (copied natively into a typed array, classed by a per-lexicon table); letter
 * runs are filtered by (first letter, length) and looked up in a per-lexicon
 * trie built from the word Maps, without slicing or lower-casing them, and words
 * that cannot start a number here are skipped without reading a phrase; a number phrase looks
 * ahead a bounded number of items, so the whole scan is linear in the text.
 * Offsets are UTF-16, half-open: `text.slice(start, end)` is the number as written.
 */

import { Buffer } from "node:buffer";

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  form: "digits" | "words" | "mixed";
  subtype: "integer" | "decimal" | "fraction" | "power" | "ordinal";
  percent: boolean;
  magnitude: "exact" | "approx" | "vague";
  sign: "+" | "-" | null;
}

/** How a word combines with the words before it in a cardinal. */
export type WordRole = "unit" | "hundred" | "scale";

/** What one (lower-case) word can mean. A word may have several roles. */
export interface NumberWord {
  /** Value as part of a cardinal ("vingt" 20, "cent" 100, "million" 1e6). */
  readonly cardinal?: number;
  /** How `cardinal`, `ordinal` or `denominator` combine with what precedes. */
  readonly role?: WordRole;
  /** May start a number with no multiplier before it ("mille", "cent"). */
  readonly bare?: boolean;
  /** Singular ordinal value ("cinquième" 5, "twenty-first" via "first" 1). */
  readonly ordinal?: number;
  /** Closes a fraction after a numerator ("tiers" 3, "quarts" 4, "fifths" 5). */
  readonly denominator?: number;
  /** Value the word has on its own ("half" 0.5, "moitié" 0.5, "demi" after "et"). */
  readonly alone?: number;
  /** True when `alone` needs a preceding "and"/numerator ("demi"). */
  readonly aloneNeedsContext?: boolean;
  /** Noun of approximate count ("dizaine" 10, "dozen" 12, "millier" 1000). */
  readonly approx?: number;
  /** Plural of magnitude ("milliers" 1000, "hundreds" 100). */
  readonly vague?: number;
  /** The vague word counts only when chained by "of" ("tens of thousands"). */
  readonly vagueNeedsOf?: boolean;
  /** "one": a/an count as 1 before a multiplier; "definite": "la" before "moitié". */
  readonly article?: "one" | "definite";
  /**
   * "over": a/b always ("2000 over 3"); "properOver": only when a < b ("1 sur 3",
   * "one out of three"); "oneIn": only after one ("1 in 5", "one in twenty-one").
   */
  readonly connector?: "and" | "point" | "minus" | "of" | "percent" | "over" | "properOver" | "oneIn";
}

export interface NumberLexicon {
  /** Lower-case words (accent-free variants included, see `defineWords`). */
  readonly words: ReadonlyMap<string, NumberWord>;
  /** Two-word units keyed "w1 w2": "pour cent", "quatre vingt", "out of". */
  readonly pairs: ReadonlyMap<string, NumberWord>;
  /** Decimal separator between digits: "," (fr) or "." (en). */
  readonly decimalSeparator: string;
  /** A second decimal separator used when it cannot be a group ("1,3" in en). */
  readonly altDecimalSeparator: string | null;
  /** Non-space thousands separators ("." "'" "’" in fr, "," in en). Spaces always group. */
  readonly groupSeparators: string;
  /** Accept 2-digit groups before a final 3-digit group ("12,34,567"). */
  readonly indianGrouping: boolean;
  /** Multipliers glued to digits, exact case ("bn" 1e9, "k" 1e3). */
  readonly gluedMultipliers: ReadonlyMap<string, number>;
  /** Ordinal suffixes glued to digits, lower-case ("er", "e", "st", "th"). */
  readonly ordinalSuffixes: ReadonlySet<string>;
  /** Words that make the following word a pronoun, not a number ("the" → "one"). */
  readonly notNumberAfter: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Lower-case words that join two plurals of magnitude, the first taking the
   * second's scale: "tens and then hundreds of thousands", "des dizaines puis
   * des centaines de milliers" (conjunctions, the adverbs and determiners between).
   */
  readonly coordinators?: ReadonlySet<string>;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Strips accents so that "deuxieme" finds "deuxième". */
function stripAccents(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe");
}

/**
 * Builds a word map from entries, merging entries that share a key and adding
 * the accent-free spelling of each word (news copy and specs drop accents).
 */
export function defineWords(entries: ReadonlyArray<readonly [string, NumberWord]>): ReadonlyMap<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  const add = (key: string, word: NumberWord): void => {
    const known = map.get(key);
    map.set(key, known ? { ...known, ...word } : word);
  };
  for (const [key, word] of entries) {
    const lower = key.toLowerCase();
    add(lower, word);
    const plain = stripAccents(lower);
    if (plain !== lower) add(plain, word);
  }
  return map;
}

// ---------------------------------------------------------------------------
// Character classes (no allocation: char codes only)

const MAX_DIGITS = 30;
const MAX_WORD = 24;
const MAX_GAP = 4;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  // General punctuation, super/subscripts, currency, letterlike symbols, number
  // forms (vulgar fractions), arrows, maths: none of them make a word.
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates: treat as non-letters
  if (c >= 0x3000 && c <= 0x303f) return false;
  return true;
}

/** Spaces that may separate number words or digit groups (no line breaks). */
function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x205f;
}

/** Spaces that may group digits: "12 000", with any no-break or thin space. */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x2008 || c === 0x200a;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function isSignChar(c: number): boolean {
  return c === 45 || c === 43 || c === 0x2212;
}

const VULGAR_FRACTIONS: ReadonlyMap<number, number> = new Map([
  [0xbc, 1 / 4], [0xbd, 1 / 2], [0xbe, 3 / 4], [0x2150, 1 / 7], [0x2151, 1 / 9], [0x2152, 1 / 10],
  [0x2153, 1 / 3], [0x2154, 2 / 3], [0x2155, 1 / 5], [0x2156, 2 / 5], [0x2157, 3 / 5], [0x2158, 4 / 5],
  [0x2159, 1 / 6], [0x215a, 5 / 6], [0x215b, 1 / 8], [0x215c, 3 / 8], [0x215d, 5 / 8], [0x215e, 7 / 8],
]);

/** Keeps 15 significant digits, so 169.6 × 1e9 is 169600000000, not …0000.00003. */
function tidy(value: number): number {
  if (Number.isSafeInteger(value)) return value;
  // The last answer is kept: a decimal is tidied again as a cardinal's value.
  if (value === tidyIn) return tidyOut;
  const tidied = Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(15)) : value;
  tidyIn = value;
  tidyOut = tidied;
  return tidied;
}

let tidyIn = NaN;
let tidyOut = NaN;

/** Records that `value`, read from at most 15 decimal digits, is tidy already (as `tidy` would find). */
function knownTidy(value: number): void {
  tidyIn = value;
  tidyOut = value;
}

// ---------------------------------------------------------------------------
// Items: one digit number, one word (or two-word unit), or a percent sign

type Subtype = NumberToken["subtype"];

interface DigitItem {
  kind: "digits";
  start: number;
  end: number;
  value: number;
  subtype: Subtype;
  /** Plain integer or decimal that may take a scale word after it. */
  plain: boolean;
  /** A proper slash fraction "1/4" (for mixed numbers "2 1/4"). */
  slash: boolean;
  /** Ends with a glued multiplier ("40bn"): the form is mixed. */
  suffixed?: boolean;
}

interface WordItem {
  kind: "word";
  start: number;
  end: number;
  word: NumberWord;
}

interface PercentItem {
  kind: "percent";
  start: number;
  end: number;
}

type Item = DigitItem | WordItem | PercentItem;

/** Per-call scanning context: the text, the language and the scan limit. */
class Reader {
  readonly index: LexiconIndex;
  constructor(
    readonly text: string,
    readonly lex: NumberLexicon,
    readonly limit: number,
    readonly floor: number,
    /** The char codes of text[0, limit) (see `codeUnits`): read them only below `limit`. */
    readonly u: Uint16Array,
  ) {
    this.index = lexiconIndex(lex);
  }

  code(i: number): number {
    return i < this.limit && i >= this.floor ? this.u[i]! : -1;
  }

  runStart = -1;
  runEnd = -1;
  /** The trie node (as `wordAt` would find it) of the letter run starting at `nodeStart`, set by the scan. */
  nodeStart = -1;
  node = -1;

  /** End of the letter run starting at i (the last one is remembered: the scan and the word lookup both ask). */
  letterEnd(i: number): number {
    if (i === this.runStart) return this.runEnd;
    let j = i;
    while (j < this.limit && this.index.cls[this.u[j]!] === CLASS_LETTER) j++;
    this.runStart = i;
    this.runEnd = j;
    return j;
  }

  /** Position of the next item after a gap of spaces and at most one hyphen, or -1. */
  skipGap(i: number): number {
    let j = i;
    let spaces = 0;
    while (isInlineSpace(this.code(j))) {
      if (++spaces > MAX_GAP) return -1;
      j++;
    }
    if (isHyphen(this.code(j))) {
      j++;
      spaces = 0;
      while (isInlineSpace(this.code(j))) {
        if (++spaces > MAX_GAP) return -1;
        j++;
      }
    }
    return j;
  }

  /** True when only inline spaces separate [from, to). */
  onlySpaces(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (!isInlineSpace(this.u[j]!)) return false;
    return true;
  }

  // itemAt is pure for a given reader and items are never mutated: the last two
  // answers are kept, as a phrase reads the same position several times.
  private cachedAt = -1;
  private cachedItem: Item | null = null;
  private cachedAt2 = -1;
  private cachedItem2: Item | null = null;

  /** The item starting exactly at i, or null. */
  itemAt(i: number): Item | null {
    if (i === this.cachedAt) return this.cachedItem;
    if (i === this.cachedAt2) return this.cachedItem2;
    const item = this.readItemAt(i);
    this.cachedAt2 = this.cachedAt;
    this.cachedItem2 = this.cachedItem;
    this.cachedAt = i;
    this.cachedItem = item;
    return item;
  }

  readItemAt(i: number): Item | null {
    const c = this.code(i);
    if (c < 0) return null;
    // Letters first: no letter is "%", a digit, a decimal separator or a vulgar fraction.
    if (isLetter(c)) return this.wordAt(i);
    if (c === 37 /* % */) return { kind: "percent", start: i, end: i + 1 };
    if (isDigit(c)) return this.digitsAt(i);
    const dec = this.index.decimal;
    if (c === dec && isDigit(this.code(i + 1)) && !isDigit(this.code(i - 1)) && !isLetter(this.code(i - 1))) return this.digitsAt(i);
    const vulgar = c >= 0xbc ? VULGAR_FRACTIONS.get(c) : undefined;
    if (vulgar !== undefined) {
      return { kind: "digits", start: i, end: i + 1, value: vulgar, subtype: "fraction", plain: false, slash: true };
    }
    return null;
  }

  /** The word (or two-word unit) starting at i, a letter, or null. */
  wordAt(i: number): WordItem | null {
    if (i > this.floor) {
      const before = this.u[i - 1]!;
      if (isLetter(before) || isDigit(before)) return null;
    }
    const end = this.letterEnd(i);
    if (end - i > MAX_WORD) return null;
    if (end < this.limit && isDigit(this.u[end]!)) return null; // "G20", "A320": a code, not a word
    const index = this.index;
    let node: number;
    if (i === this.nodeStart && end === this.runEnd) node = this.node;
    else {
      if (!mayBeKey(index, this.u[i]!, end - i)) return null;
      node = index.unfiltered ? -2 : walkKeyCodes(index, this.u, i, end);
    }
    if (node === -1) return null;
    if (node >= 0) {
      // The trie answers as the Maps would for the lower-cased word, without slicing it.
      if (index.nodeHead[node] === 1) {
        const pair = this.pairAt(i, end);
        if (pair) return pair;
      }
      const word = index.nodeWord[node];
      return word ? { kind: "word", start: i, end, word } : null;
    }
    const key = this.text.slice(i, end).toLowerCase();
    if (index.heads.has(key)) {
      const pair = this.pairAt(i, end);
      if (pair) return pair;
    }
    const word = this.lex.words.get(key);
    return word ? { kind: "word", start: i, end, word } : null;
  }

  /** A two-word unit starting with the word [start, end): "pour cent", "quatre-vingt". */
  pairAt(start: number, end: number): WordItem | null {
    if (this.lex.pairs.size === 0 || end - start > MAX_WORD) return null;
    const next = this.skipGap(end);
    if (next <= end || !isLetter(this.code(next))) return null;
    const first = this.u[next]!;
    // No pair's second word starts with this ASCII letter (accent stripping keeps it).
    if (first < 128 && this.index.pairSecond[first | 32] === 0) return null;
    const nextEnd = this.letterEnd(next);
    if (nextEnd - next > MAX_WORD || isDigit(this.code(nextEnd))) return null;
    const key = this.text.slice(start, end).toLowerCase() + " " + this.text.slice(next, nextEnd).toLowerCase();
    // An ASCII key has no accent to strip.
    const word = this.lex.pairs.get(key) ?? (NON_ASCII.test(key) ? this.lex.pairs.get(stripAccents(key)) : undefined);
    return word ? { kind: "word", start, end: nextEnd, word } : null;
  }

  /** The item after the gap following position i. */
  nextItem(i: number): Item | null {
    const j = this.skipGap(i);
    return j < 0 ? null : this.itemAt(j);
  }

  // -------------------------------------------------------------------------
  // Digit numbers

  /** Reads digits at i: groups, decimals, exponent, slash fraction, suffixes. */
  digitsAt(i: number): DigitItem | null {
    const lex = this.lex;
    let p = i;
    let intDigits = "";
    let fracDigits = "";
    const dec = lex.decimalSeparator.charCodeAt(0);
    if (this.code(p) === dec) {
      p++;
      const fracEnd = this.digitRunEnd(p);
      if (fracEnd - p > MAX_DIGITS) return null;
      fracDigits = this.text.slice(p, fracEnd);
      intDigits = "0";
      p = fracEnd;
    } else {
      const firstEnd = this.digitRunEnd(p);
      if (firstEnd - p > MAX_DIGITS) return null;
      intDigits = this.text.slice(p, firstEnd);
      p = firstEnd;
      const grouped = this.readGroups(p, firstEnd - i);
      intDigits += grouped.digits;
      p = grouped.end;
      const fraction = this.readDecimal(p, i, grouped.separator);
      if (fraction) {
        fracDigits = fraction.digits;
        p = fraction.end;
      }
    }
    let value: number;
    if (fracDigits || intDigits.length > 15) value = Number(fracDigits ? intDigits + "." + fracDigits : intDigits);
    else {
      // Up to 15 digits: exact in a double, as Number() would read them.
      value = 0;
      for (let k = 0; k < intDigits.length; k++) value = value * 10 + (intDigits.charCodeAt(k) - 48);
    }
    let subtype: Subtype = fracDigits ? "decimal" : "integer";
    const plainInteger = !fracDigits && intDigits.length === p - i;

    const power = this.readPower(p, value);
    if (power) return { kind: "digits", start: i, end: power.end, value: power.value, subtype: "power", plain: false, slash: false };

    if (plainInteger) {
      const slash = this.readSlash(p, i, value);
      if (slash) return { kind: "digits", start: i, end: slash.end, value: slash.value, subtype: "fraction", plain: false, slash: slash.proper };
    }

    if (isLetter(this.code(p))) {
      const suffixEnd = this.letterEnd(p);
      if (!isDigit(this.code(suffixEnd)) && suffixEnd - p <= 4) {
        const suffix = this.text.slice(p, suffixEnd);
        const multiplier = lex.gluedMultipliers.get(suffix);
        if (multiplier !== undefined) {
          return { kind: "digits", start: i, end: suffixEnd, value: tidy(value * multiplier), subtype, plain: false, slash: false, suffixed: true };
        }
        if (plainInteger && lex.ordinalSuffixes.has(suffix.toLowerCase())) {
          return { kind: "digits", start: i, end: suffixEnd, value, subtype: "ordinal", plain: false, slash: false };
        }
      }
    }
    // A double read from at most 15 significant digits prints back as them.
    if (intDigits.length + fracDigits.length <= 15) knownTidy(value);
    else value = tidy(value);
    return { kind: "digits", start: i, end: p, value, subtype, plain: true, slash: false };
  }

  digitRunEnd(i: number): number {
    let j = i;
    while (j < this.limit && isDigit(this.u[j]!)) j++;
    return j;
  }

  /** Exactly three digits at i, not followed by a fourth. */
  isGroupOfThree(i: number): boolean {
    return isDigit(this.code(i)) && isDigit(this.code(i + 1)) && isDigit(this.code(i + 2)) && !isDigit(this.code(i + 3));
  }

  /**
   * Thousands groups after a first run of `firstLength` digits: the first group
   * has 1–3 digits, each continuation exactly 3, all with the same separator
   * (any space counts as one kind). "2024 10 000" stays two numbers.
   */
  readGroups(p: number, firstLength: number): { digits: string; end: number; separator: number } {
    let digits = "";
    let separator = -1;
    if (firstLength > 3) return { digits, end: p, separator };
    if (this.lex.indianGrouping && firstLength <= 2) {
      const indian = this.readIndianGroups(p);
      if (indian) return indian;
    }
    for (;;) {
      const c = this.code(p);
      const kind = isGroupSpace(c) ? 32 : this.lex.groupSeparators.indexOf(String.fromCharCode(c)) >= 0 ? c : -1;
      if (kind < 0 || (separator >= 0 && kind !== separator)) break;
      if (!this.isGroupOfThree(p + 1)) break;
      separator = kind;
      digits += this.text.slice(p + 1, p + 4);
      p += 4;
    }
    return { digits, end: p, separator };
  }

  /** "12,34,567": two-digit groups then a final group of three (bounded lookahead). */
  readIndianGroups(p: number): { digits: string; end: number; separator: number } | null {
    let q = p;
    let digits = "";
    for (let n = 0; n < 6; n++) {
      if (this.code(q) !== 44) return null;
      if (this.isGroupOfThree(q + 1)) {
        return n === 0 ? null : { digits: digits + this.text.slice(q + 1, q + 4), end: q + 4, separator: 44 };
      }
      if (!(isDigit(this.code(q + 1)) && isDigit(this.code(q + 2)) && !isDigit(this.code(q + 3)))) return null;
      digits += this.text.slice(q + 1, q + 3);
      q += 3;
    }
    return null;
  }

  /** The decimal part after p, if the separator there is a decimal one. */
  readDecimal(p: number, start: number, groupSeparator: number): { digits: string; end: number } | null {
    const c = this.code(p);
    if (!isDigit(this.code(p + 1))) return null;
    // "192.168.1.2": a number right after "digit." is a part of a dotted code.
    const before = this.code(start - 1);
    if (before === c && isDigit(this.code(start - 2))) return null;
    const lex = this.lex;
    const main = c === lex.decimalSeparator.charCodeAt(0) && c !== groupSeparator;
    const alt = lex.altDecimalSeparator !== null && c === lex.altDecimalSeparator.charCodeAt(0) && groupSeparator < 0;
    if (!main && !alt) return null;
    const end = this.digitRunEnd(p + 1);
    if (end - p - 1 > MAX_DIGITS) return null;
    // A dotted code ("1.2.3") or, for the alternative separator, a list ("22,24,26").
    if (this.code(end) === c && isDigit(this.code(end + 1))) return null;
    if (alt && !main && end - p - 1 === 3) return null;
    return { digits: this.text.slice(p + 1, end), end };
  }

  /** "1e10", "2,5^-1", "1.3x10^6": a power written after the mantissa. */
  readPower(p: number, mantissa: number): { value: number; end: number } | null {
    const c = this.code(p);
    if (c === 101 || c === 69) {
      let q = p + 1;
      let negative = false;
      if (this.code(q) === 43 || this.code(q) === 45) {
        negative = this.code(q) === 45;
        q++;
      }
      const end = this.digitRunEnd(q);
      if (end === q || end - q > 4 || isLetter(this.code(end))) return null;
      const exponent = Number(this.text.slice(q, end)) * (negative ? -1 : 1);
      return { value: tidy(mantissa * Math.pow(10, exponent)), end };
    }
    if (c === 94 /* ^ */) return this.readExponent(p + 1, mantissa);
    if ((c === 120 || c === 215) && this.code(p + 1) === 49 && this.code(p + 2) === 48 && this.code(p + 3) === 94) {
      const power = this.readExponent(p + 4, 10);
      return power ? { value: tidy(mantissa * power.value), end: power.end } : null;
    }
    return null;
  }

  /** Signs then digits after "^": the parity of minus signs gives the sign. */
  readExponent(q: number, base: number): { value: number; end: number } | null {
    let negative = false;
    let signs = 0;
    while ((this.code(q) === 43 || this.code(q) === 45) && signs < 4) {
      if (this.code(q) === 45) negative = !negative;
      q++;
      signs++;
    }
    const end = this.digitRunEnd(q);
    if (end === q || end - q > 4) return null;
    const exponent = Number(this.text.slice(q, end)) * (negative ? -1 : 1);
    return { value: tidy(Math.pow(base, exponent)), end };
  }

  /**
   * "3/4": a slash fraction, unless it is part of a date or a code ("5/17/2018",
   * "2222/2222" after "222-"), judged by the characters around it.
   */
  readSlash(p: number, start: number, numerator: number): { value: number; end: number; proper: boolean } | null {
    if (this.code(p) !== 47 || !isDigit(this.code(p + 1))) return null;
    const end = this.digitRunEnd(p + 1);
    if (end - p - 1 > 6) return null;
    const after = this.code(end);
    if (after === 47 || after === 46 || after === 45 || isLetter(after)) return null;
    const before = this.code(start - 1);
    if (before === 47 || (isHyphen(before) && isDigit(this.code(start - 2)))) return null;
    const denominator = Number(this.text.slice(p + 1, end));
    if (denominator === 0) return null;
    return { value: numerator / denominator, end, proper: numerator < denominator };
  }
}

// ---------------------------------------------------------------------------
// Cardinals: sequences of digit and word items combined arithmetically

interface Cardinal {
  start: number;
  end: number;
  value: number;
  subtype: Subtype;
  hasDigits: boolean;
  hasWords: boolean;
  items: number;
  /** The scale applied last when nothing followed it ("3 millions" → 1e6), else 0. */
  trailingScale: number;
  /** Ended on an ordinal or a denominator word (see `CardinalMode`). */
  closing: "none" | "ordinal" | "denominator";
  closingValue: number;
  /** The last small part ("two" in "three hundred and two"), which a "dozen" multiplies. */
  tail: number;
}

interface CardinalState {
  total: number;
  group: number;
  hasHundred: boolean;
  lastSmall: number;
  smallIsDigits: boolean;
  lastScale: number;
  /** A "zero" was read: nothing may be added to it ("nought four" is two numbers). */
  zero: boolean;
}

function copyState(to: CardinalState, from: CardinalState): void {
  to.total = from.total;
  to.group = from.group;
  to.hasHundred = from.hasHundred;
  to.lastSmall = from.lastSmall;
  to.smallIsDigits = from.smallIsDigits;
  to.lastScale = from.lastScale;
  to.zero = from.zero;
}

/**
 * "plain": cardinal only; "ordinal": may end on a singular ordinal word
 * ("vingt et unième"); "denominator": may end on any word that closes a fraction.
 */
type CardinalMode = "plain" | "ordinal" | "denominator";

/** May `v` be added after the small value `last`? ("vingt" + "trois", "soixante" + "dix"). */
function additive(last: number, v: number): boolean {
  if (last < 10 || last >= 100 || last % 10 !== 0 || v >= last) return false;
  return v < 10 || ((last === 60 || last === 80) && v < 20);
}

function applyUnit(s: CardinalState, v: number, started: boolean): boolean {
  if (!started) {
    s.group = v;
    s.lastSmall = v;
    s.zero = v === 0;
    return true;
  }
  if (s.smallIsDigits || s.zero || v === 0) return false;
  if (s.lastSmall === 0) {
    if (s.group % 100 !== 0 && s.group !== 0) return false;
    s.group += v;
    s.lastSmall = v;
    return true;
  }
  if (!additive(s.lastSmall, v)) return false;
  s.group += v;
  s.lastSmall = v;
  return true;
}

function applyHundred(s: CardinalState, started: boolean, bare: boolean): boolean {
  if ((!started && !bare) || s.zero) return false;
  if (s.hasHundred) return false;
  if (s.group >= 100 && !s.smallIsDigits) return false;
  s.group = tidy((s.group || 1) * 100);
  s.hasHundred = true;
  s.lastSmall = 0;
  s.smallIsDigits = false;
  return true;
}

function applyScale(s: CardinalState, scale: number, started: boolean, bare: boolean): boolean {
  if (s.zero) return false;
  if (!started) {
    if (!bare) return false;
    s.group = 1;
  }
  if (s.group === 0) {
    // "trois lakh crore", "mille milliards": a larger scale multiplies it all.
    if (s.lastScale === Infinity || scale <= s.lastScale) return false;
    s.total = tidy(s.total * scale);
  } else if (scale < s.lastScale) {
    s.total = tidy(s.total + s.group * scale);
  } else {
    s.total = tidy((s.total + s.group) * scale);
  }
  s.group = 0;
  s.hasHundred = false;
  s.lastSmall = 0;
  s.smallIsDigits = false;
  s.lastScale = scale;
  return true;
}

/** A digit number inside a cardinal: first, or after a scale/hundred ("4 thousand 3 hundred"). */
function applyDigits(s: CardinalState, item: DigitItem, started: boolean): boolean {
  if (!started) {
    s.group = item.value;
    s.lastSmall = item.value;
    s.smallIsDigits = true;
    return true;
  }
  if (item.subtype !== "integer" || !item.plain || item.value === 0) return false;
  if (s.group === 0 && !s.hasHundred && s.lastScale !== Infinity && item.value < s.lastScale && item.value < 1000) {
    s.group = item.value;
    s.lastSmall = item.value;
    s.smallIsDigits = true;
    return true;
  }
  if (s.hasHundred && s.lastSmall === 0 && s.group % 100 === 0 && item.value < 100) {
    s.group += item.value;
    s.lastSmall = item.value;
    s.smallIsDigits = true;
    return true;
  }
  return false;
}

type StepResult = "applied" | "closed" | "rejected";

/** Applies one item to the state; "closed" when it ends the cardinal (ordinal/denominator). */
function applyItem(s: CardinalState, item: Item, started: boolean, mode: CardinalMode): StepResult {
  if (item.kind === "digits") {
    if (!started && !item.plain) return "rejected";
    return applyDigits(s, item, started) ? "applied" : "rejected";
  }
  if (item.kind !== "word") return "rejected";
  const w = item.word;
  if (w.cardinal !== undefined && w.role) {
    if (applyRole(s, w.role, w.cardinal, started, w.bare === true)) return "applied";
    return "rejected";
  }
  const closingValue = mode === "ordinal" ? w.ordinal : mode === "denominator" ? (w.denominator ?? w.ordinal) : undefined;
  // "un centième", "two millionth": a hundred/scale ordinal after a number is
  // a denominator (or nothing), not part of an ordinal.
  if (mode === "ordinal" && started && w.role !== "unit") return "rejected";
  if (closingValue !== undefined && w.role) {
    return applyRole(s, w.role, closingValue, started, true) ? "closed" : "rejected";
  }
  return "rejected";
}

function applyRole(s: CardinalState, role: WordRole, value: number, started: boolean, bare: boolean): boolean {
  if (role === "unit") return applyUnit(s, value, started);
  if (role === "hundred") return applyHundred(s, started, bare);
  return applyScale(s, value, started, bare);
}

/**
 * Reads a cardinal starting at `start`: digits and number words combined
 * ("deux cent trente", "4 thousand 3 hundred and 21", "1,3 million").
 * `preset` = 1 starts with an article standing for one ("a hundred").
 */
function readCardinal(r: Reader, start: number, mode: CardinalMode, preset = 0): Cardinal | null {
  const s: CardinalState = { total: 0, group: preset, hasHundred: false, lastSmall: preset, smallIsDigits: false, lastScale: Infinity, zero: false };
  let started = preset > 0;
  let end = start;
  let items = 0;
  let hasDigits = false;
  let hasWords = preset > 0;
  let subtype: Subtype = "integer";
  let closing: Cardinal["closing"] = "none";
  let closingValue = 0;
  let endsOnScale = false;
  let p = start;
  if (preset > 0) {
    const article = r.itemAt(start);
    if (!article) return null;
    p = article.end;
    end = p;
  }
  const before: CardinalState = { ...s };
  for (let guard = 0; guard < 64; guard++) {
    let item = started ? r.nextItem(p) : r.itemAt(p);
    if (!item) break;
    let viaAnd = false;
    if (started && item.kind === "word" && item.word.connector === "and") {
      const after = r.nextItem(item.end);
      if (!after) break;
      item = after;
      viaAnd = true;
    }
    copyState(before, s);
    const step = applyItem(s, item, started, mode);
    if (step === "rejected") {
      copyState(s, before);
      break;
    }
    // "3 hundred and 2 hundred": the "and 2" belongs to the next number.
    if (viaAnd && step === "applied" && s.hasHundred && s.lastSmall > 0) {
      const following = r.nextItem(item.end);
      if (following && following.kind === "word" && following.word.role === "hundred" && following.word.cardinal !== undefined) {
        copyState(s, before);
        break;
      }
    }
    // "cent et trois quarts", "six million and two thirds": the fraction after
    // "and" is added whole, so the "and three" is left to it.
    if (viaAnd && step === "applied" && mode !== "denominator" && (before.group === 0 || s.lastSmall < 10)) {
      const following = r.nextItem(item.end);
      if (isWord(following) && following.word.denominator !== undefined && following.word.cardinal === undefined) {
        copyState(s, before);
        break;
      }
    }
    if (item.kind === "digits") {
      hasDigits = true;
      if (item.subtype === "decimal") subtype = "decimal";
    } else hasWords = true;
    started = true;
    items++;
    end = item.end;
    p = item.end;
    endsOnScale = item.kind === "word" && item.word.role === "scale" && step === "applied";
    if (step === "closed") {
      closing = mode === "ordinal" ? "ordinal" : "denominator";
      closingValue = s.total + s.group;
      break;
    }
    // A decimal digit number only takes a multiplier word after it.
    if (item.kind === "digits" && item.subtype !== "integer") {
      const next = r.nextItem(end);
      const multiplies = next?.kind === "word" && (next.word.role === "hundred" || next.word.role === "scale") && next.word.cardinal !== undefined;
      if (!multiplies) break;
    }
  }
  if (!started) return null;
  const value = s.total + s.group;
  return {
    start, end, value: tidy(value), subtype, hasDigits, hasWords, items,
    trailingScale: endsOnScale ? s.lastScale : 0, closing, closingValue, tail: s.lastSmall,
  };
}

// ---------------------------------------------------------------------------
// Phrases: a cardinal with what may follow it (fraction, decimal words,
// approximate nouns, percent), or a standalone fraction/vague/ordinal word

interface Phrase {
  start: number;
  end: number;
  value: number;
  subtype: Subtype;
  hasDigits: boolean;
  hasWords: boolean;
  magnitude: NumberToken["magnitude"];
  percent: boolean;
}

function isWord(item: Item | null): item is WordItem {
  return item !== null && item.kind === "word";
}

function isMultiplierWord(item: Item | null): boolean {
  return isWord(item) && item.word.cardinal !== undefined && (item.word.role === "hundred" || item.word.role === "scale");
}

/** A fraction after "and"/"et": "a half", "un cinquième", "trois quarts", "demi". */
function readAddedFraction(r: Reader, start: number): { value: number; end: number } | null {
  const item = r.itemAt(start);
  if (!item) return null;
  if (isWord(item) && item.word.alone !== undefined && item.word.cardinal === undefined) {
    return { value: item.word.alone, end: item.end };
  }
  if (isWord(item) && item.word.article === "one") {
    const next = r.nextItem(item.end);
    if (isWord(next) && (next.word.denominator !== undefined || next.word.alone !== undefined)) {
      const den = next.word.denominator;
      return { value: den ? 1 / den : (next.word.alone ?? 0), end: next.end };
    }
    const compound = next && isWord(next) ? readCardinal(r, next.start, "denominator") : null;
    if (compound && compound.closing === "denominator" && compound.closingValue > 0) {
      return { value: 1 / compound.closingValue, end: compound.end };
    }
    return null;
  }
  const numerator = readCardinal(r, start, "plain");
  if (!numerator) return null;
  const den = readDenominator(r, numerator.end);
  return den ? { value: numerator.value / den.value, end: den.end } : null;
}

/** A denominator after a numerator: one word ("tiers") or a compound ordinal ("vingt-cinquième"). */
function readDenominator(r: Reader, after: number): { value: number; end: number } | null {
  const next = r.nextItem(after);
  if (!isWord(next)) return null;
  const w = next.word;
  if (w.denominator !== undefined) return { value: w.denominator, end: next.end };
  if (w.cardinal === undefined || w.role !== "unit" && w.role !== "hundred") return null;
  const compound = readCardinal(r, next.start, "denominator");
  if (compound && compound.closing === "denominator" && compound.items >= 2 && compound.closingValue > 0) {
    return { value: compound.closingValue, end: compound.end };
  }
  return null;
}

/** "sur", "over", "out of", "in": a numerator/denominator fraction in words. */
function readOverFraction(r: Reader, numerator: Cardinal): { value: number; end: number } | null {
  const connector = r.nextItem(numerator.end);
  const kind = isWord(connector) ? connector.word.connector : undefined;
  if (!connector || (kind !== "over" && kind !== "properOver" && kind !== "oneIn")) return null;
  if (kind === "oneIn" && numerator.value !== 1) return null;
  const start = r.skipGap(connector.end);
  if (start < 0) return null;
  const den = readCardinal(r, start, "plain");
  if (!den || den.value === 0 || den.subtype !== "integer") return null;
  if (kind !== "over" && !(numerator.value < den.value)) return null;
  return { value: numerator.value / den.value, end: den.end };
}

/** "deux cent virgule cinquante deux", "nine point nought four". */
function readPointWords(r: Reader, whole: Cardinal): { value: number; end: number } | null {
  if (whole.hasDigits || whole.subtype !== "integer") return null;
  const point = r.nextItem(whole.end);
  if (!isWord(point) || point.word.connector !== "point") return null;
  let digits = "";
  let end = point.end;
  for (let guard = 0; guard < 16; guard++) {
    const next = r.nextItem(end);
    if (!isWord(next) || next.word.cardinal === undefined || next.word.role !== "unit") break;
    const part = readCardinal(r, next.start, "plain");
    if (!part || part.hasDigits) break;
    digits += String(part.value);
    end = part.end;
  }
  if (!digits) return null;
  return { value: Number(String(whole.value) + "." + digits), end };
}

/** "des dizaines de milliers", "hundreds of thousands": plurals of magnitude. */
function readVague(r: Reader, item: WordItem): Phrase | null {
  const of = ofChain(r, item.end);
  let value = (item.word.vague ?? 0) * of.scale;
  const end = of.end;
  let chained = end > item.end;
  if (!chained && r.lex.coordinators) {
    // "tens and then hundreds of thousands of acres": the first is tens of thousands (its words stay its own).
    const scale = coordinatedScale(r, end, r.lex.coordinators);
    if (scale > 1) {
      value *= scale;
      chained = true;
    }
  }
  if (item.word.vagueNeedsOf && !chained) return null;
  return { start: item.start, end, value, subtype: "integer", hasDigits: false, hasWords: true, magnitude: "vague", percent: false };
}

/** The plurals of magnitude chained after `end` by "of" ("[hundreds] of thousands"): their product and where they end. */
function ofChain(r: Reader, end: number): { scale: number; end: number } {
  let scale = 1;
  let at = end;
  for (let guard = 0; guard < 4; guard++) {
    const of = r.nextItem(at);
    if (!isWord(of) || of.word.connector !== "of") break;
    const next = r.nextItem(of.end);
    if (!isWord(next) || next.word.vague === undefined) break;
    scale *= next.word.vague;
    at = next.end;
  }
  return { scale, end: at };
}

/** How many joining words may stand between two coordinated plurals of magnitude ("and then", "puis des"). */
const MAX_COORDINATORS = 3;

/**
 * The scale a plural of magnitude at `end`'s left shares with the one
 * coordinated after it ("tens [and then] hundreds of thousands" → 1000),
 * or 1 when none follows or it has no scale of its own.
 */
function coordinatedScale(r: Reader, end: number, coordinators: ReadonlySet<string>): number {
  let j = end;
  if (r.code(j) === 44 /* , */) j++;
  for (let words = 0; words <= MAX_COORDINATORS; words++) {
    const k = r.skipGap(j);
    if (k < 0 || k === j || !isLetter(r.code(k))) return 1;
    const item = r.itemAt(k);
    if (words > 0 && isWord(item) && item.word.vague !== undefined) return ofChain(r, item.end).scale;
    if (words === MAX_COORDINATORS) return 1;
    const e = r.letterEnd(k);
    if (e - k > MAX_WORD || !coordinators.has(r.text.slice(k, e).toLowerCase())) return 1;
    j = e;
  }
  return 1;
}

/** "percent of 10", "pourcentage de vingt": a percent word before its number. */
function readLeadingPercent(r: Reader, item: WordItem): Phrase | null {
  const of = r.nextItem(item.end);
  if (!isWord(of) || of.word.connector !== "of") return null;
  const start = r.skipGap(of.end);
  if (start < 0) return null;
  const number = readCardinal(r, start, "plain");
  if (!number) return null;
  return {
    start: item.start, end: number.end, value: number.value, subtype: number.subtype,
    hasDigits: number.hasDigits, hasWords: true, magnitude: "exact", percent: true,
  };
}

/** Is the word at [start, end) a pronoun here ("the one", "which one")? */
function isPronounUse(r: Reader, start: number, end: number): boolean {
  const lengths = r.index.pronounLengths;
  if (lengths === 0 || surelyNotOfLength(r, start, end, lengths)) return false;
  const blockers = r.lex.notNumberAfter.get(r.text.slice(start, end).toLowerCase());
  if (!blockers) return false;
  let j = start - 1;
  let spaces = 0;
  while (j >= 0 && isInlineSpace(r.u[j]!) && spaces < MAX_GAP) {
    j--;
    spaces++;
  }
  // An elided article: "l'un", "quelqu’un".
  if (spaces === 0 && j >= 0 && (r.u[j]! === 39 || r.u[j]! === 0x2019)) j--;
  const wordEnd = j + 1;
  while (j >= 0 && wordEnd - j <= MAX_WORD && isLetter(r.u[j]!)) j--;
  if (wordEnd === j + 1) return false;
  if (surelyNotOfLength(r, j + 1, wordEnd, lengthMask(blockers))) return false;
  return blockers.has(r.text.slice(j + 1, wordEnd).toLowerCase());
}

/** Bit n set: a key of length n (n < 31); bit 31: a longer key. */
function lengthMask(keys: Iterable<string>): number {
  let mask = keys instanceof Set ? (lengthMasks.get(keys) ?? -1) : -1;
  if (mask !== -1) return mask;
  mask = 0;
  for (const key of keys) mask |= key.length < 31 ? 1 << key.length : 1 << 31;
  if (keys instanceof Set) lengthMasks.set(keys, mask);
  return mask;
}

const lengthMasks = new WeakMap<ReadonlySet<string>, number>();

/**
 * True when text[start, end) lower-cased surely has a length not in `mask`:
 * lower-casing keeps the length of a run unless a char's lower case is longer
 * or depends on context (`lowerCode` < 0), and then nothing is sure.
 */
function surelyNotOfLength(r: Reader, start: number, end: number, mask: number): boolean {
  const length = end - start;
  if (length >= 31 || ((mask >>> length) & 1) !== 0) return false;
  for (let j = start; j < end; j++) {
    const c = r.u[j]!;
    if (c >= 128 && lowerCode(c) < 0) return false;
  }
  return true;
}

/** Reads the number phrase starting at `start`, or null. */
function readPhrase(r: Reader, start: number): Phrase | null {
  const item = r.itemAt(start);
  if (!item || item.kind === "percent") return null;
  if (item.kind === "word") {
    const special = readWordStart(r, item);
    if (special !== undefined) return special;
    if (isPronounUse(r, item.start, item.end)) return null;
  }
  // Ordinals ("2e"), powers, slash fractions, glued multipliers: complete as read.
  if (item.kind === "digits" && !item.plain) return withPercent(r, fromItem(item));
  const cardinal = readCardinal(r, start, "ordinal");
  if (!cardinal) return null;
  if (cardinal.closing === "ordinal") {
    return { ...baseOf(cardinal), value: cardinal.closingValue, subtype: "ordinal" };
  }
  return withPercent(r, extendCardinal(r, cardinal));
}

function fromItem(item: DigitItem): Phrase {
  return { start: item.start, end: item.end, value: item.value, subtype: item.subtype, hasDigits: true, hasWords: item.suffixed === true, magnitude: "exact", percent: false };
}

function baseOf(c: Cardinal): Phrase {
  return { start: c.start, end: c.end, value: c.value, subtype: c.subtype, hasDigits: c.hasDigits, hasWords: c.hasWords, magnitude: "exact", percent: false };
}

/**
 * Words that start a phrase other than a cardinal: articles ("a hundred",
 * "a third", "la moitié"), standalone fractions ("half"), plurals of
 * magnitude, leading percent words. `undefined` means "try a cardinal".
 */
function readWordStart(r: Reader, item: WordItem): Phrase | null | undefined {
  const w = item.word;
  if (w.article === "one") return readArticleOne(r, item);
  if (w.article === "definite") {
    const next = r.nextItem(item.end);
    if (isWord(next) && next.word.alone !== undefined && !next.word.aloneNeedsContext) {
      return withScale(r, { ...wordPhrase(item.start, next.end, next.word.alone), subtype: "fraction" });
    }
    return w.cardinal !== undefined ? undefined : null;
  }
  if (w.connector === "percent") return readLeadingPercent(r, item);
  if (w.connector !== undefined) return null;
  if (w.vague !== undefined && !(w.cardinal !== undefined && w.bare)) return readVague(r, item);
  if (w.alone !== undefined && w.cardinal === undefined) {
    const dozen = readAloneOfApprox(r, item, w.alone);
    if (dozen) return dozen;
    if (w.aloneNeedsContext) {
      const scaled = withScale(r, { ...wordPhrase(item.start, item.end, w.alone), subtype: "fraction" });
      return scaled.end > item.end ? scaled : null;
    }
    return withScale(r, { ...wordPhrase(item.start, item.end, w.alone), subtype: "fraction" });
  }
  if (w.cardinal === undefined && w.ordinal === undefined) return null;
  return undefined;
}

/** "half a dozen": a fraction word, an article, an approximate noun. */
function readAloneOfApprox(r: Reader, item: WordItem, value: number): Phrase | null {
  const article = r.nextItem(item.end);
  if (!isWord(article) || article.word.article !== "one") return null;
  const noun = r.nextItem(article.end);
  if (!isWord(noun) || noun.word.approx === undefined) return null;
  return { ...wordPhrase(item.start, noun.end, value * noun.word.approx), magnitude: "approx" };
}

function wordPhrase(start: number, end: number, value: number): Phrase {
  return { start, end, value, subtype: "integer", hasDigits: false, hasWords: true, magnitude: "exact", percent: false };
}

/** "a hundred", "a million", "a dozen", "a third", "a twenty-first", "an eighth". */
function readArticleOne(r: Reader, article: WordItem): Phrase | null {
  const next = r.nextItem(article.end);
  if (!isWord(next)) return null;
  if (isMultiplierWord(next)) {
    const cardinal = readCardinal(r, article.start, "plain", 1);
    return cardinal ? extendCardinal(r, cardinal) : null;
  }
  if (next.word.approx !== undefined) {
    return withOfScale(r, { ...wordPhrase(article.start, next.end, next.word.approx), magnitude: "approx" });
  }
  if (next.word.denominator !== undefined || (next.word.alone !== undefined && next.word.cardinal === undefined)) {
    const value = next.word.denominator ? 1 / next.word.denominator : (next.word.alone ?? 0);
    return withScale(r, { ...wordPhrase(article.start, next.end, value), subtype: "fraction" });
  }
  if (next.word.cardinal !== undefined && next.word.role === "unit") {
    const compound = readCardinal(r, next.start, "denominator");
    if (compound && compound.closing === "denominator" && compound.items >= 2 && compound.closingValue > 0) {
      return { ...wordPhrase(article.start, compound.end, 1 / compound.closingValue), subtype: "fraction" };
    }
  }
  return null;
}

/** What may follow a cardinal: a fraction, decimal words, an approximate noun. */
function extendCardinal(r: Reader, c: Cardinal): Phrase {
  const base = baseOf(c);
  const next = r.nextItem(c.end);
  if (!next) return base;
  // "2 1/4", "- 1 4/5": a whole number then a proper slash fraction.
  if (next.kind === "digits" && next.slash && c.subtype === "integer" && c.items === 1 && c.hasDigits && r.onlySpaces(c.end, next.start)) {
    return { ...base, end: next.end, value: c.value + next.value, subtype: "fraction" };
  }
  if (next.kind !== "word") return base;
  const w = next.word;
  if (w.denominator !== undefined && c.subtype === "integer") {
    return withScale(r, { ...base, end: next.end, value: c.value / w.denominator, subtype: "fraction", hasWords: true });
  }
  if (w.approx !== undefined) {
    const tail = c.tail > 0 && c.tail < c.value ? c.tail : c.value;
    return withOfScale(r, { ...base, end: next.end, value: tidy(c.value - tail + tail * w.approx), magnitude: "approx", hasWords: true });
  }
  if (w.connector === "and") return extendWithAnd(r, c, next) ?? base;
  if (w.connector === "over" || w.connector === "properOver" || w.connector === "oneIn") {
    const over = readOverFraction(r, c);
    return over ? { ...base, end: over.end, value: over.value, subtype: "fraction", hasWords: true } : base;
  }
  if (w.connector === "point") {
    const decimal = readPointWords(r, c);
    return decimal ? { ...base, end: decimal.end, value: decimal.value, subtype: "decimal" } : base;
  }
  if (w.cardinal !== undefined && c.subtype === "integer") {
    const den = readDenominator(r, c.end);
    if (den) return { ...base, end: den.end, value: c.value / den.value, subtype: "fraction", hasWords: true };
  }
  return base;
}

/** "trois et un cinquième", "un million et demi", "one billion and a half million". */
function extendWithAnd(r: Reader, c: Cardinal, and: WordItem): Phrase | null {
  const start = r.skipGap(and.end);
  if (start < 0) return null;
  const fraction = readAddedFraction(r, start);
  if (!fraction) return null;
  const after = r.nextItem(fraction.end);
  const base = baseOf(c);
  if (isWord(after) && after.word.role === "scale" && after.word.cardinal !== undefined) {
    const scale = after.word.cardinal;
    const value = c.trailingScale > 0 ? c.value + fraction.value * scale : (c.value + fraction.value) * scale;
    return { ...base, end: after.end, value: tidy(value), subtype: c.trailingScale > 0 ? "integer" : "fraction", hasWords: true };
  }
  const value = c.trailingScale > 0 ? c.value + fraction.value * c.trailingScale : c.value + fraction.value;
  return { ...base, end: fraction.end, value: tidy(value), subtype: "fraction", hasWords: true };
}

/** "un demi-million", "half million", "two thirds of a million". */
function withScale(r: Reader, p: Phrase): Phrase {
  let next = r.nextItem(p.end);
  if (isWord(next) && next.word.connector === "of") {
    const article = r.nextItem(next.end);
    next = isWord(article) && article.word.article === "one" ? r.nextItem(article.end) : null;
  }
  if (isWord(next) && next.word.role === "scale" && next.word.cardinal !== undefined) {
    const value = tidy(p.value * next.word.cardinal);
    return { ...p, end: next.end, value, hasWords: true, subtype: Number.isInteger(value) ? "integer" : "decimal" };
  }
  return p;
}

/** "une dizaine de milliards": an approximate noun scaled by "de" + a scale word. */
function withOfScale(r: Reader, p: Phrase): Phrase {
  const of = r.nextItem(p.end);
  if (!isWord(of) || of.word.connector !== "of") return p;
  const next = r.nextItem(of.end);
  if (!isWord(next) || next.word.role !== "scale" || next.word.cardinal === undefined) return p;
  return { ...p, end: next.end, value: tidy(p.value * next.word.cardinal) };
}

/** "12 %", "8 pour cent", "24 percent": a percent sign or word after the number. */
function withPercent(r: Reader, p: Phrase): Phrase {
  if (p.subtype === "ordinal") return p;
  const next = r.nextItem(p.end);
  if (!next) return p;
  if (next.kind === "percent" && r.onlySpaces(p.end, next.start)) return { ...p, end: next.end, percent: true };
  if (isWord(next) && next.word.connector === "percent" && r.onlySpaces(p.end, next.start)) {
    return { ...p, end: next.end, percent: true };
  }
  return p;
}

// ---------------------------------------------------------------------------
// Signs, URLs and the scan loop

/** An explicit sign at i applying to digits after it, or null. */
function readSign(r: Reader, i: number): { sign: "+" | "-"; next: number } | null {
  const before = r.code(i - 1);
  if (isLetter(before) || isDigit(before) || before === 37 || isHyphen(before) || before === 43) return null;
  let q = i + 1;
  const dec = r.lex.decimalSeparator.charCodeAt(0);
  const startsDigits = (k: number): boolean => isDigit(r.code(k)) || (r.code(k) === dec && isDigit(r.code(k + 1)));
  if (!startsDigits(q)) {
    let spaces = 0;
    while (isInlineSpace(r.code(q)) && spaces < MAX_GAP) {
      q++;
      spaces++;
    }
    if (spaces === 0 || !startsDigits(q)) return null;
    // A spaced sign only where no word or number precedes ("10 - 5" is not -5).
    let j = i - 1;
    while (j >= r.floor && isInlineSpace(r.u[j]!)) j--;
    const previous = j >= r.floor ? r.u[j]! : -1;
    if (isLetter(previous) || isDigit(previous) || previous === 37) return null;
  }
  const c = r.code(i);
  return { sign: c === 43 ? "+" : "-", next: q };
}

function endOfNonSpace(r: Reader, i: number): number {
  let j = i;
  while (j < r.limit) {
    const c = r.u[j]!;
    if (c <= 32 || isInlineSpace(c) || c === 0x2028 || c === 0x2029) break;
    j++;
  }
  return j;
}

function toToken(p: Phrase, sign: "+" | "-" | null, signStart: number): NumberToken {
  const negative = sign === "-";
  return {
    start: sign ? signStart : p.start,
    end: p.end,
    value: negative ? -p.value : p.value,
    form: p.hasDigits && p.hasWords ? "mixed" : p.hasDigits ? "digits" : "words",
    subtype: p.subtype,
    percent: p.percent,
    magnitude: p.magnitude,
    sign,
  };
}

/** Reads a token at i (a sign, a minus word, or a phrase); null when none starts here. */
function readTokenAt(r: Reader, i: number): NumberToken | null {
  const c = r.code(i);
  if (isSignChar(c)) {
    const sign = readSign(r, i);
    if (!sign) return null;
    const phrase = readPhrase(r, sign.next);
    return phrase && phrase.hasDigits && phrase.start === sign.next ? toToken(phrase, sign.sign, i) : null;
  }
  const item = r.itemAt(i);
  if (isWord(item) && item.word.connector === "minus") {
    const next = r.skipGap(item.end);
    if (next < 0) return null;
    const phrase = readPhrase(r, next);
    if (!phrase || phrase.subtype === "ordinal" || phrase.start !== next) return null;
    return { ...toToken(phrase, "-", item.start), form: phrase.hasDigits ? "mixed" : "words" };
  }
  const phrase = readPhrase(r, i);
  return phrase ? toToken(phrase, null, i) : null;
}

/**
 * Scans text[from, to) and returns the numbers in it, in order, non-overlapping,
 * with offsets into `text` itself.
 */
export function readNumbers(text: string, lex: NumberLexicon, from = 0, to = text.length): NumberToken[] {
  const limit = Math.max(0, Math.min(to, text.length));
  const floor = Math.max(0, Math.min(from, limit));
  // The scan reads char codes from a copy of text[0, limit): indexing a typed
  // array is about twice as fast as charCodeAt.
  const u = codeUnits(text, limit);
  const r = new Reader(text, lex, limit, floor, u);
  const tokens: NumberToken[] = [];
  const index = r.index;
  const cls = index.cls;
  const action = index.action;
  const filtered = !index.unfiltered;
  const decimal = index.decimal;
  let i = floor;
  while (i < limit) {
    const c = u[i]!;
    const k = cls[c]!;
    if (k === CLASS_NONE) {
      i++;
      while (i < limit && cls[u[i]!] === CLASS_NONE) i++;
      continue;
    }
    if (k === CLASS_LETTER) {
      let end = i + 1;
      while (end < limit && cls[u[end]!] === CLASS_LETTER) end++;
      // "http://", "https://", "www." (read in `text`: a URL may run past the limit).
      if (
        (c === 104 && text.charCodeAt(i + 1) === 116 && (text.startsWith("http://", i) || text.startsWith("https://", i))) ||
        (c === 119 && text.charCodeAt(i + 1) === 119 && text.startsWith("www.", i))
      ) {
        i = endOfNonSpace(r, i);
        continue;
      }
      if (end < limit && (cls[u[end]!] === CLASS_DIGIT || u[end] === 64)) {
        i = skipAlnumCodes(u, cls, end, limit);
        continue;
      }
      if (i > floor) {
        const before = cls[u[i - 1]!];
        if (before === CLASS_LETTER || before === CLASS_DIGIT) {
          i = skipAlnumCodes(u, cls, end, limit);
          continue;
        }
      }
      if (end - i <= MAX_WORD && mayBeKey(index, c, end - i)) {
        if (filtered) {
          // Skip runs that spell no key, or a word that starts no token (see `startsNothing`).
          const node = walkKeyCodes(index, u, i, end);
          if (node === -1 || (node >= 0 && (action[node] === 0 || (action[node] === 2 && !mayWordFollow(r, end))))) {
            i = end;
            continue;
          }
          r.nodeStart = i;
          r.node = node;
        }
        r.runStart = i;
        r.runEnd = end;
        const token = readTokenAt(r, i);
        if (token) {
          tokens.push(token);
          i = Math.max(token.end, i + 1);
          continue;
        }
      }
      i = end;
      continue;
    }
    if (k === CLASS_DIGIT) {
      if (i > floor) {
        const b = u[i - 1]!;
        if (cls[b] === CLASS_LETTER || (isHyphen(b) && i - 2 >= floor && cls[u[i - 2]!] === CLASS_LETTER)) {
          i = skipAlnumCodes(u, cls, i, limit);
          continue;
        }
        if (b === 64) {
          i = endOfNonSpace(r, i);
          continue;
        }
      }
      let runEnd = i + 1;
      while (runEnd < limit && cls[u[runEnd]!] === CLASS_DIGIT) runEnd++;
      if (runEnd - i > MAX_DIGITS) {
        i = runEnd; // an overlong digit run is not a number; skip it in O(n)
        continue;
      }
      if (runEnd < limit && u[runEnd] === 64) {
        i = endOfNonSpace(r, runEnd);
        continue;
      }
      const token = readTokenAt(r, i);
      if (token) {
        tokens.push(token);
        i = Math.max(token.end, i + 1);
      } else i = Math.max(runEnd, i + 1);
      continue;
    }
    // A decimal separator starts an item only before a digit (",5").
    if (c === decimal && !isSignChar(c) && !VULGAR_FRACTIONS.has(c) && !(i + 1 < limit && cls[u[i + 1]!] === CLASS_DIGIT)) {
      i++;
      continue;
    }
    const token = readTokenAt(r, i);
    if (token) {
      tokens.push(token);
      i = Math.max(token.end, i + 1);
    } else i++;
  }
  return tokens;
}

/** Scratch copy of a text's UTF-16 code units, reused across calls (the scan is synchronous). */
let scratch = new Uint16Array(1024);
let scratchBytes = Buffer.from(scratch.buffer, scratch.byteOffset, scratch.byteLength);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** text[0, limit) as char codes (the array may be longer). */
function codeUnits(text: string, limit: number): Uint16Array {
  if (scratch.length < limit) {
    scratch = new Uint16Array(Math.max(limit, scratch.length * 2));
    scratchBytes = Buffer.from(scratch.buffer, scratch.byteOffset, scratch.byteLength);
  }
  // Native copy: "utf16le" writes the code units as they are (lone surrogates included).
  if (LITTLE_ENDIAN) scratchBytes.write(text, 0, 2 * limit, "utf16le");
  else for (let j = 0; j < limit; j++) scratch[j] = text.charCodeAt(j);
  return scratch;
}

/** Skips letters and digits from i in the char codes of the scan. */
function skipAlnumCodes(u: Uint16Array, cls: Uint8Array, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const k = cls[u[j]!];
    if (k !== CLASS_LETTER && k !== CLASS_DIGIT) break;
    j++;
  }
  return j;
}

/**
 * What the scanner precomputes once per lexicon: the first words of two-word
 * units, and for each (lower-case) first letter a bit mask of the lengths of
 * the keys (`words` keys and pair heads) starting with it, so that most letter
 * runs are rejected without slicing or lower-casing them.
 */
interface LexiconIndex {
  /** First words of the lexicon's two-word units ("pour", "quatre"). */
  readonly heads: ReadonlySet<string>;
  /** Length masks by ASCII char code (upper and lower case alike): bit n = a key of length n. */
  readonly ascii: Int32Array;
  /** Length masks by lower-case first char code, for non-ASCII first letters. */
  readonly other: ReadonlyMap<number, number>;
  /** Some key could come from a lower-casing that changes length: no filtering. */
  readonly unfiltered: boolean;
  /** Char code of the decimal separator. */
  readonly decimal: number;
  /**
   * A trie over the keys (`words` keys and pair heads), node 0 the root: child of
   * `node` by a-z at `next[node * 26 + letter]` (0: none), by another lower-case
   * char code at `nextOther.get(node * 0x10000 + code)`.
   */
  readonly next: Int32Array;
  readonly nextOther: ReadonlyMap<number, number>;
  /** The `words` entry whose key ends at a node, if any. */
  readonly nodeWord: ReadonlyArray<NumberWord | undefined>;
  /** 1 where a pair head ends at a node. */
  readonly nodeHead: Uint8Array;
  /** 1 at the lower-case ASCII first letters of the pairs' second words. */
  readonly pairSecond: Uint8Array;
  /** Bit n set: a `notNumberAfter` key has length n (n < 31; bit 31: a longer key). */
  readonly pronounLengths: number;
  /**
   * 0 where a letter run spelling the node's key starts no token (see `startsNothing`),
   * 2 where it may only before a word (see `needsNextWord`), 1 elsewhere.
   */
  readonly action: Uint8Array;
  /** Scan class of each char code (`CLASS_*`), the decimal separator included. */
  readonly cls: Uint8Array;
}

const CLASS_NONE = 0;
const CLASS_LETTER = 1;
const CLASS_DIGIT = 2;
/** A sign, a vulgar fraction or the decimal separator: the scan tries a token there. */
const CLASS_OTHER = 3;

let baseClasses: Uint8Array | null = null;

function charClasses(decimal: number): Uint8Array {
  if (!baseClasses) {
    baseClasses = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      baseClasses[c] = isLetter(c) ? CLASS_LETTER : isDigit(c) ? CLASS_DIGIT : isSignChar(c) || VULGAR_FRACTIONS.has(c) ? CLASS_OTHER : CLASS_NONE;
    }
  }
  const cls = baseClasses.slice();
  if (decimal !== 32 && decimal >= 0 && decimal < 0x10000 && cls[decimal] === CLASS_NONE) cls[decimal] = CLASS_OTHER;
  return cls;
}

/**
 * True when a word read at the start of a token gives a token only if a word
 * item follows it (`readWordStart`: "a"/"an" before a multiplier or a fraction,
 * "la" before "moitié", "percent" before "of").
 */
function needsNextWord(w: NumberWord): boolean {
  if (w.article === "one") return true;
  if (w.article === "definite") return w.cardinal === undefined;
  return w.article === undefined && w.connector === "percent";
}

/**
 * False when no word item can follow a word ending at `end` (what `nextItem`
 * would find there is no letter run that may be a key or a pair head).
 */
function mayWordFollow(r: Reader, end: number): boolean {
  const j = r.skipGap(end);
  if (j < 0 || j >= r.limit) return false;
  const c = r.u[j]!;
  if (r.index.cls[c] !== CLASS_LETTER) return false;
  const wordEnd = r.letterEnd(j);
  return wordEnd - j <= MAX_WORD && mayBeKey(r.index, c, wordEnd - j);
}

/**
 * True when a word read at the start of a token can only give no token (as
 * `readTokenAt` → `readPhrase` → `readWordStart` decide, without lookahead):
 * connectors other than minus/percent, and words with no value of their own.
 */
function startsNothing(w: NumberWord): boolean {
  if (w.article !== undefined) return false;
  if (w.connector !== undefined) return w.connector !== "minus" && w.connector !== "percent";
  if (w.vague !== undefined && !(w.cardinal !== undefined && w.bare)) return false;
  if (w.alone !== undefined && w.cardinal === undefined) return false;
  return w.cardinal === undefined && w.ordinal === undefined;
}

/** Longest word length a length mask can represent. */
const MASK_BITS = 30;

const indexCache = new WeakMap<NumberLexicon, LexiconIndex>();

function lexiconIndex(lex: NumberLexicon): LexiconIndex {
  let index = indexCache.get(lex);
  if (index) return index;
  const heads = new Set([...lex.pairs.keys()].map((key) => key.split(" ")[0] ?? key));
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  let unfiltered = false;
  for (const key of [...lex.words.keys(), ...heads]) {
    if (key.length === 0 || key.includes("\u0307")) unfiltered = true;
    if (key.length === 0 || key.length > MASK_BITS) continue;
    const first = key.charCodeAt(0);
    const bit = 1 << key.length;
    if (first < 128) {
      ascii[first]! |= bit;
      // Upper-case ASCII letters lower-case to their lower-case letter.
      if (first >= 97 && first <= 122) ascii[first - 32]! |= bit;
    } else {
      other.set(first, (other.get(first) ?? 0) | bit);
    }
  }
  const next: number[] = new Array<number>(26).fill(0);
  const nextOther = new Map<number, number>();
  const nodeWord: Array<NumberWord | undefined> = [undefined];
  const heads01: number[] = [0];
  /** The node of a key, or -1 when no lower-cased letter run can spell it. */
  const insert = (key: string): number => {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      if (code < 128 && !(code >= 97 && code <= 122)) return -1;
      let child = code < 128 ? next[node * 26 + code - 97]! : (nextOther.get(node * 0x10000 + code) ?? 0);
      if (child === 0) {
        child = nodeWord.length;
        nodeWord.push(undefined);
        heads01.push(0);
        for (let n = 0; n < 26; n++) next.push(0);
        if (code < 128) next[node * 26 + code - 97] = child;
        else nextOther.set(node * 0x10000 + code, child);
      }
      node = child;
    }
    return node;
  };
  for (const [key, word] of lex.words) {
    const node = insert(key);
    if (node >= 0) nodeWord[node] = word;
  }
  for (const head of heads) {
    const node = insert(head);
    if (node >= 0) heads01[node] = 1;
  }
  const action = new Uint8Array(nodeWord.length);
  for (let node = 0; node < nodeWord.length; node++) {
    const word = nodeWord[node];
    action[node] = heads01[node] === 1 ? 1 : word === undefined || startsNothing(word) ? 0 : needsNextWord(word) ? 2 : 1;
  }
  const pairSecond = new Uint8Array(128);
  for (const key of lex.pairs.keys()) {
    const second = key.charCodeAt(key.indexOf(" ") + 1);
    if (second < 128) pairSecond[second | 32] = 1;
    else pairSecond.fill(1, 0, 128); // keep it exact for unusual keys
  }
  const pronounLengths = lengthMask(lex.notNumberAfter.keys());
  const decimal = lex.decimalSeparator.charCodeAt(0);
  index = {
    pairSecond, pronounLengths,
    heads, ascii, other, unfiltered, decimal,
    next: Int32Array.from(next), nextOther, nodeWord, nodeHead: Uint8Array.from(heads01),
    action, cls: charClasses(decimal),
  };
  indexCache.set(lex, index);
  return index;
}

/** Lower-case of one non-ASCII char code when it is one code unit and context-free, else -1. */
const lowerCache = new Int32Array(0x10000);

function lowerCode(c: number): number {
  let lower = lowerCache[c]!;
  if (lower === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    // Σ lower-cases by context (σ/ς); İ lower-cases to two code units.
    lower = s.length === 1 && c !== 0x3a3 ? s.charCodeAt(0) : -1;
    lowerCache[c] = lower;
  }
  return lower;
}


/**
 * Walks the key trie with the letter run [i, end) lower-cased char by char:
 * its node, -1 when no key is spelt so, -2 when a char's lower case depends on
 * context or is longer (then the caller lower-cases the whole run).
 */
function walkKeyCodes(index: LexiconIndex, u: Uint16Array, i: number, end: number): number {
  const next = index.next;
  let node = 0;
  for (let j = i; j < end; j++) {
    const c = u[j]!;
    let child: number;
    if (c < 128) child = next[node * 26 + ((c | 32) - 97)]!; // an ASCII letter
    else {
      const lower = lowerCode(c);
      if (lower < 0) return -2;
      if (lower < 128) child = lower >= 97 && lower <= 122 ? next[node * 26 + lower - 97]! : 0;
      else child = index.nextOther.get(node * 0x10000 + lower) ?? 0;
    }
    if (child === 0) return -1;
    node = child;
  }
  return node;
}

/**
 * Cheap exact filter: false only when a letter run of `length` chars starting with `c`, lower-cased,
 * cannot be a key of `words` nor a pair head (no key of its first letter has
 * its length). Lower-casing keeps the length of any run that could match.
 */
function mayBeKey(index: LexiconIndex, c: number, length: number): boolean {
  if (index.unfiltered || length > MASK_BITS) return true;
  let mask: number;
  if (c < 128) mask = index.ascii[c]!;
  else {
    const lower = lowerCode(c);
    if (lower < 0) return true;
    mask = lower < 128 ? index.ascii[lower]! : (index.other.get(lower) ?? 0);
  }
  return ((mask >>> length) & 1) !== 0;
}
