import { strict as assert } from "node:assert";
import { test } from "node:test";
import { EntityIndex } from "./entity-index.js";
import { findEntities } from "./find-entities.js";

const FR = "Vladimir Poutine a reçu le ministre. Selon le Service national de renseignement sud-coréen (NIS), 12 000 soldats nord-coréens sont en Russie. La Corée du Nord dément.";
const EN = "Putin met them. South Korea's National Intelligence Service said North Korea sent troops; Pyongyang denied it. Secretary of State Antony Blinken spoke.";
const EN2 = "Later, Secretary Blinken said the NIS was right.";

function build(order: readonly (readonly [string, string, "fr" | "en"])[]): EntityIndex {
  const index = new EntityIndex();
  for (const [id, body, lang] of order) index.add(id, findEntities(body, lang));
  return index;
}

test("one canonical entity across languages, with every surface form", () => {
  const es = build([["fr", FR, "fr"], ["en", EN, "en"], ["en2", EN2, "en"]]).entities();
  const get = (k: string) => es.find((e) => e.key === k);
  assert.deepEqual(get("person:vladimir-putin")?.aliases, ["Putin", "Vladimir Poutine"]);
  assert.equal(get("person:vladimir-putin")?.articles, 2);
  assert.deepEqual(get("country:KP")?.aliases, ["Corée du Nord", "North Korea", "Pyongyang", "nord-coréens"]);
  const nis = get("org:kr-nis")!;
  assert.equal(nis.articles, 3);
  assert.ok(nis.aliases.includes("NIS") && nis.aliases.includes("Service national de renseignement sud-coréen") && nis.aliases.includes("South Korea's National Intelligence Service"));
});

test("a surname-only mention in another article joins the full name", () => {
  const es = build([["en", EN, "en"], ["en2", EN2, "en"]]).entities();
  const blinken = es.find((e) => e.key === "person:antony-blinken")!;
  assert.deepEqual(blinken.aliases, ["Antony Blinken", "Blinken"]);
  assert.deepEqual(blinken.roles, ["Secretary", "Secretary of State"]);
  assert.equal(blinken.articles, 2);
  assert.equal(es.some((e) => e.key === "person:blinken"), false);
});

test("the result does not depend on the order articles are added", () => {
  const a = build([["fr", FR, "fr"], ["en", EN, "en"], ["en2", EN2, "en"]]).entities();
  const b = build([["en2", EN2, "en"], ["en", EN, "en"], ["fr", FR, "fr"]]).entities();
  assert.deepEqual(a, b);
});
