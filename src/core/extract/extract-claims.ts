/**
 * @module core/extract/extract-claims
 * The extraction pipeline for one text: numbers (one pass over the whole
 * text) → sentences → per sentence with a number: tokens, quantities, and
 * for each quantity what it counts, its subject, event, source and
 * modality. Attribution is carried inside a paragraph while the text goes
 * on reporting the same source.
 */
import type { CompiledLanguage } from "../compile-language.js";
import { readNumbers, type NumberToken } from "../number-reader.js";
import { segmentSentences, type Sentence } from "../text/sentences.js";
import { hasKeyWord, tokenize, type Token } from "../text/tokens.js";
import type { FigureClaim } from "../types.js";
import { cueMasks, type CueMasks } from "./cue-masks.js";
import { findAttributions, nearestAttribution, type Attribution } from "./attribution.js";
import { readCountedThing, readSubject, type CountedThing } from "./counted-thing.js";
import { findEvents, readEvent } from "./event.js";
import { findModalityCues, readModality } from "./modality.js";
import { readOwner } from "./owner.js";
import { placeNumbers, readQuantities, type Quantity } from "./quantities.js";

export interface ExtractOptions {
  readonly article: string;
  readonly in: "body" | "title";
  /** Filled, claim by claim, with the name each figure belongs to (extract/owner), for track resolution. */
  readonly owners?: (string | null)[];
}

/** Claims of one text, in text order. */
export function extractClaims(lang: CompiledLanguage, text: string, options: ExtractOptions): FigureClaim[] {
  const numbers = readNumbers(text, lang.data.numbers);
  if (!numbers.length) return [];
  const sentences = segmentSentences(text, lang.abbreviations);
  const claims: FigureClaim[] = [];
  let n = 0;
  let paragraph = -1;
  let carried: string | null = null;
  // Pronouns and "the report" point back to the last source named, even across paragraphs.
  let lastNamedInArticle: string | null = null;
  // A quotation may run over several sentences and paragraphs: its speaker goes with it.
  let quoteOpen = false;
  let quoteSpeaker: string | null = null;
  const quotes = new QuoteMarks(text);
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      carried = null;
    }
    // Past the last number, nothing read can change a claim.
    if (n >= numbers.length) break;
    // The sentence's numbers: those before its end, less any before its start (in the space between sentences).
    let from = n;
    while (n < numbers.length && numbers[n]!.start < sentence.end) n++;
    while (from < n && numbers[from]!.start < sentence.start) from++;
    const hasFigures = from < n;
    // A sentence with no figure matters only for whom it names; most name no one, and are not tokenized.
    const mayName = hasFigures || hasKeyWord(text, sentence.start, sentence.end, lang.attributionKeyWords);
    const tokens = mayName ? tokenize(text, sentence.start, sentence.end) : NO_TOKENS;
    const masks = mayName ? cueMasks(lang, tokens) : NO_MASKS;
    const own: readonly Attribution[] = mayName ? resolveAnaphora(findAttributions(lang, tokens, masks, text), carried ?? lastNamedInArticle) : NO_ATTRIBUTIONS;
    const named = lastNamed(own);
    const startsInQuote = quoteOpen;
    quoteOpen = quotes.stateAfter(sentence.end, quoteOpen);
    let fallback: string | null = carried;
    if (!own.length) {
      if (startsInQuote && quoteSpeaker) fallback = quoteSpeaker;
      // "Dans le détail, …", "The note says": the text goes on with the report named before.
      else if (!fallback && lang.continuationCues.matchAt(tokens, firstWord(tokens))) fallback = lastNamedInArticle;
    }
    if (hasFigures) claims.push(...claimsOfSentence(lang, text, sentence, tokens, masks, numbers.slice(from, n), own, fallback, options));
    carried = own.length ? (named ?? carried) : fallback;
    if (named) lastNamedInArticle = named;
    if (quoteOpen && !startsInQuote) quoteSpeaker = named ?? carried;
    if (!quoteOpen) quoteSpeaker = null;
  }
  return claims;
}

// What a sentence that is not tokenized has: no tokens, no cues, no attributions.
const NO_TOKENS: readonly Token[] = [];
const NO_MASKS: CueMasks = new Uint8Array(0);
const NO_ATTRIBUTIONS: readonly Attribution[] = [];

function firstWord(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.kind === "punct") i++;
  return i;
}

/**
 * The quotation marks of a text, read in order, sentence after sentence, each found when the reading
 * reaches it: the text past the last figure is never searched.
 */
class QuoteMarks {
  /** Where the next mark stands (Infinity: there is none). */
  private nextAt: number;

