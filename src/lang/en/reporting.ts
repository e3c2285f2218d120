/**
 * @module lang/en/reporting
 * How English attributes a figure and marks doubt: attribution phrases and
 * verbs of saying, impersonal sources, and the cues of modality
 * (modal verbs, plans and forecasts, hedges, denials).
 */

export const sourceBefore = [
  "according to", "citing", "cited by", "quoting", "quoted by", "seen by", "obtained by", "reviewed by", "shared with", "provided to",
  "reported by", "published by", "released by", "compiled by", "estimated by", "data from", "figures from", "a report by",
  "a statement from", "in the words of",
];

export const sayingVerbs = [
  // Third-person forms that double as plural nouns ("states", "reports", "estimates") are left out: they mislead more than they help.
  "said", "says", "say", "told", "tells", "stated", "reported", "announced", "announces", "estimated", "claimed", "confirmed", "confirms",
  "added", "adds", "noted", "wrote", "writes", "warned", "warns", "revealed", "reveals", "disclosed", "discloses", "showed", "shows", "show",
  "found", "indicated", "indicates", "explained", "explains", "assessed", "believes", "calculated", "counted", "tallied", "projected",
  "predicted", "predicts", "suggested", "suggests", "acknowledged", "acknowledges", "admitted", "admits", "insisted", "insists", "alleged",
  "alleges", "informed", "briefed", "testified", "declared", "declares", "posted", "tweeted", "stressed", "stresses", "pointed out",
  "mentioned", "detailed", "outlined", "asserted", "asserts", "expects", "expected", "denied", "denies", "rejected",
];

/**
 * Third-person verbs that are also plural nouns ("estimates", "reports"): verbs of saying only when
 * what follows is a clause or an object ("that", a determiner, a number).
 */
export const ambiguousSayingVerbs = ["estimates", "reports", "states", "claims", "shows", "finds", "puts", "projects", "records", "notes"];

export const ambiguousVerbFollowers = ["that", "the", "a", "an", "its", "their", "his", "her", "some", "about", "around", "nearly", "more", "at"];

/** Gerunds of saying: their speaker is the subject of the clause ("the ministry issued a statement, saying…"). */
export const sayingGerunds = ["saying", "adding", "noting", "stating", "estimating", "claiming", "warning", "revealing", "reporting", "citing figures"];

/** Asides set off by commas between a subject and its verb ("Research, however, estimates…"). */
export const asides = ["however", "meanwhile", "though", "too", "instead", "in turn", "for its part", "for their part", "separately"];

/** Relative pronouns opening an aside between a subject and its verb ("Ukraine's air force, which shot down 70 of them, said…"). */
export const relativeAsides = ["which", "who", "whose", "whom"];

export const auxiliaries = ["has", "have", "had", "was", "were", "is", "are", "also", "later", "earlier", "previously", "separately", "then", "again", "further", "had", "been", "now", "once", "repeatedly"];

export const sourceStops = [
  "have", "has", "had", "is", "are", "was", "were", "will", "would", "that", "which", "who", "whom", "whose", "where", "when", "while", "but", "as", "if", "because", "after", "before", "since", "on", "in",
  "at", "with", "for", "to", "from", "by", "about", "over", "under", "during",
];

export const speakerNouns = [
  "officials", "official", "authorities", "authority", "government", "ministry", "minister", "police", "military", "army", "agency", "agencies",
  "experts", "expert", "analysts", "analyst", "sources", "source", "researchers", "researcher", "scientists", "doctors", "rescuers", "firefighters",
  "residents", "witnesses", "spokesperson", "spokesman", "spokeswoman", "court", "judge", "prosecutors", "prosecutor", "lawmakers", "lawmaker",
  "diplomats", "diplomat", "intelligence", "report", "study", "survey", "data", "figures", "statement", "note", "memo", "assessment",
  "estimates", "analysis", "group", "organisation", "organization", "charity", "union", "company", "insurers", "regulator", "commission",
  "council", "office", "department", "forecaster", "watchdog", "institute", "observatory", "monitor", "media", "outlet", "newspaper",
  "broadcaster", "leaders", "leader", "president", "governor", "mayor", "coroners", "coroner", "investigators", "activists", "medics",
  "health workers", "aid workers", "university", "universities", "poll body", "body", "board", "bureau", "service", "services", "administration", "cabinet", "team",
];

