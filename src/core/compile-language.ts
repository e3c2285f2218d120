/**
 * @module core/compile-language
 * Turns a language's data (plain lists) into the lookup structures the
 * engine uses: phrase tries and sets over normalised words. Done once per
 * language, then shared by every article.
 */
import { ATTRIBUTION, CLAUSE_BREAK, EVENT, FACTUAL, firstWordMasks, MODALITY, NOUN, NOUN_LINKER, PLACE, type FirstWordMasks } from "./extract/cue-masks.js";
import type { LanguageData, UnitEntry } from "./language-pack.js";
import { PhraseSet } from "./phrase-set.js";
import { normPhrase, normWord } from "./text/normalize.js";
import { keyWords, type KeyWords } from "./text/tokens.js";
import type { LanguageCode, Qualifier } from "./types.js";

export interface CompiledLanguage {
  readonly code: LanguageCode;
  readonly data: LanguageData;
  readonly stopwords: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
  readonly qualifiersBefore: PhraseSet<Qualifier>;
  readonly qualifiersAfter: PhraseSet<Qualifier>;
  readonly vagueDeterminers: PhraseSet<true>;
  readonly rangeOpeners: PhraseSet<ReadonlySet<string>>;
  readonly rangeJoiners: PhraseSet<true>;
  readonly unitsAfter: PhraseSet<UnitEntry>;
  readonly unitsBefore: PhraseSet<UnitEntry>;
  readonly moneyScaleSuffixes: ReadonlyMap<string, number>;
  readonly ratePrepositions: PhraseSet<true>;
  readonly months: ReadonlySet<string>;
  readonly timeUnits: PhraseSet<true>;
  readonly clockWords: ReadonlySet<string>;
  readonly labelWords: ReadonlySet<string>;
  readonly referentialDeterminers: ReadonlySet<string>;
  readonly rankWords: ReadonlySet<string>;
  readonly nounLinkers: PhraseSet<true>;
  readonly nouns: PhraseSet<string>;
  readonly nounEvents: ReadonlyMap<string, string>;
  readonly events: PhraseSet<string>;
  readonly eventAuxiliaries: ReadonlySet<string>;
  readonly eventPrepositions: ReadonlySet<string>;
  readonly places: PhraseSet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly sourceBefore: PhraseSet<true>;
  readonly sayingVerbs: PhraseSet<true>;
  readonly sayingGerunds: PhraseSet<true>;
  readonly ambiguousSayingVerbs: PhraseSet<true>;
  readonly ambiguousVerbFollowers: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly asides: PhraseSet<true>;
  readonly relativeAsides: ReadonlySet<string>;
  readonly sourceStops: ReadonlySet<string>;
  readonly speakerNouns: PhraseSet<true>;
  readonly impersonalSources: PhraseSet<true>;
  readonly anaphoricSources: PhraseSet<true>;
  readonly sourceDeterminers: ReadonlySet<string>;
  readonly continuationCues: PhraseSet<true>;
  readonly sourceTerms: PhraseSet<{ readonly english: string; readonly adjective: boolean }>;
  readonly sourceLinkers: PhraseSet<true>;
  readonly documentHeads: PhraseSet<true>;
  readonly verbEndingsInNames: readonly string[];
  readonly possibleCues: PhraseSet<true>;
  readonly unconfirmedCues: PhraseSet<true>;
  readonly deniedCues: PhraseSet<true>;
  readonly factualCues: PhraseSet<true>;
  readonly stateVerbs: ReadonlySet<string>;
  readonly conditionalEndings: readonly string[];
  readonly participleEndings: readonly string[];
  readonly conditionalExceptions: ReadonlySet<string>;
  readonly clauseBreaks: PhraseSet<true>;
  /** Every attribution cue in one trie, so a token costs one lookup: what kind of cue it starts. */
  readonly attributionCues: PhraseSet<AttributionCue>;
  /**
   * The longest word of every attribution and continuation cue: a sentence with none of them can name
   * no source, and is not analysed further.
   */
  readonly attributionKeyWords: KeyWords;
  /** For each word that starts a cue, which tries it starts a phrase in (bits of cue-masks.ts). */
  readonly firstWordMasks: FirstWordMasks;
  /** Every modality cue in one trie. */
  readonly modalityCues: PhraseSet<"denied" | "possible" | "unconfirmed">;
  /**
   * Every word the language's tables hold: a capitalised word at a
   * sentence's start that is none of them may be a name ("Assam recorded…"),
   * one that is is an ordinary word ("Selon", "Meanwhile").
   */
  readonly vocabulary: ReadonlySet<string>;
  /** Weekdays and "hier", "yesterday": when something was said, never who said it ("a annoncé vendredi le ministère"). */
  readonly timeWords: ReadonlySet<string>;
}

export type AttributionCue = "before" | "gerund" | "verb" | "ambiguous";

const words = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => normPhrase(w)));
const phrases = (list: readonly string[]): PhraseSet<true> => new PhraseSet(list.map((p) => [p, true] as const));

export function compileLanguage(data: LanguageData): CompiledLanguage {
  const compiled = compileTables(data);
  return {
    ...compiled,
    firstWordMasks: cueStarts(compiled),
    vocabulary: vocabularyOf(data),
    timeWords: words([...data.tracks.weekdays, ...data.tracks.yesterday]),
  };
}

/** Every word of every phrase in the language data, normalised. */
function vocabularyOf(data: LanguageData): ReadonlySet<string> {
  const out = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      for (const w of value.split(/[\s'’-]+/)) if (w) out.add(normPhrase(w));
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v);
    } else if (value !== null && typeof value === "object") {
      for (const v of Object.values(value)) visit(v);
    }
  };
  visit(data);
  return out;
}

