/**
 * @module test/conformance/recognizers-number
 * Runs the number reader against the Microsoft Recognizers-Text number specs
 * (read from ../shared/conformance, never copied here) and reports pass rates.
 * Only cases the reference platform (.NET) runs are used. NumberModel and
 * PercentModel must pass at >= 90 %; NumberRangeModel is only reported.
 */
import { test } from "node:test";
import { ok } from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readNumbers } from "../../src/core/number-reader.js";
import type { NumberLexicon, NumberToken } from "../../src/core/number-reader.js";
import { frenchNumbers } from "../../src/lang/fr/numbers.js";
import { englishNumbers } from "../../src/lang/en/numbers.js";

const SPECS = new URL("../../../shared/conformance/recognizers-text/Specs/Number/", import.meta.url);
const THRESHOLD = 0.9;

interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null; Start?: number; End?: number } | null;
  Start?: number;
  End?: number;
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}
interface Actual {
  text: string;
  start: number;
  end: number; // inclusive, as in the specs
  value: number | null;
}

/**
 * The visible skip list: cases left out and why. Only cases whose expected
 * results are of a type the figures spec excludes (ordinals) may be skipped;
 * they are found by rule below (any expected TypeName starting with "ordinal").
 */
const SKIP_REASONS: Record<string, string> = {
  ordinal: "expected results are ordinals, which the figures spec excludes (the reader returns them as subtype 'ordinal')",
};

function platforms(list: string | undefined): string[] {
  return (list ?? "").split(",").map((p) => p.trim().toLowerCase());
}

function runsOnDotnet(c: SpecCase): boolean {
  return !platforms(c.NotSupported).includes("dotnet") && !platforms(c.NotSupportedByDesign).includes("dotnet");
}

function load(language: string, file: string): SpecCase[] {
  const text = readFileSync(new URL(`${language}/${file}`, SPECS), "utf8").replace(/^\uFEFF/, "");
  return (JSON.parse(text) as SpecCase[]).filter(runsOnDotnet);
}