export const impersonalSources = [
  "toll", "death toll", "the death toll", "a toll", "latest toll", "tally", "a tally", "the tally", "count", "it", "estimates", "some estimates",
  "reports", "some reports", "one estimate", "figures", "numbers",
];

/**
 * Pronouns, "the same …", documents and media that point back to a source named before. Institutions
 * ("the court", "the ministry") name themselves and are not listed.
 */
export const anaphoricSources = [
  "he", "she", "they", "it", "the same source", "the same report", "the same official", "the note", "the report", "the document", "the study",
  "the statement", "the memo", "the assessment", "the analysis", "the source", "the sources", "the survey", "the data", "the figures", "the paper",
  "the outlet", "the newspaper", "the broadcaster", "the network", "the spokesperson", "the spokesman", "the spokeswoman", "the official",
  "the officials",
];

export const sourceDeterminers = [
  "the", "a", "an", "its", "his", "her", "their", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "some",
  "several", "two", "three", "many", "other", "both", "and",
];

export const continuationCues = [
  "the note says", "the note said", "the report says", "the report said", "the report adds", "the report added", "the statement said",
  "it added", "he added", "she added", "they added", "according to the same", "the same report", "the same source", "of those", "of them",
  "of these", "among them", "among those", "including", "in addition", "also", "meanwhile", "moreover", "furthermore",
];

export const possibleCues = [
  "could", "may", "might", "would", "will", "shall", "should", "can", "expected", "expects", "expect", "expecting", "plans", "plan", "planned",
  "planning", "plans to", "intends", "intend", "intended", "aims", "aim", "aiming", "target", "targets", "goal", "forecast", "forecasts",
  "projected", "projects", "projection", "predicted", "predicts", "likely", "unlikely", "set to", "about to", "poised", "preparing", "prepare",
  "prepares", "prepared to", "ready to", "proposed", "proposes", "proposal", "promised", "promises", "pledged to", "pledges to", "vowed",
  "threatened", "threatens", "potential", "potentially", "possible", "possibly", "deal", "agreement", "agreed", "scheduled", "due to", "going to",
  "seeks", "seeking", "wants", "hopes", "envisage", "envisages", "would be", "will be", "upcoming", "future", "next year", "by 2030",
  "offer", "offered", "offers", "proposals",
];

export const unconfirmedCues = [
  "reportedly", "allegedly", "alleged", "believed", "thought to", "is thought", "are thought", "believed to", "is believed", "are believed",
  "suspected", "presumed", "purportedly", "apparently", "unconfirmed", "unverified", "could not be verified", "could not be independently verified",
  "not independently verified", "seems", "seem", "appears", "appear", "appeared", "probably", "likely to have", "may have", "might have",
  "could have", "rumoured", "rumored", "supposedly",
];

export const deniedCues = [
  "denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes", "false", "baseless",
  "disputed", "disputes", "contested", "contests", "groundless", "fabricated", "not true", "no truth",
];

export const factualCues = ["already", "have been", "has been", "had been", "officially", "in total", "so far", "to date"];

export const stateVerbs = ["be", "been", "have", "have been", "represent", "total", "reach", "exceed", "number", "amount", "stand"];

/** Endings of past participles ("envoyés", "deployed"). */
export const participleEndings = ["ed", "en", "wn", "ung", "ought", "ent"];

export const conditionalEndings: readonly string[] = [];

export const conditionalExceptions: readonly string[] = [];

export const clauseBreaks = ["which", "who", "whom", "whose", "where", "while", "whereas", "but", "although", "though", "because", "since", "if", "when", ";", ":", "(", ")", "—", "–"];
