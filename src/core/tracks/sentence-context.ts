/**
 * @module core/tracks/sentence-context
 * What a figure's sentence says about its track: its time, the region it is
 * limited to, an addition, a recent period, the whole it is part of, and
 * whether it is one item of a list. Read once per sentence with figures.
 */
import type { LanguageData } from "../language-pack.js";
import type { Article, FigureClaim } from "../types.js";
import { placeScope } from "./claim-sources.js";
import { SAME_VALUE, sameValue, type Draft } from "./draft.js";
import { findRegions, isAddition, isComparison, isPartAfter, isPartitive, isRecentPeriod, type PlaceMention } from "./scope.js";
import { readTimeRef } from "./time-ref.js";

/** Two values this close are one figure in two units ("15 000 hectares (36 000 acres)"). */
const CONVERSION = 0.15;
/** A "sentence" with more figures than this is a table or a list of numbers: its items are not compared pairwise. */
const MAX_LIST = 64;

export function readSentences(lang: LanguageData, article: Article, claims: readonly FigureClaim[], drafts: Draft[], stopwords: ReadonlySet<string>): void {
  let i = 0;
  while (i < claims.length) {
    const first = claims[i]!;
    let j = i + 1;
    while (j < claims.length && claims[j]!.in === first.in && claims[j]!.sentence.start === first.sentence.start) j++;
    const text = first.in === "title" ? (article.title ?? "") : article.body;
    const sentence = first.sentence;
    const timeRef = readTimeRef(lang.tracks, text.slice(sentence.start, sentence.end), article.published);
    const regions = findRegions(lang.tracks, text, sentence, stopwords);
    const wholes = new Set<number>();
    const compared = new Set<number>(); // k: claims k and k + 1 compare one quantity's values
    for (let k = i; k < j; k++) {
      drafts[k]!.timeRef = timeRef;
      if (isAddition(lang.tracks, text, claims[k]!, sentence)) {
        drafts[k]!.scope = "additional";
        drafts[k]!.scopeName = "additional";
      } else {
        // The figure's clause: from the figure before it (or the sentence's start) to the one after it.
        const clause = { start: k > i ? claims[k - 1]!.end : sentence.start, end: k + 1 < j ? claims[k + 1]!.start : sentence.end };
        if (isRecentPeriod(lang.tracks, text, clause)) {
          drafts[k]!.scope = "recent";
          drafts[k]!.scopeName = "recent";
        }
      }
      if (k + 1 < j && isPartitive(lang.tracks, text, claims[k]!, claims[k + 1]!)) {
        drafts[k]!.partOf = k + 1;
        wholes.add(k + 1);
      } else if (k + 1 < j && isPartAfter(lang.tracks, text, claims[k]!, claims[k + 1]!)) {
        drafts[k + 1]!.partOf = k;
      } else if (k + 1 < j && isComparison(lang.tracks, text, claims[k]!, claims[k + 1]!)) {
        compared.add(k);
      }
    }
    if (j - i <= MAX_LIST) markList(drafts, i, j, compared);
    for (const region of regions) {
      const owner = ownerOf(claims, i, j, region, wholes);
      if (owner !== null && drafts[owner]!.scope === null) Object.assign(drafts[owner]!, placeScope(region.name));
    }
    i = j;
  }
}

/**
 * Figures of one dimension and event side by side in a sentence, with
 * different values, are items of a list, each a quantity of its own. A part
 * and its whole ("8000 des 10000"), one figure in two units, two values
 * compared ("8,7% contre 8,3%") and the total of the others ("48 missiles :
 * 38 Kh-101, 8 Kalibr et 2 Kinjal") are not.
 */
function markList(drafts: Draft[], from: number, to: number, compared: ReadonlySet<number>): void {
  for (let a = from; a < to; a++) {
    for (let b = a + 1; b < to; b++) {
      const x = drafts[a]!;
      const y = drafts[b]!;
      if (x.dimension === null || x.dimension !== y.dimension || x.eventClass !== y.eventClass) continue;
      if (x.partOf === b || y.partOf === a || x.vague || y.vague || (b === a + 1 && compared.has(a))) continue;
      if (x.magnitude === null || y.magnitude === null || sameValue(x, y)) continue;
      const conversion = x.counts !== y.counts && Math.abs(x.magnitude - y.magnitude) <= CONVERSION * Math.max(x.magnitude, y.magnitude);
      if (conversion) continue;
      x.item = true;
      y.item = true;
    }
  }
  for (let a = from; a < to; a++) {
    const x = drafts[a]!;
    if (!x.item || x.magnitude === null) continue;
    let sum = 0;
    for (let b = from; b < to; b++) {
      const y = drafts[b]!;
      if (b !== a && y.item && y.dimension === x.dimension && y.eventClass === x.eventClass) sum += y.magnitude ?? 0;
    }
    if (Math.abs(sum - x.magnitude) <= SAME_VALUE * x.magnitude) x.item = false;
  }
}

/**
 * The claim a place belongs to: the nearest figure before it (after it
 * when none is before), skipping wholes, which name the total a part is
 * taken from ("8000 des 10000 soldats entrés en Russie seraient déployés
 * dans la région de Koursk": Kursk is where the 8000 are).
 */
function ownerOf(claims: readonly FigureClaim[], from: number, to: number, place: PlaceMention, wholes: ReadonlySet<number>): number | null {
  let owner: number | null = null;
  for (let k = from; k < to; k++) {
    if (wholes.has(k)) continue;
    if (claims[k]!.end <= place.start) owner = k;
    else if (owner === null) return k;
  }
  return owner;
}