/** Parses a spec value: French decimal comma or dot, exponent form, trailing %. */
function parseSpecValue(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const cleaned = value.replace("%", "").replace(",", ".").trim();
  const parsed = Number(cleaned);
  return cleaned === "" || !Number.isFinite(parsed) ? null : parsed;
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Where the spec puts the span: Start/End on the result, or (4 French cases) in Resolution. */
function expectedSpan(input: string, r: SpecResult): { start: number; end: number } {
  const start = r.Start ?? r.Resolution?.Start;
  if (start !== undefined) return { start, end: start + r.Text.length - 1 };
  const found = input.toLowerCase().indexOf(r.Text.toLowerCase());
  return { start: found, end: found + r.Text.length - 1 };
}

function toActual(input: string, t: NumberToken, value: number | null = t.value): Actual {
  return { text: input.slice(t.start, t.end), start: t.start, end: t.end - 1, value };
}

/** NumberModel: every token that is neither an ordinal nor a percentage. */
function numberModel(input: string, lex: NumberLexicon): Actual[] {
  return readNumbers(input, lex)
    .filter((t) => t.subtype !== "ordinal" && !t.percent)
    .map((t) => toActual(input, t));
}

/**
 * PercentModel: percent tokens. The specs also count a bare percent word with
 * no number ("a small percent" → value null); the reader emits no token for it
 * by design (it is no figure), so this adapter finds such words itself, using
 * the same lexicon (words whose connector is "percent"), outside any token.
 */
function percentModel(input: string, lex: NumberLexicon): Actual[] {
  const tokens = readNumbers(input, lex);
  const results = tokens.filter((t) => t.percent).map((t) => toActual(input, t));
  const covered = (i: number): boolean => tokens.some((t) => t.start <= i && i < t.end);
  const words = /[\p{L}]+|%/gu;
  for (const m of input.matchAll(words)) {
    const i = m.index ?? 0;
    if (covered(i) || isInsideUrl(input, i)) continue;
    const isPercent = m[0] === "%" || lex.words.get(m[0].toLowerCase())?.connector === "percent";
    if (isPercent) results.push({ text: m[0], start: i, end: i + m[0].length - 1, value: null });
  }
  return results.sort((a, b) => a.start - b.start);
}

function isInsideUrl(input: string, i: number): boolean {
  const before = input.lastIndexOf(" ", i) + 1;
  return /^(https?:\/\/|www\.)/i.test(input.slice(before));
}

/** NumberRangeModel: the reader has no ranges; this small adapter reads none, so every positive case fails. */
function rangeModel(): Actual[] {
  return [];
}

interface Outcome {
  passed: number;
  run: number;
  skipped: Array<{ input: string; reason: string }>;
  failures: string[];
}

function score(cases: SpecCase[], lex: NumberLexicon, model: (input: string, lex: NumberLexicon) => Actual[]): Outcome {
  const outcome: Outcome = { passed: 0, run: 0, skipped: [], failures: [] };
  for (const c of cases) {
    if (c.Results.some((r) => r.TypeName.startsWith("ordinal"))) {
      outcome.skipped.push({ input: c.Input, reason: SKIP_REASONS.ordinal ?? "ordinal" });
      continue;
    }
    outcome.run++;
    const actual = model(c.Input, lex);
    const verdict = compare(c, actual);
    if (verdict === null) outcome.passed++;
    else outcome.failures.push(`${JSON.stringify(c.Input)}: ${verdict}`);
  }
  return outcome;
}

/** null when the case passes, else why it fails. */
function compare(c: SpecCase, actual: Actual[]): string | null {
  const show = (a: Actual[]): string => a.map((x) => `[${x.text}|${x.value}|${x.start}-${x.end}]`).join(" ");
  if (actual.length !== c.Results.length) return `expected ${c.Results.length} result(s), got ${actual.length}: ${show(actual)}`;
  for (let k = 0; k < actual.length; k++) {
    const want = c.Results[k]!;
    const got = actual[k]!;
    const span = expectedSpan(c.Input, want);
    const wantValue = parseSpecValue(want.Resolution?.value);
    if (got.text.toLowerCase() !== want.Text.toLowerCase() || got.start !== span.start || got.end !== span.end) {
      return `span: expected "${want.Text}" ${span.start}-${span.end}, got ${show([got])}`;
    }
    if (!sameValue(got.value, wantValue)) return `value: expected ${wantValue}, got ${got.value} for "${got.text}"`;
  }
  return null;
}

function report(name: string, o: Outcome): number {
  const rate = o.run === 0 ? 0 : o.passed / o.run;
  console.log(`${name}: ${o.passed}/${o.run} = ${(rate * 100).toFixed(1)} % (skipped ${o.skipped.length})`);
  for (const s of o.skipped) console.log(`  skipped ${JSON.stringify(s.input)}: ${s.reason}`);
  if (process.env["CONFORMANCE_VERBOSE"]) for (const f of o.failures) console.log(`  FAIL ${f}`);
  return rate;
}

const LANGUAGES: Array<[string, NumberLexicon]> = [["French", frenchNumbers], ["English", englishNumbers]];

for (const [language, lex] of LANGUAGES) {
  test(`${language} NumberModel passes >= 90 %`, () => {
    const rate = report(`${language}/NumberModel`, score(load(language, "NumberModel.json"), lex, numberModel));
    ok(rate >= THRESHOLD, `pass rate ${rate}`);
  });
  test(`${language} PercentModel passes >= 90 %`, () => {
    const rate = report(`${language}/PercentModel`, score(load(language, "PercentModel.json"), lex, percentModel));
    ok(rate >= THRESHOLD, `pass rate ${rate}`);
  });
  test(`${language} NumberRangeModel (reported only)`, () => {
    report(`${language}/NumberRangeModel (no range adapter: only negative cases can pass)`, score(load(language, "NumberRangeModel.json"), lex, rangeModel));
  });
}
