/**
 * @module core/tracks/track-features
 * What track resolution needs to know of each claim, read from its article
 * once, at analysis time: the dimension and value (in the dimension's base
 * unit), whose figure it is, what happened, its scope, the whole it is a
 * part of, and its own time. Together they make the claim's track key:
 * claims of one key estimate the same quantity when their values agree.
 *
 * What a sentence leaves unsaid is taken from the article: "Douze mille
 * soldats ne pourraient être qu'un début" has no verb and no country, but
 * the article's other head counts of the same size say whose soldiers and
 * what they are sent to do. A headline that repeats a figure of the body
 * ("Plus de 10.000 soldats déjà envoyés") takes the body's scope.
 */
import { canonicalActor } from "../entities/canonical-actor.js";
import { splitSource } from "../entities/split-source.js";
import type { LanguageData } from "../language-pack.js";
import type { Article, FigureClaim } from "../types.js";
import { dimensionOf, eventClassOf, eventMatters } from "./dimensions.js";
import { CHAIN_RATIO } from "./resolve-tracks.js";
import { findRegions, isAddition, isPartitive, isRecentPeriod, type PlaceMention } from "./scope.js";
import { foldAccents } from "./text-keys.js";
import { readTimeRef } from "./time-ref.js";

export interface ClaimFeatures {
  /** `people`, `deaths`, `area`, `money`, `percent`, …; null when the claim counts nothing known. */
  readonly dimension: string | null;
  /** The value in the dimension's base unit (ranges by their geometric middle). */
  readonly magnitude: number | null;
  /** Whose figure it is, as a key (lower-case English demonym), from the claim or its article. */
  readonly subject: string | null;
  readonly eventClass: string | null;
  /** `place:kursk`, `additional`, or null for the whole quantity. */
  readonly scope: string | null;
  /** The scope as written, for labels ("Koursk"). */
  readonly scopeName: string | null;
  /** Index (in the analysis) of the claim this one is a part of: "8000 des 10000". */
  readonly partOf: number | null;
  /** The claim's own time reference (ISO date or month), when its sentence gives one. */
  readonly timeRef: string | null;
  /** What the claim estimates: claims of one key may share a track. Null when it cannot be tracked. */
  readonly key: string | null;
  /** Who the figure comes from first, and who relays it ("CNN, citing Ukrainian intelligence"). */
  readonly original: string | null;
  readonly carrier: string | null;
}

/** Two values of one head count this close are one figure repeated (a headline and its body). */
const SAME_VALUE = 0.01;

/** "12 000 nord-coréens" counts "north koreans": people. */
function demonymCount(claim: FigureClaim): boolean {
  return claim.subject !== null && claim.counts !== null && claim.counts.startsWith(claim.subject.toLowerCase());
}

interface Draft {
  readonly vague: boolean;
  /** One item of an enumeration: "38 Kh-101, 8 Kalibr et 2 Kinzhal", "81.56% in Assam, 56.19% in Bihar". */
  item: boolean;
  readonly counts: string | null;
  /** The name the figure belongs to, folded, when the clause gives one (extract/owner). */
  readonly owner: string | null;
  dimension: string | null;
  magnitude: number | null;
  subject: string | null;
  eventClass: string | null;
  scope: string | null;
  scopeName: string | null;
  partOf: number | null;
  timeRef: string | null;
}

/**
 * The value to compare estimates by. A plural of magnitude ("des milliers",
 * "hundreds of") spans N to 10N: its geometric middle, √10·N.
 */
export function magnitudeOf(claim: Pick<FigureClaim, "low" | "high" | "qualifier">, factor: number): number | null {
  const { low, high } = claim;
  if (claim.qualifier === "vague" && low !== null) return Math.abs(low) * Math.sqrt(10) * factor;
  let v: number | null;
  if (low !== null && high !== null) v = low > 0 && high > 0 ? Math.sqrt(low * high) : (low + high) / 2;
  else v = low ?? high;
  return v === null ? null : Math.abs(v) * factor;
}

