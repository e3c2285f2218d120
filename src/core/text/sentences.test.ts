/** Sentence and paragraph splitting: a table of texts and the sentences expected, in both languages. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { LANGUAGES } from "../../lang/registry.js";
import { compileLanguage } from "../compile-language.js";
import { segmentSentences } from "./sentences.js";

const abbreviations = (code: string) => compileLanguage(LANGUAGES.find((l) => l.code === code)!).abbreviations;

const ROWS: ReadonlyArray<readonly [lang: string, text: string, sentences: readonly string[]]> = [
  ["fr", "M. Dupont est arrivé. Il a parlé.", ["M. Dupont est arrivé.", "Il a parlé."]],
  ["fr", "Le taux est de 1,5 %. Il baisse.", ["Le taux est de 1,5 %.", "Il baisse."]],
  ["fr", "« Nous tiendrons. » Le ministre a conclu.", ["« Nous tiendrons. »", "Le ministre a conclu."]],
  ["fr", "Avez-vous vu ? Oui !", ["Avez-vous vu ?", "Oui !"]],
  ["fr", "Titre sans point\nPremier paragraphe.", ["Titre sans point", "Premier paragraphe."]],
  ["en", "Dr. Smith met U.S. officials on Oct. 29. They agreed.", ["Dr. Smith met U.S. officials on Oct. 29.", "They agreed."]],
  ["en", "He lives on St. James Street. It is 3.5 km long.", ["He lives on St. James Street.", "It is 3.5 km long."]],
  ["en", "J. Smith said so. \"We won.\" She left.", ["J. Smith said so.", "\"We won.\"", "She left."]],
  ["en", "down from last year.This is the lowest.", ["down from last year.", "This is the lowest."]],
];

test("sentences: abbreviations, decimals, quotes, headlines and glued sentences", () => {
  for (const [lang, text, expected] of ROWS) {
    const got = segmentSentences(text, abbreviations(lang)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, expected, text);
  }
});

test("sentences: each line is a paragraph, blank lines do not count twice", () => {
  const text = "Un.\n\nDeux. Trois.\nQuatre.";
  const got = segmentSentences(text, abbreviations("fr")).map((s) => [text.slice(s.start, s.end), s.paragraph, s.first]);
  assert.deepEqual(got, [["Un.", 0, true], ["Deux.", 1, true], ["Trois.", 1, false], ["Quatre.", 2, true]]);
});

test("sentences: a runaway sentence is cut into bounded pieces that cover it", () => {
  const text = "mot ".repeat(5000);
  const pieces = segmentSentences(text, abbreviations("fr"));
  assert.ok(pieces.length > 1);
  for (const p of pieces) assert.ok(p.end - p.start <= 1200);
  assert.equal(pieces[0]!.start, 0);
});
