/**
 * @module core/language-pack
 * What the engine needs to know about a language, as data. Each folder in
 * src/lang fills one of these; the engine never names a language.
 * Phrases are written naturally (accents, apostrophes); they are
 * normalised when the pack is compiled (compile-pack.ts).
 */
import type { NumberLexicon } from "./number-reader.js";
import type { LanguageCode, Qualifier } from "./types.js";

/** A unit written after (or, for symbols, before) a number. */
export interface UnitEntry {
  /** English name of what is counted: `square kilometres`, `euros`, `percent`. */
  readonly counts: string;
  readonly kind: "measure" | "currency" | "percent" | "points" | "times";
  /** A scale the unit carries: "M€" is millions of euros. */
  readonly scale?: number;
}

/** What a language says about a figure's scope and time (lang/xx/tracks.ts). */
export interface TrackLanguage {
  /** Nouns naming a place inside a country ("région", "oblast", "county"). */
  readonly regionNouns: readonly string[];
  /** Whether the place's name may stand before the noun ("the Kursk region"); it may always follow it after a link. */
  readonly regionNameBefore: boolean;
  /** Words between the noun and the name ("de", "of"). */
  readonly regionLinks: readonly string[];
  /** Words just before a figure that make it an addition to a total ("another", "an additional"). */
  readonly additionBefore: readonly string[];
  /** Words just after a figure or its noun that do ("supplémentaires", "more"). */
  readonly additionAfter: readonly string[];
  /**
   * Phrases that limit a figure to a recent stretch of time ("ces dernières
   * 24 heures", "in the past week"): a count over it is not the total. `#`
   * stands for a number in digits or words.
   */
  readonly recentPeriods: readonly string[];
  /** Words that make "more" a comparison, not an addition ("315,000 more people arriving than leaving"). */
  readonly comparatives: readonly string[];
  /**
   * Words between two figures that compare one quantity at two times or by
   * two counts ("8,7% contre 8,3%", "passant de 226 à 201", "up from 114,000"):
   * the two are one figure's values, not items of a list.
   */
  readonly comparisonLinks: readonly string[];
  /** Words that open a part after its whole: "5 900 morts, dont 1 100 à Gaziantep", "3,400 killed, including 1,100…". */
  readonly partsFollow: readonly string[];
  /** Words between a part and its whole: "8000 des 10000", "8,000 of the 10,000". */
  readonly partitiveLinks: readonly string[];
  /** Monday first. */
  readonly weekdays: readonly string[];
  readonly yesterday: readonly string[];
  readonly lastWeek: readonly string[];
  readonly lastMonth: readonly string[];
  /** The twelve months in order, full names. */
  readonly monthNames: readonly string[];
  /**
   * Words just before a figure that make it a level reached, not a change,
   * with a verb of change: "la portant à 5,1%", "fell to 87,000", "down from
   * 114,000". ("a baissé de 42%", "rose by 5%" are changes.)
   */
  readonly levelLinks: readonly string[];
  /**
   * Phrases that compare the figure after them with the figure before it,
   * as two values of one quantity, whatever words stand between the two:
   * "87,000 deaths …, down from 114,000", "5 889 passages contre 3 856".
   */
  readonly comparedWith: readonly string[];
  /**
   * Phrases limiting a share or rate to a part of the population ("chez les
   * plus de 65 ans", "among women", "third gender turnout"). `#` stands for a
   * number in digits or words.
   */
  readonly subgroups: readonly string[];
  /**
   * Words that make a death toll a model's estimate of deaths caused,
   * directly or not, rather than the deaths counted: "imputables au
   * conflit", "excess deaths", "indirect deaths".
   */
  readonly attributable: readonly string[];
  /** Phrases spanning several years ("ces dernières années", "in recent years"): a count over them is not the year's or the event's. */
  readonly recentYears: readonly string[];
  /** Quantifiers that make the figure after their noun a part of a group: "la grande majorité des victimes (9 757)", "most of the dead, 9,757". */
  readonly partQuantifiers: readonly string[];
  /**
   * Nouns of a level just before a figure ("a world record of 642 million",
   * "un pic de 740 000"): the verb before them makes or reaches the record,
   * it says nothing about what happened to what is counted.
   */
  readonly levelNouns: readonly string[];
  /**
   * Phrases opening a sentence that compare its figures with the figure
   * before it: "That is down from 2022-23's peak of 740,000", "C'est moins
   * que les 3 000 de 2023". A figure there that names nothing counts what
   * that figure counts.
   */
  readonly comparedOpenings: readonly string[];
  /** Words between two figures that make them the two sides of an exchange: "303 … en échange de 303", "300 in exchange for 300". */
  readonly exchangeLinks: readonly string[];
}

