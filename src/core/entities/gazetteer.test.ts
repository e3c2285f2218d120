import { strict as assert } from "node:assert";
import { test } from "node:test";
import { tokenize } from "../text/tokens.js";
import { gazetteer } from "./gazetteer.js";

function key(phrase: string): string | undefined {
  const tokens = tokenize(phrase);
  const m = gazetteer().phrases.matchAt(tokens, 0);
  return m && m.to === tokens.length ? m.value.ref.key : undefined;
}

test("country names and demonyms in both languages, from the package", () => {
  for (const p of ["North Korea", "Corée du Nord", "North Korean", "North Koreans", "nord-coréen", "nord-coréennes", "Nord-Coréens", "DPRK"]) assert.equal(key(p), "country:KP", p);
  for (const p of ["États-Unis", "Etats-Unis", "United States", "American", "américaines", "U.S."]) assert.equal(key(p), "country:US", p);
});

test("a demonym shared with territories names the UN member", () => {
  assert.equal(key("French"), "country:FR");
  assert.equal(key("américain"), "country:US");
});

test("capitals and seats of power are kept with the place they name", () => {
  const tokens = tokenize("Moscou");
  const e = gazetteer().phrases.matchAt(tokens, 0)!.value;
  assert.equal(e.ref.key, "country:RU");
  assert.equal(e.place?.key, "place:moscow");
});

test("role adjectives prefer usage", () => {
  assert.equal(gazetteer().countries.get("US")?.adjective, "US");
  assert.equal(gazetteer().countries.get("DE")?.adjective, "German");
});
