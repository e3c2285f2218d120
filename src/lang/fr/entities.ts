/**
 * @module lang/fr/entities
 * How French names people, organisations and places, as data for the
 * entity finder (core/entities): titles that introduce a person, the heads
 * that make a name an organisation or a place, the particles inside names,
 * and the generic descriptions of institutions ("services de renseignement
 * ukrainiens") mapped to English so they meet their English equivalents.
 * Country names and demonyms come from the country data package, not from here.
 */
import type { EntityLanguage } from "../../core/entities/language.js";

export const entities: EntityLanguage = {
  code: "fr",
  // French puts the country adjective after the title ("le président chinois") and complements after it.
  adjectiveAfterNoun: true,
  titles: [
    ["président", "President"], ["présidente", "President"], ["vice-président", "Vice President"], ["premier ministre", "Prime Minister"],
    ["première ministre", "Prime Minister"], ["chancelier", "Chancellor"], ["chancelière", "Chancellor"], ["ministre", "Minister"],
    ["secrétaire d'État", "Secretary of State"], ["secrétaire d'Etat", "Secretary of State"], ["secrétaire général", "Secretary General"],
    ["secrétaire générale", "Secretary General"], ["secrétaire", "Secretary"], ["ambassadeur", "Ambassador"], ["ambassadrice", "Ambassador"],
    ["dirigeant", "leader"], ["dirigeante", "leader"], ["leader", "leader"], ["chef de l'État", "head of state"], ["chef d'État", "head of state"],
    ["chef de la diplomatie", "Foreign Minister"], ["chef d'état-major", "Chief of Staff"], ["chef du gouvernement", "head of government"],
    ["chef", "head"], ["porte-parole", "spokesperson"], ["député", "lawmaker"], ["députée", "lawmaker"], ["sénateur", "Senator"],
    ["sénatrice", "Senator"], ["général", "General"], ["maréchal", "Marshal"], ["amiral", "Admiral"], ["colonel", "Colonel"],
    ["commandant", "commander"], ["directeur", "Director"], ["directrice", "Director"], ["gouverneur", "Governor"], ["gouverneure", "Governor"],
    ["maire", "Mayor"], ["préfet", "Prefect"], ["roi", "King"], ["reine", "Queen"], ["pape", "Pope"], ["émissaire", "envoy"], ["envoyé spécial", "special envoy"],
    ["conseiller", "adviser"], ["conseillère", "adviser"], ["analyste", "analyst"], ["chercheur", "researcher"], ["chercheuse", "researcher"],
    ["expert", "expert"], ["experte", "expert"], ["journaliste", "journalist"], ["tête de liste", "lead candidate"], ["candidat", "candidate"],
    ["candidate", "candidate"], ["guide suprême", "Supreme Leader"], ["procureur", "prosecutor"], ["juge", "judge"],
  ],
  // "le ministre ukrainien des Affaires étrangères": a complement after the title names its portfolio.
  titleComplements: [
    ["des Affaires étrangères", "Foreign"], ["de la Défense", "Defence"], ["de l'Intérieur", "Interior"], ["de l'Économie", "Economy"],
    ["de l'Economie", "Economy"], ["des Finances", "Finance"], ["de la Santé", "Health"], ["de la Justice", "Justice"], ["des Armées", "Armed Forces"],
    ["du Budget", "Budget"], ["de l'Éducation", "Education"], ["du Travail", "Labour"], ["de l'Agriculture", "Agriculture"],
    ["de l'Alliance", ""], ["de l'OTAN", "NATO"], ["de l'ONU", "UN"], ["des Nations unies", "UN"],
  ],
  honorifics: ["M.", "Mme", "Mmes", "Mlle", "MM.", "Dr", "Pr", "Me", "Mgr"],
  particles: ["de", "du", "des", "d'", "la", "le", "von", "van", "bin", "al", "el", "ben"],
  orgHeads: [
    "service", "services", "ministère", "agence", "armée", "forces", "conseil", "commission", "comité", "cour", "tribunal", "parlement",
    "assemblée", "sénat", "chambre", "parti", "mouvement", "front", "banque", "fonds", "réseau", "institut", "organisation", "union",
    "association", "fédération", "groupe", "société", "université", "fondation", "centre", "bureau", "office", "autorité", "police",
    "gendarmerie", "garde", "direction", "alliance", "coalition", "rassemblement", "observatoire", "haut-commissariat", "programme",
    "ong", "agence de presse", "journal", "quotidien", "chaîne", "radio", "télévision", "santé publique",
  ],
  // Common nouns that introduce an organisation's name ("l'ONG espagnole Caminando Fronteras").
  orgIntroducers: [
    ["ONG", "NGO"], ["organisation", "organisation"], ["agence de presse", "news agency"], ["agence", "agency"], ["média", "media outlet"],
    ["journal", "newspaper"], ["quotidien", "newspaper"], ["hebdomadaire", "weekly"], ["chaîne", "channel"], ["radio", "radio"],
    ["parti", "party"], ["groupe", "group"], ["entreprise", "company"], ["société", "company"], ["think tank", "think tank"],
    ["institut", "institute"], ["cabinet", "firm"], ["site", "website"], ["mouvement", "movement"], ["milice", "militia"],
  ],
  placeHeads: ["île", "îles", "région", "province", "oblast", "océan", "mer", "fleuve", "rivière", "lac", "mont", "golfe", "détroit", "péninsule", "comté", "ville", "bande"],
  // Nouns followed by a link before a place's name ("la région de Koursk", "la ville de Kharkiv").
  placeIntroducers: [
    "région de", "région d'", "ville de", "ville d'", "province de", "province d'", "oblast de", "oblast d'", "village de", "village d'",
    "localité de", "commune de", "département de", "département du", "département des", "capitale", "îles", "île de", "île d'", "comté de",
    "quartier de", "port de", "port d'", "aéroport de", "région russe de", "région ukrainienne de", "banlieue de",
  ],
  // Prepositions after which an unknown single name is a place ("à Kazan").
  locatives: ["à", "près de", "près d'", "vers", "depuis"],
  // Capitals and cities read as a place, not as their government, after these ("à Moscou", "la capitale Kiev").
  placeMarkers: ["à", "dans", "près de", "près d'", "capitale", "vers", "en"],
  // Closed-class words that start sentences capitalised and never begin a name.
  nonNames: [
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma",
    "mes", "notre", "nos", "votre", "vos", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "c'", "qu'", "s'", "n'", "et", "ou", "mais",
    "donc", "or", "ni", "car", "si", "selon", "d'après", "après", "avant", "pendant", "depuis", "dans", "en", "à", "au", "aux", "pour", "par", "sur",
    "sous", "avec", "sans", "entre", "vers", "chez", "contre", "malgré", "lors", "outre", "parmi", "plus", "moins", "très", "aussi", "encore",
    "déjà", "ainsi", "alors", "puis", "enfin", "toutefois", "cependant", "pourtant", "néanmoins", "désormais", "jusqu'", "lorsqu'", "quand",
    "comme", "dont", "où", "qui", "que", "quoi", "quel", "quelle", "quels", "quelles", "tout", "tous", "toute", "toutes", "chaque", "plusieurs",
    "certains", "certaines", "aucun", "aucune", "autre", "autres", "même", "mêmes", "bien", "oui", "non", "voici", "voilà", "ici", "là", "hier",
    "aujourd'hui", "demain", "cela", "ceci", "ça", "celui", "celle", "ceux", "celles", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "monsieur", "madame", "photo", "vidéo", "lire", "voir", "source", "sources", "crédit", "copyright", "dix", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "cent", "mille", "noël", "pâques",
  ],
  // Determiners that, capitalised inside a sentence, begin the name of a work or organisation ("Le Figaro", "Les Républicains").
  nameDeterminers: ["le", "la", "les", "l'"],
  determiners: ["le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "certains", "certaines", "plusieurs"],
  // Generic descriptions of institutions; the country adjective follows them ("l'armée russe"). "country" means the country itself acts.
  descriptors: [
    ["renseignement", "intelligence"], ["renseignements", "intelligence"], ["services de renseignement", "intelligence"],
    ["service de renseignement", "intelligence"], ["services de renseignements", "intelligence"], ["service de renseignements", "intelligence"],
    ["agence de renseignement", "intelligence"], ["espions", "intelligence"], ["service de renseignement national", "national intelligence service"],
    ["renseignement militaire", "military intelligence"], ["renseignements militaires", "military intelligence"],
    ["service de renseignement militaire", "military intelligence"], ["services de renseignement militaire", "military intelligence"],
    ["agence de renseignement militaire", "military intelligence"], ["armée", "army"], ["armée de terre", "army"], ["forces armées", "armed forces"],
    ["état-major", "general staff"], ["état-major général", "general staff"], ["ministère de la Défense", "defence ministry"],
    ["ministère des Affaires étrangères", "foreign ministry"], ["ministère de l'Intérieur", "interior ministry"], ["ministère de la Santé", "health ministry"],
    ["diplomatie", "foreign ministry"], ["marine", "navy"], ["garde-côtes", "coast guard"], ["police", "police"], ["parlement", "parliament"],
    ["gouvernement", "country"], ["autorités", "country"], ["exécutif", "country"], ["présidence", "presidency"],
  ],
  // Capitalised abbreviations that are not organisations.
  nonEntityAcronyms: ["ONG", "PIB", "TVA", "PDG", "TV", "SMS", "ADN", "SIDA", "VIH", "RER", "TGV", "HT", "TTC", "CDI", "CDD", "SMIC", "PME", "BTP", "JO", "NB", "PS", "OK", "UTC", "GMT", "KM", "ID", "XXL"],
  documentHeads: [
    "note", "rapport", "communiqué", "document", "évaluation", "évaluations", "estimation", "estimations", "étude", "analyse", "bilan",
    "informations", "chiffres", "données", "déclaration", "images", "sources", "source",
  ],
  // Cues that a source relays another: "Y, citant X" (carrier first), "X, cité par Y" (original first).
  relayCarrierFirst: ["citant", "qui cite", "qui citent", "qui citait", "relayant", "se référant à", "se fondant sur", "s'appuyant sur", "reprenant"],
  relayOriginalFirst: [
    "cité par", "citée par", "cités par", "citées par", "relayé par", "relayée par", "relayés par", "relayées par", "rapporté par",
    "rapportée par", "rapportés par", "consulté par", "consultée par", "consultés par", "consultées par", "obtenu par", "obtenue par",
    "vu par", "vue par", "repris par", "reprise par",
  ],
  sourceIntroducers: ["selon", "d'après", "de source", "selon les informations de", "d'après les informations de"],
  // Words that end a source's phrase when reading forward.
  phraseStops: [
    "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "que", "qu'", "qui", "dont", "et", "mais", "pour", "selon", "lorsque",
    "quand", "depuis", "jusqu'", "ce", "cette", "il", "elle", "ils", "elles",
  ],
  reportingVerbs: ["a rapporté", "rapporte", "a indiqué", "indique", "a affirmé", "affirme", "a déclaré", "déclare", "a écrit", "écrit", "a révélé", "révèle", "explique", "a expliqué", "précise", "a précisé"],
  clauseOpeners: ["qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles"],
};
