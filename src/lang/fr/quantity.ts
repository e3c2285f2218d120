/**
 * @module lang/fr/quantity
 * How French shapes a quantity: qualifiers, ranges, units, and the
 * numbers that are not figures (dates, times, durations, labels, ranks).
 */
import type { UnitEntry } from "../../core/language-pack.js";
import type { Qualifier } from "../../core/types.js";

export const qualifiersBefore: ReadonlyArray<readonly [string, Qualifier]> = [
  ["plus de", "more_than"], ["plus d'", "more_than"], ["au moins", "more_than"], ["au minimum", "more_than"],
  ["pas moins de", "more_than"], ["pas moins d'", "more_than"], ["au-delà de", "more_than"], ["au delà de", "more_than"],
  ["davantage de", "more_than"], ["bien plus de", "more_than"], ["largement plus de", "more_than"], ["un peu plus de", "more_than"],
  ["près de plus de", "more_than"], ["plus de la", "more_than"], ["dépassé les", "more_than"], ["franchi la barre des", "more_than"],
  ["franchi le cap des", "more_than"], ["dépasse les", "more_than"], ["dépassent les", "more_than"], ["supérieur à", "more_than"],
  ["jusqu'à", "up_to"], ["jusqu'aux", "up_to"], ["moins de", "up_to"], ["moins d'", "up_to"], ["au plus", "up_to"], ["au maximum", "up_to"],
  ["pas plus de", "up_to"], ["pas plus d'", "up_to"], ["sous le seuil de", "up_to"], ["sous la barre des", "up_to"], ["inférieur à", "up_to"],
  ["un peu moins de", "up_to"], ["moins de la", "up_to"],
  ["environ", "approx"], ["près de", "approx"], ["près d'", "approx"], ["quelque", "approx"], ["autour de", "approx"], ["autour d'", "approx"],
  ["approximativement", "approx"], ["presque", "approx"], ["quasiment", "approx"], ["à peu près", "approx"], ["aux alentours de", "approx"],
  ["de l'ordre de", "approx"], ["de l'ordre d'", "approx"], ["grosso modo", "approx"], ["avoisinant", "approx"], ["avoisine les", "approx"],
  ["environ la", "approx"], ["près de la", "approx"], ["une estimation de", "approx"], ["quelque chose comme", "approx"],
];

export const qualifiersAfter: ReadonlyArray<readonly [string, Qualifier]> = [
  ["ou plus", "more_than"], ["au moins", "more_than"], ["et plus", "more_than"], ["au minimum", "more_than"],
  ["au maximum", "up_to"], ["au plus", "up_to"], ["environ", "approx"],
];

export const vagueDeterminers = ["des", "plusieurs", "quelques", "quelque"];

export const rangeOpeners: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["entre", ["et"]],
  ["de", ["à", "a"]],
  ["d'", ["à", "a"]],
  ["des", ["aux"]],
];

export const rangeJoiners = ["à", "-", "–", "—", "ou", "voire"];

const money = (counts: string): UnitEntry => ({ counts, kind: "currency" });
const measure = (counts: string): UnitEntry => ({ counts, kind: "measure" });

const currencies: ReadonlyArray<readonly [string, string]> = [
  ["euros", "euros"], ["euro", "euros"], ["dollars", "dollars"], ["dollar", "dollars"], ["dollars américains", "dollars"],
  ["livres sterling", "pounds"], ["livres", "pounds"], ["francs", "francs"], ["francs suisses", "Swiss francs"],
  ["roubles", "roubles"], ["yuans", "yuan"], ["yens", "yen"], ["hryvnias", "hryvnias"], ["roupies", "rupees"],
  ["shekels", "shekels"], ["dinars", "dinars"], ["francs CFA", "CFA francs"], ["dirhams", "dirhams"],
];

