import { strict as assert } from "node:assert";
import { test } from "node:test";
import { tokenize } from "../text/tokens.js";
import { findAcronymDefinitions } from "./acronyms.js";
import { entityLanguage } from "./compile.js";
import { gazetteer } from "./gazetteer.js";

function defs(body: string, lang: "fr" | "en"): [string, string][] {
  const tokens = tokenize(body);
  return findAcronymDefinitions(body, tokens, entityLanguage(lang), gazetteer()).map((d) => [body.slice(tokens[d.from]!.start, tokens[d.to - 1]!.end), d.ref.key]);
}

test("expansion by initials, particles and possessives skipped", () => {
  assert.deepEqual(defs("The Office for Budget Responsibility (OBR) warned.", "en"), [["Office for Budget Responsibility", "org:obr"]]);
  assert.deepEqual(defs("the Election Commission of India (ECI) said", "en"), [["Election Commission of India", "org:eci"]]);
  assert.deepEqual(defs("and Sudan People's Liberation Movement-North (SPLM-N) used", "en"), [["Sudan People's Liberation Movement-North", "org:splmn"]]);
});

test("French keeps an English acronym: the expansion starts at its capitalised head; the demonym gives the country", () => {
  assert.deepEqual(defs("D'après le Service national de renseignement sud-coréen (NIS), 12 000", "fr"), [["Service national de renseignement sud-coréen", "org:kr-nis"]]);
  assert.deepEqual(defs("le Bureau national des enquêtes (XYZ) a dit", "fr"), [["Bureau national des enquêtes", "org:xyz"]]);
});

test("a possessive country qualifies an unknown acronym", () => {
  assert.deepEqual(defs("Japan's Maritime Safety Agency (MSA) said", "en"), [["Maritime Safety Agency", "org:jp-msa"]]);
});

test("no definition without capitals or without a name before", () => {
  assert.deepEqual(defs("les pompiers de Los Angeles (Cal Fire) et des gens (NB)", "fr"), []);
});
