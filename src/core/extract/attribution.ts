/**
 * @module core/extract/attribution
 * Who a figure is attributed to. A sentence names its source with a
 * phrase before it ("selon le NIS", "according to the UN") or with a verb
 * of saying whose subject stands before it ("officials said") or after it
 * when inverted (", a déclaré le président russe"). Pronouns and anaphoric
 * nouns ("il", "the note") stand for the source named before; impersonal
 * heads ("un dernier bilan", "the death toll") name none.
 */
import type { AttributionCue, CompiledLanguage } from "../compile-language.js";
import type { PhraseMatch } from "../phrase-set.js";
import { startsWithDigit, type Token } from "../text/tokens.js";
import { ATTRIBUTION, type CueMasks } from "./cue-masks.js";
import { nameSource } from "./source-name.js";

export interface Attribution {
  /** Token index of the cue (for choosing the nearest one). */
  readonly at: number;
  /** The source as written, or null when impersonal. */
  readonly source: string | null;
  /** The source is a pronoun or "the report": resolve to the one named before. */
  readonly anaphoric: boolean;
  /** Token span of the source's words (a place named there is the source's, not the figure's). */
  readonly from: number;
  readonly to: number;
}

const MAX_SOURCE_WORDS = 12;
const HARD_STOPS = new Set([",", ".", ";", ":", "(", ")", "«", "»", '"', "“", "”", "'", "‘", "!", "?", "—", "–", "[", "]"]);

export function findAttributions(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, text: string): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(masks[i]! & ATTRIBUTION)) continue;
    const cue = lang.attributionCues.matchAt(tokens, i);
    if (!cue) continue;
    const attribution = attributionAt(lang, tokens, text, cue);
    if (attribution) out.push(attribution);
    // An ambiguous word that is not a verb here ("the reports") does not hide what follows it.
    if (cue.value !== "ambiguous" || attribution) i = cue.to - 1;
  }
  return out;
}

function attributionAt(lang: CompiledLanguage, tokens: readonly Token[], text: string, cue: PhraseMatch<AttributionCue>): Attribution | null {
  const i = cue.from;
  switch (cue.value) {
    case "before": {
      const np = readForward(lang, tokens, cue.to);
      return np ? describe(lang, tokens, text, i, np.from, np.to) : null;
    }
    case "gerund": {
      // "l'Insee a mis fin aux spéculations en révélant que…": the speaker is the clause's subject;
      // ", saying …": the subject is in the clause before the comma.
      let k = i;
      if (k > 1 && tokens[k - 1]!.norm === ",") k--;
      while (k > 0 && !HARD_STOPS.has(tokens[k - 1]!.norm)) k--;
      const np = readForward(lang, tokens, k);
      return np && np.to <= i ? describe(lang, tokens, text, i, np.from, np.to) : null;
    }
    case "ambiguous":
      return isVerbHere(lang, tokens, cue.to) ? subjectOf(lang, tokens, text, cue.from, cue.to) : null;
    case "verb":
      return subjectOf(lang, tokens, text, cue.from, cue.to);
  }
}

/** "estimates that…", "estimates the toll at…": followed by a clause or an object, the word is a verb. */
function isVerbHere(lang: CompiledLanguage, tokens: readonly Token[], next: number): boolean {
  const t = tokens[next];
  return !!t && (lang.ambiguousVerbFollowers.has(t.norm) || startsWithDigit(t.norm));
}

function subjectOf(lang: CompiledLanguage, tokens: readonly Token[], text: string, verbFrom: number, verbTo: number): Attribution | null {
  // Skip auxiliaries and adverbs back to the subject: "a également indiqué", "has also said".
  let j = verbFrom;
  for (;;) {
    while (j > 0 && lang.auxiliaries.has(tokens[j - 1]!.norm)) j--;
    // ", however,": step over an aside between commas.
    if (j < 2 || tokens[j - 1]!.norm !== ",") break;
    const aside = lang.asides.matchEndingAt(tokens, j - 1, Math.max(0, j - 5));
    if (aside && tokens[aside.from - 1]?.norm === ",") {
      j = aside.from - 1;
      continue;
    }
    const relative = relativeAsideStart(lang, tokens, j - 1);
    if (relative < 0) break;
    j = relative;
  }
  // A verb of saying at the head of a sentence is an adjective or a title ("Detailed statistics…"), not an attribution.
  if (j === 0 || (j === 1 && tokens[0]!.kind === "punct")) return null;
  const inverted = (HARD_STOPS.has(tokens[j - 1]!.norm) && tokens[j - 1]!.norm !== ")") || /-t-(il|elle|ils|elles)$|^(a|ont)-(il|elle|ils|elles)$/.test(tokens[j - 1]?.norm ?? "");
  const hyphenPronoun = /-(t-)?(il|elle|ils|elles|on)$/.test(tokens[verbFrom - 1]?.norm ?? "") || /-(t-)?(il|elle|ils|elles|on)$/.test(tokens[verbFrom]?.norm ?? "");
  if (hyphenPronoun) return { at: verbFrom, source: null, anaphoric: true, from: verbFrom, to: verbFrom };
  if (inverted) {
    const np = readForward(lang, tokens, verbTo);
    return np ? describe(lang, tokens, text, verbFrom, np.from, np.to) : null;
  }
  const np = readBackward(lang, tokens, j);
  return np ? describe(lang, tokens, text, verbFrom, np.from, np.to) : null;
}

/** How many tokens a relative aside between a subject and its verb may hold. */
const MAX_RELATIVE_ASIDE = 16;

/**
 * The comma opening a relative aside that the comma at `close` ends
 * (", which shot down 70 of them,"), or -1: the subject stands before it.
 */
