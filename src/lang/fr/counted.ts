/**
 * @module lang/fr/counted
 * What French figures count and whose they are: counted nouns mapped to
 * English nouns, and places and demonyms mapped to English demonyms.
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
  ["secouristes", "rescuers"], ["sauveteurs", "rescuers"], ["personnes", "people"], ["personne", "people"], ["vies", "lives"], ["vies humaines", "lives"], ["individus", "people"],
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

export const adverbEndings = ["ment"];

export const prepositions = ["de", "d'", "du", "des", "en", "à", "au", "aux", "dans", "vers", "contre", "pour", "par", "sur", "avec", "chez", "depuis", "entre", "sans", "sous", "après", "avant", "pendant", "malgré"];
export const determiners = ["le", "la", "l'", "les"];

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
