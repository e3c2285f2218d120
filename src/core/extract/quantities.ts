/**
 * @module core/extract/quantities
 * Stage 2 of extraction: turns the number tokens of one sentence into
 * quantities. Refiner passes, in order: drop what is not a figure (dates,
 * years, times, durations, ages, labels, ranks, pointers back), merge
 * ranges, attach qualifiers, units and currency symbols, absorb the base of
 * a rate. Each pass looks only at the tokens next to a number.
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { UnitEntry } from "../language-pack.js";
import type { NumberToken } from "../number-reader.js";
import { startsWithDigit, tokenize, type Token } from "../text/tokens.js";
import type { Qualifier } from "../types.js";
import { matchStarting, NOUN, NOUN_LINKER, type CueMasks } from "./cue-masks.js";

/** A number token placed on the sentence's word tokens: tokens[from, to) cover it. */
export interface PlacedNumber {
  readonly num: NumberToken;
  readonly from: number;
  readonly to: number;
}

export interface Quantity {
  start: number;
  end: number;
  /** Token span of the whole mention. */
  from: number;
  to: number;
  /** Token span of the number itself (the last number of a range). */
  numFrom: number;
  numTo: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: UnitEntry | null;
  /** Base of a rate ("pour 100 000 habitants"): the English words after "per". */
  rateBase: string | null;
}

const PERCENT: UnitEntry = { counts: "percent", kind: "percent" };

/** Places each number on the tokens it covers (both lists are in text order). */
export function placeNumbers(tokens: readonly Token[], numbers: readonly NumberToken[]): PlacedNumber[] {
  const placed: PlacedNumber[] = [];
  let t = 0;
  for (const num of numbers) {
    while (t < tokens.length && tokens[t]!.end <= num.start) t++;
    let u = t;
    while (u < tokens.length && tokens[u]!.start < num.end) u++;
    if (u > t) placed.push({ num, from: t, to: u });
  }
  return placed;
}

const NUMERIC_DATE = /^\d{1,4}([-.])\d{1,2}\1\d{1,4}$/;

/** A numeric date is at least five characters, "1-1-1": shorter tokens ("000", "12") are not tried. */
function mayBeNumericDate(norm: string): boolean {
  return norm.length >= 5 && startsWithDigit(norm);
}

const isDigitWord = (t: Token | undefined): boolean => !!t && t.kind === "word" && startsWithDigit(t.norm);

function isNotAFigure(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, p: PlacedNumber): boolean {
  const { num } = p;
  if (num.subtype === "ordinal") return true;
  if (!Number.isFinite(num.value)) return true;
  const next = tokens[p.to];
  const prev = tokens[p.from - 1];
  const prevWord = prev?.norm === "." ? tokens[p.from - 2] : prev;
  const integer = Number.isInteger(num.value);
  // Dates: "29 juin", "Oct. 29", "June 2024", and years on their own.
  if (next && lang.months.has(next.norm) && integer && num.value >= 1 && num.value <= 31 && !num.percent) return true;
  if (prevWord && lang.months.has(prevWord.norm) && integer && !num.percent && (num.value <= 31 || (num.value >= 1000 && num.value <= 2100))) return true;
  if (isYear(num, tokens, masks, p, lang)) return true;
  // Numeric dates: "2026-03-03", "12.03.2026" (one token), "12/03/2026" (slashes between digits).
  if (mayBeNumericDate(tokens[p.from]!.norm) && NUMERIC_DATE.test(tokens[p.from]!.norm)) return true;
  if ((next?.norm === "/" && isDigitWord(tokens[p.to + 1])) || (prev?.norm === "/" && isDigitWord(tokens[p.from - 2]))) return true;
  // Durations, ages, times of day; also glued by a hyphen ("67-year-old", "10-day").
  if (!num.percent && lang.timeUnits.matchAt(tokens, p.to)) return true;
  const glued = tokens[p.to - 1]!;
  if (!num.percent && glued.end > num.end && glued.norm.includes("-") && lang.timeUnits.matchAt(tokenize(glued.norm.slice(glued.norm.indexOf("-") + 1).replace(/-/g, " ")), 0)) return true;
  if (next && !num.percent && (lang.clockWords.has(next.norm) || isClockMinutes(next.norm))) return true;
  if (next?.norm === ":" && isDigitWord(tokens[p.to + 1])) return true;
  // The minutes of "14 h 30".
  if (prev && lang.clockWords.has(prev.norm) && isDigitWord(tokens[p.from - 2]) && !num.percent) return true;
  if (prev?.norm === ":" && isDigitWord(tokens[p.from - 2])) return true;
  // Labels and names: "article 5", "n° 3".
  if (prevWord && lang.labelWords.has(prevWord.norm) && num.form === "digits" && !num.percent) return true;
  if (prev && (prev.norm === "#" || prev.norm === "°" || prev.norm === "n°")) return true;
  // Identifiers: more digits than any quantity a story reports.
  if (num.form === "digits" && Math.abs(num.value) >= 1e15) return true;
  if (num.form === "words") {
    // "un", "une", "a", "one": an article or a pronoun far more often than a count.
    if (num.value === 1 && num.subtype === "integer" && !(next && matchStarting(lang.nouns, NOUN, tokens, masks, p.to) && next.norm !== "of")) return true;
    if (num.value === 0 && !(next && matchStarting(lang.nouns, NOUN, tokens, masks, p.to))) return true;
    // "les deux pays", "the two sides": a small number that points back.
    if (num.value <= 10 && num.subtype === "integer" && prev && lang.referentialDeterminers.has(prev.norm) && num.magnitude === "exact") return true;
  }
  // Ranks: "parmi les 20 plus meurtriers", "the 10 largest".
  if (next && lang.rankWords.has(next.norm) && prev && lang.referentialDeterminers.has(prev.norm)) return true;
  return false;
}

