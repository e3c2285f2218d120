/**
 * @module core/text/sentences
 * Splits a body into paragraphs (one per line) and sentences, in one pass.
 * A sentence ends at . ! ? … (and any closing quotes or brackets after it)
 * when white space and a capital, digit, opening quote or dash follow,
 * unless the period closes an abbreviation of the language ("M.", "Dr.",
 * "U.S.", "Oct.") or an initial ("J. Smith").
 */

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  readonly paragraph: number;
  /** First sentence of its paragraph. */
  readonly first: boolean;
}

/** Longer than any real sentence: beyond it, text is analysed in pieces of this size. */
const MAX_SENTENCE = 1200;

const BOUNDARY = /[.!?…\n\r\u2028\u2029]/g;

const CLOSERS = new Set(['"', "'", "»", "”", "’", ")", "]", "›"]);
const OPENERS = new Set(['"', "«", "“", "‘", "(", "[", "—", "–", "-", "‹", "'"]);
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0xfeff;
}

function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** The word (letters and inner dots) that ends right before `dot`, lower-cased. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && isWordBeforeDot(text, i - 1)) i--;
  return text.slice(i, dot).toLowerCase();
}

const LETTER = /\p{L}/u;

/** A letter or a dot; ASCII is decided without the Unicode regex. */
function isWordBeforeDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]!);
}

function isGlued(text: string, dot: number): boolean {
  return /\p{Ll}/u.test(text[dot - 1] ?? "") && /\p{Ll}/u.test(text[dot - 2] ?? "") && /\p{Lu}/u.test(text[dot + 1] ?? "") && /\p{Ll}/u.test(text[dot + 2] ?? "");
}

export function segmentSentences(text: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let first = true;
  let start = -1;
  const push = (end: number) => {
    // Runaway "sentences" (no punctuation for pages) are cut into bounded pieces, so that
    // every per-sentence step stays bounded and the whole analysis stays linear.
    while (start >= 0 && end - start > MAX_SENTENCE) {
      let cut = start + MAX_SENTENCE;
      while (cut > start + MAX_SENTENCE / 2 && !isSpace(text.charCodeAt(cut))) cut--;
      if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
      // Never split a surrogate pair.
      if (cut > 0 && cut < text.length && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
      out.push({ start, end: cut, paragraph, first });
      first = false;
      start = cut;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
    }
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (start >= 0 && e > start) {
      out.push({ start, end: e, paragraph, first });
      first = false;
    }
    start = -1;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Inside a sentence, jump straight to the next character that can end it (native scan; `test`
    // builds no match object and leaves lastIndex just past the one code unit found).
    if (start >= 0) {
      BOUNDARY.lastIndex = i;
      if (!BOUNDARY.test(text)) break;
      i = BOUNDARY.lastIndex - 1;
    }
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      const hadText = start >= 0 || !first;
      push(i);
      if (hadText) {
        paragraph++;
        first = true;
      }
      continue;
    }
    if (start < 0) {
      if (isSpace(c) || c < 32) continue;
      start = i;
    }
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    // Swallow runs of terminal punctuation and closing quotes.
    let j = i + 1;
    while (j < n && (text[j] === "." || text[j] === "!" || text[j] === "?" || text[j] === "…" || CLOSERS.has(text[j]!))) j++;
    // French spacing puts a space before the closing guillemet: "tiendrons. »".
    let g = j;
    while (g < n && isSpace(text.charCodeAt(g))) g++;
    if (g > j && g < n && (text[g] === "»" || text[g] === "”")) {
      j = g + 1;
      while (j < n && CLOSERS.has(text[j]!)) j++;
    }
    if (j < n && !isSpace(text.charCodeAt(j)) && !isNewline(text.charCodeAt(j))) {
      // Sentences glued by a lost space ("the year.This is"): a lower-case word, a period, a capitalised word.
      if (!(ch === "." && j === i + 1 && isGlued(text, i))) continue;
    }
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k < n && !isNewline(text.charCodeAt(k))) {
      const next = text[k]!;
      if (!UPPER_OR_DIGIT.test(next) && !OPENERS.has(next)) continue;
      if (ch === ".") {
        const word = wordBefore(text, i, start);
        // Dotted abbreviations ("u.s") are also known undotted; a word with no inner dot is looked up once.
        if (abbreviations.has(word) || (word.includes(".") && abbreviations.has(word.replace(/\./g, "")))) continue;
        // A single capital letter before the period is an initial ("J. Smith").
        if (word.length === 1 && /\p{Lu}/u.test(text[i - 1]!)) continue;
      }
    }
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}
