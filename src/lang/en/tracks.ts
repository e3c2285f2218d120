/**
 * @module lang/en/tracks
 * What English says about a figure's scope and time, for grouping claims
 * into tracked figures: the place inside a country it is limited to ("in
 * the Kursk region"), an addition ("30,000 more troops", "an additional
 * 30,000"), a part of a whole ("8,000 of the 10,000 soldiers"), and the
 * day or month it refers to ("on Thursday", "in October", "last week").
 */
import type { TrackLanguage } from "../../core/language-pack.js";

export const tracks: TrackLanguage = {
  // "the Kursk region", "Donetsk oblast", "the region of Kursk", "Hebei province".
  regionNouns: ["region", "regions", "oblast", "province", "county", "district", "prefecture", "territory", "state"],
  regionNameBefore: true,
  regionLinks: ["of"],
  additionBefore: ["another", "an additional", "additional", "a further", "further", "extra", "fresh"],
  additionAfter: ["more", "additional", "extra", "further"],
  recentPeriods: ["in the past # hours", "over the past # hours", "in the last # hours", "over the last # hours", "in the past # days", "over the past # days", "in the last # days", "in the past day", "in the past week", "over the past week", "in # hours", "in a single day", "in one day"],
  comparatives: ["than"],
  comparisonLinks: ["against", "versus", "vs", "compared with", "compared to", "up from", "down from", "from", "to", "after"],
  partsFollow: ["including", "of whom", "of which", "among them", "among whom"],
  partitiveLinks: ["of the", "out of the", "out of", "among the"],
  weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  yesterday: ["yesterday"],
  lastWeek: ["last week", "the previous week", "the week before"],
  lastMonth: ["last month", "the previous month"],
  monthNames: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
};