export const unitsAfter: ReadonlyArray<readonly [string, UnitEntry]> = [
  ...currencies.flatMap(([w, c]) => [
    [w, money(c)] as const,
    [`d'${w}`, money(c)] as const,
    [`de ${w}`, money(c)] as const,
  ]),
  ["€", money("euros")], ["$", money("dollars")], ["£", money("pounds")], ["M€", { ...money("euros"), scale: 1e6 }], ["Md€", { ...money("euros"), scale: 1e9 }],
  ["Mds€", { ...money("euros"), scale: 1e9 }], ["EUR", money("euros")], ["USD", money("dollars")],
  ["km2", measure("square kilometres")], ["km²", measure("square kilometres")], ["kilomètres carrés", measure("square kilometres")],
  ["de kilomètres carrés", measure("square kilometres")], ["de km2", measure("square kilometres")], ["de km²", measure("square kilometres")],
  ["km", measure("kilometres")], ["kilomètres", measure("kilometres")], ["de kilomètres", measure("kilometres")],
  ["mètres", measure("metres")], ["m2", measure("square metres")], ["m²", measure("square metres")], ["mètres carrés", measure("square metres")],
  ["hectares", measure("hectares")], ["ha", measure("hectares")], ["d'hectares", measure("hectares")],
  ["acres", measure("acres")], ["d'acres", measure("acres")], ["miles", measure("miles")], ["milles", measure("miles")],
  ["tonnes", measure("tonnes")], ["de tonnes", measure("tonnes")], ["t", measure("tonnes")], ["kilos", measure("kilograms")],
  ["kg", measure("kilograms")], ["litres", measure("litres")], ["de litres", measure("litres")], ["barils", measure("barrels")],
  ["de barils", measure("barrels")], ["mégawatts", measure("megawatts")], ["MW", measure("megawatts")], ["GW", measure("gigawatts")],
  ["TWh", measure("terawatt hours")], ["degrés", measure("degrees")], ["°C", measure("degrees Celsius")], ["°", measure("degrees")],
  ["mm", measure("millimetres")], ["millimètres", measure("millimetres")], ["cm", measure("centimetres")], ["centimètres", measure("centimetres")],
  ["km/h", measure("kilometres per hour")],
  ["points de pourcentage", { counts: "percentage points", kind: "points" }],
  ["point de pourcentage", { counts: "percentage points", kind: "points" }],
  ["points", { counts: "percentage points", kind: "points" }], ["point", { counts: "percentage points", kind: "points" }],
  ["pts", { counts: "percentage points", kind: "points" }], ["pt", { counts: "percentage points", kind: "points" }],
  ["fois", { counts: "times", kind: "times" }],
];

export const unitsBefore: ReadonlyArray<readonly [string, UnitEntry]> = [
  ["€", money("euros")], ["$", money("dollars")], ["US$", money("dollars")], ["£", money("pounds")], ["¥", money("yen")],
  ["USD", money("dollars")], ["EUR", money("euros")],
];

export const moneyScaleSuffixes: ReadonlyArray<readonly [string, number]> = [["M", 1e6], ["Md", 1e9], ["Mds", 1e9], ["k", 1e3]];

export const ratePrepositions = ["pour", "par", "sur"];

export const months = [
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
];

export const timeUnits = [
  "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "journée", "journées", "heure", "heures",
  "minute", "minutes", "seconde", "secondes", "décennie", "décennies", "siècle", "siècles", "nuit", "nuits", "week-end", "week-ends",
  "trimestre", "trimestres", "semestre", "semestres", "millénaire", "millénaires", "h", "min", "mn", "s", "heures sur",
];

export const clockWords = ["h", "heures", "heure", "h00", "hrs"];

export const labelWords = [
  "n°", "no", "numéro", "article", "articles", "page", "pages", "p", "chapitre", "section", "vol", "tome", "alinéa", "loi",
  "décret", "route", "autoroute", "ligne", "bus", "vol n°", "lot", "code", "étage", "salle", "porte", "quai", "mission",
  "résolution", "phase", "saison", "acte", "tour", "épisode", "version", "modèle", "niveau", "catégorie", "classe", "zone",
  "rue", "avenue", "boulevard", "place", "allée", "chemin", "département", "arrondissement", "division", "brigade", "régiment",
  "corps", "promotion", "groupe", "covid", "G", "top", "stade", "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
];

export const referentialDeterminers = ["les", "ces", "leurs", "nos", "vos", "ses", "mes", "tes", "aux", "des", "ces"];

export const rankWords = ["plus", "moins", "premiers", "premières", "derniers", "dernières", "meilleurs", "meilleures", "principaux", "principales"];
