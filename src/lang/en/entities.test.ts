/** English entity knowledge: titles, organisation and place heads, descriptors, read through the entity finder. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { findEntities } from "../../core/entities/find-entities.js";

// [sentence, surface text, key, role]
type Row = readonly [string, string, string, string | null];

const ROWS: readonly Row[] = [
  ["He met Secretary of State Antony Blinken on Monday.", "Antony Blinken", "person:antony-blinken", "Secretary of State"],
  ["Ukrainian President Volodymyr Zelensky said two units were trained.", "Volodymyr Zelensky", "person:volodymyr-zelensky", "Ukrainian President"],
  ["South Korean U.N. Ambassador Hwang Joon-kook said the troops had uniforms.", "Hwang Joon-kook", "person:hwang-joon-kook", "South Korean U.N. Ambassador"],
  ["It followed a deal signed by North Korean leader Kim Jong Un.", "Kim Jong Un", "person:kim-jong-un", "North Korean leader"],
  ["Russian President Vladimir Putin visited.", "Vladimir Putin", "person:vladimir-putin", "Russian President"],
  ["He told Defense Secretary Lloyd Austin.", "Lloyd Austin", "person:lloyd-austin", "Defense Secretary"],
  ["South Korea's National Intelligence Service said last week it had evidence.", "South Korea's National Intelligence Service", "org:kr-nis", null],
  ["South Korea's spy agency told lawmakers on Monday.", "South Korea's spy agency", "org:kr-nis", null],
  ["A source in Ukraine's military intelligence agency said so.", "Ukraine's military intelligence agency", "org:ua-hur", null],
  ["Reports cited South Korean military intelligence on Sunday.", "South Korean military intelligence", "org:kr-military-intelligence", null],
  ["The Office for Budget Responsibility (OBR) also warned.", "Office for Budget Responsibility", "org:obr", null],
  ["A Defense Intelligence Agency (DIA) briefing was provided.", "DIA", "org:dia", null],
  ["Data from Spain's Interior Ministry showed on Thursday.", "Spain's Interior Ministry", "org:es-interior-ministry", null],
  ["They reached the Canary Islands in October.", "Canary Islands", "place:canary-islands", null],
  ["North Korean troops are in Russia.", "North Korean", "country:KP", null],
  ["The North Koreans lack experience.", "North Koreans", "country:KP", null],
  ["It supports Moscow's war.", "Moscow", "country:RU", null],
  ["Hundreds were killed in Kyiv overnight.", "Kyiv", "place:kyiv", null],
  ["The U.S. said it had evidence.", "U.S.", "country:US", null],
  ["Officials at the United Nations spoke.", "United Nations", "org:un", null],
];

test("en: entities, keys and roles", () => {
  const failures: string[] = [];
  for (const [sentence, text, key, role] of ROWS) {
    const m = findEntities(sentence, "en").find((x) => x.text === text);
    if (!m || m.key !== key || m.role !== role) failures.push(`${sentence} → ${m ? `${m.key} [${m.role}]` : "not found"}`);
  }
  assert.deepEqual(failures, []);
});

test("en: sentence openers, weekdays and months are not entities", () => {
  const body = "According to officials, nothing changed. The troops left on Monday. In March, Tuesday. However, Several units moved.";
  assert.deepEqual(findEntities(body, "en"), []);
});

test("en: a word that ends several names is a head noun, not a surname", () => {
  const body = "The Park Fire grew. The Creek Fire burned more. Crews said Fire crews were tired.";
  assert.equal(findEntities(body, "en").filter((m) => m.kind === "person").length, 0);
});