function relativeAsideStart(lang: CompiledLanguage, tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k > 0 && close - k <= MAX_RELATIVE_ASIDE; k--) {
    if (!HARD_STOPS.has(tokens[k]!.norm)) continue;
    return tokens[k]!.norm === "," && lang.relativeAsides.has(tokens[k + 1]?.norm ?? "") ? k : -1;
  }
  return -1;
}

function isPastParticiple(lang: CompiledLanguage, t: Token): boolean {
  return lang.verbEndingsInNames.some((e) => t.norm.length > e.length + 3 && t.norm.endsWith(e));
}

/** "Korea's": an apostrophe between a word and "s" is a possessive, not a quote. */
function isPossessive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (t.norm === "'" || t.norm === "’") && tokens[i + 1]?.norm === "s" && tokens[i - 1]?.kind === "word" && tokens[i + 1]!.start === t.end;
}

function readForward(lang: CompiledLanguage, tokens: readonly Token[], start: number): { from: number; to: number } | null {
  let from = start;
  // ", a détaillé dans un communiqué cette ONG": step over a leading prepositional phrase.
  if (tokens[from] && lang.sourceStops.has(tokens[from]!.norm) && tokens[from]!.kind === "word") {
    from++;
    while (from < tokens.length && lang.sourceDeterminers.has(tokens[from]!.norm)) from++;
    from++;
  }
  let i = from;
  while (i < tokens.length && i - from < MAX_SOURCE_WORDS) {
    const t = tokens[i]!;
    if (isPossessive(tokens, i)) {
      i += 2;
      continue;
    }
    if (HARD_STOPS.has(t.norm)) break;
    if (i > from && lang.sourceStops.has(t.norm)) break;
    // A lower-case past participle ends the name: "the ministry issued a statement".
    if (i > from && !t.capital && t.kind === "word" && isPastParticiple(lang, t)) break;
    if (startsWithDigit(t.norm)) break;
    i++;
  }
  return i > from ? trimDeterminers(lang, tokens, from, i) : null;
}

function readBackward(lang: CompiledLanguage, tokens: readonly Token[], to: number): { from: number; to: number } | null {
  let i = to;
  let end = to;
  // "the Election Commission of India (ECI) said": step over the acronym in brackets.
  if (tokens[i - 1]?.norm === ")") {
    let k = i - 2;
    while (k >= 0 && k > i - 6 && tokens[k]!.norm !== "(") k--;
    if (k >= 0 && tokens[k]!.norm === "(") {
      i = k;
      end = k;
    }
  }
  while (i > 0 && end - i < MAX_SOURCE_WORDS) {
    const t = tokens[i - 1]!;
    if (t.norm === "s" && i >= 2 && isPossessive(tokens, i - 2)) {
      i -= 2;
      continue;
    }
    if (HARD_STOPS.has(t.norm)) break;
    if (lang.sourceStops.has(t.norm)) break;
    if (startsWithDigit(t.norm)) break;
    i--;
  }
  return i < end ? trimDeterminers(lang, tokens, i, end) : null;
}

function trimDeterminers(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): { from: number; to: number } | null {
  let f = from;
  while (f < to && (lang.sourceDeterminers.has(tokens[f]!.norm) || tokens[f]!.kind === "punct")) f++;
  let t = to;
  while (t > f && tokens[t - 1]!.kind === "punct" && tokens[t - 1]!.norm !== ")") t--;
  return t > f ? { from: f, to: t } : null;
}

/** A source is named (a capitalised name or acronym) or is a noun for those who speak ("officials", "autorités"). */
function looksLikeSpeaker(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    if (t.capital && !lang.stopwords.has(t.norm)) return true;
    if (lang.speakerNouns.matchAt(tokens, i, to) || lang.sourceTerms.matchAt(tokens, i, to)) return true;
  }
  return false;
}

/** "le média américain", "the British newspaper": a description followed only by demonyms. */
function onlyPlacesBetween(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const m = lang.places.matchAt(tokens, i, to);
    if (!m) return false;
    i = m.to;
  }
  return true;
}

function describe(lang: CompiledLanguage, tokens: readonly Token[], text: string, at: number, from: number, to: number): Attribution | null {
  const impersonal = lang.impersonalSources.matchAt(tokens, from, to);
  if (impersonal && impersonal.to >= to) return { at, source: null, anaphoric: false, from, to };
  const anaphoric = lang.anaphoricSources.matchAt(tokens, from, to) ?? lang.anaphoricSources.matchAt(tokens, Math.max(0, from - 1), to);
  if (!anaphoric && !looksLikeSpeaker(lang, tokens, from, to)) return null;
  const name = nameSource(lang, tokens, text, from, to);
  if (anaphoric && (anaphoric.to >= to || onlyPlacesBetween(lang, tokens, anaphoric.to, to))) {
    // Pronouns and definite descriptions ("the note", "le média américain") point back to the source named before.
    const pronoun = anaphoric.to - anaphoric.from === 1 && !lang.nouns.matchAt(tokens, anaphoric.from) && !lang.speakerNouns.matchAt(tokens, anaphoric.from);
    return { at, source: pronoun || name.kind !== "named" ? null : name.name, anaphoric: true, from, to };
  }
  return { at, source: name.kind === "impersonal" ? null : name.name, anaphoric: false, from, to };
}

/** The attribution that governs a figure at token `at`: the nearest one in its sentence. */
export function nearestAttribution(attributions: readonly Attribution[], at: number): Attribution | null {
  let best: Attribution | null = null;
  for (const a of attributions) {
    if (!best || Math.abs(a.at - at) < Math.abs(best.at - at)) best = a;
  }
  return best;
}
