/**
 * @module core/tracks/dimensions
 * What kind of quantity a claim estimates, read from the extractor's
 * English `counts` and `event`. Two claims can estimate the same quantity
 * only in the same dimension: "soldiers" and "troops" and "people" sent
 * are one head count; hectares, acres and square miles are one area, kept
 * in one base unit so values compare ("€10.6bn ($11.6bn)" is one figure).
 * The vocabulary is the extractor's output, which is English whatever the
 * article's language, so this table is not language knowledge.
 */

export interface Dimension {
  /** The dimension's name in track keys: `people`, `deaths`, `area`, `money`. */
  readonly name: string;
  /** Factor from the claim's unit to the dimension's base unit. */
  readonly factor: number;
}

// Words for the same head count. Kinds of people (engineers, workers, mercenaries) are counts of their own.
const PEOPLE = ["soldiers", "troops", "people", "persons", "men", "personnel", "fighters", "forces", "servicemen"];
const DEATHS = ["dead", "deaths", "killed", "bodies", "fatalities", "lives", "victims", "dead bodies"];
const INJURED = ["wounded", "injured", "injuries"];
const MUNITIONS = ["rounds", "shells", "munitions", "ammunition", "artillery shells", "cartridges"];

/** Units of one dimension, with their factor to its base unit. */
const UNITS: ReadonlyArray<readonly [string, string, number]> = [
  // Area, in square kilometres.
  ["square kilometres", "area", 1], ["km2", "area", 1], ["square km", "area", 1], ["hectares", "area", 0.01],
  ["acres", "area", 0.004_046_86], ["square miles", "area", 2.589_99], ["square metres", "area", 1e-6],
  // Length, in kilometres.
  ["kilometres", "length", 1], ["km", "length", 1], ["miles", "length", 1.609_34], ["metres", "length", 0.001],
  // Money, in US dollars at rough long-run rates: close enough to tell one figure from another, not to convert prices.
  ["dollars", "money", 1], ["us dollars", "money", 1], ["euros", "money", 1.1], ["pounds", "money", 1.3],
  ["swiss francs", "money", 1.1], ["francs", "money", 1.1], ["yen", "money", 0.007], ["yuan", "money", 0.14],
  ["rupees", "money", 0.012], ["roubles", "money", 0.011], ["rubles", "money", 0.011], ["hryvnias", "money", 0.025],
  ["canadian dollars", "money", 0.73], ["australian dollars", "money", 0.66],
  // Weight, in tonnes.
  ["tonnes", "weight", 1], ["tons", "weight", 1], ["kilograms", "weight", 0.001], ["kg", "weight", 0.001],
];

const BY_COUNTS = new Map<string, Dimension>();
for (const c of PEOPLE) BY_COUNTS.set(c, { name: "people", factor: 1 });
for (const c of DEATHS) BY_COUNTS.set(c, { name: "deaths", factor: 1 });
for (const c of INJURED) BY_COUNTS.set(c, { name: "injured", factor: 1 });
for (const c of MUNITIONS) BY_COUNTS.set(c, { name: "munitions", factor: 1 });
for (const [c, name, factor] of UNITS) BY_COUNTS.set(c, { name, factor });

/** Events that make any head count a count of the dead or the injured. */
const DEATH_EVENTS = new Set(["killed", "died", "dead", "deaths", "perished", "drowned", "lost", "casualties killed", "died or disappeared", "died or went missing", "attributable"]);
const INJURY_EVENTS = new Set(["wounded", "injured", "hurt", "hospitalised"]);

/**
 * Events grouped by what happened, so "sent", "deployed" and "dispatched"
 * troops are one quantity. An event in no group is its own class.
 */
const EVENT_CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // People and goods alike: the dimension tells troops from shells.
  ["sent", [
    "sent", "send", "sending", "deployed", "deploy", "dispatched", "dispatching", "entered", "expected", "prepared", "preparing",
    "join", "joined", "joining", "provided", "provide", "supplied", "arrived", "landed", "stationed", "station", "transferred",
    "transfer", "mobilised", "mobilized", "shipped", "shipments", "delivered", "deliveries", "exported", "donated",
  ]],
  ["killed", [...DEATH_EVENTS]],
  ["wounded", [...INJURY_EVENTS]],
  ["missing", ["missing", "went missing", "disappeared", "yet to be identified"]],
  ["burned", ["burned", "burning", "scorched", "spread over", "spread across", "spread to cover", "spreads to", "ravaged", "blackened"]],
  // Loans and grants are parts of an aid package, not other words for it: they stay classes of their own.
  ["funded", ["approved", "approval", "allocated", "earmarked", "aid", "pledged", "granted", "funding", "economic assistance", "unlocked"]],
  ["deficit", ["deficit", "public deficit", "forecast deficit"]],
  ["voted", ["voted", "voting", "turnout", "polled"]],
  ["displaced", ["displaced", "fled", "evacuated", "evacuations", "evacuees", "uprooted", "sheltered", "housed"]],
  ["arrested", ["arrested", "arrests", "detained", "charged", "convicted"]],
  ["destroyed", ["destroyed", "damaged", "damaging", "leveled", "levelled", "downed"]],
  ["infected", ["infected", "cases"]],
  ["rescued", ["rescued", "saved", "save"]],
  // A change is a quantity of its own, not the level it changes ("a baissé de 42%", "drop by 27,000").
  ["increase", ["increase", "increased", "increases", "increasing", "rise", "rises", "rising", "rose", "risen", "grew", "jumped", "surged", "soared", "climbed", "higher"]],
  ["decrease", ["decrease", "decreased", "decreases", "decline", "declined", "declines", "declining", "drop", "dropped", "drops", "fell", "fall", "fallen", "falls", "reduced", "reduction", "plunged", "slumped", "lower"]],
  // The dead not yet named are a part of the toll.
  ["unidentified", ["pending identification", "unidentified", "awaiting identification", "not identified", "not yet identified"]],
  ["identified", ["identified"]],
];

