import { strict as assert } from "node:assert";
import { test } from "node:test";
import { analyse } from "./analyse.js";

test("the numbers of a plain-text article's date line are no figures", () => {
  const body = " date 2024-11 Selon des experts, la Corée du Nord pourrait envoyer 100.000 soldats.";
  const a = analyse({ id: "a", url: null, outlet: null, title: null, published: "2024-11", language: null, body });
  assert.deepEqual(a.claims.map((c) => c.mention), ["100.000"]);
  assert.equal(a.features?.length, 1);
});

test("without track features, only the figures are read", () => {
  const body = "North Korea has sent 10,000 troops to Russia, officials said.";
  const a = analyse({ id: "a", url: null, outlet: null, title: null, published: null, language: null, body }, { trackFeatures: false });
  assert.equal(a.claims.length, 1);
  assert.equal(a.features, undefined);
});