  constructor(private readonly text: string) {
    this.nextAt = this.markFrom(0);
  }

  /** Whether a quotation is open after `end`, given the state at the previous call ("«…»", "“…”", straight quotes toggle). */
  stateAfter(end: number, open: boolean): boolean {
    let state = open;
    while (this.nextAt < end) {
      const c = this.text.charCodeAt(this.nextAt);
      if (c === 0xab || c === 0x201c) state = true;
      else if (c === 0xbb || c === 0x201d) state = false;
      else state = !state;
      this.nextAt = this.markFrom(this.nextAt + 1);
    }
    return state;
  }

  /** The first mark at or after `from`: `test` builds no match object and leaves lastIndex past the mark (one code unit). */
  private markFrom(from: number): number {
    QUOTE_MARKS.lastIndex = from;
    return QUOTE_MARKS.test(this.text) ? QUOTE_MARKS.lastIndex - 1 : Infinity;
  }
}

const QUOTE_MARKS = /["«»“”]/g;

/** A pronoun takes the name before it; a description keeps its words and adds the name: "US media (CNN)". */
function resolveAnaphora(attributions: readonly Attribution[], carried: string | null): readonly Attribution[] {
  if (!hasAnaphora(attributions)) return attributions;
  return attributions.map((a) => {
    if (!a.anaphoric) return a;
    const source = a.source && carried && a.source !== carried ? `${a.source} (${carried})` : (carried ?? a.source);
    return { ...a, source, anaphoric: false };
  });
}

/** How many joining words may stand between two coordinated figures ("tens and then hundreds of…"). */
const MAX_JOINERS = 3;

/**
 * Coordinated figures share what the last one counts: "tens and then
 * hundreds of thousands of acres", "des dizaines, voire des centaines de
 * morts". A figure with no noun of its own takes the next one's when only
 * joining words (and a comma) stand between them.
 */
function sharedThing(lang: CompiledLanguage, tokens: readonly Token[], quantities: readonly Quantity[], things: readonly CountedThing[], k: number): CountedThing {
  const own = things[k]!;
  const next = quantities[k + 1];
  const joiners = lang.data.numbers.coordinators;
  if (!next || !joiners || quantities[k]!.qualifier !== "vague") return own;
  const from = quantities[k]!.to;
  // Its own noun counts unless it was read from the joining words ("des dizaines puis…" is no noun "puis").
  if (own.counts !== null && !(own.nounAt >= from && own.nounAt < next.from)) return own;
  if (next.from <= from || next.from - from > MAX_JOINERS + 1) return own;
  let words = 0;
  for (let i = from; i < next.from; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" ? t.norm !== "," || i !== from : !joiners.has(t.norm)) return own;
    if (t.kind === "word") words++;
  }
  return words > 0 && things[k + 1]!.counts !== null ? things[k + 1]! : own;
}

function hasAnaphora(attributions: readonly Attribution[]): boolean {
  for (const a of attributions) if (a.anaphoric) return true;
  return false;
}

function lastNamed(attributions: readonly Attribution[]): string | null {
  for (let i = attributions.length - 1; i >= 0; i--) if (attributions[i]!.source) return attributions[i]!.source;
  return null;
}

function claimsOfSentence(
  lang: CompiledLanguage,
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  masks: CueMasks,
  numbers: readonly NumberToken[],
  attributions: readonly Attribution[],
  carried: string | null,
  options: ExtractOptions,
): FigureClaim[] {
  const placed = placeNumbers(tokens, numbers);
  const quantities = readQuantities(lang, tokens, masks, placed);
  if (!quantities.length) return [];
  const events = findEvents(lang, tokens, masks);
  const cues = findModalityCues(lang, tokens, masks);
  const things = quantities.map((q) => readCountedThing(lang, tokens, masks, q, text));
  return quantities.map((q, k) => {
    const thing = sharedThing(lang, tokens, quantities, things, k);
    options.owners?.push(readOwner(lang, tokens, masks, q, k > 0 ? quantities[k - 1]!.to : 0, text, attributions));
    const attribution = nearestAttribution(attributions, q.from);
    const source = attribution ? attribution.source : carried;
    const event = readEvent(lang, tokens, events, q, thing);
    return {
      article: options.article,
      in: options.in,
      start: q.start,
      end: q.end,
      mention: text.slice(q.start, q.end),
      low: q.low,
      high: q.high,
      qualifier: q.qualifier,
      counts: thing.counts,
      subject: readSubject(lang, tokens, masks, q, thing, attributions, event),
      event,
      source,
      modality: readModality(lang, tokens, cues, q, thing.nounTo),
      track: null,
      sentence: { start: sentence.start, end: sentence.end },
    };
  });
}
