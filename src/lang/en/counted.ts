/**
 * @module lang/en/counted
 * What English figures count and whose they are: counted nouns (normalised
 * to a plural), and places and demonyms.
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
  ["lives", "lives"], ["human lives", "lives"], ["personnel", "personnel"], ["staff", "staff"], ["police", "police officers"], ["police officers", "police officers"], ["livestock", "livestock"],
  ["combat engineers", "combat engineers"], ["military builders", "military builders"], ["women voters", "women voters"],
  ["aid workers", "aid workers"], ["health workers", "health workers"], ["artillery shells", "shells"], ["artillery rounds", "rounds"],
  ["fighter jets", "fighter jets"], ["cruise missiles", "missiles"], ["ballistic missiles", "missiles"],
];

/** Countries and demonyms → English demonym. */
export const adverbEndings = ["ly"];

export const prepositions = ["of", "in", "to", "from", "for", "with", "against", "on", "at", "into", "by", "across", "toward", "towards", "over", "between", "after", "before", "during", "inside", "within", "near", "despite"];
export const determiners = ["the"];

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
