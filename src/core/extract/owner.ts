/**
 * @module core/extract/owner
 * The name a figure belongs to when a text lists figures of one kind for
 * several named things: parties' vote shares, states' turnouts, fires'
 * areas ("Assam recorded 81.56 per cent", "La France insoumise, représentée
 * par Manon Aubry (9,89%)"). It is the capitalised name nearest the figure
 * in its clause, other than its source's words, a country or demonym (whose
 * the figure is: its subject), a month or the sentence's first word.
 */
import type { CompiledLanguage } from "../compile-language.js";
import { entityLanguage, type CompiledEntityLanguage } from "../entities/compile.js";
import { startsWithDigit, type Token } from "../text/tokens.js";
import { CLAUSE_BREAK, matchStarting, PLACE, type CueMasks } from "./cue-masks.js";
import type { Spans } from "./counted-thing.js";
import type { Quantity } from "./quantities.js";

/** How far after the figure a name may stand ("81.56 per cent in Assam"). */
const AFTER = 4;

/** Tokens just after a source's words: its acronym in brackets, "(NIS)". */
const GLOSS = 3;

function nearSource(sources: Spans, at: number): boolean {
  for (const s of sources) if (at >= s.from && at < s.to + GLOSS) return true;
  return false;
}

/**
 * A noun whose complement is the source's words heads the source's phrase
 * ("Research from US universities estimates…", "Une étude de l'Inserm"):
 * it is who says the figure, not whose the figure is.
 */
function headsSource(lang: CompiledLanguage, tokens: readonly Token[], at: number, sources: Spans): boolean {
  let k = at + 1;
  if (k >= tokens.length || !lang.prepositions.has(tokens[k]!.norm)) return false;
  k++;
  if (k < tokens.length && lang.determiners.has(tokens[k]!.norm)) k++;
  for (const s of sources) if (s.from === k) return true;
  return false;
}

function isName(lang: CompiledLanguage, names: CompiledEntityLanguage, tokens: readonly Token[], i: number, first: number, sources: Spans): boolean {
  const t = tokens[i]!;
  // An elided word ("D'après", "L'") is a capitalised article or preposition, not a name.
  // A sentence's first word is capitalised anyway: a name only when it is no word the language's tables know.
  // Closed-class words ("We", "Toutes"), weekdays and months are capitalised where they stand, and name no one.
  return t.kind === "word" && t.capital && (i !== first || !lang.vocabulary.has(t.norm)) && !nearSource(sources, i) && !lang.months.has(t.norm) &&
    !lang.timeWords.has(t.norm) && !names.nonNames.has(t.norm) && !lang.stopwords.has(t.norm) && !startsWithDigit(t.norm) && !endsWithApostrophe(t.norm);
}

function endsWithApostrophe(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  return c === 39 || c === 0x2019;
}

/**
 * Where the names of a figure's clause begin, looking back from the figure:
 * after the nearest relative or complement clause opener ("a war that has
 * killed 20,000", "the army said that…"), whose clause the figure stands in,
 * unless a name is that opener's antecedent ("Assam, which recorded 81%").
 */
function clauseStart(
  lang: CompiledLanguage,
  names: CompiledEntityLanguage,
  tokens: readonly Token[],
  masks: CueMasks,
  from: number,
  at: number,
  first: number,
  sources: Spans,
): number {
  for (let k = at - 1; k > from; k--) {
    if (!names.clauseOpeners.has(tokens[k]!.norm) && !matchStarting(lang.clauseBreaks, CLAUSE_BREAK, tokens, masks, k, at)) continue;
    let p = k - 1;
    if (tokens[p]!.kind === "punct" && tokens[p]!.norm === ",") p--;
    // The antecedent may carry a complement: "the Creek Fire of 2020, which burned…".
    for (let c = p; c > Math.max(from, p - COMPLEMENT); c--) {
      if (lang.prepositions.has(tokens[c]!.norm) && isName(lang, names, tokens, c - 1, first, sources)) {
        p = c - 1;
        break;
      }
    }
    if (p < from || !isName(lang, names, tokens, p, first, sources)) return k + 1;
    while (p > from && isName(lang, names, tokens, p - 1, first, sources)) p--;
    return p;
  }
  return from;
}

/** How many words a clause opener's antecedent may carry after its name ("of the same year"). */
const COMPLEMENT = 4;

/**
 * The owner's name (accents and case as written, words joined by spaces), or
 * null. `from` is where the figure's clause starts: after the figure before
 * it in the sentence, so a list's names each go to their own figure.
 */
export function readOwner(lang: CompiledLanguage, tokens: readonly Token[], masks: CueMasks, q: Quantity, from: number, text: string, sources: Spans): string | null {
  let first = 0;
  while (first < tokens.length && tokens[first]!.kind === "punct") first++;
  const names = entityLanguage(lang.code === "fr" ? "fr" : "en");
  const candidates: Array<{ from: number; to: number; distance: number }> = [];
  const end = Math.min(tokens.length, q.to + AFTER);
  for (let i = clauseStart(lang, names, tokens, masks, from, q.from, first, sources); i < end; i++) {
    if (i >= q.from && i < q.to) continue;
    // "Corée du Nord", "North Korea": a country is whose the figure is, its subject, not an owner.
    const place = matchStarting(lang.places, PLACE, tokens, masks, i);
    if (place) {
      i = place.to - 1;
      continue;
    }
    if (!isName(lang, names, tokens, i, first, sources) || headsSource(lang, tokens, i, sources)) continue;
    let j = i + 1;
    // "Jordan Bardella", "Parti socialiste" stays one name; "de", "du" join the parts of "Rassemblement national de…" only when a capital follows.
    while (j < end && (isName(lang, names, tokens, j, first, sources) || (tokens[j]!.kind === "punct" && tokens[j]!.norm === "-"))) j++;
    candidates.push({ from: i, to: j, distance: i < q.from ? q.from - j : i - q.to });
    i = j - 1;
  }
  if (!candidates.length) return null;
  candidates.sort((a, b) => a.distance - b.distance);
  const best = candidates[0]!;
  return text.slice(tokens[best.from]!.start, tokens[best.to - 1]!.end);
}
