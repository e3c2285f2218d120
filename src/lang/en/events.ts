/**
 * @module lang/en/events
 * What happened to what a figure counts: verb forms and event nouns mapped
 * to an English event, and counted nouns that carry their own event.
 */

/** Nouns that name what happened to what they count. */
export const nounEvents: ReadonlyArray<readonly [string, string]> = [
  ["dead", "killed"], ["deaths", "died"], ["death", "died"], ["killed", "killed"], ["wounded", "wounded"], ["injured", "injured"],
  ["missing", "missing"], ["casualties", "casualties"], ["displaced", "displaced"], ["evacuees", "evacuated"], ["hostages", "held"],
  ["prisoners", "held"], ["arrests", "arrested"], ["refugees", "fled"], ["cases", "cases"], ["infections", "infected"], ["votes", "received"],
  ["seats", "seats"], ["arrivals", "arrivals"], ["crossings", "crossings"], ["overdoses", "overdoses"], ["autopsies", "performed"],
  ["strikes", "strikes"], ["attacks", "attacks"],
];

const forms = (base: string, list: readonly string[], event: string): Array<readonly [string, string]> =>
  [base, ...list].map((w) => [w, event] as const);

/** Words between a figure (or its noun) and its verb: auxiliaries, modals, adverbs, negation, relative pronouns. */
export const eventAuxiliaries: readonly string[] = [
  "has", "have", "had", "having", "been", "be", "being", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "must", "should",
  "not", "never", "already", "still", "also", "now", "reportedly", "allegedly", "reported", "believed", "thought", "said", "estimated", "feared", "later",
  "since", "then", "eventually", "initially", "respectively", "all", "who", "that", "which", "probably", "likely", "either",
];

/** Words between an event word and the figure it governs. */
export const eventPrepositions: readonly string[] = ["of", "to", "at", "by", "the", "a", "an", "some", "around", "about", "roughly", "nearly", "almost"];

/** Verb forms and event nouns → English event. */
export const events: ReadonlyArray<readonly [string, string]> = [
  ...forms("send", ["sent", "sends", "sending", "dispatch", "dispatched", "dispatching"], "sent"),
  ...forms("deploy", ["deployed", "deploys", "deploying", "deployment", "deployments", "stationed", "station"], "deployed"),
  ...forms("ship", ["shipped", "ships", "shipping", "shipment", "shipments"], "shipped"),
  ...forms("deliver", ["delivered", "delivers", "delivering", "delivery", "deliveries"], "delivered"),
  ...forms("supply", ["supplied", "supplies", "supplying", "provide", "provided", "provides", "providing", "transferred", "transfer"], "supplied"),
  ...forms("kill", ["killed", "kills", "killing", "killings", "dead"], "killed"),
  ...forms("die", ["died", "dies", "dying", "perished", "drowned", "lost their lives", "death", "deaths"], "died"),
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
  ...forms("launch", ["launched", "fired", "launches", "launching", "firing"], "launched"),
  ...forms("use", ["used", "uses", "using", "employed", "employ"], "used"),
  ...forms("incur", ["incurred", "incurs", "incurring", "suffered", "suffer", "suffers", "sustained", "sustain"], "incurred"),
  ...forms("grown to", ["grew to", "grow to", "grows to", "growing to", "expanded to", "spread to cover"], "grown to"),
  ...forms("cover", ["covered", "covers", "covering"], "cover"),
  ...forms("spread to", ["spread into", "spreading to", "spreads to"], "spread to"), ...forms("spread", ["spreads", "spreading", "spread over", "spread across"], "spread over"),
  ...forms("face famine", ["faces famine", "facing famine", "faced famine"], "face famine"), ["famine", "famine"],
  ...forms("pending identification", ["unidentified", "yet to be identified"], "pending identification"),
  ...forms("add", ["adds", "added", "adding"], "add"), ...forms("take place", ["took place", "taken place", "taking place", "takes place"], "took place"),
  ...forms("exceed", ["exceeded", "exceeds", "exceeding", "surpassed", "surpass", "topped", "top"], "exceed"),
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
  ["unemployment", "unemployment"], ["turnout", "turnout"], ["tax rise", "tax rise"], ["tax rises", "tax rise"], ["tax increases", "tax rise"], ["higher taxes", "tax rise"], ["tax hikes", "tax rise"], ["tax hike", "tax rise"],
  ...forms("rise", ["rose", "risen", "rising", "increase", "increased", "increases", "up", "climbed", "jumped", "surged", "grew", "soared", "higher", "rises", "increasing"], "increase"),
  ...forms("fall", ["fell", "fallen", "falling", "decrease", "decreased", "declined", "decline", "dropped", "drop", "down", "plunged", "lower", "slumped", "declines", "falls", "drops", "decreases"], "decline"),
  ...forms("reach", ["reached", "reaching", "hit", "totalled", "totaled", "totalling", "stood at", "stands at", "amounted"], "reached"),
  ...forms("arrive", ["arrived", "arriving", "arrivals", "landed"], "arrived"),
  ...forms("rescue", ["rescued", "saved", "save"], "rescued"),
  ...forms("recorded", ["registered", "counted"], "recorded"),
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

