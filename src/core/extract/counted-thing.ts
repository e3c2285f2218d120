/**
 * @module core/extract/counted-thing
 * What a quantity counts and whose it is. The counted noun usually follows
 * the figure, after linkers ("10.000 de ses soldats", "12 million artillery
 * rounds"); when it does not ("le bilan s'élève à 205 morts" has it, "the
 * toll rose to 217" does not), the nearest counted noun before it is used.
 */
import type { CompiledLanguage } from "../compile-language.js";
import { startsWithDigit, type Token } from "../text/tokens.js";
import { matchStarting, mayStart, NOUN, NOUN_LINKER, PLACE, type CueMasks } from "./cue-masks.js";
import { isMovement } from "../tracks/dimensions.js";
import type { Quantity } from "./quantities.js";

export interface CountedThing {
  readonly counts: string | null;
  /** Token index of the counted noun, when one was read. */
  readonly nounAt: number;
  readonly nounTo: number;
}

const MAX_ADJECTIVES = 3;

export function readCountedThing(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, q: Quantity, text: string): CountedThing {
  if (q.unit) {
    const per = q.rateBase ? ` per ${q.rateBase}` : "";
    if (q.unit.kind === "percent" || q.unit.kind === "points" || q.unit.kind === "currency" || q.unit.kind === "measure") {
      return { counts: q.unit.counts + per, nounAt: -1, nounTo: -1 };
    }
    if (q.unit.kind === "times") return { counts: "times", nounAt: -1, nounTo: -1 };
  }
  let i = q.to;
  const link = matchStarting(lang.nounLinkers, NOUN_LINKER, tokens, masks, i);
  if (link) i = link.to;
  const link2 = matchStarting(lang.nounLinkers, NOUN_LINKER, tokens, masks, i);
  if (link2) i = link2.to;
  for (let k = 0; k <= MAX_ADJECTIVES && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (t.kind !== "word") break;
    const noun = matchStarting(lang.nouns, NOUN, tokens, masks, i + k);
    if (noun) return withRate(q, { counts: noun.value, nounAt: noun.from, nounTo: noun.to });
  }
  // "11 000 à 12 000 nord-coréens": a demonym as the noun counts its people.
  const people = matchStarting(lang.places, PLACE, tokens, masks, i);
  if (people && i - q.to <= 1 && /[sx]$/i.test(text.slice(tokens[people.to - 1]!.start, tokens[people.to - 1]!.end))) {
    return withRate(q, { counts: pluralDemonym(people.value), nounAt: people.from, nounTo: people.to });
  }
  const first = tokens[i];
  // An unknown word right after the figure is taken as its noun, unless it is a word the language's tables know
  // (prepositions, time words: "114,000 the previous year", "27,000 over a year") or an adverb ("230,000 annually").
  if (first && first.kind === "word" && !startsWithDigit(first.norm) && !lang.stopwords.has(first.norm) && !lang.vocabulary.has(first.norm) &&
      !lang.data.adverbEndings.some((e) => first.norm.endsWith(e)) && !people && i - q.to <= 2) {
    return withRate(q, { counts: text.slice(first.start, first.end).toLowerCase(), nounAt: i, nounTo: i + 1 });
  }
  // No noun after: the nearest counted noun before the figure ("le nombre de morts … 205").
  for (let j = q.from - 1; j >= Math.max(0, q.from - 8); j--) {
    const noun = matchStarting(lang.nouns, NOUN, tokens, masks, j, q.from);
    if (noun) return withRate(q, { counts: noun.value, nounAt: noun.from, nounTo: noun.to });
  }
  return withRate(q, { counts: null, nounAt: -1, nounTo: -1 });
}

/** "North Korean" → "north koreans"; demonyms in -sh, -ch, -ese, -ss stay as they are ("the French"). */
function pluralDemonym(demonym: string): string {
  const d = demonym.toLowerCase();
  return /(?:sh|ch|ese|ss|s)$/.test(d) ? d : `${d}s`;
}

function withRate(q: Quantity, c: CountedThing): CountedThing {
  return q.rateBase && c.counts ? { ...c, counts: `${c.counts} per ${q.rateBase}` } : c;
}

/** Token spans that belong to someone else than the figure: the words naming its sources. */
export type Spans = readonly { readonly from: number; readonly to: number }[];

