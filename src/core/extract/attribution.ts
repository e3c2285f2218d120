/**
 * @module core/extract/attribution
 * Who a figure is attributed to. A sentence names its source with a
 * phrase before it ("selon le NIS", "according to the UN") or with a verb
 * of saying whose subject stands before it ("officials said") or after it
 * when inverted (", a déclaré le président russe"). Pronouns and anaphoric
 * nouns ("il", "the note") stand for the source named before; impersonal
 * heads ("un dernier bilan", "the death toll") name none.
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { Token } from "../text/tokens.js";

export interface Attribution {
  /** Token index of the cue (for choosing the nearest one). */
  readonly at: number;
  /** The source as written, or null when impersonal. */
  readonly source: string | null;
  /** The source is a pronoun or "the report": resolve to the one named before. */
  readonly anaphoric: boolean;
}

const MAX_SOURCE_WORDS = 9;
const HARD_STOPS = new Set([",", ".", ";", ":", "(", ")", "«", "»", '"', "“", "”", "!", "?", "—", "–", "[", "]"]);

export function findAttributions(lang: CompiledLanguage, tokens: readonly Token[], text: string): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = lang.sourceBefore.matchAt(tokens, i);
    if (before) {
      const np = readForward(lang, tokens, before.to);
      if (np) out.push(describe(lang, tokens, text, i, np.from, np.to));
      i = before.to - 1;
      continue;
    }
    const verb = lang.sayingVerbs.matchAt(tokens, i);
    if (verb) {
      const attribution = subjectOf(lang, tokens, text, verb.from, verb.to);
      if (attribution) out.push(attribution);
      i = verb.to - 1;
    }
  }
  return out;
}

function subjectOf(lang: CompiledLanguage, tokens: readonly Token[], text: string, verbFrom: number, verbTo: number): Attribution | null {
  // Skip auxiliaries and adverbs back to the subject: "a également indiqué", "has also said".
  let j = verbFrom;
  while (j > 0 && lang.auxiliaries.has(tokens[j - 1]!.norm)) j--;
  const inverted = j === 0 || HARD_STOPS.has(tokens[j - 1]!.norm) || /-t-(il|elle|ils|elles)$|^(a|ont)-(il|elle|ils|elles)$/.test(tokens[j - 1]?.norm ?? "");
  const hyphenPronoun = /-(t-)?(il|elle|ils|elles|on)$/.test(tokens[verbFrom - 1]?.norm ?? "") || /-(t-)?(il|elle|ils|elles|on)$/.test(tokens[verbFrom]?.norm ?? "");
  if (hyphenPronoun) return { at: verbFrom, source: null, anaphoric: true };
  if (inverted) {
    const np = readForward(lang, tokens, verbTo);
    return np ? describe(lang, tokens, text, verbFrom, np.from, np.to) : null;
  }
  const np = readBackward(lang, tokens, j);
  return np ? describe(lang, tokens, text, verbFrom, np.from, np.to) : null;
}

function readForward(lang: CompiledLanguage, tokens: readonly Token[], from: number): { from: number; to: number } | null {
  let i = from;
  while (i < tokens.length && i - from < MAX_SOURCE_WORDS) {
    const t = tokens[i]!;
    if (HARD_STOPS.has(t.norm)) break;
    if (i > from && lang.sourceStops.has(t.norm)) break;
    if (/^\d/.test(t.norm)) break;
    i++;
  }
  return i > from ? trimDeterminers(lang, tokens, from, i) : null;
}

function readBackward(lang: CompiledLanguage, tokens: readonly Token[], to: number): { from: number; to: number } | null {
  let i = to;
  while (i > 0 && to - i < MAX_SOURCE_WORDS) {
    const t = tokens[i - 1]!;
    if (HARD_STOPS.has(t.norm)) break;
    if (lang.sourceStops.has(t.norm)) break;
    if (/^\d/.test(t.norm)) break;
    i--;
  }
  return i < to ? trimDeterminers(lang, tokens, i, to) : null;
}

function trimDeterminers(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): { from: number; to: number } | null {
  let f = from;
  while (f < to && (lang.sourceDeterminers.has(tokens[f]!.norm) || tokens[f]!.kind === "punct")) f++;
  let t = to;
  while (t > f && tokens[t - 1]!.kind === "punct" && tokens[t - 1]!.norm !== ")") t--;
  return t > f ? { from: f, to: t } : null;
}

function describe(lang: CompiledLanguage, tokens: readonly Token[], text: string, at: number, from: number, to: number): Attribution {
  const impersonal = lang.impersonalSources.matchAt(tokens, from, to) ?? impersonalWithDeterminer(lang, tokens, from, to);
  if (impersonal) return { at, source: null, anaphoric: false };
  const anaphoric = lang.anaphoricSources.matchAt(tokens, from, to) ?? lang.anaphoricSources.matchAt(tokens, Math.max(0, from - 1), to);
  const whole = !!anaphoric && anaphoric.to >= to;
  const source = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  return { at, source, anaphoric: whole };
}

function impersonalWithDeterminer(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number) {
  // "un dernier bilan": the determiner was trimmed, the adjective was not.
  for (let i = from; i < Math.min(to, from + 3); i++) {
    const m = lang.impersonalSources.matchAt(tokens, i, to);
    if (m) return m;
  }
  return null;
}

/** The attribution that governs a figure at token `at`: the nearest one in its sentence. */
export function nearestAttribution(attributions: readonly Attribution[], at: number): Attribution | null {
  let best: Attribution | null = null;
  for (const a of attributions) {
    if (!best || Math.abs(a.at - at) < Math.abs(best.at - at)) best = a;
  }
  return best;
}
