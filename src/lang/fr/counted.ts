/**
 * @module lang/fr/counted
 * What French figures count, whose they are, and what happened: counted
 * nouns mapped to English nouns, nouns that carry their own event, verbs
 * and event nouns mapped to English events, places and demonyms.
 */

/** Words between a number and its noun that are skipped. */
export const nounLinkers = ["de", "d'", "des", "du", "ses", "leurs", "nos", "ces", "les", "ses propres", "environ", "autres", "nouveaux", "nouvelles", "supplémentaires"];

/** Counted nouns (singular and plural forms) → English noun. */
export const nouns: ReadonlyArray<readonly [string, string]> = [
  // people
  ["soldat", "soldiers"], ["soldats", "soldiers"], ["militaire", "soldiers"], ["militaires", "soldiers"], ["troupes", "troops"],
  ["hommes", "soldiers"], ["combattants", "fighters"], ["combattant", "fighters"], ["mercenaires", "mercenaries"],
  ["militaires nord-coréens", "soldiers"], ["réservistes", "reservists"], ["conscrits", "conscripts"], ["recrues", "recruits"],
  ["policiers", "police officers"], ["gendarmes", "gendarmes"], ["pompiers", "firefighters"], ["sapeurs-pompiers", "firefighters"],
  ["secouristes", "rescuers"], ["sauveteurs", "rescuers"], ["personnes", "people"], ["personne", "people"], ["individus", "people"],
  ["habitants", "inhabitants"], ["habitant", "inhabitants"], ["civils", "civilians"], ["civil", "civilians"], ["enfants", "children"],
  ["enfant", "children"], ["mineurs", "minors"], ["femmes", "women"], ["femme", "women"], ["adultes", "adults"], ["victimes", "victims"],
  ["victime", "victims"], ["morts", "dead"], ["mort", "dead"], ["décès", "deaths"], ["tués", "dead"], ["tuées", "dead"], ["blessés", "wounded"],
  ["blessé", "wounded"], ["blessées", "wounded"], ["disparus", "missing"], ["disparu", "missing"], ["otages", "hostages"], ["otage", "hostages"],
  ["prisonniers", "prisoners"], ["prisonnier", "prisoners"], ["détenus", "prisoners"], ["captifs", "prisoners"], ["réfugiés", "refugees"],
  ["déplacés", "displaced people"], ["migrants", "migrants"], ["migrant", "migrants"], ["exilés", "migrants"], ["demandeurs d'asile", "asylum seekers"],
  ["manifestants", "protesters"], ["électeurs", "voters"], ["votants", "voters"], ["voix", "votes"], ["suffrages", "votes"], ["sièges", "seats"],
  ["siège", "seats"], ["députés", "members of parliament"], ["élus", "elected officials"], ["sénateurs", "senators"], ["démocrates", "democrats"],
  ["républicains", "republicans"], ["patients", "patients"], ["malades", "patients"], ["cas", "cases"], ["infections", "infections"],
  ["contaminations", "infections"], ["hospitalisations", "hospitalisations"], ["consultations", "consultations"], ["passages", "emergency visits"],
  ["salariés", "employees"], ["employés", "employees"], ["emplois", "jobs"], ["postes", "jobs"], ["chômeurs", "unemployed"], ["travailleurs", "workers"],
  ["ouvriers", "workers"], ["élèves", "pupils"], ["étudiants", "students"], ["familles", "families"], ["foyers", "households"], ["ménages", "households"],
  ["journalistes", "journalists"], ["médecins", "doctors"], ["agents", "agents"], ["fonctionnaires", "civil servants"], ["membres", "members"],
  ["experts", "experts"], ["spectateurs", "spectators"], ["visiteurs", "visitors"], ["touristes", "tourists"], ["passagers", "passengers"],
  ["clients", "customers"], ["abonnés", "subscribers"], ["utilisateurs", "users"], ["candidats", "candidates"], ["ressortissants", "nationals"],
  ["interpellations", "arrests"], ["arrestations", "arrests"], ["évacués", "evacuees"], ["évacuations", "evacuations"], ["sinistrés", "disaster victims"],
  ["sans-abri", "homeless people"], ["démineurs", "deminers"], ["ingénieurs", "engineers"], ["généraux", "generals"], ["officiers", "officers"],
  // arms and military
  ["missiles", "missiles"], ["missile", "missiles"], ["drones", "drones"], ["drone", "drones"], ["obus", "shells"], ["munitions", "munitions"],
  ["cartouches", "rounds"], ["roquettes", "rockets"], ["bombes", "bombs"], ["chars", "tanks"], ["blindés", "armoured vehicles"], ["avions", "aircraft"],
  ["avions de combat", "fighter jets"], ["chasseurs", "fighter jets"], ["hélicoptères", "helicopters"], ["navires", "ships"], ["bateaux", "boats"],
  ["embarcations", "boats"], ["pirogues", "boats"], ["canots", "boats"], ["frappes", "strikes"], ["attaques", "attacks"], ["attentats", "attacks"],
  ["explosions", "explosions"], ["conteneurs", "containers"], ["containers", "containers"], ["armes", "weapons"], ["canons", "guns"], ["batteries", "batteries"],
  ["systèmes", "systems"], ["lanceurs", "launchers"], ["véhicules", "vehicles"], ["camions", "trucks"], ["wagons", "wagons"], ["trains", "trains"],
  // things and places
  ["bâtiments", "buildings"], ["bâtiment", "buildings"], ["immeubles", "buildings"], ["maisons", "houses"], ["logements", "homes"], ["habitations", "homes"],
  ["structures", "structures"], ["écoles", "schools"], ["hôpitaux", "hospitals"], ["villages", "villages"], ["villes", "towns"], ["communes", "municipalities"],
  ["localités", "localities"], ["régions", "regions"], ["départements", "departments"], ["pays", "countries"], ["États", "states"], ["états", "states"],
  ["provinces", "provinces"], ["comtés", "counties"], ["circonscriptions", "constituencies"], ["bureaux de vote", "polling stations"],
  ["étages", "floors"], ["feux", "fires"], ["incendies", "fires"], ["foyers d'incendie", "fires"], ["séismes", "earthquakes"], ["répliques", "aftershocks"],
  ["îles", "islands"], ["routes", "roads"], ["ponts", "bridges"], ["entreprises", "companies"], ["sociétés", "companies"], ["usines", "factories"],
  ["exploitations", "farms"], ["fermes", "farms"], ["têtes de bétail", "livestock"], ["animaux", "animals"], ["arbres", "trees"], ["voitures", "cars"],
  ["véhicules électriques", "electric vehicles"], ["vols", "flights"], ["trajets", "trips"], ["colis", "parcels"], ["doses", "doses"], ["vaccins", "vaccines"],
  ["lits", "beds"], ["repas", "meals"], ["tests", "tests"], ["échanges", "exchanges"], ["sanctions", "sanctions"], ["mesures", "measures"], ["plaintes", "complaints"],
  ["procédures", "proceedings"], ["condamnations", "convictions"], ["votes", "votes"], ["lois", "laws"], ["milliards", "billions"], ["millions", "millions"],
  ["images", "images"], ["photos", "photos"], ["vidéos", "videos"], ["documents", "documents"], ["pages", "pages"], ["messages", "messages"],
  ["tonnes", "tonnes"], ["kilomètres", "kilometres"], ["hectares", "hectares"], ["logements sociaux", "social housing units"],
];

