/**
 * @module core/entities/compile
 * Turns a language's entity data into phrase sets and word sets, once.
 */
import { entities as en } from "../../lang/en/entities.js";
import { entities as fr } from "../../lang/fr/entities.js";
import { PhraseSet } from "../phrase-set.js";
import { normPhrase, normWord } from "../text/normalize.js";
import type { EntityLanguage } from "./language.js";

export interface CompiledEntityLanguage {
  readonly data: EntityLanguage;
  readonly titles: PhraseSet<string>;
  readonly complements: PhraseSet<string>;
  readonly honorifics: PhraseSet<true>;
  readonly particles: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly orgIntroducers: PhraseSet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly placeIntroducers: PhraseSet<true>;
  readonly locatives: PhraseSet<true>;
  readonly placeMarkers: PhraseSet<true>;
  readonly nonNames: ReadonlySet<string>;
  readonly nameDeterminers: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly descriptors: PhraseSet<string>;
  readonly nonEntityAcronyms: ReadonlySet<string>;
  readonly documentHeads: ReadonlySet<string>;
  readonly relayCarrierFirst: PhraseSet<true>;
  readonly relayOriginalFirst: PhraseSet<true>;
  readonly sourceIntroducers: PhraseSet<true>;
  readonly phraseStops: ReadonlySet<string>;
  readonly reportingVerbs: PhraseSet<true>;
  readonly clauseOpeners: ReadonlySet<string>;
}

const cache = new Map<string, CompiledEntityLanguage>();

export function entityLanguage(code: "fr" | "en"): CompiledEntityLanguage {
  let c = cache.get(code);
  if (!c) {
    c = compile(code === "fr" ? fr : en);
    cache.set(code, c);
  }
  return c;
}

const words = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => normPhrase(w)));
const marks = (list: readonly string[]): PhraseSet<true> => new PhraseSet(list.map((w) => [w, true] as const));

function compile(d: EntityLanguage): CompiledEntityLanguage {
  return {
    data: d,
    titles: new PhraseSet(d.titles),
    complements: new PhraseSet(d.titleComplements),
    honorifics: marks(d.honorifics),
    particles: words(d.particles),
    orgHeads: words(d.orgHeads),
    orgIntroducers: new PhraseSet(d.orgIntroducers),
    placeHeads: words(d.placeHeads),
    placeIntroducers: marks(d.placeIntroducers),
    locatives: marks(d.locatives),
    placeMarkers: marks(d.placeMarkers),
    nonNames: words(d.nonNames),
    nameDeterminers: words(d.nameDeterminers),
    determiners: words(d.determiners),
    descriptors: new PhraseSet(d.descriptors),
    nonEntityAcronyms: new Set(d.nonEntityAcronyms.map((a) => normWord(a))),
    documentHeads: words(d.documentHeads),
    relayCarrierFirst: marks(d.relayCarrierFirst),
    relayOriginalFirst: marks(d.relayOriginalFirst),
    sourceIntroducers: marks(d.sourceIntroducers),
    phraseStops: words(d.phraseStops),
    reportingVerbs: marks(d.reportingVerbs),
    clauseOpeners: words(d.clauseOpeners),
  };
}
