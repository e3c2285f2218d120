/**
 * @module lang/en/counted
 * What English figures count, whose they are, and what happened: counted
 * nouns (normalised to a plural), nouns that carry their own event, verbs
 * and event nouns, places and demonyms.
 */

const plural = (words: readonly string[]): Array<readonly [string, string]> =>
  words.flatMap((w) => {
    const pl = w.endsWith("y") && !/[aeiou]y$/.test(w) ? w.slice(0, -1) + "ies" : w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh") ? w + "es" : w + "s";
    return [[w, pl] as const, [pl, pl] as const];
  });

/** Words between a number and its noun that are skipped. */
export const nounLinkers = ["of", "the", "its", "their", "his", "her", "our", "these", "those", "them", "additional", "more", "other", "new", "further", "extra"];

/** Counted nouns → English plural noun. */
export const nouns: ReadonlyArray<readonly [string, string]> = [
  ...plural([
    "soldier", "troop", "fighter", "mercenary", "reservist", "conscript", "recruit", "officer", "general", "sailor", "pilot", "marine",
    "civilian", "person", "resident", "inhabitant", "child", "woman", "adult", "victim", "casualty", "death", "body", "hostage", "prisoner",
    "detainee", "captive", "refugee", "migrant", "asylum seeker", "protester", "demonstrator", "voter", "vote", "ballot", "seat", "lawmaker",
    "legislator", "senator", "democrat", "republican", "patient", "case", "infection", "hospitalisation", "hospitalization", "employee",
    "worker", "job", "student", "pupil", "family", "household", "journalist", "doctor", "nurse", "agent", "member", "expert", "visitor",
    "tourist", "passenger", "customer", "user", "candidate", "national", "arrest", "evacuee", "firefighter", "rescuer", "engineer",
    "builder", "personnel", "arrival", "crossing", "missile", "drone", "shell", "round", "munition", "rocket", "bomb", "tank", "aircraft",
    "jet", "helicopter", "ship", "vessel", "boat", "strike", "attack", "explosion", "container", "weapon", "gun", "launcher", "vehicle",
    "truck", "building", "structure", "home", "house", "school", "hospital", "village", "town", "city", "municipality", "region", "state",
    "country", "nation", "province", "county", "constituency", "district", "township", "island", "road", "bridge", "company", "firm",
    "factory", "farm", "animal", "tree", "car", "flight", "parcel", "dose", "vaccine", "bed", "meal", "test", "sanction", "complaint",
    "conviction", "law", "image", "photo", "video", "document", "page", "message", "fire", "wildfire", "blaze", "earthquake", "aftershock",
    "floor", "unit", "project", "autopsy", "overdose", "incident", "crime", "case", "sample", "dog", "cattle", "sheep",
  ]),
  ["people", "people"], ["men", "men"], ["women", "women"], ["children", "children"], ["dead", "dead"], ["wounded", "wounded"],
  ["injured", "injured"], ["missing", "missing"], ["displaced", "displaced people"], ["homeless", "homeless people"], ["troops", "troops"],
  ["personnel", "personnel"], ["staff", "staff"], ["police", "police officers"], ["police officers", "police officers"], ["livestock", "livestock"],
  ["combat engineers", "combat engineers"], ["military builders", "military builders"], ["women voters", "women voters"],
  ["aid workers", "aid workers"], ["health workers", "health workers"], ["artillery shells", "shells"], ["artillery rounds", "rounds"],
  ["fighter jets", "fighter jets"], ["cruise missiles", "missiles"], ["ballistic missiles", "missiles"],
];

/** Nouns that name what happened to what they count. */
export const nounEvents: ReadonlyArray<readonly [string, string]> = [
  ["dead", "killed"], ["deaths", "died"], ["death", "died"], ["killed", "killed"], ["wounded", "wounded"], ["injured", "injured"],
  ["missing", "missing"], ["casualties", "casualties"], ["displaced", "displaced"], ["evacuees", "evacuated"], ["hostages", "held"],
  ["prisoners", "held"], ["arrests", "arrested"], ["refugees", "fled"], ["cases", "cases"], ["infections", "infected"], ["votes", "votes"],
  ["seats", "seats"], ["arrivals", "arrivals"], ["crossings", "crossings"], ["overdoses", "overdoses"], ["autopsies", "performed"],
  ["strikes", "strikes"], ["attacks", "attacks"],
];

