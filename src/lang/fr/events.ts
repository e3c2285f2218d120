/**
 * @module lang/fr/events
 * What happened to what a figure counts: verb forms and event nouns mapped
 * to an English event, and counted nouns that carry their own event.
 */

/** Nouns that name what happened to what they count. */
export const nounEvents: ReadonlyArray<readonly [string, string]> = [
  ["morts", "killed"], ["mort", "killed"], ["tués", "killed"], ["tuées", "killed"], ["décès", "died"], ["victimes", "died"], ["blessés", "wounded"],
  ["blessé", "wounded"], ["blessées", "wounded"], ["disparus", "missing"], ["déplacés", "displaced"], ["évacués", "evacuated"],
  ["évacuations", "evacuated"], ["otages", "held"], ["prisonniers", "held"], ["interpellations", "arrested"], ["arrestations", "arrested"],
  ["sinistrés", "affected"], ["réfugiés", "fled"], ["cas", "cases"], ["infections", "infected"], ["hospitalisations", "hospitalised"],
  ["frappes", "strikes"], ["attaques", "attacks"], ["voix", "received"], ["suffrages", "received"], ["sièges", "seats"], ["passages", "emergency visits"],
  ["consultations", "consultations"], ["habitants", "population"], ["chômeurs", "unemployed"],
];

