/** @module lang/en/numbers.test Table tests of the number reader with the English lexicon, plus hostile input. */
import { test } from "node:test";
import { deepEqual, equal, ok } from "node:assert/strict";
import { readNumbers } from "../../core/number-reader.js";
import type { NumberToken } from "../../core/number-reader.js";
import { englishNumbers } from "./numbers.js";
import { frenchNumbers } from "../fr/numbers.js";

type Row = [text: string, expectedText: string, value: number, extra?: Partial<NumberToken>];

const POSITIVE: Row[] = [
  ["10,000 troops", "10,000", 10000, { form: "digits" }],
  ["1,500 homes", "1,500", 1500],
  ["1.3 million", "1.3 million", 1.3e6, { form: "mixed" }],
  ["12 million", "12 million", 12e6],
  ["$11.6 billion", "11.6 billion", 11.6e9],
  ["40bn", "40bn", 40e9, { form: "mixed" }],
  ["£25bn", "25bn", 25e9],
  ["2trn", "2trn", 2e12],
  ["64.2 crore", "64.2 crore", 642e6],
  ["13 lakh", "13 lakh", 13e5],
  ["a dozen", "a dozen", 12, { magnitude: "approx" }],
  ["dozens of people", "dozens", 12, { magnitude: "vague" }],
  ["thousands fled", "thousands", 1000, { magnitude: "vague" }],
  ["tens of thousands", "tens of thousands", 10000, { magnitude: "vague" }],
  ["hundreds of thousands", "hundreds of thousands", 100000, { magnitude: "vague" }],
  ["millions", "millions", 1e6, { magnitude: "vague" }],
  ["billions", "billions", 1e9, { magnitude: "vague" }],
  ["tens of billions", "tens of billions", 1e10, { magnitude: "vague" }],
  ["one", "one", 1],
  ["two", "two", 2],
  ["twenty-one", "twenty-one", 21],
  ["ninety nine", "ninety nine", 99],
  ["one hundred and five", "one hundred and five", 105],
  ["three thousand", "three thousand", 3000, { form: "words" }],
  ["a third of voters", "a third", 1 / 3, { subtype: "fraction" }],
  ["one third", "one third", 1 / 3],
  ["two thirds", "two thirds", 2 / 3],
  ["half of them", "half", 0.5, { subtype: "fraction" }],
  ["a quarter", "a quarter", 0.25],
  ["three quarters", "three quarters", 0.75],
  ["65.79 per cent", "65.79 per cent", 65.79, { percent: true }],
  ["24 percent", "24 percent", 24, { percent: true }],
  ["12%", "12%", 12, { percent: true }],
  ["111%", "111%", 111, { percent: true }],
  ["1.5 times", "1.5", 1.5, { subtype: "decimal" }],
  ["1st", "1st", 1, { subtype: "ordinal" }],
  ["2nd", "2nd", 2, { subtype: "ordinal" }],
  ["21st", "21st", 21, { subtype: "ordinal" }],
  ["the third day", "third", 3, { subtype: "ordinal" }],
  ["sixth", "sixth", 6, { subtype: "ordinal" }],
  ["one in five", "one in five", 0.2, { subtype: "fraction" }],
  ["minus 5", "minus 5", -5, { sign: "-" }],
  ["-3.5", "-3.5", -3.5, { sign: "-" }],
  ["12,34,567.89", "12,34,567.89", 1234567.89],
  ["2.45e5", "2.45e5", 245000, { subtype: "power" }],
  ["3 hundred and 21", "3 hundred and 21", 321],
  ["one million and a half", "one million and a half", 1.5e6],
  ["five and a half million", "five and a half million", 5.5e6],
  ["¾", "¾", 0.75],
];

const SEVERAL: Array<[string, string[]]> = [
  ["10,000-12,000", ["10,000", "12,000"]],
  ["1, 234, 567", ["1", "234", "567"]],
  ["192.168.1.2", ["192", "168", "1", "2"]],
  ["5/17/2018", ["5", "17", "2018"]],
  ["in 2024 10 000 soldiers", ["2024", "10 000"]],
  ["they were playing three-nought-four", ["three", "nought", "four"]],
  ["Exercises 22,24,26,31.", ["22", "24", "26", "31"]],
];

