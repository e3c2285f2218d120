import { strict as assert } from "node:assert";
import { test } from "node:test";
import { findEntities } from "./find-entities.js";

test("offsets: body.slice(start, end) is the mention's text", () => {
  const body = "« Selon le secrétaire d’État américain Antony Blinken », 10 000 Nord-Coréens sont en Russie.\n\nBlinken l’a répété.";
  const ms = findEntities(body, "fr");
  assert.ok(ms.length >= 3);
  for (const m of ms) assert.equal(body.slice(m.start, m.end), m.text);
});

test("a surname after the full name is the same person, also at a sentence start", () => {
  const body = "Le chancelier allemand Olaf Scholz a appelé Moscou. Scholz a ensuite parlé à la presse.";
  const scholz = findEntities(body, "fr").filter((m) => m.key === "person:olaf-scholz");
  assert.deepEqual(scholz.map((m) => m.text), ["Olaf Scholz", "Scholz"]);
});

test("a full name is a person when its surname is used alone elsewhere", () => {
  const body = "The budget was presented by Rachel Reeves in London. Reeves said growth would follow.";
  const ms = findEntities(body, "en").filter((m) => m.kind === "person");
  assert.deepEqual(ms.map((m) => [m.text, m.key]), [["Rachel Reeves", "person:rachel-reeves"], ["Reeves", "person:rachel-reeves"]]);
});

test("an East Asian family name first: 'Lee' after 'Rep. Lee Seong-kweun'", () => {
  const body = "Rep. Lee Seong-kweun of the ruling party spoke. The NIS said so, according to Lee.";
  const lee = findEntities(body, "en").filter((m) => m.kind === "person");
  assert.deepEqual(lee.map((m) => [m.text, m.key, m.role]), [["Lee Seong-kweun", "person:lee-seong-kweun", "Representative"], ["Lee", "person:lee-seong-kweun", null]]);
});

test("an acronym defined once names the same organisation later", () => {
  const body = "The paramilitary Rapid Support Force (RSF) attacked. There was no comment from the RSF.";
  const rsf = findEntities(body, "en").filter((m) => m.key === "org:rsf");
  assert.deepEqual(rsf.map((m) => m.text), ["Rapid Support Force", "RSF", "RSF"]);
});

test("an unknown capitalised word with no evidence is not an entity; one after 'à' is a place", () => {
  const ms = findEntities("Hier, Truc a parlé à Kazan.", "fr");
  assert.deepEqual(ms.map((m) => [m.text, m.key]), [["Kazan", "place:kazan"]]);
});

test("a country name inside a longer name is not the country", () => {
  const ms = findEntities("La liste menée par Jordan Bardella arrive en tête.", "fr");
  assert.equal(ms.some((m) => m.key === "country:JO"), false);
});

test("headings in capitals are not acronyms, datelines are places", () => {
  const ms = findEntities("NEW DELHI: The ECI said. BREAKING NEWS TODAY", "en");
  assert.deepEqual(ms.map((m) => m.key), ["place:new-delhi", "org:eci"]);
});

test("hostile input: 1 MB pathological strings finish fast", () => {
  const M = 1_000_000;
  const inputs = [
    "A".repeat(M),
    "Aa ".repeat(M / 3),
    "President Aa Bb, ".repeat(M / 17),
    "Office For Budget (OFB) ".repeat(M / 24),
    "\u0000\u0001\u0007é".repeat(M / 4),
    "Aa de ".repeat(M / 6),
    "(((((".repeat(M / 5),
    "Korea's ".repeat(M / 8),
    "le ministre russe de la Défense Aa ".repeat(M / 35),
  ];
  for (const s of inputs) {
    const t = Date.now();
    for (const lang of ["fr", "en"] as const) findEntities(s, lang);
    assert.ok(Date.now() - t < 5000, `too slow on ${JSON.stringify(s.slice(0, 20))}`);
  }
});
