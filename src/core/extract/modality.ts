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
import type { Modality } from "../types.js";
import type { Quantity } from "./quantities.js";

const WINDOW = 40;

export interface Cue {
  readonly modality: Modality;
  readonly at: number;
}

/** The clause around tokens [from, to): bounded by clause breaks. */
export function clauseOf(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): { from: number; to: number } {
  // Bounded: a cue further than WINDOW tokens away governs nothing here, and the cost stays linear.
  let a = from;
  while (a > 0 && from - a < WINDOW && !lang.clauseBreaks.matchEndingAt(tokens, a, a - 1)) a--;
  let b = to;
  while (b < tokens.length && b - to < WINDOW && !lang.clauseBreaks.matchAt(tokens, b, b + 1)) b++;
  return { from: a, to: b };
}

function cuesIn(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const denied = lang.deniedCues.matchAt(tokens, i, to);
    if (denied) {
      cues.push({ modality: "denied", at: i });
      continue;
    }
    const possible = lang.possibleCues.matchAt(tokens, i, to);
    if (possible) {
      // A modal before a verb of state hedges a fact: "could be closer to", "pourraient être imputables".
      const nextWord = tokens[possible.to];
      // …unless a participle follows: "pourraient être envoyés", "could be sent" is a passive act, still to come.
      const isState = !!nextWord && lang.stateVerbs.has(nextWord.norm) && !isParticiple(lang, tokens[possible.to + 1]);
      cues.push({ modality: isState ? "unconfirmed" : "possible", at: i });
      i = possible.to - 1;
      continue;
    }
    const unconfirmed = lang.unconfirmedCues.matchAt(tokens, i, to);
    if (unconfirmed) {
      cues.push({ modality: "unconfirmed", at: i });
      i = unconfirmed.to - 1;
      continue;
    }
    if (isConditional(lang, tokens[i]!)) cues.push({ modality: "unconfirmed", at: i });
  }
  return cues;
}

function isParticiple(lang: CompiledLanguage, t: Token | undefined): boolean {
  return !!t && t.kind === "word" && lang.participleEndings.some((e) => t.norm.length > e.length + 2 && t.norm.endsWith(e));
}

/** "les 10000 soldats entrés en Russie": a participle right after the counted noun states the fact as given. */
function hasGivenParticiple(lang: CompiledLanguage, tokens: readonly Token[], nounTo: number): boolean {
  if (nounTo <= 0) return false;
  let i = nounTo;
  if (lang.places.matchAt(tokens, i)) i = lang.places.matchAt(tokens, i)!.to;
  if (lang.factualCues.matchAt(tokens, i)) return true;
  return isParticiple(lang, tokens[i]) && !!lang.events.matchAt(tokens, i) && !lang.possibleCues.matchAt(tokens, i) && !lang.unconfirmedCues.matchAt(tokens, i);
}

function isConditional(lang: CompiledLanguage, t: Token): boolean {
  if (t.kind !== "word" || t.norm.length < 6 || lang.conditionalExceptions.has(t.norm)) return false;
  return lang.conditionalEndings.some((e) => t.norm.endsWith(e));
}

function hasFactualCue(lang: CompiledLanguage, tokens: readonly Token[], q: Quantity, nounTo: number): boolean {
  const from = Math.max(0, q.from - 2);
  const to = Math.min(tokens.length, Math.max(q.to, nounTo) + 4);
  for (let i = from; i < to; i++) if (lang.factualCues.matchAt(tokens, i, to)) return true;
  return false;
}

/** The modality cues of a sentence, found once and shared by its figures. */
export function findModalityCues(lang: CompiledLanguage, tokens: readonly Token[]): readonly Cue[] {
  return cuesIn(lang, tokens, 0, tokens.length);
}

const within = (cues: readonly Cue[], from: number, to: number): Cue[] => cues.filter((c) => c.at >= from && c.at < to);

export function readModality(lang: CompiledLanguage, tokens: readonly Token[], sentenceCues: readonly Cue[], q: Quantity, nounTo: number): Modality {
  const clause = clauseOf(lang, tokens, q.from, q.to);
  let cues = within(sentenceCues, clause.from, clause.to);
  if (cues.some((c) => c.modality === "denied")) return "denied";
  if (hasFactualCue(lang, tokens, q, nounTo) || hasGivenParticiple(lang, tokens, nounTo)) return "stated";
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