/** "h30": the minutes of a time glued to its "h" (what /^h\d\d$/ tests). */
function isClockMinutes(norm: string): boolean {
  if (norm.length !== 3 || norm.charCodeAt(0) !== 104) return false;
  const a = norm.charCodeAt(1);
  const b = norm.charCodeAt(2);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
}

function isYear(num: NumberToken, tokens: readonly Token[], masks: CueMasks, p: PlacedNumber, lang: CompiledLanguage): boolean {
  if (num.form !== "digits" || num.percent || !Number.isInteger(num.value) || num.value < 1900 || num.value > 2100) return false;
  if (p.to - p.from !== 1 || tokens[p.from]!.end - tokens[p.from]!.start !== 4) return false;
  // A four-digit count is followed by what it counts or a unit.
  if (lang.unitsAfter.matchAt(tokens, p.to)) return false;
  const afterLinker = matchStarting(lang.nounLinkers, NOUN_LINKER, tokens, masks, p.to)?.to ?? p.to;
  if (matchStarting(lang.nouns, NOUN, tokens, masks, p.to) || (afterLinker > p.to && matchStarting(lang.nouns, NOUN, tokens, masks, afterLinker))) return false;
  return true;
}

/** Builds the quantities of one sentence from its placed numbers. */
export function readQuantities(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, numbers: readonly PlacedNumber[]): Quantity[] {
  const kept = numbers.filter((p) => !isNotAFigure(lang, tokens, masks, p));
  const out: Quantity[] = [];
  const consumed = new Set<PlacedNumber>();
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i]!;
    if (consumed.has(p)) continue;
    const next = kept[i + 1];
    const range = next ? tryRange(lang, tokens, p, next) : null;
    let q: Quantity;
    if (range && next) {
      consumed.add(next);
      q = range;
    } else {
      q = single(lang, tokens, p);
    }
    attachUnits(lang, tokens, q, range ? next!.num : p.num, range ? p.num : null);
    const base = kept[i + (range ? 2 : 1)];
    if (base && base.from >= q.to && !consumed.has(base)) absorbRateBase(lang, tokens, masks, q, base, consumed);
    out.push(q);
  }
  return out;
}

function single(lang: CompiledLanguage, tokens: readonly Token[], p: PlacedNumber): Quantity {
  const { num } = p;
  const q: Quantity = {
    start: num.start, end: num.end, from: p.from, to: p.to, numFrom: p.from, numTo: p.to,
    low: num.value, high: num.value, qualifier: "exact", unit: num.percent ? PERCENT : null, rateBase: null,
  };
  if (num.magnitude === "vague") {
    q.qualifier = "vague";
    q.high = null;
    const det = lang.vagueDeterminers.matchEndingAt(tokens, p.from, Math.max(0, p.from - 3));
    if (det) extendLeft(q, tokens, det.from);
  } else if (num.magnitude === "approx") {
    q.qualifier = "approx";
  }
  const before = lang.qualifiersBefore.matchEndingAt(tokens, q.from, Math.max(0, q.from - 6));
  if (before) {
    setQualifier(q, before.value, num.value);
    extendLeft(q, tokens, before.from);
  } else {
    const after = lang.qualifiersAfter.matchAt(tokens, p.to, Math.min(tokens.length, p.to + 4));
    if (after && !lang.unitsAfter.matchAt(tokens, p.to)) {
      setQualifier(q, after.value, num.value);
      extendRight(q, tokens, after.to);
    }
  }
  return q;
}

function setQualifier(q: Quantity, qualifier: Qualifier, value: number): void {
  if (q.qualifier === "vague" && qualifier === "approx") return;
  q.qualifier = qualifier;
  q.low = qualifier === "up_to" ? null : value;
  q.high = qualifier === "more_than" || qualifier === "vague" ? null : value;
}

