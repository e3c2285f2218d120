import { strict as assert } from "node:assert";
import { test } from "node:test";
import { slug } from "./slug.js";

test("slugs fold case, accents and apostrophes", () => {
  assert.equal(slug("Lee Seong-kweun"), "lee-seong-kweun");
  assert.equal(slug("Sénat américain"), "senat-americain");
  assert.equal(slug("People's Party"), "peoples-party");
});