const forms = (base: string, list: readonly string[], event: string): Array<readonly [string, string]> =>
  [base, ...list].map((w) => [w, event] as const);

/** Verb forms and event nouns → English event. */
export const events: ReadonlyArray<readonly [string, string]> = [
  ...forms("send", ["sent", "sends", "sending", "dispatch", "dispatched", "dispatching"], "sent"),
  ...forms("deploy", ["deployed", "deploys", "deploying", "deployment", "deployments", "stationed", "station"], "deployed"),
  ...forms("ship", ["shipped", "ships", "shipping", "shipment", "shipments"], "shipped"),
  ...forms("deliver", ["delivered", "delivers", "delivering", "delivery", "deliveries"], "delivered"),
  ...forms("supply", ["supplied", "supplies", "supplying", "provide", "provided", "provides", "providing", "transferred", "transfer"], "supplied"),
  ...forms("kill", ["killed", "kills", "killing", "killings", "dead", "death", "deaths"], "killed"),
  ...forms("die", ["died", "dies", "dying", "perished", "drowned", "lost their lives"], "died"),
  ...forms("wound", ["wounded", "wounding", "injure", "injured", "injuring", "injuries", "hurt"], "wounded"),
  ...forms("missing", ["disappeared", "unaccounted for", "went missing"], "missing"),
  ...forms("evacuate", ["evacuated", "evacuating", "evacuation", "evacuations", "evacuees"], "evacuated"),
  ...forms("displace", ["displaced", "displacing", "displacement", "fled", "flee", "fleeing", "uprooted"], "displaced"),
  ...forms("destroy", ["destroyed", "destroying", "destruction", "razed", "flattened", "levelled", "leveled"], "destroyed"),
  ...forms("damage", ["damaged", "damaging"], "damaged"),
  ...forms("burn", ["burned", "burnt", "burning", "scorched", "charred", "consumed", "blackened"], "burned"),
  ...forms("threaten", ["threatened", "threatening"], "threatened"),
  ...forms("arrest", ["arrested", "detained", "detain", "arrests"], "arrested"),
  ...forms("capture", ["captured", "captures", "capturing", "seized", "seize"], "captured"),
  ...forms("release", ["released", "freed", "free"], "released"),
  ...forms("exchange", ["exchanged", "swap", "swapped", "exchanges"], "exchanged"),
  ...forms("return", ["returned", "repatriated", "repatriate"], "returned"),
  ...forms("launch", ["launched", "fired", "fire", "launches"], "launched"),
  ...forms("intercept", ["intercepted", "shot down", "downed"], "intercepted"),
  ...forms("vote", ["voted", "voting"], "voted"),
  ...forms("approve", ["approved", "passed", "adopted", "approval"], "approved"),
  ...forms("win", ["won", "wins", "winning", "secured", "took"], "won"),
  ...forms("gain", ["gained", "gains"], "gained"),
  ...forms("allocate", ["allocated", "earmarked", "earmark", "set aside", "unlocked"], "earmarked"),
  ...forms("pledge", ["pledged", "pledges", "promised", "committed"], "pledged"),
  ...forms("aid", ["assistance", "relief", "help"], "aid"), ["loans", "loans"], ["loan", "loans"], ["grants", "grants"], ["funding", "funding"],
  ...forms("cost", ["costs", "costing", "bill"], "cost"), ["budget", "budget"], ["investment", "investment"], ["spending", "spending"],
  ...forms("borrow", ["borrowing", "borrowed"], "borrow"), ["deficit", "deficit"], ["debt", "debt"], ["growth", "growth"], ["inflation", "inflation"],
  ["unemployment", "unemployment"], ["turnout", "turnout"], ["tax rise", "tax rise"], ["tax rises", "tax rise"], ["tax increases", "tax rise"],
  ...forms("rise", ["rose", "risen", "rising", "increase", "increased", "increases", "up", "climbed", "jumped", "surged", "grew", "soared", "higher"], "increase"),
  ...forms("fall", ["fell", "fallen", "falling", "decrease", "decreased", "declined", "decline", "dropped", "drop", "down", "plunged", "lower", "slumped"], "decline"),
  ...forms("reach", ["reached", "reaching", "hit", "totalled", "totaled", "totalling", "stood at", "stands at", "amounted"], "reached"),
  ...forms("arrive", ["arrived", "arriving", "arrivals", "reached", "landed"], "arrived"),
  ...forms("rescue", ["rescued", "saved", "save"], "rescued"),
  ...forms("record", ["recorded", "registered", "counted", "reported"], "recorded"),
  ...forms("contain", ["contained", "containment"], "contained"),
  ...forms("train", ["trained", "training"], "trained"),
  ...forms("join", ["joined", "joining"], "join"),
  ...forms("fight", ["fighting", "fought", "combat"], "fight"),
  ...forms("serve", ["serving", "served"], "serving"),
  ...forms("hospitalise", ["hospitalised", "hospitalized", "admitted"], "hospitalised"),
  ...forms("infect", ["infected"], "infected"),
  ...forms("vaccinate", ["vaccinated"], "vaccinated"),
  ...forms("lay off", ["laid off", "layoffs", "cut", "cuts", "slashed"], "cut"),
  ...forms("create", ["created", "built", "build"], "created"),
  ...forms("receive", ["received", "receives"], "received"),
  ...forms("host", ["hosted", "housed", "accommodate", "accommodated", "accommodation", "shelter", "sheltered"], "accommodation"),
  ...forms("sell", ["sold", "sales"], "sold"), ...forms("buy", ["bought", "purchased"], "bought"),
  ...forms("convict", ["convicted", "sentenced", "charged"], "convicted"),
  ...forms("expel", ["expelled", "deported", "deportations"], "deported"),
  ["population", "population"], ["area", "area"], ["threshold", "threshold"], ["net migration", "net migration"], ["polled", "polled"],
  ["affected", "affected"], ["impacted", "impacted"], ["identified", "identified"], ["performed", "performed"],
];

