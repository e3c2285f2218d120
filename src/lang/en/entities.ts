/**
 * @module lang/en/entities
 * How English names people, organisations and places, as data for the
 * entity finder (core/entities): titles before a name ("Defense Secretary
 * Lloyd Austin"), the heads that make a name an organisation or a place,
 * the particles inside names, and generic descriptions of institutions
 * ("Ukraine's military intelligence agency"). Country names and demonyms
 * come from the country data package, not from here.
 */
import type { EntityLanguage } from "../../core/entities/language.js";

export const entities: EntityLanguage = {
  code: "en",
  adjectiveAfterNoun: false,
  titles: [
    ["president", "President"], ["vice president", "Vice President"], ["prime minister", "Prime Minister"], ["chancellor", "Chancellor"],
    ["secretary of state", "Secretary of State"], ["secretary-general", "Secretary General"], ["secretary general", "Secretary General"],
    ["defense secretary", "Defense Secretary"], ["defence secretary", "Defence Secretary"], ["foreign secretary", "Foreign Secretary"],
    ["home secretary", "Home Secretary"], ["secretary", "Secretary"], ["foreign minister", "Foreign Minister"], ["defense minister", "Defense Minister"],
    ["defence minister", "Defence Minister"], ["interior minister", "Interior Minister"], ["finance minister", "Finance Minister"],
    ["health minister", "Health Minister"], ["minister", "Minister"], ["ambassador", "Ambassador"], ["envoy", "envoy"], ["leader", "leader"],
    ["supreme leader", "Supreme Leader"], ["spokesperson", "spokesperson"], ["spokesman", "spokesperson"], ["spokeswoman", "spokesperson"],
    ["gen.", "General"], ["lt. gen.", "Lieutenant General"], ["admiral", "Admiral"], ["adm.", "Admiral"],
    ["colonel", "Colonel"], ["col.", "Colonel"], ["commander", "commander"], ["rep.", "Representative"], ["representative", "Representative"],
    ["sen.", "Senator"], ["senator", "Senator"], ["lawmaker", "lawmaker"], ["congressman", "Representative"], ["congresswoman", "Representative"],
    ["director", "Director"], ["commissioner", "Commissioner"], ["chief", "chief"], ["governor", "Governor"], ["gov.", "Governor"], ["mayor", "Mayor"], ["king", "King"],
    ["queen", "Queen"], ["pope", "Pope"], ["chairman", "Chair"], ["chairwoman", "Chair"], ["chair", "Chair"], ["adviser", "adviser"],
    ["advisor", "adviser"], ["national security adviser", "National Security Adviser"], ["analyst", "analyst"], ["researcher", "researcher"],
    ["prosecutor", "prosecutor"], ["judge", "judge"], ["justice", "Justice"], ["premier", "Premier"], ["shadow chancellor", "Shadow Chancellor"],
  ],
  titleComplements: [],
  honorifics: ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Lady"],
  particles: ["of", "for", "de", "da", "du", "von", "van", "bin", "al", "el", "ben", "on"],
  orgHeads: [
    "agency", "service", "services", "ministry", "department", "office", "army", "navy", "force", "forces", "council", "commission",
    "committee", "court", "parliament", "assembly", "congress", "senate", "house", "party", "movement", "front", "bank", "fund", "network",
    "institute", "institution", "organization", "organisation", "union", "association", "federation", "group", "corporation", "company",
    "university", "foundation", "center", "centre", "bureau", "administration", "authority", "police", "guard", "command", "directorate",
    "alliance", "coalition", "programme", "program", "times", "post", "journal", "news", "press", "herald", "telegraph", "tribune",
    "gazette", "television", "radio", "broadcasting", "observatory", "watch", "board", "cabinet", "tank", "inc.", "ltd", "corp.",
  ],
  orgIntroducers: [
    ["news agency", "news agency"], ["agency", "agency"], ["newspaper", "newspaper"], ["broadcaster", "broadcaster"], ["outlet", "media outlet"],
    ["think tank", "think tank"], ["think-tank", "think tank"], ["party", "party"], ["group", "group"], ["company", "company"], ["firm", "firm"],
    ["militia", "militia"], ["charity", "charity"], ["watchdog", "watchdog"], ["website", "website"], ["daily", "newspaper"],
  ],
  placeHeads: [
    "island", "islands", "county", "state", "province", "region", "oblast", "river", "sea", "ocean", "lake", "valley", "bay", "strait",
    "peninsula", "district", "coast", "mountains", "city", "gulf",
  ],
  placeIntroducers: ["region of", "city of", "province of", "oblast of", "village of", "town of", "state of", "capital", "port of", "county of"],
  locatives: ["in", "near", "at"],
  placeMarkers: ["in", "near", "at", "capital", "into"],
  nonNames: [
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "he", "she", "it", "they", "we",
    "i", "you", "and", "or", "but", "so", "yet", "nor", "if", "when", "while", "as", "after", "before", "since", "until", "during", "in",
    "on", "at", "of", "for", "to", "from", "by", "with", "without", "about", "against", "between", "among", "under", "over", "into",
    "according", "meanwhile", "however", "although", "though", "also", "still", "even", "then", "there", "here", "now", "today",
    "yesterday", "tomorrow", "last", "next", "some", "many", "most", "more", "all", "each", "every", "both", "such", "other", "another",
    "no", "not", "yes", "what", "which", "who", "whom", "whose", "where", "why", "how", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms",
    "photo", "read", "see", "advertisement", "copyright", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "hundreds", "thousands", "christmas", "easter", "it's", "there's", "despite", "following", "amid", "like", "unlike",
  ],
  nameDeterminers: ["the"],
  determiners: ["the", "a", "an", "this", "that", "these", "those", "its", "their", "some", "several"],
  descriptors: [
    ["intelligence", "intelligence"], ["intelligence services", "intelligence"], ["intelligence service", "intelligence"],
    ["intelligence agency", "intelligence"], ["intelligence agencies", "intelligence"], ["spy agency", "intelligence"],
    ["spy service", "intelligence"], ["national intelligence service", "national intelligence service"],
    ["military intelligence", "military intelligence"], ["military intelligence agency", "military intelligence"],
    ["military intelligence service", "military intelligence"], ["army", "army"], ["armed forces", "armed forces"],
    ["military", "armed forces"], ["general staff", "general staff"], ["defense ministry", "defence ministry"], ["defence ministry", "defence ministry"],
    ["ministry of defense", "defence ministry"], ["ministry of defence", "defence ministry"], ["foreign ministry", "foreign ministry"],
    ["interior ministry", "interior ministry"], ["health ministry", "health ministry"], ["navy", "navy"], ["coast guard", "coast guard"],
    ["police", "police"], ["parliament", "parliament"], ["government", "country"], ["authorities", "country"], ["presidency", "presidency"],
  ],
  // Capitalised abbreviations that are not organisations.
  nonEntityAcronyms: ["GDP", "CEO", "TV", "AM", "PM", "OK", "ID", "DNA", "HIV", "AIDS", "VAT", "IPO", "UTC", "GMT", "KM", "MD", "MPH", "PHD", "USD", "EUR", "GBP", "PDF", "FAQ", "PS", "NB", "XXL", "COVID"],
  documentHeads: [
    "note", "report", "statement", "document", "assessment", "assessments", "estimate", "estimates", "study", "analysis", "briefing", "memo",
    "data", "figures", "findings", "images", "sources", "source",
  ],
  relayCarrierFirst: ["citing", "quoting", "which cited", "which cites", "who cited", "who cites", "relaying", "based on"],
  relayOriginalFirst: ["quoted by", "cited by", "as quoted by", "as cited by", "reported by", "relayed by", "seen by", "obtained by", "reviewed by"],
  sourceIntroducers: ["according to", "per"],
  phraseStops: [
    "said", "says", "say", "told", "reported", "reports", "has", "have", "had", "is", "are", "was", "were", "that", "which", "who", "and",
    "but", "on", "in", "as", "to", "it", "he", "she", "they", "while", "when",
  ],
  reportingVerbs: ["reported", "reports", "said", "says", "wrote", "writes", "revealed", "stated", "added"],
  clauseOpeners: ["that", "which", "who", "whom", "whose", "where"],
};
