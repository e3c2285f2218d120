import { strict as assert } from "node:assert";
import { test } from "node:test";
import { tokenize } from "../text/tokens.js";
import { noLower, sentenceStarts } from "./tokens.js";

test("acronyms have no lower-case letter", () => {
  assert.equal(noLower("NIS", 2), true);
  assert.equal(noLower("U.N", 2), true);
  assert.equal(noLower("Nis", 2), false);
  assert.equal(noLower("A", 2), false);
});

test("sentence starts: after a period, a line break or an opening quote", () => {
  const body = "Il dit. Le Monde\nLa «Une";
  const starts = sentenceStarts(body, tokenize(body));
  assert.deepEqual(starts, [true, false, false, true, false, true, false, true]);
});
