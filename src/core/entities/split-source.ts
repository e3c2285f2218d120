/**
 * @module core/entities/split-source
 * Original source vs carrier: "CNN, citing a Ukrainian intelligence note,
 * said…" is Ukrainian intelligence's figure carried by CNN. A relay cue
 * ("citing", "cité par", "quoted by", "relayant") splits the sentence; the
 * phrase on each side is named by the entity it holds (a person as written,
 * an organisation or country by its English name), else by its words less
 * determiners and document heads ("a Sunday report from media" → "media").
 * Without a cue, the original is the extractor's source and there is no carrier.
 */
import type { PhraseMatch } from "../phrase-set.js";
import { tokenize, type Token } from "../text/tokens.js";
import { entityLanguage, type CompiledEntityLanguage } from "./compile.js";
import { findEntities } from "./find-entities.js";
import type { EntityMention } from "./types.js";

export interface SplitSource {
  original: string | null;
  carrier: string | null;
}

const MAX_PHRASE = 14;
const MAX_SENTENCE = 5000;
const LINKERS = new Set(["from", "by", "of", "de", "du", "des", "d'"]);
const BREAKS = new Set([",", ".", ";", ":", "(", ")", "!", "?", "«", "»", '"', "“", "”", "—", "–"]);

export function splitSource(sentence: string, source: string | null): SplitSource {
  const fallback = { original: clean(source), carrier: null };
  if (sentence.length > MAX_SENTENCE) return fallback;
  const tokens = tokenize(sentence);
  for (const code of ["fr", "en"] as const) {
    const lang = entityLanguage(code);
    for (let i = 0; i < tokens.length; i++) {
      const carrierFirst = lang.relayCarrierFirst.matchAt(tokens, i);
      const originalFirst = carrierFirst ? null : lang.relayOriginalFirst.matchAt(tokens, i);
      const cue: PhraseMatch<true> | null = carrierFirst ?? originalFirst;
      if (!cue) continue;
      const before = phraseBefore(lang, tokens, cue.from);
      const after = phraseAfter(lang, tokens, cue.to);
      const left = before ? nameOf(lang, sentence, tokens, before[0], before[1]) : null;
      const right = after ? nameOf(lang, sentence, tokens, after[0], after[1]) : null;
      const [original, carrier] = carrierFirst ? [right, left] : [left, right];
      if (original) return { original, carrier };
    }
  }
  return fallback;
}

function clean(source: string | null): string | null {
  const s = source?.replace(/\s+/g, " ").trim();
  return s ? s : null;
}

/** Tokens after a cue up to a break, a stop word or a verb of saying. */
function phraseAfter(lang: CompiledEntityLanguage, tokens: readonly Token[], from: number): [number, number] | null {
  let to = from;
  while (to < tokens.length && to - from < MAX_PHRASE) {
    const t = tokens[to]!;
    if (t.kind === "punct" && BREAKS.has(t.norm)) break;
    if (to > from && lang.phraseStops.has(t.norm)) break;
    if (lang.reportingVerbs.matchAt(tokens, to)) break;
    to++;
  }
  return to > from ? [from, to] : null;
}

/** Tokens before a cue back to a break or an attribution ("Selon …", "according to …"), past a comma and a verb of saying ("reported, citing"). */
function phraseBefore(lang: CompiledEntityLanguage, tokens: readonly Token[], end: number): [number, number] | null {
  let to = end;
  while (to > 0 && tokens[to - 1]!.norm === ",") to--;
  const verb = lang.reportingVerbs.matchEndingAt(tokens, to);
  if (verb) to = verb.from;
  while (to > 0 && tokens[to - 1]!.norm === ",") to--;
  let from = to;
  while (from > 0 && to - from < MAX_PHRASE) {
    const t = tokens[from - 1]!;
    if (t.kind === "punct" && BREAKS.has(t.norm)) break;
    if (lang.sourceIntroducers.matchEndingAt(tokens, from)) break;
    from--;
  }
  return to > from ? [from, to] : null;
}

/** The entity a phrase holds, or its words less determiners and a document head. */
function nameOf(lang: CompiledEntityLanguage, text: string, tokens: readonly Token[], from: number, to: number): string | null {
  const start = tokens[from]!.start;
  const phrase = text.slice(start, tokens[to - 1]!.end);
  const mentions = findEntities(phrase, lang.data.code);
  const pick = best(mentions);
  if (pick) return pick.kind === "person" ? pick.text : pick.name;
  let f = from;
  while (f < to && lang.determiners.has(tokens[f]!.norm)) f++;
  for (let k = f; k < to; k++) {
    if (!lang.documentHeads.has(tokens[k]!.norm)) continue;
    let j = k + 1;
    while (j < to && !LINKERS.has(tokens[j]!.norm)) j++;
    if (j + 1 < to) f = j + 1;
    while (f < to && lang.determiners.has(tokens[f]!.norm)) f++;
    break;
  }
  return f < to ? text.slice(tokens[f]!.start, tokens[to - 1]!.end) : null;
}

/** A person first (who speaks), then an organisation, then a country; the last of its kind. */
function best(mentions: readonly EntityMention[]): EntityMention | null {
  for (const kind of ["person", "organisation", "country"] as const) {
    const of = mentions.filter((m) => m.kind === kind);
    if (of.length) return of[of.length - 1]!;
  }
  return null;
}
