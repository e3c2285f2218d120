/**
 * @module core/extract/event
 * What a figure is about, read from the syntax around it, strongest first:
 * 1. the event word that governs the figure as its complement, right before
 *    it ("a lancé près de 500 drones", "grown to 368,000 acres", "taux de
 *    participation de 60 %");
 * 2. the predicate of the figure as subject: an event after the figure and
 *    its noun reached through auxiliaries, adverbs or a relative pronoun
 *    ("4 000 auraient été blessés", "300 soldiers sent to … have been
 *    killed", "313 people who died"), never past another figure or clause;
 * 3. for an amount or a share, the event noun it is a share of ("14 % des
 *    voix", "£40bn of higher taxes");
 * 4. a participle or verb right after the figure's noun ("600 tués",
 *    "10 000 bâtiments détruits", "millions face famine");
 * 5. the event its counted noun carries by itself ("blessés", "deaths");
 * 6. a signed change ("+0,4 point") is an increase; an area or a length
 *    with no event of its own is an extent or a distance;
 * 7. else the nearest event word of the sentence.
 * A light verb that only says a value is reached ("atteint", "stood at",
 * "was recorded at") yields to the event noun it measures when one stands
 * just before it in the clause ("le déficit public atteint 5,8 %").
 * Each step is a bounded scan over tokens: linear in the sentence.
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { PhraseMatch } from "../phrase-set.js";
import type { Token } from "../text/tokens.js";
import { CLAUSE_BREAK, EVENT, matchStarting, type CueMasks } from "./cue-masks.js";
import type { CountedThing } from "./counted-thing.js";
import type { Quantity } from "./quantities.js";

/** Event mentions of a sentence, found once and shared by its figures. */
export interface SentenceEvents {
  readonly list: readonly PhraseMatch<string>[];
  /** startAt[i], endAt[i]: the event starting at token i, ending right before it (mentions never overlap, so one each). */
  readonly startAt: readonly (PhraseMatch<string> | undefined)[];
  readonly endAt: readonly (PhraseMatch<string> | undefined)[];
  /** The sentence's cue masks: which tokens may start a clause break. */
  readonly masks: CueMasks;
}

export function findEvents(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks): SentenceEvents {
  const list: PhraseMatch<string>[] = [];
  const startAt = new Array<PhraseMatch<string> | undefined>(tokens.length + 1);
  const endAt = new Array<PhraseMatch<string> | undefined>(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (!(masks[i]! & EVENT)) continue;
    const m = lang.events.matchAt(tokens, i);
    if (m) {
      list.push(m);
      startAt[m.from] = m;
      endAt[m.to] = m;
      i = m.to - 1;
    }
  }
  return { list, startAt, endAt, masks };
}

/**
 * The events of a sentence one figure may take: none inside the figure and
 * its counted noun. A view on the sentence's index, so no index is built per figure.
 */
class UsableEvents {
  constructor(
    private readonly events: SentenceEvents,
    private readonly from: number,
    private readonly right: number,
  ) {}

  has(e: PhraseMatch<string>): boolean {
    return e.to <= this.from || e.from >= this.right;
  }

  startingAt(j: number): PhraseMatch<string> | undefined {
    const e = this.events.startAt[j];
    return e && this.has(e) ? e : undefined;
  }

  endingAt(j: number): PhraseMatch<string> | undefined {
    const e = this.events.endAt[j];
    return e && this.has(e) ? e : undefined;
  }
}

/** English events that only say a value is reached or recorded: the measured noun before them is the event. */
const LIGHT: ReadonlySet<string> = new Set(["reached", "totalled", "recorded", "exceed", "estimated", "counted"]);
/** Units (as their English `counts`) whose bare figure is an extent or a distance. */
const AREAS: ReadonlySet<string> = new Set(["square kilometres", "square miles", "square metres", "acres", "hectares"]);
const LENGTHS: ReadonlySet<string> = new Set(["kilometres", "km", "miles", "metres"]);
/** Words a governing event word may stand before the figure at most. */
const LEFT_REACH = 4;
/** Tokens scanned after the figure's noun for its predicate. */
const RIGHT_REACH = 14;
/** Tokens scanned before a light verb for the noun it measures. */
const MEASURE_REACH = 8;