/**
 * `owners` (from extract/owner, one per claim, or none) name what each
 * figure belongs to when the article lists figures of one kind for several
 * things.
 */
export function trackFeatures(lang: LanguageData, article: Article, claims: readonly FigureClaim[], owners: readonly (string | null)[] = []): ClaimFeatures[] {
  const stopwords = new Set(lang.stopwords.map((w) => foldAccents(w)));
  const drafts: Draft[] = claims.map((claim, i) => {
    const dim = demonymCount(claim) ? { name: "people", factor: 1 } : dimensionOf(claim.counts, claim.event);
    return {
      vague: claim.qualifier === "vague",
      item: false,
      counts: claim.counts,
      owner: owners[i] ? foldAccents(owners[i]!.toLowerCase()) : null,
      dimension: dim?.name ?? null,
      magnitude: dim ? magnitudeOf(claim, dim.factor) : null,
      subject: claim.subject ? foldAccents(claim.subject.toLowerCase()) : null,
      eventClass: eventClassOf(claim.event),
      scope: null,
      scopeName: null,
      partOf: null,
      timeRef: null,
    };
  });
  readSentences(lang, article, claims, drafts, stopwords);
  fillFromArticle(claims, drafts);
  echoScopes(drafts);
  markBreakdowns(drafts);
  return drafts.map(({ vague: _, item: __, counts: ___, owner: ____, ...d }, i) => ({
    ...d,
    key: keyOf(d, claims[i]!.article, itemValue(drafts, i)),
    ...sourcesOf(article, claims[i]!),
  }));
}

/** Scope, parts and time: read once per sentence, then handed to the claims that stand in it. */
function readSentences(lang: LanguageData, article: Article, claims: readonly FigureClaim[], drafts: Draft[], stopwords: ReadonlySet<string>): void {
  let i = 0;
  while (i < claims.length) {
    const first = claims[i]!;
    let j = i + 1;
    while (j < claims.length && claims[j]!.in === first.in && claims[j]!.sentence.start === first.sentence.start) j++;
    const text = first.in === "title" ? (article.title ?? "") : article.body;
    const sentence = first.sentence;
    const timeRef = readTimeRef(lang.tracks, text.slice(sentence.start, sentence.end), article.published);
    const regions = findRegions(lang.tracks, text, sentence, stopwords);
    const wholes = new Set<number>();
    for (let k = i; k < j; k++) {
      drafts[k]!.timeRef = timeRef;
      if (isAddition(lang.tracks, text, claims[k]!, sentence)) {
        drafts[k]!.scope = "additional";
        drafts[k]!.scopeName = "additional";
      } else {
        // The figure's clause: from the figure before it (or the sentence's start) to the one after it.
        const clause = { start: k > i ? claims[k - 1]!.end : sentence.start, end: k + 1 < j ? claims[k + 1]!.start : sentence.end };
        if (isRecentPeriod(lang.tracks, text, claims[k]!, clause)) {
          drafts[k]!.scope = "recent";
          drafts[k]!.scopeName = "recent";
        }
      }
      if (k + 1 < j && isPartitive(lang.tracks, text, claims[k]!, claims[k + 1]!)) {
        drafts[k]!.partOf = k + 1;
        wholes.add(k + 1);
      }
    }
    markEnumeration(drafts, i, j);
    for (const region of regions) {
      const owner = ownerOf(claims, i, j, region, wholes);
      if (owner !== null && drafts[owner]!.scope === null) Object.assign(drafts[owner]!, placeScope(region.name));
    }
    i = j;
  }
}

/** Two values this close are one figure in two units ("15 000 hectares (36 000 acres)"). */
const CONVERSION = 0.15;

/**
 * Figures of one dimension and event side by side in a sentence, with
 * different values, are items of a list, each a quantity of its own. A part
 * and its whole ("8000 des 10000") and one figure in two units are not.
 */
