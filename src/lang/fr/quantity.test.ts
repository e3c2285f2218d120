/** Quantities in fr: positive rows (mention, value, qualifier, counts) and rows that hold no figure. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { figureTableFailures, noFigureFailures, type FigureRow } from "../../core/extract/claim-table.js";

const POSITIVE: readonly FigureRow[] = [
  ["La Corée du Nord a déjà envoyé plus de 10.000 soldats.", "plus de 10.000", 10000, null, "more_than", "soldiers"],
  ["Jusqu’à 12 000 soldats pourraient être envoyés.", "Jusqu’à 12 000", null, 12000, "up_to", "soldiers"],
  ["Pyongyang pourrait envoyer entre 25 000 et 30 000 hommes.", "entre 25 000 et 30 000", 25000, 30000, "range", "soldiers"],
  ["Le déficit atteint 5,8 % du PIB.", "5,8 %", 5.8, 5.8, "exact", "percent"],
  ["Une aide de 2,5 milliards d’euros a été votée.", "2,5 milliards d’euros", 2500000000, 2500000000, "exact", "euros"],
  ["Des milliers de personnes ont fui.", "Des milliers", 1000, null, "vague", "people"],
  ["Une dizaine de maisons ont brûlé.", "Une dizaine", 10, 10, "approx", "houses"],
  ["Près de 500 km2 ont été repris.", "Près de 500 km2", 500, 500, "approx", "square kilometres"],
  ["Les deux tiers des bâtiments sont détruits.", "deux tiers", 66.67, 66.67, "exact", "percent"],
  ["Bruxelles débloque 450 M€ d'aide d'urgence.", "450 M€", 450000000, 450000000, "exact", "euros"],
  // Coordinated vague figures share the last one's scale and noun ("puis" is no noun).
  ["Le feu a parcouru des dizaines puis des centaines de milliers d'hectares.", "des dizaines", 10000, null, "vague", "hectares"],
  ["Des dizaines, voire des centaines de personnes ont fui.", "Des dizaines", 10, null, "vague", "people"],
];

const NEGATIVE: readonly string[] = [
  "Le 29 juin 2024, le sommet s’est ouvert.",
  "Il est arrivé à 14 h 30 avec le 2e corps.",
  "Un homme de 67 ans a été blessé.",
  "Les deux pays ont signé l’accord du G20.",
  "Depuis plus d’une semaine, plusieurs sources le disent.",
  "Le bilan du 12/03/2026 a été publié.",
];

test("fr: figures are read with their value, qualifier and counted noun", () => {
  assert.deepEqual(figureTableFailures(POSITIVE, "fr"), []);
});

test("fr: dates, times, ages, ordinals, names and pointers back are not figures", () => {
  assert.deepEqual(noFigureFailures(NEGATIVE, "fr"), []);
});
