/**
 * @module core/extract/modality
 * The status of the counted event, not of the verb of saying (spec):
 * denied, possible (not yet done: could, plans, French conditionnel of a
 * future act), unconfirmed (a hedge on a past or present fact: reportedly,
 * "aurait déployé", "could be closer to"), else stated. Cues are read in the
 * figure's clause first, then in its sentence.
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { Token } from "../text/tokens.js";
import { CLAUSE_BREAK, EVENT, FACTUAL, mayStart, matchStarting, MODALITY, PLACE, type CueMasks } from "./cue-masks.js";
import type { Modality } from "../types.js";
import type { Quantity } from "./quantities.js";

const WINDOW = 40;

export interface Cue {
  readonly modality: Modality;
  readonly at: number;
}

/** The clause around tokens [from, to): bounded by clause breaks, found once per sentence. */
export function clauseOf(breaks: SentenceBreaks, tokens: readonly Token[], from: number, to: number): { from: number; to: number } {
  // Bounded: a cue further than WINDOW tokens away governs nothing here, and the cost stays linear.
  let a = from;
  while (a > 0 && from - a < WINDOW && !breaks.endsAt[a]) a--;
  let b = to;
  while (b < tokens.length && b - to < WINDOW && !breaks.startsAt[b]) b++;
  return { from: a, to: b };
}

export interface SentenceBreaks {
  /** endsAt[i]: a clause break ends right before token i. */
  readonly endsAt: readonly boolean[];
  /** startsAt[i]: a clause break starts at token i. */
  readonly startsAt: readonly boolean[];
}

function findBreaks(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks): SentenceBreaks {
  let breaks: { endsAt: boolean[]; startsAt: boolean[] } | null = null;
  // Breaks are single words or marks ("qui", ";", "while").
  for (let i = 0; i < tokens.length; i++) {
    if (masks[i]! & CLAUSE_BREAK && lang.clauseBreaks.matchAt(tokens, i, i + 1)) {
      breaks ??= { endsAt: new Array<boolean>(tokens.length + 1).fill(false), startsAt: new Array<boolean>(tokens.length + 1).fill(false) };
      breaks.startsAt[i] = true;
      breaks.endsAt[i + 1] = true;
    }
  }
  return breaks ?? NO_BREAKS;
}

/** A sentence of one clause: every index reads as no break. */
const NO_BREAKS: SentenceBreaks = { endsAt: [], startsAt: [] };

function cuesIn(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const cue = masks[i]! & MODALITY ? lang.modalityCues.matchAt(tokens, i, to) : null;
    if (!cue) {
      if (isConditional(lang, tokens[i]!)) cues.push({ modality: "unconfirmed", at: i });
      continue;
    }
    if (cue.value === "possible") {
      // A modal before a verb of state hedges a fact: "could be closer to", "pourraient être imputables"…
      const nextWord = tokens[cue.to];
      // …unless a participle follows: "pourraient être envoyés", "could be sent" is a passive act, still to come.
      const isState = !!nextWord && lang.stateVerbs.has(nextWord.norm) && !isParticiple(lang, tokens[cue.to + 1]);
      cues.push({ modality: isState ? "unconfirmed" : "possible", at: i });
    } else {
      cues.push({ modality: cue.value, at: i });
    }
    if (cue.value !== "denied") i = cue.to - 1;
  }
  return cues;
}

function isParticiple(lang: CompiledLanguage, t: Token | undefined): boolean {
  return !!t && t.kind === "word" && endsWithAny(t.norm, lang.participleEndings, 2);
}

/** Whether `word` ends with one of `endings` and keeps more than `stem` letters before it (a loop: called per token, no closure). */
function endsWithAny(word: string, endings: readonly string[], stem: number): boolean {
  for (const e of endings) if (word.length > e.length + stem && word.endsWith(e)) return true;
  return false;
}

/** "les 10000 soldats entrés en Russie": a participle right after the counted noun states the fact as given. */
function hasGivenParticiple(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, nounTo: number): boolean {
  if (nounTo <= 0) return false;
  let i = nounTo;
  const place = matchStarting(lang.places, PLACE, tokens, masks, i);
  if (place) i = place.to;
  if (matchStarting(lang.factualCues, FACTUAL, tokens, masks, i)) return true;
  if (!isParticiple(lang, tokens[i]) || !mayStart(masks, i, EVENT) || !lang.events.matchAt(tokens, i)) return false;
  return !mayStart(masks, i, MODALITY) || (!lang.possibleCues.matchAt(tokens, i) && !lang.unconfirmedCues.matchAt(tokens, i));
}

function isConditional(lang: CompiledLanguage, t: Token): boolean {
  if (t.kind !== "word" || t.norm.length < 6 || lang.conditionalExceptions.has(t.norm)) return false;
  // A stem of -1 asks nothing more than the ending itself.
  return endsWithAny(t.norm, lang.conditionalEndings, -1);
}

function hasFactualCue(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, q: Quantity, nounTo: number): boolean {
  const from = Math.max(0, q.from - 2);
  const to = Math.min(tokens.length, Math.max(q.to, nounTo) + 4);
  for (let i = from; i < to; i++) if (matchStarting(lang.factualCues, FACTUAL, tokens, masks, i, to)) return true;
  return false;
}

/** The modality cues and clause breaks of a sentence, found once and shared by its figures. */
export interface SentenceModality {
  readonly cues: readonly Cue[];
  readonly breaks: SentenceBreaks;
  /** The sentence's cue masks: which tokens may start a factual cue, a place, an event. */
  readonly masks: CueMasks;
}

export function findModalityCues(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks): SentenceModality {
  return { cues: cuesIn(lang, tokens, masks, 0, tokens.length), breaks: findBreaks(lang, tokens, masks), masks };
}

const within = (cues: readonly Cue[], from: number, to: number): Cue[] => cues.filter((c) => c.at >= from && c.at < to);

export function readModality(lang: CompiledLanguage, tokens: readonly Token[], sentence: SentenceModality, q: Quantity, nounTo: number): Modality {
  const sentenceCues = sentence.cues;
  const clause = clauseOf(sentence.breaks, tokens, q.from, q.to);
  let cues = within(sentenceCues, clause.from, clause.to);
  if (cues.some((c) => c.modality === "denied")) return "denied";
  if (hasFactualCue(lang, tokens, sentence.masks, q, nounTo) || hasGivenParticiple(lang, tokens, sentence.masks, nounTo)) return "stated";
  if (!cues.length) {
    // The governing verb may stand before the clause ("La Corée pourrait, selon X, envoyer …").
    cues = within(sentenceCues, Math.max(0, clause.from - WINDOW), clause.from);
    if (cues.some((c) => c.modality === "denied")) return "denied";
  }
  if (!cues.length) return "stated";
  // The cue nearest to the figure decides.
  let best = cues[0]!;
  for (const c of cues) if (Math.abs(c.at - q.from) < Math.abs(best.at - q.from)) best = c;
  return best.modality;
}
