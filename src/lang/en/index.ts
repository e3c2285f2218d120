/**
 * @module lang/en
 * English: the language knowledge the engine reads, assembled in one object.
 * Order inside each list does not matter: phrase sets match longest-first.
 */
import type { LanguageData } from "../../core/language-pack.js";
import * as counted from "./counted.js";
import * as events from "./events.js";
import { englishNumbers } from "./numbers.js";
import * as quantity from "./quantity.js";
import * as reporting from "./reporting.js";
import * as sources from "./sources.js";
import { tracks } from "./tracks.js";

export const language: LanguageData = {
  code: "en",
  numbers: englishNumbers,
  stopwords: ["the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from", "it", "its", "has", "have", "had", "were", "are", "be", "been", "said", "this", "which", "who", "an", "a", "their", "they", "he", "she", "not", "but", "or", "more", "than", "after", "about"],
  abbreviations: ["mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "lt", "col", "capt", "sgt", "maj", "cpl", "pvt", "adm", "gov", "sen", "rep", "rev", "hon", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "u.s", "u.k", "u.n", "e.u", "d.c", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "vs", "v", "etc", "e.g", "i.e", "approx", "est", "fig", "p", "pp", "a.m", "p.m", "ave", "blvd", "rd", "dept", "univ", "assn", "min", "max", "ala", "ariz", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo"],
  ...quantity,
  ...counted,
  ...events,
  ...reporting,
  ...sources,
  tracks,
};
