/** @module lang/fr/numbers.test Table tests of the number reader with the French lexicon. */
import { test } from "node:test";
import { deepEqual, equal, ok } from "node:assert/strict";
import { readNumbers } from "../../core/number-reader.js";
import type { NumberToken } from "../../core/number-reader.js";
import { frenchNumbers } from "./numbers.js";

type Row = [text: string, expectedText: string, value: number, extra?: Partial<NumberToken>];

const POSITIVE: Row[] = [
  ["jusqu'à 100.000 soldats", "100.000", 100000],
  ["10.400 morts", "10.400", 10400],
  ["1.538 blessés", "1.538", 1538],
  ["12 000 soldats", "12 000", 12000, { form: "digits" }],
  ["12\u00a0000 soldats", "12\u00a0000", 12000],
  ["12\u202f000 soldats", "12\u202f000", 12000],
  ["12\u2009000 soldats", "12\u2009000", 12000],
  ["10'000 francs", "10'000", 10000],
  ["180’000 habitants", "180’000", 180000],
  ["1,3 million", "1,3 million", 1300000, { form: "mixed", subtype: "decimal" }],
  ["une hausse de 1,6 point", "1,6", 1.6, { subtype: "decimal" }],
  ["3 305 milliards", "3 305 milliards", 3305e9],
  ["169,6 milliards d'euros", "169,6 milliards", 169.6e9],
  ["un demi-million d'œufs", "un demi-million", 500000],
  ["trois mille soldats", "trois mille", 3000, { form: "words" }],
  ["Douze mille", "Douze mille", 12000],
  ["quatre-vingt-dix-neuf", "quatre-vingt-dix-neuf", 99],
  ["soixante et onze", "soixante et onze", 71],
  ["vingt et un", "vingt et un", 21],
  ["deux cent trente", "deux cent trente", 230],
  ["cinq", "cinq", 5],
  ["une femme", "une", 1, { form: "words" }],
  ["la moitié des votants", "la moitié", 0.5, { subtype: "fraction" }],
  ["deux tiers", "deux tiers", 2 / 3, { subtype: "fraction" }],
  ["un tiers", "un tiers", 1 / 3],
  ["un quart", "un quart", 0.25],
  ["trois quarts", "trois quarts", 0.75],
  ["une dizaine de blessés", "une dizaine", 10, { magnitude: "approx" }],
  ["une quinzaine", "une quinzaine", 15, { magnitude: "approx" }],
  ["une vingtaine", "une vingtaine", 20, { magnitude: "approx" }],
  ["une trentaine", "une trentaine", 30, { magnitude: "approx" }],
  ["une cinquantaine", "une cinquantaine", 50, { magnitude: "approx" }],
  ["une centaine", "une centaine", 100, { magnitude: "approx" }],
  ["un millier", "un millier", 1000, { magnitude: "approx" }],
  ["une dizaine de milliards", "une dizaine de milliards", 1e10, { magnitude: "approx" }],
  ["des milliers de morts", "milliers", 1000, { magnitude: "vague" }],
  ["des dizaines de milliers", "dizaines de milliers", 10000, { magnitude: "vague" }],
  ["des centaines", "centaines", 100, { magnitude: "vague" }],
  ["des millions", "millions", 1e6, { magnitude: "vague" }],
  ["un milliard", "un milliard", 1e9],
  ["un billion", "un billion", 1e12],
  ["un billiard", "un billiard", 1e15],
  ["12 %", "12 %", 12, { percent: true }],
  ["5,8%", "5,8%", 5.8, { percent: true }],
  ["8 pour cent", "8 pour cent", 8, { percent: true }],
  ["+0,4", "+0,4", 0.4, { sign: "+" }],
  ["recul de -79%", "-79%", -79, { sign: "-", percent: true }],
  ["−3 degrés", "−3", -3, { sign: "-" }],
  ["1er", "1er", 1, { subtype: "ordinal" }],
  ["1re", "1re", 1, { subtype: "ordinal" }],
  ["2e", "2e", 2, { subtype: "ordinal" }],
  ["2ème", "2ème", 2, { subtype: "ordinal" }],
  ["75e", "75e", 75, { subtype: "ordinal" }],
  ["premier", "premier", 1, { subtype: "ordinal" }],
  ["deuxième", "deuxième", 2, { subtype: "ordinal" }],
  ["deuxieme", "deuxieme", 2, { subtype: "ordinal" }],
  ["cinquieme", "cinquieme", 5, { subtype: "ordinal" }],
  ["vingt et unième", "vingt et unième", 21, { subtype: "ordinal" }],
  ["500km2", "500", 500],
  ["1 sur 3", "1 sur 3", 1 / 3, { subtype: "fraction" }],
  ["trois et un cinquieme", "trois et un cinquieme", 3.2],
  ["cinq milliards et trois quarts", "cinq milliards et trois quarts", 5.75e9],
  ["1,1^23", "1,1^23", Math.pow(1.1, 23), { subtype: "power" }],
  ["4,800", "4,800", 4.8],
  [",08", ",08", 0.08],
  ["deux cent virgule cinquante deux", "deux cent virgule cinquante deux", 200.52],
  ["soixante-dix-sept", "soixante-dix-sept", 77],
  ["mille milliards", "mille milliards", 1e12],
];