/** Verb forms and event nouns → English event. Participles in all genders and numbers. */
export const events: ReadonlyArray<readonly [string, string]> = [
  ...verb("envoy", ["er", "é", "ée", "és", "ées", "ait", "aient", "ant", "era", "eront", "erait", "eraient"], "sent"),
  ["envoie", "sent"], ["envoient", "sent"], ["envoi", "sent"], ["enverra", "sent"], ["enverrait", "sent"], ["enverraient", "sent"], ["enverront", "sent"],
  ...verb("déploy", ["er", "é", "ée", "és", "ées", "ait", "aient", "ant"], "deployed"), ["déploie", "deployed"], ["déploient", "deployed"],
  ["déploiera", "deployed"], ["déploierait", "deployed"], ["déploiement", "deployed"], ["déploiements", "deployed"],
  ...verb("dépêch", ["er", "é", "és", "ées", "e", "ent"], "sent"), ...verb("expédi", ["er", "é", "és", "ées", "e", "ent"], "shipped"),
  ...verb("livr", ["er", "é", "és", "ée", "ées", "e", "ent", "ait", "aient", "aison", "aisons"], "delivered"),
  ...verb("fourn", ["ir", "i", "is", "ie", "ies", "it", "issent", "issait", "issaient", "irait", "iraient"], "supplied"), ["fourniture", "supplied"],
  ...verb("procur", ["er", "é", "e", "ent"], "provided"), ...verb("transfér", ["er", "é", "és"], "transferred"),
  ...verb("tu", ["er", "é", "és", "ée", "ées"], "killed"), ["tue", "killed"], ["tuent", "killed"], ["tuant", "killed"],
  ...verb("bless", ["er", "é", "és", "ée", "ées", "ant"], "wounded"), ["morts", "killed"], ["mort", "killed"], ["meurent", "died"], ["mourir", "died"], ["meurt", "died"], ["mouraient", "died"],
  ...verb("sont ", ["morts", "mortes"], "died"), ...verb("est ", ["mort", "morte"], "died"), ...verb("étaient ", ["morts", "mortes"], "died"),
  ...verb("seraient ", ["morts", "mortes"], "died"), ...verb("serait ", ["mort", "morte"], "died"), ...verb("sont ", ["décédés", "décédées"], "died"),
  ["morte", "killed"], ["mortes", "killed"], ["victimes", "died"], ["victime", "died"],
  ...verb("décéd", ["er", "é", "és", "ée", "ées"], "died"), ["péri", "died"], ["périt", "died"], ["périssent", "died"], ["perdu la vie", "died"],
  ["disparu", "missing"], ["disparus", "missing"], ["disparues", "missing"], ["portés disparus", "missing"], ["noyés", "drowned"],
  ...verb("évacu", ["er", "é", "és", "ée", "ées", "ation"], "evacuated"), ...verb("déplac", ["é", "és", "ées"], "displaced"),
  ...verb("détrui", ["re", "t", "ts", "te", "tes", "sent"], "destroyed"), ["destruction", "destroyed"], ["détruites", "destroyed"], ["rasés", "destroyed"],
  ...verb("endommag", ["er", "é", "és", "ée", "ées"], "damaged"), ["dégâts", "damage"], ["dommages", "damage"], ["pertes", "losses"],
  ...verb("brûl", ["er", "é", "és", "ée", "ées", "ent"], "burned"), ...verb("ravag", ["er", "é", "és", "ée", "ées", "e", "ent", "eait", "eaient", "eant"], "burned"),
  ...verb("", ["parti", "partis", "partie", "parties", "part", "partent"].map((w) => w + " en fumée"), "burned"), ["partis en flammes", "burned"],
  ...verb("s'étend", ["", "ent", "ait", "aient", "ra", "rait"], "spread over"), ...verb("étend", ["u", "us", "ue", "ues", "re"], "spread over"),
  ["superficie brûlée", "burned"], ["surface brûlée", "burned"], ["calciné", "burned"],
  ...verb("arrêt", ["é", "és", "ée", "ées"], "arrested"), ...verb("interpell", ["é", "és", "ée", "ées"], "arrested"), ["arrestation", "arrested"],
  ...verb("captur", ["er", "é", "és", "ée", "ées"], "captured"), ...verb("libér", ["er", "é", "és", "ée", "ées", "ation"], "released"),
  ...verb("échang", ["er", "é", "és", "ées"], "exchanged"), ["échange", "exchanged"], ...verb("rapatri", ["er", "é", "és", "ées"], "repatriated"),
  ...verb("rentr", ["er", "é", "és", "ées"], "returned"), ...verb("retourn", ["é", "és", "ées"], "returned"), ...verb("revenu", ["", "s", "es"], "returned"),
  ...verb("lanc", ["er", "é", "és", "ée", "ées", "e", "ent", "era", "eront", "erait", "eraient"], "launched"), ...verb("lanç", ["ait", "aient", "ant"], "launched"),
  ...verb("tir", ["er", "é", "és", "ée", "ées", "e", "ent", "ait", "aient", "ant"], "fired"),
  ...verb("frapp", ["er", "é", "és", "ée", "ées", "e", "ent", "ait", "aient", "ant", "era", "erait"], "struck"),
  ...verb("utilis", ["er", "é", "és", "ée", "ées", "e", "ent", "ait", "aient", "ant", "era", "erait"], "used"),
  ...verb("employ", ["er", "é", "és", "ée", "ées", "ait", "aient", "ant"], "used"), ["emploie", "used"], ["emploient", "used"],
  ...verb("abatt", ["u", "us", "ue", "ues", "re"], "shot down"), ...verb("intercept", ["er", "é", "és", "ée", "ées"], "intercepted"),
  ...verb("vot", ["er", "é", "és", "ée", "ées", "ent"], "voted"), ...verb("adopt", ["er", "é", "ée", "és"], "approved"), ["approuvé", "approved"],
  ...verb("gagn", ["er", "é", "és", "ée", "ées"], "gained"), ...verb("conquis", ["", "e", "es"], "captured"), ["pris", "captured"], ["reprise", "captured"],
  ...verb("remport", ["er", "é", "ée", "és", "ées", "e", "ent", "ait", "aient", "ant", "era", "erait"], "won"), ...verb("obten", ["ir", "u", "us", "ue", "ues", "ait", "aient", "ant"], "obtained"), ["obtient", "obtained"], ["obtiennent", "obtained"],
  ["obtiendra", "obtained"], ["obtiendrait", "obtained"], ["obtiendraient", "obtained"],
  ...verb("recueill", ["ir", "i", "is", "ie", "ies", "e", "ent", "ait", "aient", "ant", "era", "erait", "eraient"], "won"), ["récolté", "won"], ["score", "scored"],
  ...verb("attribu", ["er", "é", "és", "ées"], "allocated"), ...verb("alloué", ["", "s", "es"], "allocated"), ["débloqué", "allocated"], ["débloque", "allocated"],
  ...verb("promi", ["s", "se", "ses"], "pledged"), ["promet", "pledged"], ["promesse", "pledged"], ["engagé", "pledged"],
  ["aide", "aid"], ["aides", "aid"], ["assistance", "aid"], ["prêts", "loans"], ["prêt", "loans"], ["dons", "donated"], ["financement", "funding"],
  ["coût", "cost"], ["coûté", "cost"], ["coûte", "cost"], ["coûtera", "cost"], ["facture", "cost"], ["budget", "budget"], ["investissement", "investment"],
  ["investissements", "investment"], ["économies", "savings"], ["recettes", "revenue"], ["dépenses", "spending"],
  ["déficit public", "deficit"], ["déficit", "deficit"], ["dette publique", "debt"], ["dette", "debt"], ["croissance", "growth"],
  ["inflation", "inflation"], ["chômage", "unemployment"], ["taux de participation", "turnout"], ["participation", "turnout"], ["abstention", "abstention"],
  ["augment", "increased"], ["augmenté", "increased"], ["augmente", "increased"], ["hausse", "increase"], ["progression", "increase"], ["progressé", "increased"],
  ["grimpé", "increased"], ["bondi", "increased"], ["baissé", "decreased"], ["baisse", "decrease"], ["diminué", "decreased"], ["recul", "decrease"],
  ["reculé", "decreased"], ["chuté", "decreased"], ["chute", "decrease"], ["réduit", "reduced"], ["réduction", "reduced"],
  ["atteint", "reached"], ["atteindre", "reached"], ["atteindrait", "reached"], ["s'élève", "totalled"], ["s'élèvent", "totalled"], ["s'établit", "totalled"],
  ["entrés", "entered"], ["entré", "entered"], ["arrivés", "arrived"], ["arrivées", "arrived"], ["arrivé", "arrived"], ["débarqué", "arrived"],
  ["secouru", "rescued"], ["secourus", "rescued"], ["secourues", "rescued"], ...verb("sauv", ["é", "és", "ée", "ées", "er", "e", "ent", "era", "eront", "erait", "eraient", "ant"], "saved"),
  ...verb("recens", ["é", "és", "ée", "ées", "e", "ent"], "recorded"), ["enregistré", "recorded"], ["enregistrés", "recorded"], ["dénombré", "counted"],
  ["contenu", "contained"], ["contenus", "contained"], ["maîtrisé", "contained"], ["maîtrisés", "contained"],
  ["évalué", "estimated"], ["estimés", "estimated"], ...verb("estim", ["é", "ée", "ées"], "estimated"),
  ...verb("dépass", ["er", "é", "e", "ent", "ait", "aient", "ant", "era", "erait", "eraient"], "exceed"),
  ...verb("attend", ["u", "us", "ue", "ues"], "expected"), ["eu lieu", "took place"], ["se sont déroulés", "took place"], ["se sont déroulées", "took place"],
  ["détérioration", "deterioration"], ["dégradation", "deterioration"], ["en uniforme", "in uniform"], ["sous les drapeaux", "in uniform"],
  ["épidémie", "epidemic"], ["comptabilisé", "recorded"], ["comptabilisés", "recorded"], ["comptabilisées", "recorded"], ["préparait", "prepared"], ["préparer", "prepared"], ["préparent", "prepared"],
  ["rejoindre", "join"], ["rejoint", "joined"], ["combattre", "fight"], ["combattent", "fight"], ["combat", "fight"], ["stationnés", "stationed"],
  ["présents", "present"], ["servent", "serving"], ["mobilisé", "mobilised"], ["mobilisés", "mobilised"], ["recruté", "recruited"], ["recrutés", "recruited"],
  ["formés", "trained"], ["entraînés", "trained"], ["entraînement", "trained"], ["hospitalisés", "hospitalised"], ["contaminés", "infected"],
  ["infectés", "infected"], ["vaccinés", "vaccinated"], ["licenciés", "laid off"], ["supprimés", "cut"], ["créés", "created"], ["construits", "built"],
  ["reçu", "received"], ["reçus", "received"], ["reçoit", "received"], ["accueilli", "hosted"], ["accueillis", "hosted"], ["hébergés", "housed"],
  ["exporté", "exported"], ["exportés", "exported"], ["importé", "imported"], ["vendu", "sold"], ["vendus", "sold"], ["acheté", "bought"],
  ["saisi", "seized"], ["saisis", "seized"], ["condamné", "convicted"], ["condamnés", "convicted"], ["inculpés", "charged"], ["expulsés", "expelled"],
  ["population", "population"], ["superficie", "area"], ["seuil", "threshold"],
];

/** Words between a figure (or its noun) and its verb: auxiliaries, modals, adverbs, negation, relative and reflexive pronouns. */
export const eventAuxiliaries: readonly string[] = [
  "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "ait", "aient", "est", "sont", "était", "étaient", "serait", "seraient", "sera",
  "seront", "soit", "soient", "été", "être", "avoir", "ayant", "étant", "ne", "n'", "pas", "jamais", "déjà", "encore", "toujours", "également", "aussi",
  "finalement", "ainsi", "notamment", "respectivement", "probablement", "désormais", "actuellement", "récemment", "effectivement", "peut-être",
  "qui", "se", "s'", "y", "pourrait", "pourraient", "peut", "peuvent", "pouvaient", "devrait", "devraient", "doit", "doivent", "devaient", "va", "vont",
];

/** Words between an event word and the figure it governs. */
export const eventPrepositions: readonly string[] = ["de", "d'", "des", "du", "les", "le", "la", "l'", "à", "au", "aux", "sur", "par", "en", "quelque"];

function verb(stem: string, endings: readonly string[], event: string): Array<readonly [string, string]> {
  return endings.map((e) => [stem + e, event] as const);
}

