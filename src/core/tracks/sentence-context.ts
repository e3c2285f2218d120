/**
 * @module core/tracks/sentence-context
 * What a figure's sentence says about its track: its time, the region it is
 * limited to, an addition, a recent period, the whole it is part of, and
 * whether it is one item of a list. Read once per sentence with figures.
 */
import type { LanguageData, TrackLanguage } from "../language-pack.js";
import type { Article, FigureClaim } from "../types.js";
import { placeScope } from "./claim-sources.js";
import { CHANGE_CLASSES } from "./dimensions.js";
import { magnitudeOf, SAME_VALUE, sameValue, type Draft } from "./draft.js";
import {
  afterLevelNoun, cueIn, isAddition, isComparedWithBefore, isComparison, isExchange, isLevel, isPartAfter, isPartitive, isPartOfGroup,
  opensWithComparison, regionNouns, regionsIn, sentenceCues, type PlaceMention,
} from "./scope.js";
import { listsIn, wordLists, type WordLists } from "./sentence-words.js";
import { timeRefIn, timeWords } from "./time-ref.js";

/** Two values this close are one figure in two units ("15 000 hectares (36 000 acres)"). */
const CONVERSION = 0.15;
/** A "sentence" with more figures than this is a table or a list of numbers: its items are not compared pairwise. */
const MAX_LIST = 64;
/** How many figures back the one a figure is compared with may stand ("87,000 deaths … down from 114,000"). */
const COMPARE_BACK = 8;
/** How far from a figure its clause's cues (a recent period, a part of the population) may stand. */
const REACH = 80;

/** The words a sentence's time and regions are read after, as bits of `sentenceWords`: most sentences hold none. */
const TIME_WORD = 1;
const REGION_NOUN = 2;
const sentenceWordLists = new WeakMap<TrackLanguage, WordLists>();

function sentenceWords(lang: TrackLanguage): WordLists {
  let lists = sentenceWordLists.get(lang);
  if (!lists) {
    lists = wordLists([timeWords(lang), regionNouns(lang)]);
    sentenceWordLists.set(lang, lists);
  }
  return lists;
}

const NO_PLACES: readonly PlaceMention[] = [];

