/**
 * @module lang/fr/sources
 * French names of those who report figures, mapped to English so that a
 * source reads the same whatever the article's language ("autorités
 * ukrainiennes" → "Ukrainian authorities"). Words not listed (proper names,
 * acronyms) are kept as written. Adjectives are marked: French puts them
 * after the noun, English before.
 */

type Term = readonly [string, string] | readonly [string, string, "adj"];

export const sourceTerms: readonly Term[] = [
  // institutions and offices
  ["autorités", "authorities"], ["autorité", "authority"], ["gouvernement", "government"], ["exécutif", "executive"], ["présidence", "presidency"],
  ["président", "president"], ["présidente", "president"], ["premier ministre", "prime minister"], ["ministre", "minister"], ["ministère", "ministry"],
  ["ministère de l'Intérieur", "Interior Ministry"], ["ministère de la Défense", "Defence Ministry"], ["ministère de la Santé", "Health Ministry"],
  ["ministère des Affaires étrangères", "Foreign Ministry"], ["ministère des Finances", "Finance Ministry"], ["ministère de l'Économie", "Economy Ministry"],
  ["Défense", "Defence"], ["Santé", "Health"], ["Intérieur", "Interior"], ["Affaires étrangères", "Foreign Affairs"], ["Finances", "Finance"],
  ["Conseil des ministres", "Council of Ministers"], ["projet de loi de finances", "finance bill"], ["loi de finances", "finance bill"],
  ["armée", "army"], ["armées", "armed forces"], ["forces armées", "armed forces"], ["état-major", "general staff"], ["militaires", "military"],
  ["renseignement", "intelligence"], ["renseignements", "intelligence"], ["services de renseignement", "intelligence services"],
  ["service de renseignement", "intelligence service"], ["services", "services"], ["service", "service"], ["agence", "agency"],
  ["services de secours", "emergency services"], ["secours", "emergency services"], ["secouristes", "rescuers"], ["sauveteurs", "rescuers"],
  ["sauveteurs en mer", "sea rescuers"], ["sauvetage en mer", "maritime rescue"], ["pompiers", "firefighters"], ["sapeurs-pompiers", "firefighters"],
  ["police", "police"], ["gendarmerie", "gendarmerie"], ["garde-côtes", "coast guard"], ["gardes-frontières", "border guards"], ["douanes", "customs"],
  ["médecin légiste", "medical examiner"], ["comté", "county"], ["ville", "city"], ["mairie", "city hall"], ["maire", "mayor"], ["préfecture", "prefecture"],
  ["préfet", "prefect"], ["région", "region"], ["bande de Gaza", "Gaza"], ["tribunal", "court"], ["parquet", "prosecutors"], ["procureur", "prosecutor"],
  ["justice", "judiciary"], ["syndicat", "union"], ["institut", "institute"], ["observatoire", "observatory"], ["organisation", "organisation"],
  ["commission", "commission"], ["Commission européenne", "European Commission"], ["banque centrale", "central bank"], ["Banque mondiale", "World Bank"],
  ["Fonds monétaire international", "IMF"], ["Nations unies", "UN"], ["ONU", "UN"], ["Croix-Rouge", "Red Cross"], ["OMS", "WHO"], ["OTAN", "NATO"],
  ["ONG", "NGO"], ["Maison Blanche", "White House"], ["Pentagone", "Pentagon"], ["États-Unis", "United States"], ["Etats-Unis", "United States"],
  // people who speak
  ["responsables", "officials"], ["responsable", "official"], ["officiels", "officials"], ["porte-parole", "spokesperson"], ["chef", "chief"],
  ["dirigeant", "leader"], ["dirigeants", "leaders"], ["député", "lawmaker"], ["députés", "lawmakers"], ["sénateur", "senator"], ["élus", "officials"],
  ["experts", "experts"], ["expert", "expert"], ["analystes", "analysts"], ["chercheurs", "researchers"], ["chercheur", "researcher"],
  ["chercheuse", "researcher"], ["scientifiques", "scientists"], ["diplomates", "diplomats"], ["diplomate", "diplomat"], ["témoins", "witnesses"],
  ["habitants", "residents"], ["médecins", "doctors"], ["sources", "sources"], ["source", "source"], ["proches du dossier", "close to the matter"],
  ["ministres", "ministers"], ["pays", "countries"],
  // media and documents
  ["média", "media"], ["médias", "media"], ["journal", "newspaper"], ["quotidien", "daily"], ["hebdomadaire", "weekly"], ["chaîne", "channel"],
  ["télévision", "television"], ["revue", "journal"], ["revue scientifique", "scientific journal"], ["étude", "study"], ["rapport", "report"],
  ["note", "note"], ["communiqué", "statement"], ["décompte", "count"], ["estimations", "estimates"], ["évaluations", "assessments"],
  // adjectives
  ["anonymes", "anonymous", "adj"], ["anonyme", "anonymous", "adj"], ["occidentales", "Western", "adj"], ["occidentaux", "Western", "adj"],
  ["occidentale", "Western", "adj"], ["national", "national", "adj"], ["nationale", "national", "adj"], ["nationaux", "national", "adj"],
  ["militaire", "military", "adj"], ["régional", "regional", "adj"], ["régionale", "regional", "adj"], ["régionaux", "regional", "adj"],
  ["local", "local", "adj"], ["locale", "local", "adj"], ["locales", "local", "adj"], ["locaux", "local", "adj"], ["sanitaires", "health", "adj"],
  ["humanitaires", "humanitarian", "adj"], ["humanitaire", "humanitarian", "adj"], ["officielles", "official", "adj"], ["officielle", "official", "adj"],
  ["gouvernementales", "government", "adj"], ["policières", "police", "adj"], ["judiciaires", "judicial", "adj"], ["hospitalières", "hospital", "adj"],
  ["hospitalière", "hospital", "adj"], ["américains", "US", "adj"], ["américaines", "US", "adj"], ["américain", "US", "adj"], ["américaine", "US", "adj"],
  ["US", "US", "adj"], ["principal", "main", "adj"], ["principaux", "main", "adj"], ["haut", "senior", "adj"], ["hauts", "senior", "adj"],
  ["mêmes", "same", "adj"], ["même", "same", "adj"], ["nouveau", "new", "adj"], ["dernier", "latest", "adj"], ["provisoire", "provisional", "adj"],
  ["espagnols", "Spanish", "adj"], ["espagnole", "Spanish", "adj"], ["scientifique", "scientific", "adj"],
];

/** Words that link a noun to its complement ("ministère de la Défense"): English puts the complement first. */
export const sourceLinkers = ["de", "du", "des", "d'", "de la", "de l'", "à", "au", "aux"];

/** Heads that name a document or a count, not who made it ("le rapport de l'ONG", "un décompte de l'AFP"). */
export const documentHeads = [
  "rapport", "communiqué", "note", "décompte", "bilan", "dernier bilan", "nouveau bilan", "bilan provisoire", "nouveau bilan provisoire",
  "chiffres", "données", "estimations", "évaluations", "document", "étude", "enquête", "sondage", "projections", "calculs", "statistiques",
  "informations", "déclaration", "déclarations", "comptage", "recensement", "même bilan",
];

/** Endings of a verb that ends a source's name when reading forward ("the ministry issued…"); French names stop at their auxiliary. */
export const verbEndingsInNames: readonly string[] = [];