/** Countries and demonyms → English demonym. */
export const places: ReadonlyArray<readonly [string, string]> = [
  ...group(["North Korean", "North Koreans", "North Korea", "Pyongyang", "DPRK"], "North Korean"),
  ...group(["South Korean", "South Koreans", "South Korea", "Seoul"], "South Korean"),
  ...group(["Russian", "Russians", "Russia", "Moscow", "Kremlin"], "Russian"),
  ...group(["Ukrainian", "Ukrainians", "Ukraine", "Kyiv", "Kiev"], "Ukrainian"),
  ...group(["American", "Americans", "United States", "US", "U.S.", "Washington"], "American"),
  ...group(["British", "Britain", "UK", "United Kingdom", "London"], "British"),
  ...group(["French", "France", "Paris"], "French"), ...group(["German", "Germans", "Germany", "Berlin"], "German"),
  ...group(["Chinese", "China", "Beijing"], "Chinese"), ...group(["Israeli", "Israelis", "Israel"], "Israeli"),
  ...group(["Palestinian", "Palestinians", "Gaza"], "Palestinian"), ...group(["Iranian", "Iranians", "Iran", "Tehran"], "Iranian"),
  ...group(["Syrian", "Syrians", "Syria"], "Syrian"), ...group(["Lebanese", "Lebanon"], "Lebanese"),
  ...group(["Spanish", "Spaniards", "Spain", "Madrid"], "Spanish"), ...group(["Italian", "Italians", "Italy"], "Italian"),
  ...group(["Sudanese", "Sudan", "Khartoum"], "Sudanese"), ...group(["Senegalese", "Senegal"], "Senegalese"),
  ...group(["Moroccan", "Moroccans", "Morocco"], "Moroccan"), ...group(["Indian", "Indians", "India"], "Indian"),
  ...group(["Japanese", "Japan"], "Japanese"), ...group(["Turkish", "Turkey", "Türkiye"], "Turkish"),
  ...group(["European", "Europeans", "EU", "European Union"], "European"), ...group(["Western"], "Western"),
  ...group(["Canadian", "Canadians", "Canada"], "Canadian"), ...group(["Polish", "Poland"], "Polish"),
  ...group(["Afghan", "Afghans", "Afghanistan"], "Afghan"), ...group(["Mexican", "Mexicans", "Mexico"], "Mexican"),
  ...group(["Nigerian", "Nigerians", "Nigeria"], "Nigerian"), ...group(["Congolese", "Congo", "DRC"], "Congolese"),
];

function group(words: readonly string[], english: string): Array<readonly [string, string]> {
  return words.map((w) => [w, english] as const);
}