/** Classes that change an event into another quantity: a change, not its level. */
export const CHANGE_CLASSES: ReadonlySet<string> = new Set(["increase", "decrease"]);

/**
 * Classes that make a count of the dead or injured another quantity: a
 * change in the toll, or those of the dead identified or not. Any other
 * event of a toll ("killed", "died", "perished") says what the noun says.
 */
const TOLL_PARTS: ReadonlySet<string> = new Set([...CHANGE_CLASSES, "unidentified", "identified"]);

/**
 * Verbs of commitment ("pledged", "promised"): money pledged is funding; a
 * promise of anything else is a promise of what the article says is done
 * with it ("has promised 10,000 will be sent"), so it takes the article's event.
 */
const COMMITMENTS = new Set(["pledged", "pledge", "promised", "promise", "committed", "vowed"]);

/**
 * Verbs that only report a level ("recorded", "reached", "stood at", "an
 * area of"): they say nothing about what happened, so a claim with one takes
 * its event from the article, like a claim with none.
 */
const NEUTRAL_EVENTS = new Set([
  "recorded", "reached", "reach", "stood at", "stands at", "totalled", "totaled", "total", "totals", "extent", "cover", "covers",
  "covered", "grown to", "grew to", "rose to", "climbed to", "hit", "amounted", "amounts", "counted", "registered", "size",
  "estimated", "has", "have", "had", "is", "was", "were", "are",
]);

const EVENT_CLASS = new Map<string, string>();
for (const [cls, events] of EVENT_CLASSES) for (const e of events) EVENT_CLASS.set(e, cls);

/** Plural `s` off and lower case, so "Soldier" and "soldiers" are one word. */
function singularKey(word: string): string {
  const w = word.toLowerCase().trim();
  return w.endsWith("s") && w.length > 3 ? w.slice(0, -1) : w;
}

/**
 * The dimension of a claim. A head count of people killed is a count of
 * deaths whatever noun counts them ("600 soldats tués", "600 deaths"); a
 * noun outside the table is its own dimension (its singular).
 */
export function dimensionOf(counts: string | null, event: string | null): Dimension | null {
  if (counts === null) return null;
  const c = counts.toLowerCase();
  const known = BY_COUNTS.get(c);
  const ev = event?.toLowerCase() ?? null;
  if ((known === undefined || known.name === "people" || known.name === "deaths") && ev !== null) {
    if (DEATH_EVENTS.has(ev)) return { name: "deaths", factor: 1 };
    if (INJURY_EVENTS.has(ev)) return { name: "injured", factor: 1 };
  }
  return known ?? { name: singularKey(c), factor: 1 };
}

/** The class of an event: its group's name, else the event itself. `dimension`, when known, tells a pledge of money from a promise of anything else. */
export function eventClassOf(event: string | null, dimension: string | null = null): string | null {
  if (event === null) return null;
  const e = event.toLowerCase();
  if (NEUTRAL_EVENTS.has(e)) return null;
  if (dimension !== null && dimension !== "money" && COMMITMENTS.has(e)) return null;
  return EVENT_CLASS.get(e) ?? singularKey(e);
}

/** Dimensions whose event says nothing more: every count of deaths is a count of people killed. */
export function eventMatters(dimension: string): boolean {
  return dimension !== "deaths" && dimension !== "injured";
}

/** The event a track key carries: every event of a count that is not a toll; of a toll, only one that makes it another quantity. */
export function keyEvent(dimension: string, eventClass: string | null): string {
  if (eventMatters(dimension)) return eventClass ?? "";
  return eventClass !== null && TOLL_PARTS.has(eventClass) ? eventClass : "";
}

/** Whether an event moves its figure somewhere ("sent to Russia"): a place after it is a destination, not whose it is. */
export function isMovement(event: string | null): boolean {
  return event !== null && EVENT_CLASS.get(event.toLowerCase()) === "sent";
}