export function readSentences(lang: LanguageData, article: Article, claims: readonly FigureClaim[], drafts: Draft[], notRegionNames: ReadonlySet<string>): void {
  // A share of a part of the population, a toll a model attributes, are told apart from other figures of their kind:
  // with one share, one toll, in the article, there is nothing to tell apart, and their cues are not read.
  let shareCount = 0;
  let tollCount = 0;
  for (const d of drafts) {
    if (d.dimension === "percent") shareCount++;
    else if (d.dimension === "deaths") tollCount++;
  }
  const words = sentenceWords(lang.tracks);
  let i = 0;
  let lastCounted: number | null = null; // the last figure before this sentence that says what it counts
  while (i < claims.length) {
    const first = claims[i]!;
    let j = i + 1;
    while (j < claims.length && claims[j]!.in === first.in && claims[j]!.sentence.start === first.sentence.start) j++;
    const text = first.in === "title" ? (article.title ?? "") : article.body;
    const sentence = first.sentence;
    // Time words and region nouns, looked for in one pass: the patterns run only where they may match.
    const held = listsIn(text, sentence.start, sentence.end, words);
    const timeRef = held & TIME_WORD ? timeRefIn(lang.tracks, text.slice(sentence.start, sentence.end), article.published) : null;
    const regions = held & REGION_NOUN ? regionsIn(lang.tracks, text, sentence, notRegionNames) : NO_PLACES;
    let deaths = false;
    let shares = false;
    for (let k = i; k < j; k++) {
      deaths ||= tollCount > 1 && drafts[k]!.dimension === "deaths";
      shares ||= shareCount > 1 && drafts[k]!.dimension === "percent";
    }
    // Cues stand near their figures: the words more than REACH away from every figure of the sentence are not read.
    const near = { start: Math.max(sentence.start, first.start - REACH), end: Math.min(sentence.end, claims[j - 1]!.end + REACH) };
    const cues = sentenceCues(lang.tracks, text, near, { attributable: deaths, subgroup: shares });
    const wholes = new Set<number>();
    const compared = new Set<number>(); // k: claims k and k + 1 compare one quantity's values
    const levels = new Set<number>(); // claims a verb of change gives as a level reached, not as the change
    // "That is down from 2022-23's peak of 740,000": in the same paragraph, the figures compare with the one before.
    const previous = lastCounted !== null && claims[lastCounted]!.in === first.in ? lastCounted : null;
    let backFilled = -1;
    const levelNouns: number[] = [];
    let unnamed = false; // a figure that does not say what it counts
    for (let k = i; k < j && !unnamed; k++) unnamed = drafts[k]!.dimension === null;
    const comparesBack = unnamed && previous !== null && !text.slice(claims[previous]!.end, sentence.start).includes("\n") && opensWithComparison(lang.tracks, text, sentence);
    for (let k = i; k < j; k++) {
      const d = drafts[k]!;
      const claim = claims[k]!;
      d.timeRef = timeRef;
      // The figure's clause: from the figure before it (or the sentence's start) to the one after it.
      const clause = { start: k > i ? claims[k - 1]!.end : sentence.start, end: k + 1 < j ? claims[k + 1]!.start : sentence.end };
      if (isAddition(lang.tracks, text, claim, sentence)) setScope(d, "additional", "additional");
      else if (cues.length && cueIn(cues, "recent", clause)) setScope(d, "recent", "recent");
      else if (cues.length && cueIn(cues, "years", clause)) setScope(d, "years", "recent years");
      else if (isPartOfGroup(lang.tracks, text, claim, clause)) setScope(d, "part", "part");
      else if (d.dimension === "deaths" && cues.length && cueIn(cues, "attributable", clause)) setScope(d, "attributable", "attributable");
      else if (d.dimension === "percent" && cues.length) {
        const group = cueIn(cues, "subgroup", clause);
        if (group !== null) setScope(d, `group:${group.words}`, group.words);
      }
      if (d.eventClass !== null && CHANGE_CLASSES.has(d.eventClass) && isLevel(lang.tracks, text, claim, clause)) {
        d.eventClass = null;
        levels.add(k);
      }
      if (d.dimension !== null && afterLevelNoun(lang.tracks, text, claim, clause)) levelNouns.push(k);
      if (d.dimension === null && k > i && isComparedWithBefore(lang.tracks, text, claim, clause)) {
        const with_ = compareWithBefore(claims, drafts, i, k);
        if (with_ === k - 1) compared.add(k - 1);
      }
      // Its figures are values of the one before, not items of a list.
      if (d.dimension === null && comparesBack && countLike(claims, drafts, k, previous!)) {
        if (k > i && backFilled === k - 1) compared.add(k - 1);
        backFilled = k;
      }
      if (k + 1 < j && isPartitive(lang.tracks, text, claim, claims[k + 1]!)) {
        d.partOf = k + 1;
        wholes.add(k + 1);
      } else if (k + 1 < j && isPartAfter(lang.tracks, text, claim, claims[k + 1]!)) {
        drafts[k + 1]!.partOf = k;
      } else if (k + 1 < j && isComparison(lang.tracks, text, claim, claims[k + 1]!)) {
        compared.add(k);
      } else if (k + 1 < j && isExchange(lang.tracks, text, claim, claims[k + 1]!)) {
        // What is given back for a figure is another quantity, even of the same size.
        setScope(drafts[k + 1]!, "counterpart", "counterpart");
      }
    }
    for (const k of compared) shareCompared(drafts[k]!, drafts[k + 1]!, levels.has(k), levels.has(k + 1));
    if (j - i <= MAX_LIST) markList(drafts, i, j, compared);
    // "a world record of 642 million voters": the verb makes the record; what happened to the voters is the article's to say.
    // A peak among other figures of the list ("plus de 250 drones, avec un pic de 800") stays an item of it.
    for (const k of levelNouns) if (!drafts[k]!.item) drafts[k]!.eventClass = null;
    for (const region of regions) {
      const owner = ownerOf(claims, i, j, region, wholes);
      if (owner !== null && drafts[owner]!.scope === null) Object.assign(drafts[owner]!, placeScope(region.name));
    }
    for (let k = j - 1; k >= i; k--) {
      if (drafts[k]!.dimension !== null && drafts[k]!.magnitude !== null) {
        lastCounted = k;
        break;
      }
    }
    i = j;
  }
}