/** Nouns that name what happened to what they count. */
export const nounEvents: ReadonlyArray<readonly [string, string]> = [
  ["morts", "killed"], ["mort", "killed"], ["tués", "killed"], ["tuées", "killed"], ["décès", "died"], ["victimes", "killed"], ["blessés", "wounded"],
  ["blessé", "wounded"], ["blessées", "wounded"], ["disparus", "missing"], ["déplacés", "displaced"], ["évacués", "evacuated"],
  ["évacuations", "evacuated"], ["otages", "held"], ["prisonniers", "held"], ["interpellations", "arrested"], ["arrestations", "arrested"],
  ["sinistrés", "affected"], ["réfugiés", "fled"], ["cas", "cases"], ["infections", "infected"], ["hospitalisations", "hospitalised"],
  ["frappes", "strikes"], ["attaques", "attacks"], ["voix", "votes"], ["suffrages", "votes"], ["sièges", "seats"], ["passages", "emergency visits"],
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
  ...verb("bless", ["er", "é", "és", "ée", "ées", "ant"], "wounded"), ["morts", "killed"], ["mort", "killed"], ["meurent", "died"], ["mourir", "died"],
  ...verb("décéd", ["er", "é", "és", "ée", "ées"], "died"), ["péri", "died"], ["périt", "died"], ["périssent", "died"], ["perdu la vie", "died"],
  ["disparu", "missing"], ["disparus", "missing"], ["disparues", "missing"], ["portés disparus", "missing"], ["noyés", "drowned"],
  ...verb("évacu", ["er", "é", "és", "ée", "ées", "ation"], "evacuated"), ...verb("déplac", ["é", "és", "ées"], "displaced"),
  ...verb("détrui", ["re", "t", "ts", "te", "tes", "sent"], "destroyed"), ["destruction", "destroyed"], ["détruites", "destroyed"], ["rasés", "destroyed"],
  ...verb("endommag", ["er", "é", "és", "ée", "ées"], "damaged"), ["dégâts", "damage"], ["dommages", "damage"], ["pertes", "losses"],
  ...verb("brûl", ["er", "é", "és", "ée", "ées", "ent"], "burned"), ["ravagé", "burned"], ["ravagés", "burned"], ["parti en fumée", "burned"], ["calciné", "burned"],
  ...verb("arrêt", ["é", "és", "ée", "ées"], "arrested"), ...verb("interpell", ["é", "és", "ée", "ées"], "arrested"), ["arrestation", "arrested"],
  ...verb("captur", ["er", "é", "és", "ée", "ées"], "captured"), ...verb("libér", ["er", "é", "és", "ée", "ées", "ation"], "released"),
  ...verb("échang", ["er", "é", "és", "ées"], "exchanged"), ["échange", "exchanged"], ...verb("rapatri", ["er", "é", "és", "ées"], "repatriated"),
  ...verb("rentr", ["er", "é", "és", "ées"], "returned"), ...verb("retourn", ["é", "és", "ées"], "returned"), ...verb("revenu", ["", "s", "es"], "returned"),
  ...verb("lanc", ["er", "é", "és", "ée", "ées"], "launched"), ...verb("tir", ["er", "é", "és", "ée", "ées"], "fired"),
  ...verb("abatt", ["u", "us", "ue", "ues", "re"], "shot down"), ...verb("intercept", ["er", "é", "és", "ée", "ées"], "intercepted"),
  ...verb("vot", ["er", "é", "és", "ée", "ées", "ent"], "voted"), ...verb("adopt", ["er", "é", "ée", "és"], "approved"), ["approuvé", "approved"],
  ...verb("gagn", ["er", "é", "és", "ée", "ées"], "gained"), ...verb("conquis", ["", "e", "es"], "captured"), ["pris", "captured"], ["reprise", "captured"],
  ...verb("remport", ["er", "é", "e", "ent"], "won"), ["obtenu", "won"], ["recueilli", "won"], ["récolté", "won"], ["score", "scored"],
  ...verb("attribu", ["er", "é", "és", "ées"], "allocated"), ...verb("alloué", ["", "s", "es"], "allocated"), ["débloqué", "allocated"], ["débloque", "allocated"],
  ...verb("promi", ["s", "se", "ses"], "pledged"), ["promet", "pledged"], ["promesse", "pledged"], ["engagé", "pledged"],
  ["aide", "aid"], ["aides", "aid"], ["assistance", "aid"], ["prêts", "loans"], ["prêt", "loans"], ["dons", "donated"], ["financement", "funding"],
  ["coût", "cost"], ["coûté", "cost"], ["coûte", "cost"], ["coûtera", "cost"], ["facture", "cost"], ["budget", "budget"], ["investissement", "investment"],
  ["investissements", "investment"], ["économies", "savings"], ["recettes", "revenue"], ["dépenses", "spending"],
  ["déficit public", "public deficit"], ["déficit", "deficit"], ["dette publique", "public debt"], ["dette", "debt"], ["croissance", "growth"],
  ["inflation", "inflation"], ["chômage", "unemployment"], ["taux de participation", "turnout"], ["participation", "turnout"], ["abstention", "abstention"],
  ["augment", "increased"], ["augmenté", "increased"], ["augmente", "increased"], ["hausse", "increase"], ["progression", "increase"], ["progressé", "increased"],
  ["grimpé", "increased"], ["bondi", "increased"], ["baissé", "decreased"], ["baisse", "decrease"], ["diminué", "decreased"], ["recul", "decrease"],
  ["reculé", "decreased"], ["chuté", "decreased"], ["chute", "decrease"], ["réduit", "reduced"], ["réduction", "reduced"],
  ["atteint", "reached"], ["atteindre", "reached"], ["atteindrait", "reached"], ["s'élève", "totalled"], ["s'élèvent", "totalled"], ["s'établit", "totalled"],
  ["entrés", "entered"], ["entré", "entered"], ["arrivés", "arrived"], ["arrivées", "arrived"], ["arrivé", "arrived"], ["débarqué", "arrived"],
  ["secouru", "rescued"], ["secourus", "rescued"], ["secourues", "rescued"], ["sauvé", "saved"], ["sauvés", "saved"], ["sauver", "saved"],
  ["recensé", "counted"], ["recensés", "counted"], ["enregistré", "recorded"], ["enregistrés", "recorded"], ["dénombré", "counted"],
  ["contenu", "contained"], ["contenus", "contained"], ["maîtrisé", "contained"], ["maîtrisés", "contained"],
  ["évalué", "estimated"], ["estimés", "estimated"], ["préparait", "prepared"], ["préparer", "prepared"], ["préparent", "prepared"],
  ["rejoindre", "join"], ["rejoint", "joined"], ["combattre", "fight"], ["combattent", "fight"], ["combat", "fight"], ["stationnés", "stationed"],
  ["présents", "present"], ["servent", "serving"], ["mobilisé", "mobilised"], ["mobilisés", "mobilised"], ["recruté", "recruited"], ["recrutés", "recruited"],
  ["formés", "trained"], ["entraînés", "trained"], ["entraînement", "trained"], ["hospitalisés", "hospitalised"], ["contaminés", "infected"],
  ["infectés", "infected"], ["vaccinés", "vaccinated"], ["licenciés", "laid off"], ["supprimés", "cut"], ["créés", "created"], ["construits", "built"],
  ["reçu", "received"], ["reçus", "received"], ["reçoit", "received"], ["accueilli", "hosted"], ["accueillis", "hosted"], ["hébergés", "housed"],
  ["exporté", "exported"], ["exportés", "exported"], ["importé", "imported"], ["vendu", "sold"], ["vendus", "sold"], ["acheté", "bought"],
  ["saisi", "seized"], ["saisis", "seized"], ["condamné", "convicted"], ["condamnés", "convicted"], ["inculpés", "charged"], ["expulsés", "expelled"],
  ["population", "population"], ["superficie", "area"], ["seuil", "threshold"],
];

