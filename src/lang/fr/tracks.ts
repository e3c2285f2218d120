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
  // "la portant à 5,1%", "ramené à 3%": with a verb of change, the figure after "à" is the level reached.
  levelLinks: ["à"],
  comparedWith: ["contre", "par rapport à", "au lieu de", "comparé à", "comparés à", "comparativement à"],
  // Parts of the population a share or rate may be limited to: age groups, sexes, the young and the old.
  subgroups: [
    "chez les # ans", "chez les # ans et plus", "chez les plus de # ans", "chez les moins de # ans", "chez les #-# ans",
    "parmi les # ans", "parmi les plus de # ans", "parmi les moins de # ans", "âgés de # ans", "âgées de # ans",
    "chez les femmes", "chez les hommes", "chez les enfants", "chez les jeunes",
    "chez les seniors", "chez les personnes âgées", "chez les adolescents", "chez les nourrissons", "parmi les femmes",
    "parmi les hommes", "parmi les jeunes",
  ],
  attributable: ["imputables", "imputable", "attribuables", "attribuable", "morts indirectes", "décès indirects", "surmortalité", "excès de mortalité", "décès excédentaires", "morts excédentaires"],
  recentYears: ["ces dernières années", "au cours des dernières années", "ces # dernières années", "au cours des # dernières années", "depuis des années", "ces dernières décennies", "au fil des ans", "au fil des années", "depuis une décennie", "depuis # ans"],
  partQuantifiers: ["la majorité des", "la grande majorité des", "la très grande majorité des", "la plupart des", "une partie des", "l'essentiel des", "la moitié des", "une majorité des"],
  levelNouns: ["record de", "record historique de", "pic de", "plus haut de", "plus bas de", "sommet de", "niveau record de"],
  comparedOpenings: ["c'est moins que", "c'est plus que", "c'est moins qu'", "c'est plus qu'", "c'est en baisse", "c'est en hausse", "c'est davantage que", "cela représente une baisse", "cela représente une hausse", "ce chiffre est en baisse", "ce chiffre est en hausse", "un chiffre en baisse", "un chiffre en hausse", "en baisse par rapport", "en hausse par rapport"],
  exchangeLinks: ["en échange de", "en échange d'", "en contrepartie de", "en contrepartie d'"],
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  yesterday: ["hier"],
  lastWeek: ["la semaine dernière", "la semaine passée"],
  lastMonth: ["le mois dernier", "le mois passé"],
  monthNames: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};
