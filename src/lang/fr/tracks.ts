/**
 * @module lang/fr/tracks
 * What French says about a figure's scope and time, for grouping claims
 * into tracked figures: the place inside a country it is limited to
 * ("dans la région de Koursk"), an addition ("30 000 soldats
 * supplémentaires"), a part of a whole ("8000 des 10000 soldats"), and the
 * day or month it refers to ("jeudi", "en octobre", "la semaine dernière").
 */
import type { TrackLanguage } from "../../core/language-pack.js";

export const tracks: TrackLanguage = {
  // "la région (russe) de Koursk", "l'oblast de Donetsk", "la province du Hebei", "dans la capitale Kiev".
  regionNouns: ["région", "régions", "oblast", "province", "département", "comté", "district", "capitale", "ville", "préfecture", "canton", "État", "état", "territoire"],
  regionNameBefore: false,
  regionLinks: ["de", "d'", "du", "des"],
  additionBefore: ["encore", "de nouveaux", "de nouvelles"],
  additionAfter: ["supplémentaires", "supplémentaire", "additionnels", "additionnelles", "additionnel", "de plus", "en plus", "en renfort"],
  recentPeriods: ["ces dernières # heures", "les dernières # heures", "au cours des dernières # heures", "ces derniers # jours", "les derniers # jours", "au cours des derniers # jours", "ces dernières # semaines", "en # heures", "en une journée", "en une seule journée", "en une nuit", "en une semaine"],
  comparatives: ["que", "qu'"],
  comparisonLinks: ["contre", "face à", "par rapport à", "au lieu de", "après", "à", "vs", "versus"],
  partsFollow: ["dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles", "y compris"],
  partitiveLinks: ["des", "sur les", "parmi les"],
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  yesterday: ["hier"],
  lastWeek: ["la semaine dernière", "la semaine passée"],
  lastMonth: ["le mois dernier", "le mois passé"],
  monthNames: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};
