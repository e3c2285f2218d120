/**
 * @module lang/fr/reporting
 * How French attributes a figure and marks doubt: attribution phrases and
 * verbs of saying, impersonal sources, and the cues of modality
 * (conditionnel, modal verbs, plans, denials).
 */

export const sourceBefore = [
  "selon", "d'après", "de source", "de sources", "cite", "citant", "cité par", "citée par", "cités par", "citées par",
  "selon les informations de", "selon des informations de", "consultée par", "consulté par", "consultés par", "obtenue par", "obtenu par",
  "vue par", "vu par", "relayé par", "relayée par", "rapporté par", "rapportée par", "publié par", "publiée par", "communiqué par",
  "d'après les chiffres de", "selon les chiffres de", "selon les données de", "d'après les données de", "de l'avis de", "aux yeux de",
];

export const sayingVerbs = [
  "déclaré", "indiqué", "affirmé", "annoncé", "précisé", "estimé", "assuré", "ajouté", "expliqué", "rapporté", "révélé", "souligné",
  "poursuivi", "confirmé", "reconnu", "averti", "prévenu", "signalé", "communiqué", "déploré", "dénoncé", "rappelé", "détaillé", "écrit",
  "avancé", "évoqué", "fait état", "fait savoir", "martelé", "insisté", "noté", "observé", "constaté", "calculé", "chiffré", "recensé",
  "déclare", "indique", "affirme", "annonce", "précise", "estime", "assure", "ajoute", "explique", "rapporte", "révèle", "souligne",
  "poursuit", "confirme", "reconnaît", "avertit", "signale", "communique", "déplore", "dénonce", "rappelle", "détaille", "écrit",
  "avance", "évoque", "chiffre", "recense", "note", "observe", "constate", "calcule", "dit", "a dit", "dévoilé", "publié",
  "déclarent", "indiquent", "affirment", "annoncent", "précisent", "estiment", "assurent", "ajoutent", "expliquent", "rapportent",
  "révèlent", "soulignent", "confirment", "reconnaissent", "signalent", "dénoncent", "rappellent", "détaillent", "écrivent", "évoquent",
  "suggère", "suggèrent", "montre", "montrent", "font état", "faisait état", "faisaient état", "évaluent", "évalue", "chiffrent",
  "a démenti", "dément", "démentent", "nie", "nient", "a nié", "ont nié", "ont démenti",
  "estimait", "affirmait", "indiquait", "déclarait", "assurait", "expliquait", "précisait", "ajoutait", "rapportait", "annonçait",
];

/** Gerunds of saying: their speaker is the subject of the clause ("l'Insee … en révélant que"). */
export const sayingGerunds = [
  "en révélant", "en indiquant", "en précisant", "en déclarant", "en affirmant", "en annonçant", "en estimant", "en assurant",
  "en expliquant", "en soulignant", "en ajoutant", "en rappelant", "en confirmant", "en reconnaissant", "en signalant", "en chiffrant",
];

/** French verbs of saying are not also nouns in the plural: nothing ambiguous to guard. */
export const ambiguousSayingVerbs: readonly string[] = [];

export const ambiguousVerbFollowers: readonly string[] = [];