/** Texts with several numbers: the exact spans expected, in order. */
const SEVERAL: Array<[string, string[]]> = [
  ["en 2024 10 000 soldats", ["2024", "10 000"]],
  ["1, 234, 567", ["1", "234", "567"]],
  ["10,000-12,000", ["10,000", "12,000"]],
  ["423 0000", ["423", "0000"]],
  ["192.168.1.2", ["192.168", "1", "2"]],
];

/** Nothing here is a number. */
const NEGATIVE: string[] = [
  "le G20 à Rome", "le Su-27 abattu", "le missile KN-23", "le COVID-19", "le F-16", "l’A320",
  "voir https://exemple.fr/2024/10/abc-123 et www.site.fr/12", "écrire à jean.dupont2024@exemple.fr",
  "des pays tiers", "mise en quarantaine",
  "l'un d'eux",
];

function check(text: string, expectedText: string, value: number, extra: Partial<NumberToken> = {}): void {
  const tokens = readNumbers(text, frenchNumbers);
  const token = tokens.find((t) => text.slice(t.start, t.end) === expectedText);
  ok(token, `${JSON.stringify(text)}: no token "${expectedText}" in ${JSON.stringify(tokens.map((t) => text.slice(t.start, t.end)))}`);
  ok(Math.abs(token.value - value) <= 1e-9 * Math.max(1, Math.abs(value)), `${text}: value ${token.value} != ${value}`);
  for (const [key, want] of Object.entries(extra)) equal(token[key as keyof NumberToken], want, `${text}: ${key}`);
}

test("French: positive rows", () => {
  for (const [text, expectedText, value, extra] of POSITIVE) check(text, expectedText, value, extra);
});

test("French: separate numbers stay separate", () => {
  for (const [text, spans] of SEVERAL) {
    deepEqual(readNumbers(text, frenchNumbers).map((t) => text.slice(t.start, t.end)), spans, text);
  }
});

test("French: negative rows", () => {
  for (const text of NEGATIVE) {
    const found = readNumbers(text, frenchNumbers).map((t) => text.slice(t.start, t.end));
    deepEqual(found, [], `${JSON.stringify(text)} gave ${JSON.stringify(found)}`);
  }
});

test("French: from/to limits and offsets into the whole text", () => {
  const text = "avant 12 000 soldats et 5 chars";
  const tokens = readNumbers(text, frenchNumbers, 6, 20);
  deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ["12 000"]);
});

test("French: coordinated plurals of magnitude share the last one's scale", () => {
  const rows: Array<[string, string, number]> = [
    ["des dizaines puis des centaines de milliers d'hectares", "dizaines", 1e4],
    ["des dizaines puis des centaines de milliers d'hectares", "centaines de milliers", 1e5],
    ["des centaines, voire des milliers de milliards", "centaines", 1e11],
    ["des dizaines, voire des centaines de morts", "dizaines", 10],
    ["des milliers et des milliers de vies", "milliers", 1000],
  ];
  for (const [text, expected, value] of rows) check(text, expected, value, { magnitude: "vague" });
});