export interface LanguageData {
  readonly code: LanguageCode;
  readonly numbers: NumberLexicon;
  readonly tracks: TrackLanguage;
  /** Frequent function words, for language identification. */
  readonly stopwords: readonly string[];
  /** Abbreviations whose period does not end a sentence, lower case, without the final period. */
  readonly abbreviations: readonly string[];

  // Quantity shape
  readonly qualifiersBefore: ReadonlyArray<readonly [string, Qualifier]>;
  readonly qualifiersAfter: ReadonlyArray<readonly [string, Qualifier]>;
  /** Words that may open a vague quantity and belong to its mention ("des", "plusieurs", "several"). */
  readonly vagueDeterminers: readonly string[];
  /** Words that open a range ("entre", "between", "de", "from") mapped to the joiner that closes it. */
  readonly rangeOpeners: ReadonlyArray<readonly [string, readonly string[]]>;
  /** Joiners of a bare range ("à", "to", "-"). */
  readonly rangeJoiners: readonly string[];
  readonly unitsAfter: ReadonlyArray<readonly [string, UnitEntry]>;
  readonly unitsBefore: ReadonlyArray<readonly [string, UnitEntry]>;
  /** Scale letters glued to an amount of money ("€450m", "$2bn"): read only after a currency symbol. */
  readonly moneyScaleSuffixes: ReadonlyArray<readonly [string, number]>;
  /** Words linking a rate to its base ("pour", "per"): "201 pour 100 000 habitants". */
  readonly ratePrepositions: readonly string[];

  // Not figures
  readonly months: readonly string[];
  /** Units of time: a number before one is a duration, an age or a time ("3 ans", "two weeks"). */
  readonly timeUnits: readonly string[];
  /** Words after a number that make it a time of day ("h", "heures", "a.m."). */
  readonly clockWords: readonly string[];
  /** Words before a number that make it a label, not a quantity ("n°", "article", "page", "No."). */
  readonly labelWords: readonly string[];
  /** Determiners that make a small written number point back ("les deux pays", "the two sides"). */
  readonly referentialDeterminers: readonly string[];
  /** Words after a number that make it a rank ("plus", "most", "largest" in "the 20 most…"). */
  readonly rankWords: readonly string[];

  // What is counted, whose, and what happened
  /** Words between a number and its noun that are skipped ("de", "of", "ses", "the"). */
  readonly nounLinkers: readonly string[];
  /** Counted nouns mapped to an English noun ("soldats" → "soldiers"). */
  readonly nouns: ReadonlyArray<readonly [string, string]>;
  /** Nouns that say what happened by themselves ("blessés" → wounded, "morts" → killed). */
  readonly nounEvents: ReadonlyArray<readonly [string, string]>;
  /** Verb forms and event nouns mapped to an English event ("envoyé" → sent, "déficit" → deficit). */
  readonly events: ReadonlyArray<readonly [string, string]>;
  /** Words that may stand between a figure (or its noun) and its verb: auxiliaries, modals, adverbs, negation, relative pronouns ("auraient", "été", "have", "been", "qui", "who"). */
  readonly eventAuxiliaries: readonly string[];
  /** Words that may stand between an event word and the figure it governs ("à", "de", "les", "to", "of", "at"). */
  readonly eventPrepositions: readonly string[];
  /** Demonyms and country names mapped to an English demonym ("nord-coréens" → North Korean). */
  readonly places: ReadonlyArray<readonly [string, string]>;
  /** Endings of adverbs, which never name what is counted ("annually", "seulement"). */
  readonly adverbEndings: readonly string[];
  /** Prepositions: a place after one is where or of what, not whose ("envoyés en Russie", "an ally of Russia"). */
  readonly prepositions: readonly string[];
  /** Determiners that may stand between a preposition and a place ("de la Russie", "of the UK"). */
  readonly determiners: readonly string[];

