/**
 * @module lang/aliases
 * What the texts cannot teach: names that differ across languages by
 * transliteration or translation (Poutine/Putin, Koursk/Kursk), seats of
 * power that stand for their government (Moscou, Washington, the Kremlin),
 * and a few institutions known by an acronym in both languages. Country
 * names, demonyms and English capitals come from the country data package;
 * everything else is learned from the articles themselves. Keep it small.
 */
import type { EntityKind } from "../core/entities/types.js";

export interface KnownEntity {
  readonly key: string;
  /** Canonical English display name. */
  readonly name: string;
  readonly kind: EntityKind;
  /** Surface forms in any language, written as in running text (case matters for the first letter). */
  readonly names: readonly string[];
  /** Acronyms, matched only as written in capitals. */
  readonly acronyms?: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country it belongs to. */
  readonly country?: string;
  /** English descriptors that, qualified by `country`, name it ("South Korean intelligence" is the NIS). */
  readonly descriptors?: readonly string[];
}

/** Cities and buildings that stand for a country's government when they act ("Moscou a démenti"). French and other spellings the package lacks. */
export const seatsOfPower: readonly (readonly [country: string, ...names: string[]])[] = [
  ["RU", "Moscou", "Moscow", "Kremlin"],
  ["US", "Washington", "Maison Blanche", "Maison-Blanche", "White House"],
  ["UA", "Kiev", "Kyiv", "Kiew"],
  ["KP", "Pyongyang"],
  ["KR", "Séoul", "Seoul"],
  ["CN", "Pékin", "Beijing"],
  ["GB", "Londres", "London", "Downing Street"],
  ["FR", "Paris", "Élysée"],
  ["DE", "Berlin"],
  ["PL", "Varsovie", "Warsaw"],
  ["BY", "Minsk"],
  ["IR", "Téhéran", "Tehran"],
  ["IL", "Jérusalem", "Jerusalem"],
  ["TR", "Ankara"],
  ["JP", "Tokyo"],
  ["BE", "Bruxelles", "Brussels"],
];

/** Country names the package lacks or spells otherwise in running text. */
export const countryNames: readonly (readonly [country: string, ...names: string[]])[] = [
  ["US", "U.S.", "U.S", "US", "USA", "Etats-Unis", "America"],
  ["GB", "UK", "U.K.", "Britain", "Grande-Bretagne"],
  ["KP", "DPRK", "RPDC", "Corée du Nord"],
  ["KR", "ROK", "Corée du Sud"],
  ["RU", "Fédération de Russie"],
  ["PS", "Palestine", "territoires palestiniens"],
];

