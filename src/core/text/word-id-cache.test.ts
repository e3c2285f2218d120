import { strict as assert } from "node:assert";
import { test } from "node:test";
import { tokenize, wordIdBase } from "./tokens.js";
import { WordIdCache } from "./word-id-cache.js";

/** A different short word for each n: "qa", "qb", …, in base 26. */
function word(n: number): string {
  let w = "";
  do {
    w = String.fromCharCode(97 + (n % 26)) + w;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `q${w}`;
}

test("a word's value is computed once, and ids handed out afresh never read another word's", () => {
  let calls = 0;
  const cache = new WordIdCache((norm) => (calls++, norm.length * 1000 + norm.charCodeAt(norm.length - 1)));
  const value = (norm: string) => norm.length * 1000 + norm.charCodeAt(norm.length - 1);
  const [army, again] = tokenize("army army");
  assert.ok(army!.id >= 0 && army!.id === again!.id, "a short ASCII word has an id");
  assert.equal(cache.of(army!), value("army"));
  assert.equal(cache.of(again!), value("army"));
  assert.equal(calls, 1, "read by id the second time");

  // Many words kept; then enough new words that the tokenizer hands its ids out again, to other words.
  for (const t of tokenize(Array.from({ length: 5_000 }, (_, n) => `${word(n)}x`).join(" "))) cache.of(t);
  const before = wordIdBase();
  const fresh = tokenize(Array.from({ length: 20_000 }, (_, n) => word(n)).join(" "));
  assert.ok(wordIdBase() > before, "the ids were handed out afresh");
  for (const t of fresh) assert.equal(cache.of(t), value(t.norm), t.norm);
  assert.equal(cache.of(army!), value("army"), "an old token still gets its own word's value");
  const [punct] = tokenize("«");
  assert.equal(cache.of(punct!), value("«"));
});
