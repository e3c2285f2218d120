/**
 * @module lang/fr/numbers
 * French number knowledge as data for the number reader (core/number-reader):
 * number words, scale words (long scale: milliard 1e9, billion 1e12, billiard
 * 1e15), fraction and ordinal words, approximate nouns ("une dizaine"), plurals
 * of magnitude ("des milliers"), percent words, separators and suffixes.
 * Accent-free spellings are added by `defineWords`.
 */
import { defineWords } from "../../core/number-reader.js";
import type { NumberLexicon, NumberWord } from "../../core/number-reader.js";

const unit = (cardinal: number): NumberWord => ({ cardinal, role: "unit" });
const scale = (cardinal: number): NumberWord => ({ cardinal, role: "scale" });
/** A singular ordinal that also closes a fraction ("un cinquième"). */
const fifthLike = (value: number, role: NumberWord["role"] = "unit"): NumberWord => ({ ordinal: value, denominator: value, role });
/** A plural ordinal: only a denominator ("trois cinquièmes"). */
const fifths = (value: number, role: NumberWord["role"] = "unit"): NumberWord => ({ denominator: value, role });

const UNITS: ReadonlyArray<readonly [string, number]> = [
  ["zéro", 0], ["un", 1], ["une", 1], ["deux", 2], ["trois", 3], ["quatre", 4], ["cinq", 5], ["six", 6],
  ["sept", 7], ["huit", 8], ["neuf", 9], ["dix", 10], ["onze", 11], ["douze", 12], ["treize", 13],
  ["quatorze", 14], ["quinze", 15], ["seize", 16], ["vingt", 20], ["vingts", 20], ["trente", 30],
  ["quarante", 40], ["cinquante", 50], ["soixante", 60], ["septante", 70], ["huitante", 80],
  ["octante", 80], ["nonante", 90],
];

/** Ordinal stems: "cinquième"/"cinquièmes". 2 and 3 are not fractions in French ("un deuxième tour"). */
const ORDINALS: ReadonlyArray<readonly [string, number, boolean]> = [
  ["unième", 1, false], ["deuxième", 2, false], ["troisième", 3, false], ["quatrième", 4, true],
  ["cinquième", 5, true], ["sixième", 6, true], ["septième", 7, true], ["huitième", 8, true],
  ["neuvième", 9, true], ["dixième", 10, true], ["onzième", 11, true], ["douzième", 12, true],
  ["treizième", 13, true], ["quatorzième", 14, true], ["quinzième", 15, true], ["seizième", 16, true],
  ["vingtième", 20, true], ["trentième", 30, true], ["quarantième", 40, true], ["cinquantième", 50, true],
  ["soixantième", 60, true], ["septantième", 70, true], ["huitantième", 80, true], ["nonantième", 90, true],
];

const SCALES: ReadonlyArray<readonly [string, number]> = [
  ["million", 1e6], ["millions", 1e6], ["milliard", 1e9], ["milliards", 1e9], ["billion", 1e12],
  ["billions", 1e12], ["billiard", 1e15], ["billiards", 1e15], ["trillion", 1e18], ["trillions", 1e18],
  ["md", 1e9], ["mds", 1e9], ["k", 1e3],
];

/** Approximate nouns (singular: "une dizaine") and their plurals (vague alone: "des dizaines"). */
const APPROX: ReadonlyArray<readonly [string, number]> = [
  ["dizaine", 10], ["douzaine", 12], ["quinzaine", 15], ["vingtaine", 20], ["trentaine", 30],
  ["quarantaine", 40], ["cinquantaine", 50], ["soixantaine", 60], ["centaine", 100], ["millier", 1000],
];

const ENTRIES: Array<readonly [string, NumberWord]> = [
  ...UNITS.map(([w, v]) => [w, unit(v)] as const),
  ["cent", { cardinal: 100, role: "hundred", bare: true }],
  ["cents", { cardinal: 100, role: "hundred", bare: true }],
  ["mille", { cardinal: 1000, role: "scale", bare: true }],
  ["mil", { cardinal: 1000, role: "scale" }],
  ...SCALES.map(([w, v]) => [w, scale(v)] as const),
  ["milliers", { vague: 1000, approx: 1000 }],
  ["millions", { vague: 1e6 }],
  ["milliards", { vague: 1e9 }],
  ["billions", { vague: 1e12 }],
  ...APPROX.map(([w, v]) => [w, { approx: v }] as const),
  ...APPROX.filter(([w]) => w !== "millier").map(([w, v]) => [w + "s", { approx: v, vague: v }] as const),
  ["premier", { ordinal: 1, role: "unit" }],
  ["première", { ordinal: 1, role: "unit" }],
  ["second", { ordinal: 2, role: "unit" }],
  ["seconde", { ordinal: 2, role: "unit" }],
  ...ORDINALS.map(([w, v, isFraction]) => [w, isFraction ? fifthLike(v) : { ordinal: v, role: "unit" as const }] as const),
  ...ORDINALS.filter(([, , f]) => f).map(([w, v]) => [w + "s", fifths(v)] as const),
  ["centième", fifthLike(100, "hundred")], ["centièmes", fifths(100, "hundred")],
  ["millième", fifthLike(1000, "scale")], ["millièmes", fifths(1000, "scale")],
  ["millionième", fifthLike(1e6, "scale")], ["millionièmes", fifths(1e6, "scale")],
  ["milliardième", fifthLike(1e9, "scale")], ["milliardièmes", fifths(1e9, "scale")],
  ["billionième", fifthLike(1e12, "scale")], ["billionièmes", fifths(1e12, "scale")],
  ["tiers", fifths(3)],
  ["quart", fifths(4)], ["quarts", fifths(4)],
  ["demi", { denominator: 2, role: "unit", alone: 0.5, aloneNeedsContext: true }],
  ["demie", { denominator: 2, role: "unit", alone: 0.5, aloneNeedsContext: true }],
  ["moitié", { alone: 0.5 }],
  ["la", { article: "definite" }],
  ["et", { connector: "and" }],
  ["virgule", { connector: "point" }],
  ["de", { connector: "of" }], ["d", { connector: "of" }], ["des", { connector: "of" }],
  ["sur", { connector: "properOver" }],
  ["pourcent", { connector: "percent" }], ["pourcents", { connector: "percent" }],
  ["pourcentage", { connector: "percent" }], ["pourcentages", { connector: "percent" }],
];

export const frenchNumbers: NumberLexicon = {
  words: defineWords(ENTRIES),
  pairs: defineWords([
    ["quatre vingt", unit(80)],
    ["quatre vingts", unit(80)],
    ["pour cent", { connector: "percent" }],
  ]),
  decimalSeparator: ",",
  altDecimalSeparator: null,
  groupSeparators: ".'’",
  indianGrouping: false,
  gluedMultipliers: new Map([["k", 1e3], ["K", 1e3], ["Md", 1e9], ["Mds", 1e9]]),
  ordinalSuffixes: new Set(["e", "er", "re", "ère", "ème", "eme", "è", "ieme", "ième", "nd", "nde", "de", "d"]),
  notNumberAfter: new Map([["un", new Set(["l", "quelqu"])], ["une", new Set(["l", "quelqu"])]]),  coordinators: new Set(["et", "ou", "puis", "voire", "même", "peut", "être", "peut-être", "parfois", "ensuite", "désormais", "maintenant", "des", "de"]),
};