export const knownEntities: readonly KnownEntity[] = [
  // People whose name is spelt differently in French and English.
  { key: "person:vladimir-putin", name: "Vladimir Putin", kind: "person", names: ["Vladimir Putin", "Vladimir Poutine", "Putin", "Poutine", "Vladimir Vladimirovitch Poutine"] },
  {
    key: "person:volodymyr-zelensky", name: "Volodymyr Zelensky", kind: "person",
    names: ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenski", "Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski"],
  },
  { key: "person:kim-jong-un", name: "Kim Jong Un", kind: "person", names: ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim Jung-un"] },
  { key: "person:sergei-lavrov", name: "Sergei Lavrov", kind: "person", names: ["Sergei Lavrov", "Sergueï Lavrov", "Sergey Lavrov", "Lavrov"] },
  { key: "person:sergei-shoigu", name: "Sergei Shoigu", kind: "person", names: ["Sergei Shoigu", "Sergueï Choïgou", "Shoigu", "Choïgou"] },
  { key: "person:dmitry-peskov", name: "Dmitry Peskov", kind: "person", names: ["Dmitry Peskov", "Dmitri Peskov", "Peskov"] },
  { key: "person:andrii-sybiha", name: "Andrii Sybiha", kind: "person", names: ["Andrii Sybiha", "Andriï Sybiha", "Andriï Sybiga", "Andrii Sybiga", "Sybiha", "Sybiga"] },
  { key: "person:benjamin-netanyahu", name: "Benjamin Netanyahu", kind: "person", names: ["Benjamin Netanyahu", "Benyamin Netanyahou", "Benjamin Netanyahou", "Netanyahu", "Netanyahou"] },
  // Places whose name differs across languages.
  { key: "place:kursk", name: "Kursk", kind: "place", names: ["Kursk", "Koursk"], country: "RU" },
  { key: "place:kharkiv", name: "Kharkiv", kind: "place", names: ["Kharkiv", "Kharkov"], country: "UA" },
  { key: "place:zaporizhzhia", name: "Zaporizhzhia", kind: "place", names: ["Zaporizhzhia", "Zaporijia", "Zaporijjia"], country: "UA" },
  { key: "place:donbas", name: "Donbas", kind: "place", names: ["Donbas", "Donbass"], country: "UA" },
  { key: "place:crimea", name: "Crimea", kind: "place", names: ["Crimea", "Crimée"], country: "UA" },
  { key: "place:gaza", name: "Gaza Strip", kind: "place", names: ["Gaza", "Gaza Strip", "bande de Gaza"], country: "PS" },
  { key: "place:russian-far-east", name: "Russian Far East", kind: "place", names: ["Russian Far East", "Extrême-Orient russe"], country: "RU" },
  { key: "place:canary-islands", name: "Canary Islands", kind: "place", names: ["Canary Islands", "Canaries", "îles Canaries"], country: "ES" },
  { key: "place:valencia", name: "Valencia", kind: "place", names: ["Valencia", "Valence"], country: "ES" },
  { key: "place:andalusia", name: "Andalusia", kind: "place", names: ["Andalusia", "Andalousie"], country: "ES" },
  { key: "place:california", name: "California", kind: "place", names: ["California", "Californie"], country: "US" },
  { key: "place:europe", name: "Europe", kind: "place", names: ["Europe"] },
  { key: "place:africa", name: "Africa", kind: "place", names: ["Africa", "Afrique"] },
  // Institutions known in both languages by an acronym, or by a description qualified by their country.
  {
    key: "org:kr-nis", name: "National Intelligence Service (South Korea)", kind: "organisation", country: "KR", acronyms: ["NIS"],
    names: ["National Intelligence Service", "Service national de renseignement", "Service national du renseignement"],
    descriptors: ["intelligence", "national intelligence service"],
  },
  {
    key: "org:ua-hur", name: "Defence Intelligence of Ukraine (HUR)", kind: "organisation", country: "UA", acronyms: ["HUR", "GUR"],
    names: ["Main Intelligence Directorate", "Defence Intelligence of Ukraine", "Direction principale du renseignement"],
    descriptors: ["military intelligence"],
  },
  { key: "org:un", name: "United Nations", kind: "organisation", acronyms: ["UN", "U.N.", "U.N", "ONU"], names: ["United Nations", "Nations unies", "Nations Unies"] },
  { key: "org:nato", name: "NATO", kind: "organisation", acronyms: ["NATO", "OTAN"], names: ["North Atlantic Treaty Organization", "Organisation du traité de l'Atlantique nord", "Alliance atlantique"] },
  { key: "org:eu", name: "European Union", kind: "organisation", acronyms: ["EU", "UE", "E.U."], names: ["European Union", "Union européenne"] },
  { key: "org:who", name: "World Health Organization", kind: "organisation", acronyms: ["WHO", "OMS"], names: ["World Health Organization", "Organisation mondiale de la santé", "Organisation mondiale de la Santé"] },
  { key: "org:imf", name: "International Monetary Fund", kind: "organisation", acronyms: ["IMF", "FMI"], names: ["International Monetary Fund", "Fonds monétaire international"] },
  { key: "org:red-cross", name: "Red Cross", kind: "organisation", acronyms: ["ICRC", "CICR"], names: ["Red Cross", "Croix-Rouge", "International Committee of the Red Cross", "Comité international de la Croix-Rouge"] },
  { key: "org:g20", name: "G20", kind: "organisation", acronyms: ["G20"], names: [] },
  { key: "org:g7", name: "G7", kind: "organisation", acronyms: ["G7"], names: [] },
  { key: "org:brics", name: "BRICS", kind: "organisation", acronyms: ["BRICS"], names: [] },
  { key: "org:us-dod", name: "US Department of Defense", kind: "organisation", country: "US", names: ["Pentagon", "Pentagone", "Department of Defense"] },
  { key: "org:us-congress", name: "US Congress", kind: "organisation", country: "US", names: ["Congress", "Congrès"] },
  { key: "org:afp", name: "Agence France-Presse", kind: "organisation", acronyms: ["AFP"], names: ["Agence France-Presse", "Agence France Presse"] },
  { key: "org:cnn", name: "CNN", kind: "organisation", acronyms: ["CNN"], names: [] },
  { key: "org:bloomberg", name: "Bloomberg", kind: "organisation", names: ["Bloomberg"] },
  { key: "org:reuters", name: "Reuters", kind: "organisation", names: ["Reuters"] },
];
