/**
 * @module lang/en/quantity
 * How English shapes a quantity: qualifiers, ranges, units, and the
 * numbers that are not figures (dates, times, durations, labels, ranks).
 */
import type { UnitEntry } from "../../core/language-pack.js";
import type { Qualifier } from "../../core/types.js";

export const qualifiersBefore: ReadonlyArray<readonly [string, Qualifier]> = [
  ["more than", "more_than"], ["over", "more_than"], ["at least", "more_than"], ["upwards of", "more_than"], ["in excess of", "more_than"],
  ["no fewer than", "more_than"], ["no less than", "more_than"], ["just over", "more_than"], ["well over", "more_than"], ["above", "more_than"],
  ["exceeding", "more_than"], ["exceeded", "more_than"], ["topped", "more_than"], ["surpassed", "more_than"], ["more than a", "more_than"],
  ["a minimum of", "more_than"], ["greater than", "more_than"], ["north of", "more_than"], ["beyond", "more_than"],
  ["up to", "up_to"], ["as many as", "up_to"], ["as much as", "up_to"], ["fewer than", "up_to"], ["less than", "up_to"], ["under", "up_to"],
  ["at most", "up_to"], ["no more than", "up_to"], ["a maximum of", "up_to"], ["just under", "up_to"], ["below", "up_to"], ["not more than", "up_to"],
  ["less than a", "up_to"],
  ["about", "approx"], ["around", "approx"], ["roughly", "approx"], ["nearly", "approx"], ["almost", "approx"], ["approximately", "approx"],
  ["some", "approx"], ["an estimated", "approx"], ["estimated", "approx"], ["close to", "approx"], ["approaching", "approx"], ["circa", "approx"],
  ["approx.", "approx"], ["approx", "approx"], ["an approximate", "approx"], ["just about", "approx"], ["somewhere around", "approx"],
  ["in the region of", "approx"], ["of the order of", "approx"], ["on the order of", "approx"], ["nigh on", "approx"], ["around a", "approx"],
  ["about a", "approx"], ["nearly a", "approx"], ["almost a", "approx"], ["roughly a", "approx"], ["~", "approx"],
];

export const qualifiersAfter: ReadonlyArray<readonly [string, Qualifier]> = [
  ["or more", "more_than"], ["and more", "more_than"], ["plus", "more_than"], ["at least", "more_than"], ["or so", "approx"],
  ["or fewer", "up_to"], ["or less", "up_to"], ["at most", "up_to"], ["or thereabouts", "approx"],
];

export const vagueDeterminers = ["several", "many", "some", "a few", "few"];

export const rangeOpeners: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["between", ["and"]],
  ["from", ["to"]],
];

export const rangeJoiners = ["to", "-", "–", "—", "or"];

const money = (counts: string): UnitEntry => ({ counts, kind: "currency" });
const measure = (counts: string): UnitEntry => ({ counts, kind: "measure" });

