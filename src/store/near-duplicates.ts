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
const FNV_OFFSET_HI = 0xcbf29ce4 | 0;
const FNV_OFFSET_LO = 0x84222325 | 0;

/**
 * The high half of one FNV-1a 64 step, h = (h ^ code) * prime mod 2^64, given
 * x = lo ^ code (the low half is Math.imul(x, prime)). Integer arithmetic
 * only: the carry out of x * 0x1b3 is taken 16 bits at a time, so nothing
 * leaves the int32 range (a double product was the slowest part of hashing).
 */
function fnvStepHi(hi: number, x: number): number {
  const carry = ((x >>> 16) * FNV_PRIME_LO + (((x & 0xffff) * FNV_PRIME_LO) >>> 16)) >>> 16;
  return (Math.imul(hi, FNV_PRIME_LO) + carry + (x << 8)) | 0;
}

/** FNV-1a 64 of a string's UTF-16 code units, as two halves (the same steps `simhash` takes per word). */
export function fnv1a64(text: string): SimHash {
  let hi = FNV_OFFSET_HI, lo = FNV_OFFSET_LO;
  for (let i = 0; i < text.length; i++) {
    const x = lo ^ text.charCodeAt(i);
    hi = fnvStepHi(hi, x);
    lo = Math.imul(x, FNV_PRIME_LO);
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

/** Murmur3's finaliser: spreads every input bit over all 32 output bits. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/**
 * How many of the words added had each of 32 bits set. Bit-sliced: eight
 * 32-bit planes hold a binary counter per bit position, so adding a word is
 * a ripple of ANDs and XORs with no branch and no memory indexing; every
 * 255 words (the most eight planes hold) the planes are added to plain counts.
 */
class BitCounts {
  private readonly counts = new Int32Array(32);
  private p0 = 0; private p1 = 0; private p2 = 0; private p3 = 0;
  private p4 = 0; private p5 = 0; private p6 = 0; private p7 = 0;
  private pending = 0;

  reset(): void {
    this.clearPlanes();
    this.counts.fill(0);
  }

  add(x: number): void {
    let carry = this.p0 & x; this.p0 ^= x;
    let next = this.p1 & carry; this.p1 ^= carry; carry = next;
    next = this.p2 & carry; this.p2 ^= carry; carry = next;
    next = this.p3 & carry; this.p3 ^= carry; carry = next;
    next = this.p4 & carry; this.p4 ^= carry; carry = next;
    next = this.p5 & carry; this.p5 ^= carry; carry = next;
    next = this.p6 & carry; this.p6 ^= carry; carry = next;
    this.p7 ^= carry;
    if (++this.pending === 255) this.flush();
  }

  /** The bits set in more than half of `total` words. */
  majority(total: number): number {
    this.flush();
    let out = 0;
    for (let bit = 0; bit < 32; bit++) if (this.counts[bit]! * 2 > total) out |= 1 << bit;
    return out;
  }

  private flush(): void {
    const counts = this.counts;
    for (let b = 0; b < 32; b++) {
      counts[b]! += ((this.p0 >>> b) & 1) | (((this.p1 >>> b) & 1) << 1) | (((this.p2 >>> b) & 1) << 2) |
        (((this.p3 >>> b) & 1) << 3) | (((this.p4 >>> b) & 1) << 4) | (((this.p5 >>> b) & 1) << 5) |
        (((this.p6 >>> b) & 1) << 6) | (((this.p7 >>> b) & 1) << 7);
    }
    this.clearPlanes();
  }

  private clearPlanes(): void {
    this.p0 = this.p1 = this.p2 = this.p3 = this.p4 = this.p5 = this.p6 = this.p7 = 0;
    this.pending = 0;
  }
}

/**
 * The SimHash of a stream of word hashes: each shingle of 3 words mixes its
 * 3 word hashes (rotations keep the order, fmix32 the avalanche), and each of
 * the 64 bits is set when most shingle hashes have it set.
 */
class ShingleVote {
  private readonly lowBits = new BitCounts();
  private readonly highBits = new BitCounts();
  private words = 0;
  // The last three word hashes (a oldest, c newest).
  private aHi = 0; private aLo = 0; private bHi = 0; private bLo = 0; private cHi = 0; private cLo = 0;

  reset(): void {
    this.lowBits.reset();
    this.highBits.reset();
    this.words = 0;
  }

  addWord(hi: number, lo: number): void {
    this.aHi = this.bHi; this.aLo = this.bLo; this.bHi = this.cHi; this.bLo = this.cLo; this.cHi = hi; this.cLo = lo;
    if (++this.words < 3) return;
    const { aHi, aLo, bHi, bLo, cHi, cLo } = this;
    this.lowBits.add(fmix32(aLo ^ rotl(bLo, 7) ^ rotl(cLo, 19) ^ cHi));
    this.highBits.add(fmix32(aHi ^ rotl(bHi, 13) ^ rotl(cHi, 25) ^ aLo ^ 0x9e3779b9));
  }

  /** Null when fewer than MIN_WORDS_FOR_SIMHASH words were added. */
  result(): SimHash | null {
    if (this.words < MIN_WORDS_FOR_SIMHASH) return null;
    const shingles = this.words - 2;
    return { hi: this.highBits.majority(shingles) >>> 0, lo: this.lowBits.majority(shingles) >>> 0 };
  }
}

// Reused by every call (hashing is synchronous): no counters allocated per text.
const VOTE = new ShingleVote();

/**
 * SimHash of a text already in normal form (`normaliseText`): each word is
 * hashed once with FNV-1a 64, then the shingles vote (`ShingleVote`).
 * Returns null when the text has fewer than MIN_WORDS_FOR_SIMHASH words.
 */
export function simhash(normalised: string): SimHash | null {
  const vote = VOTE;
  vote.reset();
  let hi = FNV_OFFSET_HI, lo = FNV_OFFSET_LO;
  let inWord = false;
  const n = normalised.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? normalised.charCodeAt(i) : 32;
    if (code !== 32) {
      const x = lo ^ code;
      hi = fnvStepHi(hi, x);
      lo = Math.imul(x, FNV_PRIME_LO);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    vote.addWord(hi, lo);
    hi = FNV_OFFSET_HI; lo = FNV_OFFSET_LO;
  }
  return vote.result();
}

/** A text's normal form as UTF-8 bytes, with its SimHash. */
export interface NormalForm {
  /** UTF-8 of `normaliseText(text)`; a view of a buffer the next call overwrites. */
  readonly utf8: Uint8Array;
  /** `simhash(normaliseText(text))`. */
  readonly simhash: SimHash | null;
}

let utf8Buffer = new Uint8Array(16384);

/**
 * `normaliseText` and `simhash` in one pass, for fingerprinting: the normal
 * form is written straight as UTF-8 (what SHA-1 reads) and its words hashed
 * as they are written, without building the normalised string. The normal
 * form has no surrogate (the fold table makes them separators), so each code
 * unit is encoded on its own.
 */
export function normalForm(text: string): NormalForm {
  const fold = (FOLD ??= foldTable());
  const s = text.toLowerCase();
  if (utf8Buffer.length < s.length * 3 + 1) utf8Buffer = new Uint8Array(s.length * 6 + 1);
  const out = utf8Buffer;
  const vote = VOTE;
  vote.reset();
  let n = 0;
  let hi = FNV_OFFSET_HI, lo = FNV_OFFSET_LO;
  let inWord = false;
  for (let i = 0; i <= s.length; i++) {
    const f = i < s.length ? fold[s.charCodeAt(i)]! : SEPARATOR;
    if (f === DROP) continue;
    if (f === SEPARATOR) {
      if (!inWord) continue;
      inWord = false;
      vote.addWord(hi, lo);
      hi = FNV_OFFSET_HI; lo = FNV_OFFSET_LO;
      continue;
    }
    // A word after the first is preceded by its one space.
    if (!inWord && n > 0) out[n++] = 32;
    inWord = true;
    n = writeUtf8(out, n, f);
    const x = lo ^ f;
    hi = fnvStepHi(hi, x);
    lo = Math.imul(x, FNV_PRIME_LO);
  }
  return { utf8: out.subarray(0, n), simhash: vote.result() };
}

/** Writes one non-surrogate UTF-16 code unit as UTF-8 at `at`; returns the position after it. */
function writeUtf8(out: Uint8Array, at: number, code: number): number {
  if (code < 0x80) {
    out[at] = code;
    return at + 1;
  }
  if (code < 0x800) {
    out[at] = 0xc0 | (code >> 6);
    out[at + 1] = 0x80 | (code & 63);
    return at + 2;
  }
  out[at] = 0xe0 | (code >> 12);
  out[at + 1] = 0x80 | ((code >> 6) & 63);
  out[at + 2] = 0x80 | (code & 63);
  return at + 3;
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
