/** Quantities in en: positive rows (mention, value, qualifier, counts) and rows that hold no figure. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import { figureTableFailures, noFigureFailures, type FigureRow } from "../../core/extract/claim-table.js";

const POSITIVE: readonly FigureRow[] = [
  ["North Korea has sent more than 10,000 troops.", "more than 10,000", 10000, null, "more_than", "troops"],
  ["As many as 6,000 personnel could be sent.", "As many as 6,000", null, 6000, "up_to", "personnel"],
  ["Officials estimate 10,000 to 12,000 soldiers were deployed.", "10,000 to 12,000", 10000, 12000, "range", "soldiers"],
  ["Turnout was 65.79 per cent.", "65.79 per cent", 65.79, 65.79, "exact", "percent"],
  ["The government earmarked $11.6 billion.", "$11.6 billion", 11600000000, 11600000000, "exact", "dollars"],
  ["Tens of thousands of people fled.", "Tens of thousands", 10000, null, "vague", "people"],
  ["About 87,000 deaths were recorded.", "About 87,000", 87000, 87000, "approx", "deaths"],
  ["The fire burned 368,256 acres.", "368,256 acres", 368256, 368256, "exact", "acres"],
  ["A third of all arrivals came to El Hierro.", "A third", 33.33, 33.33, "exact", "percent"],
  ["Insurers put the losses at €450m.", "€450m", 450000000, 450000000, "exact", "euros"],
  // Coordinated vague figures share the last one's scale and noun.
  ["It exploded to cover tens and then hundreds of thousands of acres.", "tens", 10000, null, "vague", "acres"],
  ["Dozens or even hundreds of people were evacuated.", "Dozens", 12, null, "vague", "people"],
];

const NEGATIVE: readonly string[] = [
  "On Oct. 29, 2024, the summit opened at 10:30 a.m.",
  "A 67-year-old man was hurt on the second day.",
  "Both sides met at the G20 on Route 66.",
  "The two countries signed the deal two and a half years ago.",
  "Several sources said many people left.",
  "The report dated 2026-03-03 was published.",
];

test("en: figures are read with their value, qualifier and counted noun", () => {
  assert.deepEqual(figureTableFailures(POSITIVE, "en"), []);
});

test("en: dates, times, ages, ordinals, names and pointers back are not figures", () => {
  assert.deepEqual(noFigureFailures(NEGATIVE, "en"), []);
});
