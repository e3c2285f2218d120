/**
 * @module lang/fr
 * French: the language knowledge the engine reads, assembled in one object.
 * Order inside each list does not matter: phrase sets match longest-first.
 */
import type { LanguageData } from "../../core/language-pack.js";
import * as counted from "./counted.js";
import * as events from "./events.js";
import { frenchNumbers } from "./numbers.js";
import * as quantity from "./quantity.js";
import * as reporting from "./reporting.js";
import * as sources from "./sources.js";
import { tracks } from "./tracks.js";

export const language: LanguageData = {
  code: "fr",
  numbers: frenchNumbers,
  stopwords: ["le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "dans", "pour", "que", "qui", "sur", "au", "aux", "avec", "par", "pas", "ont", "été", "selon", "il", "elle", "ils", "ce", "cette", "son", "sa", "ses", "leur", "plus", "mais", "ou", "où", "a", "sont"],
  abbreviations: ["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "cf", "etc", "env", "av", "apr", "j.-c", "art", "p", "n", "no", "vol", "fig", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "gén", "lt", "col", "cdt", "sgt", "adj", "inc", "ltd", "co", "corp", "s.a", "u.s", "é.-u", "dép", "tél", "bd", "boul", "min", "max", "hab", "km", "kg", "env", "ex", "vs", "c.-à-d"],
  ...quantity,
  ...counted,
  ...events,
  ...reporting,
  ...sources,
  tracks,
};