function cueStarts(lang: Omit<CompiledLanguage, "firstWordMasks" | "vocabulary" | "timeWords">): FirstWordMasks {
  const masks = new Map<string, number>();
  const add = (set: PhraseSet<unknown>, bit: number) => {
    for (const w of set.firstWords()) masks.set(w, (masks.get(w) ?? 0) | bit);
  };
  add(lang.attributionCues, ATTRIBUTION);
  add(lang.modalityCues, MODALITY);
  add(lang.events, EVENT);
  add(lang.clauseBreaks, CLAUSE_BREAK);
  add(lang.places, PLACE);
  add(lang.factualCues, FACTUAL);
  add(lang.nouns, NOUN);
  add(lang.nounLinkers, NOUN_LINKER);
  return firstWordMasks(masks);
}

function compileTables(data: LanguageData): Omit<CompiledLanguage, "firstWordMasks" | "vocabulary" | "timeWords"> {
  return {
    code: data.code,
    data,
    stopwords: words(data.stopwords),
    abbreviations: new Set(data.abbreviations.map((a) => a.toLowerCase())),
    qualifiersBefore: new PhraseSet(data.qualifiersBefore),
    qualifiersAfter: new PhraseSet(data.qualifiersAfter),
    vagueDeterminers: phrases(data.vagueDeterminers),
    rangeOpeners: new PhraseSet(data.rangeOpeners.map(([o, closers]) => [o, new Set(closers.map(normWord))] as const)),
    rangeJoiners: phrases(data.rangeJoiners),
    unitsAfter: new PhraseSet(data.unitsAfter),
    unitsBefore: new PhraseSet(data.unitsBefore),
    moneyScaleSuffixes: new Map(data.moneyScaleSuffixes.map(([w, v]) => [normWord(w), v] as const)),
    ratePrepositions: phrases(data.ratePrepositions),
    months: words(data.months),
    timeUnits: phrases(data.timeUnits),
    clockWords: words(data.clockWords),
    labelWords: words(data.labelWords),
    referentialDeterminers: words(data.referentialDeterminers),
    rankWords: words(data.rankWords),
    nounLinkers: phrases(data.nounLinkers),
    nouns: new PhraseSet(data.nouns),
    nounEvents: new Map(data.nounEvents.map(([w, e]) => [normPhrase(w), e] as const)),
    events: new PhraseSet(data.events),
    eventAuxiliaries: words(data.eventAuxiliaries),
    eventPrepositions: words(data.eventPrepositions),
    places: new PhraseSet(data.places),
    prepositions: words(data.prepositions),
    determiners: words(data.determiners),
    sourceBefore: phrases(data.sourceBefore),
    sayingVerbs: phrases(data.sayingVerbs),
    sayingGerunds: phrases(data.sayingGerunds),
    ambiguousSayingVerbs: phrases(data.ambiguousSayingVerbs),
    ambiguousVerbFollowers: words(data.ambiguousVerbFollowers),
    auxiliaries: words(data.auxiliaries),
    asides: phrases(data.asides),
    relativeAsides: words(data.relativeAsides),
    sourceStops: words(data.sourceStops),
    speakerNouns: phrases(data.speakerNouns),
    impersonalSources: phrases(data.impersonalSources),
    anaphoricSources: phrases(data.anaphoricSources),
    sourceDeterminers: words(data.sourceDeterminers),
    continuationCues: phrases(data.continuationCues),
    sourceTerms: new PhraseSet(data.sourceTerms.map((t) => [t[0], { english: t[1], adjective: t[2] === "adj" }] as const)),
    sourceLinkers: phrases(data.sourceLinkers),
    documentHeads: phrases(data.documentHeads),
    verbEndingsInNames: data.verbEndingsInNames.map(normWord),
    possibleCues: phrases(data.possibleCues),
    unconfirmedCues: phrases(data.unconfirmedCues),
    deniedCues: phrases(data.deniedCues),
    factualCues: phrases(data.factualCues),
    stateVerbs: words(data.stateVerbs),
    conditionalEndings: data.conditionalEndings.map(normWord),
    participleEndings: data.participleEndings.map(normWord),
    conditionalExceptions: words(data.conditionalExceptions),
    clauseBreaks: phrases(data.clauseBreaks),
    // Later lists win when one phrase stands in two: the order is the old order of precedence, reversed.
    attributionCues: new PhraseSet<AttributionCue>([
      ...data.ambiguousSayingVerbs.map((p) => [p, "ambiguous"] as const),
      ...data.sayingVerbs.map((p) => [p, "verb"] as const),
      ...data.sayingGerunds.map((p) => [p, "gerund"] as const),
      ...data.sourceBefore.map((p) => [p, "before"] as const),
    ]),
    attributionKeyWords: keyWords([...data.ambiguousSayingVerbs, ...data.sayingVerbs, ...data.sayingGerunds, ...data.sourceBefore, ...data.continuationCues], words(data.stopwords), {
      // Every one is matched as a whole phrase (attributionCues, continuationCues): all its runs must be there.
      partners: true,
    }),
    modalityCues: new PhraseSet<"denied" | "possible" | "unconfirmed">([
      ...data.unconfirmedCues.map((p) => [p, "unconfirmed"] as const),
      ...data.possibleCues.map((p) => [p, "possible"] as const),
      ...data.deniedCues.map((p) => [p, "denied"] as const),
    ]),
  };
}