function verb(stem: string, endings: readonly string[], event: string): Array<readonly [string, string]> {
  return endings.map((e) => [stem + e, event] as const);
}

/** Countries and demonyms → English demonym (adjective). */
export const places: ReadonlyArray<readonly [string, string]> = [
  ...demonym(["nord-coréen", "nord-coréens", "nord-coréenne", "nord-coréennes", "Corée du Nord", "Pyongyang"], "North Korean"),
  ...demonym(["sud-coréen", "sud-coréens", "sud-coréenne", "sud-coréennes", "Corée du Sud", "Séoul"], "South Korean"),
  ...demonym(["russe", "russes", "Russie", "Moscou", "Kremlin"], "Russian"),
  ...demonym(["ukrainien", "ukrainiens", "ukrainienne", "ukrainiennes", "Ukraine", "Kiev", "Kyiv"], "Ukrainian"),
  ...demonym(["américain", "américains", "américaine", "américaines", "États-Unis", "Etats-Unis", "Washington"], "American"),
  ...demonym(["français", "française", "françaises", "France"], "French"),
  ...demonym(["allemand", "allemands", "allemande", "allemandes", "Allemagne", "Berlin"], "German"),
  ...demonym(["britannique", "britanniques", "Royaume-Uni", "Londres"], "British"),
  ...demonym(["chinois", "chinoise", "chinoises", "Chine", "Pékin"], "Chinese"),
  ...demonym(["israélien", "israéliens", "israélienne", "israéliennes", "Israël"], "Israeli"),
  ...demonym(["palestinien", "palestiniens", "palestinienne", "palestiniennes", "Gaza"], "Palestinian"),
  ...demonym(["iranien", "iraniens", "iranienne", "iraniennes", "Iran", "Téhéran"], "Iranian"),
  ...demonym(["syrien", "syriens", "syrienne", "syriennes", "Syrie"], "Syrian"),
  ...demonym(["libanais", "libanaise", "libanaises", "Liban"], "Lebanese"),
  ...demonym(["espagnol", "espagnols", "espagnole", "espagnoles", "Espagne", "Madrid"], "Spanish"),
  ...demonym(["italien", "italiens", "italienne", "italiennes", "Italie"], "Italian"),
  ...demonym(["soudanais", "soudanaise", "soudanaises", "Soudan"], "Sudanese"),
  ...demonym(["sénégalais", "sénégalaise", "sénégalaises", "Sénégal"], "Senegalese"),
  ...demonym(["marocain", "marocains", "marocaine", "marocaines", "Maroc"], "Moroccan"),
  ...demonym(["algérien", "algériens", "algérienne", "algériennes", "Algérie"], "Algerian"),
  ...demonym(["malien", "maliens", "malienne", "maliennes", "Mali"], "Malian"),
  ...demonym(["polonais", "polonaise", "polonaises", "Pologne"], "Polish"),
  ...demonym(["japonais", "japonaise", "japonaises", "Japon"], "Japanese"),
  ...demonym(["indien", "indiens", "indienne", "indiennes", "Inde"], "Indian"),
  ...demonym(["turc", "turcs", "turque", "turques", "Turquie"], "Turkish"),
  ...demonym(["européen", "européens", "européenne", "européennes", "Union européenne", "UE"], "European"),
  ...demonym(["occidentaux", "occidental", "occidentale", "occidentales"], "Western"),
  ...demonym(["canadien", "canadiens", "canadienne", "canadiennes", "Canada"], "Canadian"),
  ...demonym(["belge", "belges", "Belgique"], "Belgian"), ...demonym(["suisse", "suisses", "Suisse"], "Swiss"),
  ...demonym(["haïtien", "haïtiens", "Haïti"], "Haitian"), ...demonym(["afghan", "afghans", "Afghanistan"], "Afghan"),
  ...demonym(["congolais", "congolaise", "RDC", "Congo"], "Congolese"), ...demonym(["nigérian", "nigérians", "Nigeria"], "Nigerian"),
];

function demonym(words: readonly string[], english: string): Array<readonly [string, string]> {
  return words.map((w) => [w, english] as const);
}