export const unitsAfter: ReadonlyArray<readonly [string, UnitEntry]> = [
  ["euros", money("euros")], ["euro", money("euros")], ["dollars", money("dollars")], ["dollar", money("dollars")], ["US dollars", money("dollars")],
  ["pounds", money("pounds")], ["pounds sterling", money("pounds")], ["sterling", money("pounds")], ["of pounds", money("pounds")],
  ["of dollars", money("dollars")], ["of euros", money("euros")], ["rupees", money("rupees")], ["of rupees", money("rupees")], ["yen", money("yen")],
  ["yuan", money("yuan")], ["roubles", money("roubles")], ["rubles", money("roubles")], ["hryvnias", money("hryvnias")], ["francs", money("francs")],
  ["Swiss francs", money("Swiss francs")], ["shekels", money("shekels")], ["pesos", money("pesos")], ["naira", money("naira")], ["rand", money("rand")],
  ["€", money("euros")], ["$", money("dollars")], ["£", money("pounds")], ["USD", money("dollars")], ["EUR", money("euros")], ["GBP", money("pounds")],
  ["square kilometres", measure("square kilometres")], ["square kilometers", measure("square kilometres")], ["sq km", measure("square kilometres")],
  ["km2", measure("square kilometres")], ["km²", measure("square kilometres")], ["square miles", measure("square miles")], ["sq miles", measure("square miles")],
  ["square mile", measure("square miles")], ["sq mi", measure("square miles")], ["acres", measure("acres")], ["of acres", measure("acres")],
  ["acre", measure("acres")], ["hectares", measure("hectares")], ["of hectares", measure("hectares")], ["ha", measure("hectares")],
  ["kilometres", measure("kilometres")], ["kilometers", measure("kilometres")], ["km", measure("km")], ["miles", measure("miles")], ["mile", measure("miles")],
  ["of miles", measure("miles")], ["of kilometres", measure("kilometres")], ["of kilometers", measure("kilometres")], ["metres", measure("metres")],
  ["meters", measure("metres")], ["feet", measure("feet")], ["ft", measure("feet")], ["inches", measure("inches")], ["tonnes", measure("tonnes")],
  ["tons", measure("tons")], ["of tonnes", measure("tonnes")], ["of tons", measure("tons")], ["kg", measure("kilograms")], ["kilograms", measure("kilograms")],
  ["pounds of", measure("pounds")], ["litres", measure("litres")], ["liters", measure("litres")], ["gallons", measure("gallons")], ["barrels", measure("barrels")],
  ["of barrels", measure("barrels")], ["megawatts", measure("megawatts")], ["MW", measure("megawatts")], ["GW", measure("gigawatts")],
  ["degrees", measure("degrees")], ["°C", measure("degrees Celsius")], ["°F", measure("degrees Fahrenheit")], ["mph", measure("miles per hour")],
  ["km/h", measure("kilometres per hour")], ["mm", measure("millimetres")], ["millimetres", measure("millimetres")], ["inches of", measure("inches")],
  ["percentage points", { counts: "percentage points", kind: "points" }], ["percentage point", { counts: "percentage points", kind: "points" }],
  ["points", { counts: "percentage points", kind: "points" }], ["point", { counts: "percentage points", kind: "points" }],
  ["pts", { counts: "percentage points", kind: "points" }], ["basis points", { counts: "basis points", kind: "points" }],
  ["times", { counts: "times", kind: "times" }], ["fold", { counts: "times", kind: "times" }],
];

export const unitsBefore: ReadonlyArray<readonly [string, UnitEntry]> = [
  ["€", money("euros")], ["$", money("dollars")], ["US$", money("dollars")], ["US $", money("dollars")], ["A$", money("Australian dollars")],
  ["C$", money("Canadian dollars")], ["£", money("pounds")], ["¥", money("yen")], ["₹", money("rupees")], ["Rs", money("rupees")], ["Rs.", money("rupees")],
  ["₽", money("roubles")], ["USD", money("dollars")], ["EUR", money("euros")], ["GBP", money("pounds")], ["₴", money("hryvnias")], ["₪", money("shekels")],
];

export const moneyScaleSuffixes: ReadonlyArray<readonly [string, number]> = [["m", 1e6], ["mn", 1e6], ["mln", 1e6], ["bn", 1e9], ["b", 1e9], ["tn", 1e12], ["k", 1e3]];

export const ratePrepositions = ["per", "for every", "in every", "out of every", "for each", "in"];

export const months = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

export const timeUnits = [
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds",
  "decade", "decades", "century", "centuries", "night", "nights", "weekend", "weekends", "quarter", "quarters", "millennia",
  "year-old", "years-old", "-year-old", "hrs", "mins", "min", "h", "yr", "yrs", "year old", "years old", "a.m", "p.m", "am", "pm", "o'clock",
];

export const clockWords = ["a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "bst", "est", "pst", "cet", "h", "hrs", "hours gmt"];

export const labelWords = [
  "no", "no.", "number", "nos", "article", "section", "chapter", "page", "pages", "p", "pp", "vol", "volume", "route", "highway", "interstate",
  "flight", "room", "gate", "platform", "line", "bus", "resolution", "phase", "season", "episode", "version", "level", "category", "class",
  "grade", "zone", "street", "avenue", "road", "floor", "district", "division", "brigade", "regiment", "corps", "squad", "unit", "bill",
  "proposition", "prop", "amendment", "title", "covid", "top", "week", "day", "round", "stage", "game", "channel", "model", "type", "mark",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "apollo", "windows", "iphone", "boeing", "airbus",
];

export const referentialDeterminers = ["the", "these", "those", "its", "their", "his", "her", "our", "your", "both"];

export const rankWords = ["most", "largest", "biggest", "best", "worst", "top", "least", "highest", "lowest", "deadliest", "richest", "largest-ever"];