  // Attribution
  /** Phrases followed by the source ("selon", "d'après", "according to", "citing"). */
  readonly sourceBefore: readonly string[];
  /** Verbs of saying; their subject (before, or after when inverted) is the source. */
  readonly sayingVerbs: readonly string[];
  /** Verbs of saying that are also plural nouns ("estimates"): verbs only before one of `ambiguousVerbFollowers`. */
  readonly ambiguousSayingVerbs: readonly string[];
  readonly ambiguousVerbFollowers: readonly string[];
  /** Gerunds of saying, whose speaker is the subject of their clause ("en révélant", "saying"). */
  readonly sayingGerunds: readonly string[];
  /** Asides set off by commas between a subject and its verb ("however", "de son côté"). */
  readonly asides: readonly string[];
  /** Relative pronouns that open such an aside: "Ukraine's air force, which shot down 70 of them, said", "Le ministre, qui s'exprimait à la radio, a indiqué". */
  readonly relativeAsides: readonly string[];
  /** Auxiliaries between a subject and a participle ("a", "have", "has"). */
  readonly auxiliaries: readonly string[];
  /** Words that end a source phrase when read forward ("qui", "que", "that", "who"). */
  readonly sourceStops: readonly string[];
  /** Common nouns for those who give figures ("officials", "autorités"): a source is one of these or a name. */
  readonly speakerNouns: readonly string[];
  /** Heads that make an attribution impersonal ("bilan", "toll", "on"): no source. */
  readonly impersonalSources: readonly string[];
  /** Pronouns and anaphoric nouns that stand for the source named before ("il", "he", "la note"). */
  readonly anaphoricSources: readonly string[];
  /** Determiners and titles stripped from the front of a source ("le", "the", "M."). */
  readonly sourceDeterminers: readonly string[];
  /** Source names mapped to English; "adj" marks adjectives (placed before the noun in English). */
  readonly sourceTerms: ReadonlyArray<readonly [string, string] | readonly [string, string, "adj"]>;
  /** Words that link a noun to its complement in a source name ("ministère de la Défense", "report by"). */
  readonly sourceLinkers: readonly string[];
  /** Endings of a verb that ends a source's name when it is read forward ("issued"). */
  readonly verbEndingsInNames: readonly string[];
  /** Heads that name a document or a count rather than who made it ("rapport", "report", "bilan"). */
  readonly documentHeads: readonly string[];
  /** Openers of a sentence that goes on with the report before ("Dans le détail", "The note says"). */
  readonly continuationCues: readonly string[];

  // Modality
  readonly possibleCues: readonly string[];
  readonly unconfirmedCues: readonly string[];
  readonly deniedCues: readonly string[];
  /** Words that make an event a settled fact even inside a hedged clause ("déjà", "already"). */
  readonly factualCues: readonly string[];
  /** Verbs of state after a modal that turn a possibility into a hedge ("être", "be"). */
  readonly stateVerbs: readonly string[];
  /** Endings of past participles ("envoyés", "deployed"). */
  readonly participleEndings: readonly string[];
  /** Endings of the conditional mood ("rait", "raient"), for languages that have one. */
  readonly conditionalEndings: readonly string[];
  /** Words that look conditional but are not ("vrait"? no: whole words excluded, e.g. "serait" handled as cue). */
  readonly conditionalExceptions: readonly string[];
  /** Words that close the clause of a figure ("qui", "mais", "which", "but"). */
  readonly clauseBreaks: readonly string[];
}