const NEGATIVE: string[] = [
  "the G20 summit", "a Su-27 jet", "KN-23 missiles", "COVID-19", "F-16", "an A320",
  "see https://example.com/2024/10/abc-123 now", "mail jo.smith99@example.com", "The one you mentioned",
  "a", "an", "Which one do you prefer?",
];

function check(text: string, expectedText: string, value: number, extra: Partial<NumberToken> = {}): void {
  const tokens = readNumbers(text, englishNumbers);
  const token = tokens.find((t) => text.slice(t.start, t.end) === expectedText);
  ok(token, `${JSON.stringify(text)}: no token "${expectedText}" in ${JSON.stringify(tokens.map((t) => text.slice(t.start, t.end)))}`);
  ok(Math.abs(token.value - value) <= 1e-9 * Math.max(1, Math.abs(value)), `${text}: value ${token.value} != ${value}`);
  for (const [key, want] of Object.entries(extra)) equal(token[key as keyof NumberToken], want, `${text}: ${key}`);
}

test("English: positive rows", () => {
  for (const [text, expectedText, value, extra] of POSITIVE) check(text, expectedText, value, extra);
});

test("English: separate numbers stay separate", () => {
  for (const [text, spans] of SEVERAL) {
    deepEqual(readNumbers(text, englishNumbers).map((t) => text.slice(t.start, t.end)), spans, text);
  }
});

test("English: negative rows", () => {
  for (const text of NEGATIVE) {
    const found = readNumbers(text, englishNumbers).map((t) => text.slice(t.start, t.end));
    deepEqual(found, [], `${JSON.stringify(text)} gave ${JSON.stringify(found)}`);
  }
});

/** Every token is in bounds, ordered and non-overlapping. */
function assertValidOffsets(text: string, tokens: NumberToken[]): void {
  let last = 0;
  for (const t of tokens) {
    ok(t.start >= last && t.end > t.start && t.end <= text.length, `bad offsets ${t.start}-${t.end}`);
    ok(Number.isFinite(t.value) || Number.isNaN(t.value) === false, "value is a number");
    last = t.end;
  }
}

test("hostile input finishes with valid offsets", () => {
  const hostile = [
    "1".repeat(2 * 1024 * 1024),
    "1 ".repeat(1024 * 1024),
    " ".repeat(2 * 1024 * 1024) + "12",
    "1,".repeat(500_000) + "1.".repeat(500_000),
    "\u0000\u0001\ud800\udc00\udfff\ud800 12 \u202e деньги 5 数字 7",
    "twenty ".repeat(200_000),
    "-".repeat(100_000) + "5",
    "e1".repeat(100_000),
  ];
  for (const lex of [englishNumbers, frenchNumbers]) {
    for (const text of hostile) assertValidOffsets(text, readNumbers(text, lex));
  }
});

test("English: coordinated plurals of magnitude share the last one's scale", () => {
  const rows: Array<[string, string, number]> = [
    ["it grew to cover tens and then hundreds of thousands of acres", "tens", 1e4],
    ["it grew to cover tens and then hundreds of thousands of acres", "hundreds of thousands", 1e5],
    ["dozens or even hundreds of millions of dollars", "dozens", 12e6],
    ["hundreds, then thousands of people", "hundreds", 100],
    ["dozens or hundreds of people", "dozens", 12],
  ];
  for (const [text, expected, value] of rows) check(text, expected, value, { magnitude: "vague" });
  // "tens" with no scale of its own or after it is no figure.
  deepEqual(readNumbers("tens or hundreds of people", englishNumbers).map((t) => text(t)), ["hundreds"]);
  function text(t: NumberToken): string {
    return "tens or hundreds of people".slice(t.start, t.end);
  }
});