function tryRange(lang: CompiledLanguage, tokens: readonly Token[], a: PlacedNumber, b: PlacedNumber): Quantity | null {
  if (b.from - a.to > 2 || b.from <= a.to - 1) return null;
  if (a.num.magnitude === "vague" || b.num.magnitude === "vague") return null;
  const between = tokens.slice(a.to, b.from);
  const opener = lang.rangeOpeners.matchEndingAt(tokens, a.from, Math.max(0, a.from - 2));
  let ok = false;
  let from = a.from;
  if (opener && between.length === 1 && opener.value.has(between[0]!.norm)) {
    ok = true;
    from = opener.from;
  } else if (between.length >= 1) {
    const joiner = lang.rangeJoiners.matchAt(tokens, a.to, b.from);
    ok = !!joiner && joiner.to === b.from;
  }
  if (!ok) return null;
  let low = a.num.value;
  const high = b.num.value;
  // "10 to 12 million", "25 à 30 %": the first number shares the second's scale or unit.
  if (a.num.form === "digits" && b.num.form !== "digits" && low > 0 && low * 1000 <= high) {
    let scale = 1;
    while (low * scale * 1000 <= high) scale *= 1000;
    low *= scale;
  }
  if (!(low < high)) return null;
  if (a.num.percent !== b.num.percent && a.num.percent) return null;
  const q: Quantity = {
    start: tokens[from]!.start, end: b.num.end, from, to: b.to, numFrom: b.from, numTo: b.to,
    low, high, qualifier: "range", unit: b.num.percent ? PERCENT : null, rateBase: null,
  };
  return q;
}

function attachUnits(lang: CompiledLanguage, tokens: readonly Token[], q: Quantity, last: NumberToken, first: NumberToken | null): void {
  if (!q.unit) {
    const after = lang.unitsAfter.matchAt(tokens, q.numTo, Math.min(tokens.length, q.numTo + 4));
    if (after && q.to <= after.from) {
      q.unit = after.value;
      if (after.value.scale) scaleBy(q, after.value.scale);
      extendRight(q, tokens, after.to);
    }
  }
  const head = first ?? last;
  const headFrom = q.from;
  const symbol = lang.unitsBefore.matchEndingAt(tokens, headFrom, Math.max(0, headFrom - 2));
  if (symbol && (!q.unit || q.unit.kind === "currency")) {
    q.unit = symbol.value;
    extendLeft(q, tokens, symbol.from);
    // "€450m": a scale letter glued to the amount.
    const suffix = tokens[q.to];
    const scale = suffix && suffix.start === tokens[q.to - 1]!.end ? lang.moneyScaleSuffixes.get(suffix.norm) : undefined;
    if (scale && q.to === q.numTo) {
      scaleBy(q, scale);
      extendRight(q, tokens, q.to + 1);
    }
    // A qualifier may stand before the symbol: "more than $5bn".
    const before = lang.qualifiersBefore.matchEndingAt(tokens, q.from, Math.max(0, q.from - 6));
    if (before && q.qualifier === "exact") {
      setQualifier(q, before.value, head.value);
      extendLeft(q, tokens, before.from);
    }
  }
  // A fraction standing for a share: "deux tiers" → 66.67 percent.
  if (!q.unit && last.subtype === "fraction" && Math.abs(last.value) <= 1) {
    q.unit = PERCENT;
    if (q.low !== null) q.low = round(q.low * 100);
    if (q.high !== null) q.high = round(q.high * 100);
  }
}

function scaleBy(q: Quantity, scale: number): void {
  if (q.low !== null) q.low *= scale;
  if (q.high !== null) q.high *= scale;
}

function absorbRateBase(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, q: Quantity, base: PlacedNumber, consumed: Set<PlacedNumber>): void {
  // "201 pour 100 000 habitants", "12 per 100,000 people": the base belongs to the rate.
  let i = q.to;
  const noun = matchStarting(lang.nouns, NOUN, tokens, masks, i);
  if (noun && noun.to - i <= 3) i = noun.to;
  const prep = lang.ratePrepositions.matchAt(tokens, i);
  if (!prep || prep.to !== base.from) return;
  const v = base.num.value;
  if (!(v >= 100 && Math.log10(v) % 1 === 0)) return;
  const baseNoun = matchStarting(lang.nouns, NOUN, tokens, masks, base.to);
  consumed.add(base);
  q.rateBase = `${v.toLocaleString("en-GB")}${baseNoun ? " " + baseNoun.value : ""}`;
  extendRight(q, tokens, baseNoun ? baseNoun.to : base.to);
}

function extendLeft(q: Quantity, tokens: readonly Token[], from: number): void {
  if (from < q.from) {
    q.from = from;
    q.start = tokens[from]!.start;
  }
}

function extendRight(q: Quantity, tokens: readonly Token[], to: number): void {
  if (to > q.to) {
    q.to = to;
    q.end = tokens[to - 1]!.end;
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
