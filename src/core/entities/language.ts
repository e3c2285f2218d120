/**
 * @module core/entities/language
 * What the entity finder needs to know about a language, as data
 * (src/lang/xx/entities.ts fills one). Phrases are written naturally;
 * they are normalised when compiled (compile.ts).
 */

/** A phrase and its English rendering. */
export type Rendered = readonly [phrase: string, english: string];

export interface EntityLanguage {
  readonly code: "fr" | "en";
  /** Whether adjectives (country adjectives, portfolios) follow the noun they qualify. */
  readonly adjectiveAfterNoun: boolean;
  /** Titles and roles that introduce a person ("président", "Secretary of State"), with their English form. */
  readonly titles: readonly Rendered[];
  /** Complements of a title naming a portfolio ("des Affaires étrangères" → "Foreign"). */
  readonly titleComplements: readonly Rendered[];
  /** Courtesy titles that mark a person and carry no role ("M.", "Mr"). */
  readonly honorifics: readonly string[];
  /** Lower-case words allowed inside a name between capitalised words ("Corée du Nord", "Office for Budget Responsibility"). */
  readonly particles: readonly string[];
  /** Nouns that make a capitalised name an organisation ("Service", "Agency", "Party"). */
  readonly orgHeads: readonly string[];
  /** Common nouns that introduce an organisation's name ("l'ONG Caminando Fronteras", "the newspaper X"). */
  readonly orgIntroducers: readonly Rendered[];
  /** Nouns that make a capitalised name a place ("Islands", "County", "îles"). */
  readonly placeHeads: readonly string[];
  /** Nouns and links before a place's name ("région de", "city of"). */
  readonly placeIntroducers: readonly string[];
  /** Prepositions after which an unknown single name is a place ("à Kazan", "in Kazan"). */
  readonly locatives: readonly string[];
  /** Words after which a capital city is the place, not its government ("à Moscou", "in Moscow"). */
  readonly placeMarkers: readonly string[];
  /** Closed-class and calendar words that are capitalised at a sentence start but never begin a name. */
  readonly nonNames: readonly string[];
  /** Determiners that, capitalised inside a sentence, begin a name ("Le Figaro", "The Guardian"). */
  readonly nameDeterminers: readonly string[];
  /** Determiners skipped before a phrase. */
  readonly determiners: readonly string[];
  /** Generic descriptions of institutions, with their English descriptor; "country" means the country itself acts. */
  readonly descriptors: readonly Rendered[];
  /** Abbreviations in capitals that name no organisation ("GDP", "PIB"). */
  readonly nonEntityAcronyms: readonly string[];
  /** Heads that name a document rather than who made it ("note", "report"). */
  readonly documentHeads: readonly string[];
  /** Cues after a carrier and before the original source ("citing", "citant"). */
  readonly relayCarrierFirst: readonly string[];
  /** Cues after the original source and before its carrier ("cité par", "quoted by"). */
  readonly relayOriginalFirst: readonly string[];
  /** Words that introduce a source ("selon", "according to"). */
  readonly sourceIntroducers: readonly string[];
  /** Words that end a source's phrase when reading forward. */
  readonly phraseStops: readonly string[];
  /** Verbs of reporting that may stand between a carrier and a relay cue ("reported, citing"). */
  readonly reportingVerbs: readonly string[];
  /**
   * Words that open a relative or complement clause ("qui", "dont", "that", "which"):
   * a name before one belongs to the clause around, unless it is the word's antecedent.
   */
  readonly clauseOpeners: readonly string[];
}
