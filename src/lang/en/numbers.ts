/**
 * @module lang/en/numbers
 * English number knowledge as data for the number reader (core/number-reader):
 * number words, scale words (short scale, plus lakh and crore), fractions and
 * ordinals, "a dozen", plurals of magnitude ("tens of thousands"), percent
 * words, separators ("10,000", "1.5", "12,34,567") and glued suffixes ("40bn").
 */
import { defineWords } from "../../core/number-reader.js";
import type { NumberLexicon, NumberWord } from "../../core/number-reader.js";

const unit = (cardinal: number): NumberWord => ({ cardinal, role: "unit" });
const scale = (cardinal: number): NumberWord => ({ cardinal, role: "scale" });

const UNITS: ReadonlyArray<readonly [string, number]> = [
  ["zero", 0], ["nought", 0], ["naught", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4],
  ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11],
  ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50],
  ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
];

/** Ordinals: [singular, plural, value, closes a fraction]. "first"/"second" only in compounds. */
const ORDINALS: ReadonlyArray<readonly [string, string, number, boolean]> = [
  ["first", "firsts", 1, false], ["second", "seconds", 2, false], ["third", "thirds", 3, true],
  ["fourth", "fourths", 4, true], ["fifth", "fifths", 5, true], ["sixth", "sixths", 6, true],
  ["seventh", "sevenths", 7, true], ["eighth", "eighths", 8, true], ["ninth", "ninths", 9, true],
  ["tenth", "tenths", 10, true], ["eleventh", "elevenths", 11, true], ["twelfth", "twelfths", 12, true],
  ["thirteenth", "thirteenths", 13, true], ["fourteenth", "fourteenths", 14, true],
  ["fifteenth", "fifteenths", 15, true], ["sixteenth", "sixteenths", 16, true],
  ["seventeenth", "seventeenths", 17, true], ["eighteenth", "eighteenths", 18, true],
  ["nineteenth", "nineteenths", 19, true], ["twentieth", "twentieths", 20, true],
  ["thirtieth", "thirtieths", 30, true], ["fortieth", "fortieths", 40, true], ["fiftieth", "fiftieths", 50, true],
  ["sixtieth", "sixtieths", 60, true], ["seventieth", "seventieths", 70, true],
  ["eightieth", "eightieths", 80, true], ["ninetieth", "ninetieths", 90, true],
];

const SCALES: ReadonlyArray<readonly [string, number]> = [
  ["thousand", 1e3], ["thousands", 1e3], ["million", 1e6], ["millions", 1e6], ["billion", 1e9],
  ["billions", 1e9], ["trillion", 1e12], ["trillions", 1e12], ["lakh", 1e5], ["lakhs", 1e5],
  ["crore", 1e7], ["crores", 1e7], ["bn", 1e9], ["bln", 1e9], ["tn", 1e12], ["trn", 1e12],
  ["tln", 1e12], ["mln", 1e6], ["k", 1e3],
];

const ENTRIES: Array<readonly [string, NumberWord]> = [
  ...UNITS.map(([w, v]) => [w, unit(v)] as const),
  ["hundred", { cardinal: 100, role: "hundred" }],
  ["hundreds", { cardinal: 100, role: "hundred", vague: 100 }],
  ...SCALES.map(([w, v]) => [w, scale(v)] as const),
  ["thousands", { vague: 1e3 }], ["millions", { vague: 1e6 }], ["billions", { vague: 1e9 }],
  ["trillions", { vague: 1e12 }], ["tens", { vague: 10, vagueNeedsOf: true }],
  ["dozen", { approx: 12 }], ["dozens", { approx: 12, vague: 12 }], ["dzs", { approx: 12 }], ["dozs", { approx: 12 }],
  ...ORDINALS.map(([w, , v, isFraction]) => [w, isFraction ? { ordinal: v, denominator: v, role: "unit" as const } : { ordinal: v, role: "unit" as const }] as const),
  ...ORDINALS.map(([, plural, v]) => [plural, { denominator: v, role: "unit" as const }] as const),
  ["hundredth", { ordinal: 100, denominator: 100, role: "hundred" }], ["hundredths", { denominator: 100, role: "hundred" }],
  ["thousandth", { ordinal: 1e3, denominator: 1e3, role: "scale" }], ["thousandths", { denominator: 1e3, role: "scale" }],
  // "the two millionth visitor": millionth/billionth are ordinals, not fractions.
  ["millionth", { ordinal: 1e6, role: "scale" }], ["billionth", { ordinal: 1e9, role: "scale" }],
  ["trillionth", { ordinal: 1e12, denominator: 1e12, role: "scale" }], ["trillionths", { denominator: 1e12, role: "scale" }],
  ["half", { alone: 0.5, denominator: 2, role: "unit" }], ["halves", { denominator: 2, role: "unit" }],
  ["quarter", { denominator: 4, role: "unit", alone: 0.25, aloneNeedsContext: true }], ["quarters", { denominator: 4, role: "unit" }],
  ["a", { article: "one" }], ["an", { article: "one" }],
  ["and", { connector: "and" }],
  ["point", { connector: "point" }],
  ["minus", { connector: "minus" }], ["negative", { connector: "minus" }],
  ["of", { connector: "of" }],
  ["over", { connector: "over" }],
  ["in", { connector: "oneIn" }],
  ["percent", { connector: "percent" }], ["percents", { connector: "percent" }],
  ["percentage", { connector: "percent" }], ["percentages", { connector: "percent" }],
  ["pct", { connector: "percent" }],
];

export const englishNumbers: NumberLexicon = {
  words: defineWords(ENTRIES),
  pairs: defineWords([
    ["per cent", { connector: "percent" }],
    ["out of", { connector: "properOver" }],
  ]),
  decimalSeparator: ".",
  altDecimalSeparator: ",",
  groupSeparators: ",",
  indianGrouping: true,
  gluedMultipliers: new Map([
    ["k", 1e3], ["K", 1e3], ["bn", 1e9], ["Bn", 1e9], ["BN", 1e9], ["b", 1e9], ["bln", 1e9],
    ["tn", 1e12], ["trn", 1e12], ["tln", 1e12], ["mm", 1e6], ["MM", 1e6], ["mil", 1e6], ["mn", 1e6], ["mln", 1e6],
  ]),
  ordinalSuffixes: new Set(["st", "nd", "rd", "th"]),
  notNumberAfter: new Map([
    ["one", new Set(["the", "this", "that", "which", "each", "every", "any", "no", "another", "little", "only"])],
  ]),  coordinators: new Set(["and", "or", "then", "even", "perhaps", "possibly", "maybe", "later", "eventually", "now", "sometimes"]),
};