function markEnumeration(drafts: Draft[], from: number, to: number): void {
  for (let a = from; a < to; a++) {
    for (let b = a + 1; b < to; b++) {
      const x = drafts[a]!;
      const y = drafts[b]!;
      if (x.dimension === null || x.dimension !== y.dimension || x.eventClass !== y.eventClass) continue;
      if (x.partOf === b || y.partOf === a || x.vague || y.vague) continue;
      if (x.magnitude === null || y.magnitude === null || sameValue(x, y)) continue;
      const conversion = x.counts !== y.counts && Math.abs(x.magnitude - y.magnitude) <= CONVERSION * Math.max(x.magnitude, y.magnitude);
      if (conversion) continue;
      x.item = true;
      y.item = true;
    }
  }
  // "48 missiles : 38 Kh-101, 8 Kalibr et 2 Kinjal": the figure that is the sum of the others is their whole, not an item.
  for (let a = from; a < to; a++) {
    const x = drafts[a]!;
    if (!x.item || x.magnitude === null) continue;
    let sum = 0;
    for (let b = from; b < to; b++) {
      const y = drafts[b]!;
      if (b !== a && y.item && y.dimension === x.dimension && y.eventClass === x.eventClass) sum += y.magnitude ?? 0;
    }
    if (Math.abs(sum - x.magnitude) <= SAME_VALUE * x.magnitude) x.item = false;
  }
}

/**
 * Who the figure comes from first and who relays it, each by its canonical
 * name when it is a known entity, so "NIS" and "les renseignements
 * sud-coréens" are one source across articles and languages.
 */
function sourcesOf(article: Article, claim: FigureClaim): { original: string | null; carrier: string | null } {
  if (claim.source === null) return { original: null, carrier: null };
  const text = claim.in === "title" ? (article.title ?? "") : article.body;
  const split = splitSource(text.slice(claim.sentence.start, claim.sentence.end), claim.source);
  const name = (s: string | null): string | null => (s === null ? null : (canonicalActor(s)?.name ?? s));
  return { original: name(split.original ?? claim.source), carrier: name(split.carrier) };
}

/** A place by its canonical entity when it is one ("Koursk" and "Kursk" are one scope). */
function placeScope(name: string): { scope: string; scopeName: string } {
  const actor = canonicalActor(name);
  if (actor && (actor.kind === "place" || actor.kind === "country")) return { scope: actor.key.startsWith("place:") ? actor.key : `place:${actor.key}`, scopeName: actor.name };
  return { scope: `place:${foldAccents(name.toLowerCase())}`, scopeName: name };
}

/**
 * The claim a place belongs to: the nearest figure before it (after it
 * when none is before), skipping wholes, which name the total a part is
 * taken from ("8000 des 10000 soldats entrés en Russie seraient déployés
 * dans la région de Koursk": Kursk is where the 8000 are).
 */
function ownerOf(claims: readonly FigureClaim[], from: number, to: number, place: PlaceMention, wholes: ReadonlySet<number>): number | null {
  let owner: number | null = null;
  for (let k = from; k < to; k++) {
    if (wholes.has(k)) continue;
    if (claims[k]!.end <= place.start) owner = k;
    else if (owner === null) return k;
  }
  return owner;
}

function logDistance(a: number | null, b: number | null): number {
  if (a === null || b === null || a <= 0 || b <= 0) return Number.POSITIVE_INFINITY;
  return Math.abs(Math.log(a / b));
}

/**
 * A claim that does not say whose figure it is, or what happened, takes it
 * from the article's claim of the same dimension nearest in value (nearest
 * in the text when values tie).
 */
