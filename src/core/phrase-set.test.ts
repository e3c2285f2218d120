import { strict as assert } from "node:assert";
import { test } from "node:test";
import { PhraseSet } from "./phrase-set.js";
import { tokenize } from "./text/tokens.js";

const set = new PhraseSet<string>([["Red Cross", "rc"], ["red", "r"], ["interior ministry", "im"], ["ministère", "m"]]);

test("a match read through token ids is the one read by words", () => {
  const tokens = tokenize("The Red Cross and the interior ministry (ministère) saw red.");
  // The same tokens without ids: looked up by their normal form only.
  const plain = tokens.map((t) => ({ ...t, id: -1 }));
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < tokens.length; i++) assert.deepEqual(set.matchAt(tokens, i), set.matchAt(plain, i), `token ${i}`);
  }
  assert.deepEqual(set.matchAt(tokens, 1), { value: "rc", from: 1, to: 3 });
  assert.deepEqual(set.matchAt(tokens, 1, 2), { value: "r", from: 1, to: 2 });
  assert.equal(set.matchAt(tokens, 0), null);
  assert.equal(set.matchAt(tokens, tokens.length), null);
});