function setScope(d: Draft, scope: string, name: string): void {
  d.scope = scope;
  d.scopeName = name;
}

/**
 * A figure that does not say what it counts, compared with a figure before
 * it ("87,000 overdose deaths …, down from around 114,000"), counts what
 * that figure counts, in its unit. Returns the figure it was compared with.
 */
function compareWithBefore(claims: readonly FigureClaim[], drafts: Draft[], from: number, k: number): number | null {
  // The figure compared with stands a few figures back at most: a long run of figures naming nothing is not read back through.
  for (let p = k - 1; p >= Math.max(from, k - COMPARE_BACK); p--) {
    if (drafts[p]!.dimension === null || drafts[p]!.magnitude === null) continue;
    return countLike(claims, drafts, k, p) ? p : null;
  }
  return null;
}

/** Claim k, which names nothing, counts what claim p counts, in its unit: another value of the same quantity, a level like it. */
function countLike(claims: readonly FigureClaim[], drafts: Draft[], k: number, p: number): boolean {
  const o = drafts[p]!;
  const unit = magnitudeOf(claims[p]!, 1);
  if (o.dimension === null || o.magnitude === null || unit === null || unit === 0) return false;
  const d = drafts[k]!;
  d.dimension = o.dimension;
  d.magnitude = magnitudeOf(claims[k]!, o.magnitude / unit);
  d.subject ??= o.subject;
  if (d.eventClass === null || CHANGE_CLASSES.has(d.eventClass)) d.eventClass = o.eventClass;
  return true;
}

/**
 * Two values of one quantity compared ("5,5% contre 4,2%", "passant de 226 à
 * 201") are alike: a level with a level, of the same part of the population.
 */
function shareCompared(a: Draft, b: Draft, aLevel: boolean, bLevel: boolean): void {
  if (aLevel && b.eventClass !== null && CHANGE_CLASSES.has(b.eventClass)) b.eventClass = null;
  if (bLevel && a.eventClass !== null && CHANGE_CLASSES.has(a.eventClass)) a.eventClass = null;
  // One quantity: what happened to the one happened to the other ("7,5% de chômage, contre 7,3%").
  if (a.dimension === b.dimension) {
    if (a.eventClass === null) a.eventClass = b.eventClass;
    else if (b.eventClass === null) b.eventClass = a.eventClass;
  }
  const grouped = (d: Draft): boolean => d.scope !== null && d.scope.startsWith("group:");
  if (grouped(a) && b.scope === null) setScope(b, a.scope!, a.scopeName!);
  else if (grouped(b) && a.scope === null) setScope(a, b.scope!, b.scopeName!);
}

/**
 * Figures of one dimension and event side by side in a sentence, with
 * different values, are items of a list, each a quantity of its own. A part
 * and its whole ("8000 des 10000"), one figure in two units, two values
 * compared ("8,7% contre 8,3%") and the total of the others ("48 missiles :
 * 38 Kh-101, 8 Kalibr et 2 Kinjal") are not.
 */
/** Whether figures a < b are values of one quantity compared in a chain: "8,7% contre 8,3% contre 7,9%". */
function compares(compared: ReadonlySet<number>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!compared.has(k)) return false;
  return true;
}

function markList(drafts: Draft[], from: number, to: number, compared: ReadonlySet<number>): void {
  for (let a = from; a < to; a++) {
    for (let b = a + 1; b < to; b++) {
      const x = drafts[a]!;
      const y = drafts[b]!;
      if (x.dimension === null || x.dimension !== y.dimension || x.eventClass !== y.eventClass) continue;
      if (x.partOf === b || y.partOf === a || x.vague || y.vague || compares(compared, a, b)) continue;
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