/** Asides set off by commas between a subject and its verb ("Le ministère, de son côté, estime…"). */
/** Relative pronouns opening an aside between a subject and its verb ("Le ministre, qui s'exprimait à la radio, a indiqué…"). */
export const relativeAsides = ["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "où"];

export const asides = ["de son côté", "de leur côté", "pour sa part", "pour leur part", "quant à lui", "quant à elle", "toutefois", "cependant", "néanmoins", "lui", "elle", "eux"];

export const auxiliaries = ["a", "ont", "avait", "avaient", "aurait", "auraient", "a-t-il", "a-t-elle", "ont-ils", "ont-elles", "t-il", "t-elle", "ne", "n'", "pas", "également", "aussi", "encore", "notamment", "déjà", "lui", "leur", "y"];

export const sourceStops = [
  "qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "si", "mais", "car", "lorsque", "quand", "alors", "tandis",
  "pour", "avec", "sans", "sur", "depuis", "après", "avant", "dans", "en", "ont", "a", "est", "sont", "avait", "avaient", "aurait", "auraient", "serait",
  "seraient", "pourrait", "pourraient", "devrait", "va", "vont", "et", "ou", "ni",
];

export const speakerNouns = [
  "responsables", "responsable", "autorités", "gouvernement", "ministère", "ministre", "police", "armée", "militaires", "agence", "experts",
  "analystes", "sources", "source", "chercheurs", "chercheuse", "chercheur", "scientifiques", "médecins", "secouristes", "sauveteurs", "pompiers",
  "habitants", "témoins", "porte-parole", "tribunal", "juge", "parquet", "procureur", "députés", "député", "diplomates", "renseignement",
  "renseignements", "rapport", "étude", "enquête", "données", "chiffres", "communiqué", "note", "estimations", "organisation", "ONG",
  "syndicat", "entreprise", "assureurs", "commission", "conseil", "office", "institut", "observatoire", "média", "médias", "journal",
  "quotidien", "dirigeants", "dirigeant", "président", "présidente", "gouverneur", "maire", "préfet", "préfecture", "enquêteurs", "militants",
  "services", "service", "secours", "état-major", "ministres", "élus", "officiels", "bilan", "décompte", "revue", "experts", "spécialistes",
];

export const impersonalSources = [
  "bilan", "dernier bilan", "nouveau bilan", "bilan provisoire", "premier bilan", "on", "estimations", "les estimations", "nos informations",
  "le décompte", "un décompte", "les projections", "toute vraisemblance", "les chiffres", "les derniers chiffres", "ce calcul", "le texte",
];

/**
 * Pronouns, "le même …", documents and media that point back to a source named before. Institutions
 * ("le ministère", "l'agence") name themselves and are not listed.
 */
export const anaphoricSources = [
  "il", "elle", "ils", "elles", "celui-ci", "celle-ci", "ce dernier", "cette dernière", "ces derniers", "ces dernières", "lui",
  "le même bilan", "même bilan", "la même source", "même source", "ce bilan", "cette estimation", "la note", "cette note", "le rapport",
  "ce rapport", "le document", "ce document", "l'étude", "cette étude", "le communiqué", "ce communiqué", "le texte", "ce texte",
  "le média", "le journal", "le quotidien", "la chaîne", "la source", "cette source",
  "le responsable", "ce responsable", "le porte-parole",
];

export const sourceDeterminers = [
  "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
  "m.", "m", "mme", "mlle", "dr", "pr", "me", "mgr", "certains", "certaines", "plusieurs", "deux", "trois",
];

export const continuationCues = [
  "dans le détail", "par ailleurs", "en outre", "de plus", "selon la même source", "toujours selon", "selon ce rapport", "selon cette note",
  "la note précise", "le rapport précise", "le rapport ajoute", "a poursuivi", "a-t-il poursuivi", "a-t-elle poursuivi", "a-t-il ajouté",
  "a-t-elle ajouté", "a-t-il précisé", "a-t-elle précisé", "de même", "en détail", "plus précisément", "parmi eux", "parmi elles", "parmi les victimes", "parmi ces", "dont",
];

export const possibleCues = [
  "pourrait", "pourraient", "pourra", "pourront", "devrait", "devraient", "devra", "devront", "va", "vont", "allait", "allaient",
  "prévoit", "prévoient", "prévoyait", "prévu", "prévue", "prévus", "prévues", "prévision", "prévisions", "projet", "projette", "plan",
  "envisage", "envisagent", "envisageait", "envisagé", "compte", "comptent", "s'apprête", "s'apprêtent", "s'apprêterait", "s'apprêteraient",
  "se prépare", "se préparent", "se préparait", "se préparaient", "préparait", "préparaient", "prépare", "préparent", "en préparation",
  "attendu", "attendus", "attendue", "attendues", "imminent", "imminente", "objectif", "cible", "vise", "visent", "espère", "espèrent",
  "souhaite", "souhaitent", "veut", "veulent", "menace", "menacent", "risque", "risquent", "susceptible", "susceptibles", "potentiellement",
  "éventuel", "éventuelle", "éventuellement", "hypothèse", "scénario", "promet", "promis", "s'engage", "s'engagent", "s'est engagé",
  "proposé", "propose", "proposent", "propose", "accord", "appelés à", "appelées à", "amenés à", "destinés à", "estimation", "projection",
  "enverra", "enverront", "enverrait", "enverraient", "déploiera", "déploieront", "coûtera", "atteindra", "atteindront", "dépassera",
  "serait prêt", "seraient prêts", "sera", "seront", "aura", "auront", "passera", "s'ajouterait", "s'ajouteraient", "viendrait", "viendraient",
];

export const unconfirmedCues = [
  "aurait", "auraient", "serait", "seraient", "présumé", "présumés", "présumée", "supposé", "supposés", "apparemment", "vraisemblablement",
  "probablement", "sans doute", "semble", "semblent", "semblait", "paraît", "non confirmé", "non confirmée", "non confirmés", "non vérifié",
  "non vérifiée", "invérifiable", "invérifiables", "pas pu être vérifié", "pas pu être vérifiée", "pas pu être vérifiés", "selon toute vraisemblance",
  "imputables", "allégations", "prétendument", "serait en cours", "fournirait", "fourniraient", "compterait", "compteraient",
];

export const deniedCues = [
  "démenti", "démentent", "dément", "démentait", "nié", "nie", "nient", "niait", "rejeté", "rejette", "contesté", "conteste", "contestent",
  "réfute", "réfuté", "faux", "infondé", "infondées", "démentis",
];

export const factualCues = ["déjà", "ont été", "a été", "effectivement", "officiellement", "au total"];

export const stateVerbs = ["être", "été", "avoir", "représenter", "correspondre", "s'élever", "atteindre", "dépasser", "compter"];

/** Endings of past participles ("envoyés", "deployed"). */
export const participleEndings = ["ant", "é", "ée", "és", "ées", "is", "ise", "ises", "it", "its", "ite", "ites", "u", "us", "ue", "ues", "té", "tés"];

export const conditionalEndings = ["rait", "raient"];

export const conditionalExceptions = ["serait", "seraient", "aurait", "auraient", "pourrait", "pourraient", "devrait", "devraient", "vrai", "vraie", "vraiment"];

export const clauseBreaks = ["qui", "que", "qu'", "dont", "où", "mais", "tandis", "alors que", "lorsque", "quand", "si", "car", "puisque", "bien que", ";", ":", "(", ")", "—", "–"];
