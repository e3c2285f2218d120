import { strict as assert } from "node:assert";
import { test } from "node:test";
import { canonicalActor } from "./canonical-actor.js";

const key = (s: string): string | null => canonicalActor(s)?.key ?? null;

test("North Korea in every form is one actor", () => {
  for (const s of ["North Korean", "nord-coréens", "Corée du Nord", "North Korea", "Pyongyang", "DPRK"]) assert.equal(key(s), "country:KP", s);
});

test("the NIS by acronym, French and English names, and as South Korean intelligence", () => {
  for (const s of ["NIS", "South Korean intelligence", "Service national de renseignement sud-coréen", "South Korea's National Intelligence Service", "renseignements sud-coréens"]) {
    assert.equal(key(s), "org:kr-nis", s);
  }
  assert.equal(canonicalActor("NIS")?.name, "National Intelligence Service (South Korea)");
});

test("Poutine = Putin; seats of power act for their country", () => {
  assert.equal(key("Poutine"), "person:vladimir-putin");
  assert.equal(key("Vladimir Putin"), "person:vladimir-putin");
  assert.equal(key("Moscou"), "country:RU");
  assert.equal(key("the Kremlin"), "country:RU");
});

test("a carrier in brackets is the named speaker; a full name is a person", () => {
  assert.equal(key("US media (CNN)"), "org:cnn");
  assert.equal(key("Antony Blinken"), "person:antony-blinken");
});

test("not wholly one entity: null", () => {
  assert.equal(key("South Korean lawmakers"), null);
  assert.equal(key("experts"), null);
  assert.equal(key(""), null);
});