function fillFromArticle(claims: readonly FigureClaim[], drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.dimension === null) continue;
    const needsSubject = d.subject === null;
    const needsEvent = d.eventClass === null && eventMatters(d.dimension);
    if (!needsSubject && !needsEvent) continue;
    let best: Draft | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let k = 0; k < drafts.length; k++) {
      const o = drafts[k]!;
      if (k === i || o.dimension !== d.dimension) continue;
      if (needsSubject && o.subject === null) continue;
      if (needsEvent && o.eventClass === null) continue;
      if (!needsSubject && o.subject !== d.subject) continue;
      // Only a figure of about the same size says whose this one is.
      if (logDistance(d.magnitude, o.magnitude) > Math.log(CHAIN_RATIO)) continue;
      const score = logDistance(d.magnitude, o.magnitude) + Math.abs(claims[k]!.start - claims[i]!.start) * 1e-9;
      if (score < bestScore) {
        best = o;
        bestScore = score;
      }
    }
    if (best === null) continue;
    if (needsSubject) d.subject = best.subject;
    if (needsEvent) d.eventClass = best.eventClass;
  }
}

function sameValue(x: Draft, y: Draft): boolean {
  return x.magnitude !== null && y.magnitude !== null && Math.abs(x.magnitude - y.magnitude) <= SAME_VALUE * Math.max(x.magnitude, y.magnitude);
}

/**
 * Figures of one kind in an article that belong to different named things
 * (parties' shares, states' turnouts, fires' areas) are a breakdown: each
 * is a quantity of its own, whatever sentences they stand in.
 */
function markBreakdowns(drafts: Draft[]): void {
  for (let a = 0; a < drafts.length; a++) {
    const x = drafts[a]!;
    if (x.owner === null || x.dimension === null) continue;
    for (let b = a + 1; b < drafts.length; b++) {
      const y = drafts[b]!;
      if (y.owner === null || y.owner === x.owner || y.dimension !== x.dimension || y.subject !== x.subject) continue;
      if (y.eventClass !== x.eventClass || y.scope !== x.scope || sameValue(x, y)) continue;
      x.item = true;
      y.item = true;
    }
  }
}

/** An unscoped figure equal to a scoped one of the same quantity in the article repeats it (a headline): it takes the scope. */
function echoScopes(drafts: Draft[]): void {
  for (const d of drafts) {
    // "des milliers" twice is not one figure repeated.
    if (d.scope !== null || d.dimension === null || d.magnitude === null || d.vague) continue;
    for (const o of drafts) {
      if (o.scope === null || o.vague || o.dimension !== d.dimension || o.subject !== d.subject || o.eventClass !== d.eventClass) continue;
      if (o.magnitude !== null && Math.abs(o.magnitude - d.magnitude) <= SAME_VALUE * Math.max(o.magnitude, d.magnitude)) {
        d.scope = o.scope;
        d.scopeName = o.scopeName;
        break;
      }
    }
  }
}

/**
 * An enumeration's item is a quantity of its own, in its article: its key
 * carries its value, which a repeat of the same figure elsewhere in the
 * article shares.
 */
function itemValue(drafts: readonly Draft[], i: number): string | null {
  const d = drafts[i]!;
  if (d.magnitude === null) return null;
  const same = (o: Draft): boolean =>
    o.item && o.dimension === d.dimension && o.eventClass === d.eventClass && o.magnitude !== null &&
    Math.abs(o.magnitude - d.magnitude!) <= SAME_VALUE * Math.max(o.magnitude, d.magnitude!);
  // A multiplier compares two things; two different multipliers compare different things.
  return d.item || d.dimension === "time" || drafts.some(same) ? d.magnitude.toPrecision(3) : null;
}

/**
 * The track key. What is not known (whose figure, what happened) keeps the
 * claim to its own article: two articles' "12 people killed" with no
 * country are not one figure.
 */
function keyOf(d: Omit<Draft, "vague" | "item" | "counts" | "owner">, article: string, item: string | null): string | null {
  if (d.dimension === null) return null;
  if (item !== null) return `${d.dimension}|${d.subject ?? ""}|${d.eventClass ?? ""}|${d.scope ?? ""}|@${article}|=${item}`;
  const local = d.subject === null || (d.eventClass === null && eventMatters(d.dimension));
  const event = eventMatters(d.dimension) ? (d.eventClass ?? "") : "";
  const key = `${d.dimension}|${d.subject ?? ""}|${event}|${d.scope ?? ""}`;
  return local ? `${key}|@${article}` : key;
}
