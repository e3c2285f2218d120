/**
 * @module store/near-duplicates
 * Text fingerprints that tell when two articles carry the same text: the
 * normal form of a text (for exact duplicates), and a 64-bit SimHash over
 * word 3-shingles with its 4 × 16-bit bands (for near-duplicates: the same
 * wire story re-published by several outlets). Pure and backend-neutral.
 *
 * Threshold: two texts are near-duplicates when their SimHashes differ in at
 * most NEAR_DUPLICATE_MAX_DISTANCE = 3 bits. Four bands of 16 bits make this
 * exact by pigeonhole: 3 differing bits fall into at most 3 bands, so at
 * least one band is equal and an index lookup on bands finds every
 * candidate. For scale: one changed word in a 600-word text changes 3 of
 * ~600 shingles and moves ~2 bits on average; independent articles on the
 * same story share few 3-shingles and stand ~20–32 bits apart.
 */

/** The largest Hamming distance between SimHashes of near-duplicate texts. */
export const NEAR_DUPLICATE_MAX_DISTANCE = 3;

/**
 * Below this many words a SimHash is too unstable to judge (a few shingles
 * decide every bit), and all very short texts would look alike: such texts
 * get no SimHash and are never near-duplicates, only exact ones.
 */
export const MIN_WORDS_FOR_SIMHASH = 40;

/**
 * At most this many originals are compared per band, the most recently
 * stored first. Varied news spreads over 65,536 values per band, so buckets
 * stay small; texts built on one template crowd a few buckets, and the cap
 * keeps each lookup cheap there. A near-duplicate missed that way is stored
 * as an article of its own: nothing is lost.
 */
export const CANDIDATES_PER_BAND = 64;

/** A 64-bit SimHash as two unsigned 32-bit halves (no BigInt: it is slow). */
export interface SimHash {
  readonly hi: number;
  readonly lo: number;
}

// What each UTF-16 code unit becomes in the normal form, decided once per
// code unit (lazily, ~10 ms) so normalising is one pass with table lookups
// instead of NFD plus two Unicode regex replaces (≈ 5× faster on French).
const SEPARATOR = 0xffff; // punctuation, space, symbol, lone surrogate half
const DROP = 0xfffe; // a combining mark: the accent of a decomposed letter
let FOLD: Uint16Array | null = null;

function foldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const word = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  const marks = /\p{M}/gu;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { table[c] = SEPARATOR; continue; }
    const ch = String.fromCharCode(c);
    if (mark.test(ch)) { table[c] = DROP; continue; }
    if (!word.test(ch)) { table[c] = SEPARATOR; continue; }
    // Input is lower-cased first; a letter whose decomposition is one base letter plus accents folds to it.
    const base = ch.normalize("NFD").replace(marks, "");
    table[c] = base.length === 1 ? base.charCodeAt(0) : c;
  }
  return table;
}

let buffer = new Uint16Array(8192);
const UTF16 = new TextDecoder("utf-16le");

/**
 * The normal form used for both fingerprints: lower case, accents stripped,
 * every run of punctuation, symbols and spaces turned into one space,
 * trimmed. So typographic changes (quotes, non-breaking spaces, "100.000"
 * vs "100 000") do not make two copies of a text differ.
 */
export function normaliseText(text: string): string {
  const fold = (FOLD ??= foldTable());
  const s = text.toLowerCase();
  if (buffer.length < s.length) buffer = new Uint16Array(s.length * 2);
  const out = buffer;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const f = fold[s.charCodeAt(i)]!;
    if (f === DROP) continue;
    if (f === SEPARATOR) { pendingSpace = n > 0; continue; }
    if (pendingSpace) { out[n++] = 32; pendingSpace = false; }
    out[n++] = f;
  }
  return UTF16.decode(out.subarray(0, n));
}

// FNV-1a 64 in two 32-bit halves: prime 2^40 + 0x1b3, offset basis 0xcbf29ce484222325.
const FNV_PRIME_LO = 0x1b3;
const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;
const TWO_32 = 4294967296;

