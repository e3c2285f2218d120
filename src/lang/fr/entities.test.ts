/** French entity knowledge: titles, organisation and place heads, descriptors, read through the entity finder. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { findEntities } from "../../core/entities/find-entities.js";

// [sentence, surface text, key, role]
type Row = readonly [string, string, string, string | null];

const ROWS: readonly Row[] = [
  ["Selon le secrétaire d'État américain Antony Blinken, 8 000 soldats sont à Koursk.", "Antony Blinken", "person:antony-blinken", "US Secretary of State"],
  ["Il l'a dit au chancelier allemand Olaf Scholz mardi.", "Olaf Scholz", "person:olaf-scholz", "German Chancellor"],
  ["Le ministre ukrainien des Affaires étrangères Andriï Sybiga a dénoncé l'attaque.", "Andriï Sybiga", "person:andrii-sybiha", "Ukrainian Foreign Minister"],
  ["Mark Rutte, secrétaire général de l'Alliance, a déclaré qu'il ne pouvait confirmer.", "Mark Rutte", "person:mark-rutte", "Secretary General"],
  ["Il a rencontré le président Vladimir Poutine.", "Vladimir Poutine", "person:vladimir-putin", "President"],
  ["D'après le Service national de renseignement sud-coréen (NIS), 12 000 soldats pourraient partir.", "Service national de renseignement sud-coréen", "org:kr-nis", null],
  ["Il a cité les services de renseignement ukrainiens mardi.", "services de renseignement ukrainiens", "org:ua-intelligence", null],
  ["Un communiqué du ministère russe de la Défense a indiqué l'échange.", "ministère russe de la Défense", "org:ru-defence-ministry", null],
  ["Il a parlé avec le service de renseignement national sud-coréen hier.", "service de renseignement national sud-coréen", "org:kr-nis", null],
  ["Il rejoint l'armée russe sur le front.", "armée russe", "org:ru-army", null],
  ["Un rapport publié par l'ONG espagnole Caminando Fronteras alerte.", "Caminando Fronteras", "org:es-caminando-fronteras", "Spanish NGO"],
  ["Selon l'agence de presse Bloomberg, la décision n'est pas imminente.", "Bloomberg", "org:bloomberg", "news agency"],
  ["Des troupes sont arrivées dans la région de Koursk.", "Koursk", "place:kursk", null],
  ["Les troupes nord-coréennes sont en Russie.", "nord-coréennes", "country:KP", null],
  ["Les Nord-Coréens se battent aux côtés des Russes.", "Nord-Coréens", "country:KP", null],
  ["La Corée du Nord a envoyé des troupes.", "Corée du Nord", "country:KP", null],
  ["L'alliance entre Pyongyang et Moscou se renforce.", "Moscou", "country:RU", null],
  ["Lors d'une rencontre à Moscou, il a parlé.", "Moscou", "place:moscow", null],
  ["Selon Le Figaro, 48 missiles ont été tirés.", "Le Figaro", "org:le-figaro", null],
  ["Le Sénat américain devrait entériner le texte.", "Sénat américain", "org:us-senat", null],
];

test("fr: entities, keys and roles", () => {
  const failures: string[] = [];
  for (const [sentence, text, key, role] of ROWS) {
    const m = findEntities(sentence, "fr").find((x) => x.text === text);
    if (!m || m.key !== key || m.role !== role) failures.push(`${sentence} → ${m ? `${m.key} [${m.role}]` : "not found"}`);
  }
  assert.deepEqual(failures, []);
});

test("fr: capitalised sentence openers, weekdays and months are not entities", () => {
  const body = "Selon des sources, Mardi et Jeudi. Le bilan est lourd. Ce vendredi, Octobre. Une aide. Plus de soldats. Dans la nuit.";
  assert.deepEqual(findEntities(body, "fr"), []);
});

test("fr: a lower-case word is not a country unless it is a demonym", () => {
  const keys = findEntities("La chine de porcelaine, les soldats russes.", "fr").map((m) => m.key);
  assert.deepEqual(keys, ["country:RU"]);
});