function inSpans(spans: Spans, at: number): boolean {
  for (const s of spans) if (at >= s.from && at < s.to) return true;
  return false;
}

/**
 * Whose figure it is: a demonym next to the noun ("soldats nord-coréens",
 * "North Korean troops"), else the first place named before the figure in
 * its sentence. Places inside the source's words are the source's: in "les
 * renseignements sud-coréens ont révélé que la Corée du Nord aurait déployé
 * 1 500 soldats", the soldiers are North Korea's.
 */
export function readSubject(
  lang: CompiledLanguage,
  tokens: readonly Token[],
  masks: CueMasks,
  q: Quantity,
  thing: CountedThing,
  sources: Spans = [],
  event: string | null = null,
): string | null {
  const near = placeNextTo(lang, tokens, masks, sources, thing.nounTo) ?? placeNextTo(lang, tokens, masks, sources, thing.nounAt - 1) ??
    placeNextTo(lang, tokens, masks, sources, q.to) ?? placeNextTo(lang, tokens, masks, sources, q.from - 1);
  if (near !== null) return near;
  const agent = clauseAgent(lang, tokens, q.from, sources);
  if (agent) return agent;
  for (let j = Math.max(0, q.from - 40); j < q.from; j++) {
    // Most words start no place: they are passed over with no lookup.
    if (!mayStart(masks, j, PLACE) || inSpans(sources, j) || afterPreposition(lang, tokens, j)) continue;
    const m = lang.places.matchAt(tokens, j, q.from);
    if (m && !inSpans(sources, m.to - 1)) return m.value;
  }
  // Nothing before: where it happened, just after ("41 870 morts à Gaza", "killed in the Palestinian territory");
  // but where something is sent is not whose it is ("30 000 soldats … en soutien à la Russie").
  if (isMovement(event)) return null;
  const after = Math.max(q.to, thing.nounTo);
  for (let j = after; j < Math.min(tokens.length, after + AFTER_WINDOW); j++) {
    const t = tokens[j]!;
    if (t.kind === "punct" && t.norm !== "'" && t.norm !== "-") break;
    if (inSpans(sources, j)) break;
    const m = matchStarting(lang.places, PLACE, tokens, masks, j);
    if (m) return m.value;
  }
  return null;
}

/** The place that starts at token `at`, right next to the figure or its noun (none inside the source's words). */
function placeNextTo(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, sources: Spans, at: number): string | null {
  if (at < 0 || at >= tokens.length || !mayStart(masks, at, PLACE) || inSpans(sources, at)) return null;
  return lang.places.matchAt(tokens, at)?.value ?? null;
}

/** How many words of a verb group ("aurait déjà envoyé", "has dispatched") may stand between an agent and its figure. */
const VERB_GROUP = 4;

/**
 * The place that acts in the figure's clause: a country, its capital or its
 * people just before the verb of the figure ("Pyongyang dispatched thousands
 * of soldiers", "la Corée du Nord aurait envoyé 1 500 soldats"). A capital
 * as an agent stands for its country; a place named earlier in the sentence
 * ("an agreement signed by … Russian President Vladimir Putin, Pyongyang
 * dispatched…") is another clause's.
 */
function clauseAgent(lang: CompiledLanguage, tokens: readonly Token[], at: number, sources: Spans): string | null {
  let k = at - 1;
  const stop = Math.max(0, at - 1 - VERB_GROUP);
  while (k >= stop && tokens[k]!.kind === "word" && !tokens[k]!.capital && !startsWithDigit(tokens[k]!.norm)) k--;
  if (k === at - 1 || k < 0 || !tokens[k]!.capital || inSpans(sources, k)) return null;
  const m = lang.places.matchEndingAt(tokens, k + 1, Math.max(0, k - 3));
  if (!m || inSpans(sources, m.from) || afterPreposition(lang, tokens, m.from)) return null;
  return m.value;
}

/** How far after a figure its place may be named, within its clause. */
const AFTER_WINDOW = 8;

/** "un allié de la Russie", "la guerre en Ukraine", "sent to Russia": the place is not whose the figure is. */
function afterPreposition(lang: CompiledLanguage, tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (k >= 0 && lang.determiners.has(tokens[k]!.norm)) k--;
  return k >= 0 && lang.prepositions.has(tokens[k]!.norm);
}