const QUOTES: ReadonlySet<string> = new Set(["«", "»", '"', "“", "”", "‘", "'", "„"]);

function isQuote(t: Token): boolean {
  return t.kind === "punct" && QUOTES.has(t.norm);
}

function isNumber(t: Token): boolean {
  const c = t.norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export function readEvent(lang: CompiledLanguage, tokens: readonly Token[], events: SentenceEvents, q: Quantity, thing: CountedThing): string | null {
  const nounEvent = nounEventOf(lang, tokens, thing);
  // The figure and its counted noun (with the adjectives between) are never their own verb.
  const right = Math.max(q.to, thing.nounTo);
  const usable = new UsableEvents(events, q.from, right);
  const { linked, bare } = predicate(lang, tokens, events.masks, usable, q, right);

  // 1. A governing event word right before the figure.
  const governor = governing(lang, tokens, usable, q.from);
  if (governor) return light(lang, tokens, events.masks, usable, governor, linked, nounEvent);

  // 2. The predicate of the figure as subject.
  if (linked) return light(lang, tokens, events.masks, usable, linked, linked, nounEvent);

  // 3. An amount or a share of an event noun.
  if (thing.nounAt < 0) {
    const share = shareOf(lang, tokens, usable, q.to);
    if (share) return share;
  }

  if (bare && !LIGHT.has(bare.value)) return bare.value;
  if (nounEvent) return nounEvent;
  if (bare) return light(lang, tokens, events.masks, usable, bare, linked, nounEvent);

  // 6. A signed change.
  const sign = tokens[q.from]?.norm;
  if (sign === "+") return "increase";

  // An area or a length restates the event before it ("ont brûlé 36 000 acres, soit 145 km2"), else states an extent or a distance.
  const measure = q.unit?.kind === "measure" ? (AREAS.has(q.unit.counts) ? "extent" : LENGTHS.has(q.unit.counts) ? "distance" : null) : null;

  // 7. The nearest event word of the sentence, not one that belongs to another figure's noun ("1,000 combat engineers").
  let best: PhraseMatch<string> | null = null;
  let bestDistance = Infinity;
  for (const e of events.list) {
    if (!usable.has(e) || (e.from > 0 && isNumber(tokens[e.from - 1]!))) continue;
    if (measure && e.from >= right) continue;
    const d = e.from >= right ? e.from - right : q.from - e.to;
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best ? best.value : measure;
}

/** A light verb yields to the noun it measures, else to the figure's own event (`linked` or its noun's). */
function light(
  lang: CompiledLanguage,
  tokens: readonly Token[],
  masks: CueMasks,
  usable: UsableEvents,
  e: PhraseMatch<string>,
  linked: PhraseMatch<string> | null,
  nounEvent: string | undefined,
): string {
  if (!LIGHT.has(e.value)) return e.value;
  const own = linked && linked !== e && !LIGHT.has(linked.value) ? linked.value : nounEvent;
  return measuredBy(lang, tokens, masks, usable, e) ?? own ?? e.value;
}

/** The event its counted noun carries: the whole noun, else its first or last word (head-initial or head-final languages). */
function nounEventOf(lang: CompiledLanguage, tokens: readonly Token[], thing: CountedThing): string | undefined {
  if (thing.nounAt < 0 || thing.nounTo <= thing.nounAt) return undefined;
  const first = tokens[thing.nounAt]!.norm;
  // Most counted nouns are one word: then the whole noun is its first and last word.
  if (thing.nounTo - thing.nounAt === 1) return lang.nounEvents.get(first);
  let whole = first;
  for (let i = thing.nounAt + 1; i < thing.nounTo; i++) whole += " " + tokens[i]!.norm;
  return lang.nounEvents.get(whole) ?? lang.nounEvents.get(first) ?? lang.nounEvents.get(tokens[thing.nounTo - 1]!.norm);
}

/** An event word ending right before the figure, past prepositions, auxiliaries and quotes only. */
function governing(lang: CompiledLanguage, tokens: readonly Token[], usable: UsableEvents, from: number): PhraseMatch<string> | null {
  let skipped = 0;
  for (let j = from; j > 0; j--) {
    const e = usable.endingAt(j);
    if (e) return e;
    const t = tokens[j - 1]!;
    if (isQuote(t)) continue;
    if (++skipped > LEFT_REACH) return null;
    if (!lang.eventPrepositions.has(t.norm) && !lang.eventAuxiliaries.has(t.norm)) return null;
  }
  return null;
}

/**
 * After the figure and its noun: the first event reached through auxiliaries,
 * adverbs or a relative pronoun (`linked`), and an event standing right
 * after the noun (`bare`, a participle or a verb). Stops at another figure,
 * at punctuation and at a clause break (a relative pronoun right after the
 * noun opens the figure's own clause).
 */
function predicate(
  lang: CompiledLanguage,
  tokens: readonly Token[],
  masks: CueMasks,
  usable: UsableEvents,
  q: Quantity,
  right: number,
): { linked: PhraseMatch<string> | null; bare: PhraseMatch<string> | null } {
  let i = right;
  // A figure in parentheses shares the predicate of the noun it stands beside: "les victimes (9 757) ont été recensées".
  if (tokens[i]?.norm === ")" && q.from > 0 && tokens[q.from - 1]!.norm === "(") i++;
  while (i < tokens.length && isQuote(tokens[i]!)) i++;
  let bare: PhraseMatch<string> | null = null;
  let aux = false;
  for (let j = i; j < tokens.length && j < i + RIGHT_REACH; ) {
    const t = tokens[j]!;
    const e = usable.startingAt(j);
    if (e) {
      if (aux || lang.eventAuxiliaries.has(t.norm)) return { linked: e, bare };
      if (j === i) bare = e;
      aux = false;
      j = e.to;
      continue;
    }
    if (isQuote(t)) {
      j++;
      continue;
    }
    if (isNumber(t) || t.kind === "punct") break;
    if (j > i && matchStarting(lang.clauseBreaks, CLAUSE_BREAK, tokens, masks, j)) break;
    if (lang.eventAuxiliaries.has(t.norm)) {
      aux = true;
      j++;
      continue;
    }
    aux = false;
    j++;
  }
  return { linked: null, bare };
}

/** "14 % des voix", "£40bn of higher taxes": the event noun an amount or a share is taken of. */
function shareOf(lang: CompiledLanguage, tokens: readonly Token[], usable: UsableEvents, to: number): string | null {
  let j = to;
  if (j >= tokens.length || !lang.eventPrepositions.has(tokens[j]!.norm)) return null;
  while (j < tokens.length && j < to + 3 && lang.eventPrepositions.has(tokens[j]!.norm)) j++;
  const t = tokens[j];
  if (!t) return null;
  const e = usable.startingAt(j);
  if (e && !LIGHT.has(e.value)) return e.value;
  return lang.nounEvents.get(t.norm) ?? null;
}

/** The event noun a light verb measures: the nearest other event before it in its clause. */
function measuredBy(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, usable: UsableEvents, verb: PhraseMatch<string>): string | null {
  for (let j = verb.from; j > 0 && j > verb.from - MEASURE_REACH; j--) {
    const e = usable.endingAt(j);
    if (e && !LIGHT.has(e.value)) return e.value;
    const t = tokens[j - 1]!;
    if ((t.kind === "punct" && !isQuote(t)) || matchStarting(lang.clauseBreaks, CLAUSE_BREAK, tokens, masks, j - 1)) return null;
  }
  return null;
}
