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

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 0xc0) return false;
  return LETTER_OR_DIGIT.test(ch);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

// French elided words; anything else keeps the apostrophe apart ("Korea's").
const ELIDED = new Set(["l", "d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "n", "s", "c", "j", "m", "t"]);

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === "’" || ch === "ʼ";
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (isSpace(code) || code < 32) {
      i++;
      continue;
    }
    if (!isWordChar(ch)) {
      tokens.push({ start: i, end: i + 1, norm: isApostrophe(ch) ? "'" : ch, kind: "punct", capital: false });
      i++;
      continue;
    }
    const start = i;
    let digit = isAsciiDigit(code);
    i++;
    while (i < to) {
      const c = text[i]!;
      if (isWordChar(c)) {
        // Digits and letters glued together are two tokens ("500km2", "14h30").
        if (isAsciiDigit(text.charCodeAt(i)) !== digit) break;
        i++;
        continue;
      }
      // Inner hyphen or dot joins two word parts ("nord-coréens", "U.S").
      if ((c === "-" || c === "." || c === "‑") && i + 1 < to && isWordChar(text[i + 1]!)) {
        i++;
        digit = isAsciiDigit(text.charCodeAt(i));
        continue;
      }
      // An elision ends the word with its apostrophe ("jusqu'", "d'").
      if (isApostrophe(c) && i + 1 < to && isWordChar(text[i + 1]!) && ELIDED.has(text.slice(start, i).toLowerCase())) {
        i++;
      }
      break;
    }
    const raw = text.slice(start, i);
    tokens.push({ start, end: i, norm: normWord(raw), kind: "word", capital: UPPER.test(raw[0]!) });
  }
  return tokens;
}