/** FNV-1a 64 of a string's UTF-16 code units, as two halves (the same steps `simhash` inlines for speed). */
export function fnv1a64(text: string): SimHash {
  let hi = FNV_OFFSET_HI, lo = FNV_OFFSET_LO;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    const t = lo * FNV_PRIME_LO;
    hi = (Math.imul(hi, FNV_PRIME_LO) + Math.floor(t / TWO_32) + (lo << 8)) >>> 0;
    lo = t >>> 0;
  }
  return { hi, lo };
}

/** Murmur3's finaliser: spreads every input bit over all 32 output bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function rotl(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0;
}

/**
 * SimHash of a text already in normal form (`normaliseText`): each word is
 * hashed once with FNV-1a 64, each shingle of 3 words mixes its 3 word
 * hashes (rotations keep the order, fmix32 the avalanche), and each of the
 * 64 bits is set when most shingle hashes have it set. Returns null when the
 * text has fewer than MIN_WORDS_FOR_SIMHASH words.
 */
export function simhash(normalised: string): SimHash | null {
  // Per-nibble histograms: 16 increments per shingle instead of 64 bit tests;
  // the bit counts are read from the histograms once at the end.
  const hist = new Int32Array(16 * 16);
  let shingles = 0;
  let words = 0;
  // The last three word hashes (a oldest, c newest).
  let aHi = 0, aLo = 0, bHi = 0, bLo = 0, cHi = 0, cLo = 0;
  let hi = FNV_OFFSET_HI, lo = FNV_OFFSET_LO;
  let inWord = false;
  const n = normalised.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? normalised.charCodeAt(i) : 32;
    if (code !== 32) {
      // h = (h ^ code) * prime, mod 2^64.
      lo = (lo ^ code) >>> 0;
      const t = lo * FNV_PRIME_LO; // < 2^41: exact in a double
      const carry = Math.floor(t / TWO_32);
      hi = (Math.imul(hi, FNV_PRIME_LO) + carry + (lo << 8)) >>> 0;
      lo = t >>> 0;
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    aHi = bHi; aLo = bLo; bHi = cHi; bLo = cLo; cHi = hi >>> 0; cLo = lo >>> 0;
    hi = FNV_OFFSET_HI; lo = FNV_OFFSET_LO;
    words++;
    if (words < 3) continue;
    const sLo = fmix32(aLo ^ rotl(bLo, 7) ^ rotl(cLo, 19) ^ cHi);
    const sHi = fmix32(aHi ^ rotl(bHi, 13) ^ rotl(cHi, 25) ^ aLo ^ 0x9e3779b9);
    for (let k = 0; k < 8; k++) {
      hist[(k << 4) | ((sLo >>> (k << 2)) & 15)]!++;
      hist[((k + 8) << 4) | ((sHi >>> (k << 2)) & 15)]!++;
    }
    shingles++;
  }
  if (words < MIN_WORDS_FOR_SIMHASH) return null;
  let outLo = 0, outHi = 0;
  for (let pos = 0; pos < 16; pos++) {
    const base = pos << 4;
    for (let bit = 0; bit < 4; bit++) {
      let count = 0;
      for (let v = 0; v < 16; v++) if ((v >>> bit) & 1) count += hist[base | v]!;
      if (count * 2 > shingles) {
        const shift = ((pos & 7) << 2) + bit;
        if (pos < 8) outLo |= 1 << shift;
        else outHi |= 1 << shift;
      }
    }
  }
  return { hi: outHi >>> 0, lo: outLo >>> 0 };
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function hammingDistance(a: SimHash, b: SimHash): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}

export function isNearDuplicate(a: SimHash, b: SimHash): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_DISTANCE;
}

/** The 4 bands of 16 bits, high to low; band i of two near-duplicates is equal for at least one i. */
export function simhashBands(h: SimHash): [number, number, number, number] {
  return [h.hi >>> 16, h.hi & 0xffff, h.lo >>> 16, h.lo & 0xffff];
}

/** 16 lower-case hex digits: how a SimHash is stored and shown. */
export function simhashToHex(h: SimHash): string {
  return h.hi.toString(16).padStart(8, "0") + h.lo.toString(16).padStart(8, "0");
}

export function simhashFromHex(hex: string): SimHash {
  return { hi: parseInt(hex.slice(0, 8), 16) >>> 0, lo: parseInt(hex.slice(8, 16), 16) >>> 0 };
}
