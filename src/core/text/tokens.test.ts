/** The tokenizer: words, elisions, joined words, punctuation, offsets into the original text. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { hasKeyWord, keyWords, tokenize } from "./tokens.js";

const ROWS: ReadonlyArray<readonly [text: string, norms: readonly string[]]> = [
  ["Jusqu’à 12 000 soldats", ["jusqu'", "a", "12", "000", "soldats"]],
  ["d'après l'agence", ["d'", "apres", "l'", "agence"]],
  ["nord-coréens U.S. Korea's", ["nord-coreens", "u.s", ".", "korea", "'", "s"]],
  ["500km2, 14h30", ["500", "km", "2", ",", "14", "h", "30"]],
  ["« Déjà »", ["«", "deja", "»"]],
];

test("tokens: normal forms of words and marks", () => {
  for (const [text, norms] of ROWS) {
    const tokens = tokenize(text);
    assert.deepEqual(tokens.map((t) => t.norm), norms, text);
    for (const t of tokens) assert.ok(t.end > t.start && t.end <= text.length, text);
  }
});

test("tokens: a range of the text is tokenized in place", () => {
  const text = "xx Selon le NIS yy";
  const tokens = tokenize(text, 3, 15);
  assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ["Selon", "le", "NIS"]);
  assert.equal(tokens[0]!.capital, true);
});

test("tokens: key words are found without tokens, accents and case ignored", () => {
  const keys = keyWords(["a déclaré", "according to"]);
  assert.equal(hasKeyWord("Le préfet a DÉCLARÉ que", 0, 23, keys), true);
  assert.equal(hasKeyWord("Rien à signaler ici", 0, 19, keys), false);
  assert.equal(hasKeyWord("According to him", 0, 16, keys), true);
});

test("tokens: with partners, a key word of a longer phrase counts only with another of its words", () => {
  const keys = keyWords(["seen by", "vu par", "said"], new Set(["by", "par"]), { partners: true });
  assert.equal(hasKeyWord("We have never seen this", 0, 23, keys), false);
  assert.equal(hasKeyWord("A note seen by Reuters", 0, 22, keys), true);
  assert.equal(hasKeyWord("Un document vu PAR l'AFP", 0, 24, keys), true);
  assert.equal(hasKeyWord("Un document vu hier", 0, 19, keys), false);
  assert.equal(hasKeyWord("He said so", 0, 10, keys), true);
});
