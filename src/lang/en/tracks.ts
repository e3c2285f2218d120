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
  // "fell to 87,000", "down from 114,000", "at 5%": with a verb of change, the figure is a level, not the change.
  levelLinks: ["to", "from", "at"],
  comparedWith: ["down from", "up from", "compared with", "compared to", "against", "versus", "vs", "instead of", "as against"],
  // Parts of the population a share or rate may be limited to: age groups, sexes, the young and the old.
  subgroups: [
    "aged #", "aged # and over", "aged # and older", "aged # to #", "over-#s", "under-#s", "# and over", "# and older", "over #s",
    "among women", "among men", "among children", "among young people", "among the young", "among the elderly", "among adults",
    "among teenagers", "among those aged", "among seniors", "women voters", "men voters", "male voters", "female voters",
    "male", "female", "third gender", "transgender", "youth", "elderly",
  ],
  attributable: ["attributable", "excess deaths", "excess mortality", "indirect deaths", "died indirectly", "indirectly"],
  recentYears: ["in recent years", "over recent years", "over the years", "in the past few years", "over the past few years", "over the last few years", "in the past # years", "over the past # years", "over the last # years", "in the last # years", "over the past decade", "in the past decade", "over the last decade", "for years"],
  partQuantifiers: ["most of the", "the majority of the", "the vast majority of the", "the bulk of the", "the overwhelming majority of the", "half of the", "a majority of the"],
  levelNouns: ["record of", "all-time high of", "high of", "low of", "peak of", "record high of", "record low of"],
  comparedOpenings: ["that is down from", "that is up from", "that's down from", "that's up from", "this is down from", "this is up from", "that was down from", "that was up from", "it is down from", "it is up from", "that compares with", "this compares with", "that is more than", "that is less than", "that is higher than", "that is lower than", "down from", "up from"],
  exchangeLinks: ["in exchange for", "in return for", "traded for", "swapped for"],
  weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  yesterday: ["yesterday"],
  lastWeek: ["last week", "the previous week", "the week before"],
  lastMonth: ["last month", "the previous month"],
  monthNames: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
};
