/**
 * @module core/tracks/resolve-tracks
 * Claims grouped into tracked figures. Claims of one track key estimate the
 * same quantity when their values are compatible: sorted by value, a run
 * of estimates stays one track while each is within CHAIN_RATIO (an order
 * of magnitude) of the next, and a jump beyond it starts another quantity.
 * A count that grows (troops arriving, a death toll) spans much of that
 * range; what only might happen, far beyond anything said to have happened,
 * is a potential, not an estimate of the same count (troops sent so far,
 * ~12,000, against the 100,000 that could be sent one day). Pure and order-independent:
 * the same claims give the same tracks and ids whatever order they came in,
 * so tracks can be resolved again whenever claims are added.
 */
import { slug } from "./text-keys.js";
import { boundedMemo } from "../bounded-memo.js";

/** Successive estimates of one quantity, as it grows or as sources differ, stay within an order of magnitude. */
export const CHAIN_RATIO = 10;
/** A possibility this far above what is said to have happened is a potential total of its own. */
export const POTENTIAL_RATIO = 5;

export interface TrackMember<R> {
  readonly ref: R;
  readonly key: string;
  readonly magnitude: number | null;
  /** Only possible ("could send"): may be a potential rather than an estimate. */
  readonly possible: boolean;
  /** For labels: what the claim says it counts, whose, what happened, where. */
  readonly counts: string | null;
  readonly subject: string | null;
  readonly event: string | null;
  readonly scopeName: string | null;
  /** The member this one is a part of ("8000 des 10000"), if any. */
  readonly partOf?: R | null;
}

export type Relation = "part_of" | "has_part" | "addition_to" | "has_addition" | "related";

export interface ResolvedTrack<R> {
  readonly id: string;
  readonly key: string;
  readonly label: string;
  readonly counts: string | null;
  readonly subject: string | null;
  readonly event: string | null;
  readonly scope: string | null;
  readonly members: readonly R[];
  readonly related: ReadonlyArray<{ readonly id: string; readonly relation: Relation }>;
}

interface KeyParts {
  readonly dimension: string;
  readonly subject: string;
  readonly event: string;
  readonly scope: string;
  readonly article: string | null;
}

/** A key as resolution reads it: its parts, and the family and whole they make. */
interface ReadKey extends KeyParts {
  readonly family: string;
  /** The same quantity without its scope: the whole a scoped track is a part of (or adds to). */
  readonly whole: string | null;
}

/** Keys read lately: a key is read several times (its family, its scope, its track's id and label), and split once. Bounded. */
const readKeys = new Map<string, ReadKey>();
const MAX_CACHED_KEYS = 4096;

function readKey(key: string): ReadKey {
  let read = readKeys.get(key);
  if (read === undefined) {
    const [dimension = "", subject = "", event = "", scope = "", local] = key.split("|");
    read = remember(key, { dimension, subject, event, scope, article: local?.startsWith("@") ? local.slice(1) : null });
  }
  return read;
}

function remember(key: string, p: KeyParts): ReadKey {
  const kind = `${p.dimension}|${p.subject}|${p.event}`;
  const inArticle = p.article !== null ? `|@${p.article}` : "";
  const read: ReadKey = {
    dimension: p.dimension,
    subject: p.subject,
    event: p.event,
    scope: p.scope,
    article: p.article,
    family: kind + inArticle,
    whole: p.scope ? `${kind}|${inArticle}` : null,
  };
  if (readKeys.size >= MAX_CACHED_KEYS) readKeys.clear();
  readKeys.set(key, read);
  return read;
}

/**
 * A track key from its parts: local to an article when `article` is given,
 * and carrying a value when `item` is. The parts are remembered with the
 * key, so resolving the article's claims right after reads them back
 * instead of splitting the key (unless a part holds the separator, which
 * splitting would read otherwise).
 */
export function trackKey(p: KeyParts, item: string | null = null): string {
  const inArticle = p.article !== null ? `|@${p.article}` : "";
  const key = `${p.dimension}|${p.subject}|${p.event}|${p.scope}${inArticle}${item !== null ? `|=${item}` : ""}`;
  const plain = !(p.dimension.includes("|") || p.subject.includes("|") || p.event.includes("|") || p.scope.includes("|") || p.article?.includes("|"));
  // A plain key tells its parts: one already remembered holds these.
  if (plain && !readKeys.has(key)) remember(key, p);
  return key;
}

export function keyParts(key: string): KeyParts {
  return readKey(key);
}

/**
 * The family of a key: what is counted, whose, and what happened, in one
 * article when the key is local to it. Tracks relate only within a family
 * (a part and its whole, an addition and its total, runs of one key), so
 * resolving a family again gives what resolving everything would: ledgers
 * re-resolve only the families their new claims belong to.
 */
export function familyOf(key: string): string {
  return readKey(key).family;
}

function byMagnitude<R>(a: TrackMember<R>, b: TrackMember<R>): number {
  return (a.magnitude ?? 0) - (b.magnitude ?? 0);
}

/** Runs of compatible values among the members of one key. Members without a value join the largest run. */
/** Runs split off as potential totals (what might happen, far above what has). */
const POTENTIAL_RUNS = new WeakSet<object>();

function splitByValue<R>(members: readonly TrackMember<R>[]): TrackMember<R>[][] {
  // One member is one run, whatever its value: most keys of an article have one claim.
  if (members.length === 1) return [[members[0]!]];
  const valued = members.filter((m) => m.magnitude !== null && m.magnitude > 0).sort(byMagnitude);
  const runs: TrackMember<R>[][] = [];
  for (const m of valued) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && m.magnitude! <= last.magnitude! * CHAIN_RATIO) run.push(m);
    else runs.push([m]);
  }
  for (let r = runs.length - 1; r >= 0; r--) {
    const potential = potentialOf(runs[r]!);
    if (potential.length) {
      runs[r] = runs[r]!.filter((m) => !potential.includes(m));
      POTENTIAL_RUNS.add(potential);
      runs.splice(r + 1, 0, potential);
    }
  }
  const rest = members.filter((m) => !(m.magnitude !== null && m.magnitude > 0));
  if (rest.length) {
    if (runs.length) largest(runs).push(...rest);
    else runs.push([...rest]);
  }
  return runs;
}

/** The possibilities of a run far above the largest figure not merely possible. */
function potentialOf<R>(run: readonly TrackMember<R>[]): TrackMember<R>[] {
  let actual = 0;
  for (const m of run) if (!m.possible) actual = Math.max(actual, m.magnitude!);
  if (actual === 0) return [];
  return run.filter((m) => m.possible && m.magnitude! > actual * POTENTIAL_RATIO);
}

function largest<T>(runs: T[][]): T[] {
  let best = runs[0]!;
  for (const r of runs) if (r.length > best.length) best = r;
  return best;
}

/** The value of `field` most members have, read without copying the values out: a track has one member or a few. */
function mostCommon<R>(members: readonly TrackMember<R>[], field: (m: TrackMember<R>) => string | null): string | null {
  if (members.length === 1) return field(members[0]!) || null;
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestN = 0;
  for (const m of members) {
    const v = field(m);
    if (v === null || v === "") continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    // Ties go to the value that sorts first, so labels do not depend on order.
    if (n > bestN || (n === bestN && best !== null && v < best)) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

function compactNumber(n: number): string {
  if (n >= 1e9) return `${+(n / 1e9).toPrecision(2)}bn`;
  if (n >= 1e6) return `${+(n / 1e6).toPrecision(2)}m`;
  if (n >= 1e3) return `${+(n / 1e3).toPrecision(2)}k`;
  return `${+n.toPrecision(2)}`;
}

const SAYS_DEATH = new Set(["dead", "deaths", "killed", "died", "fatalities"]);

export function trackLabel(subject: string | null, counts: string | null, event: string | null, scope: string | null): string {
  const addition = scope === "additional";
  // "dead killed", "wounded wounded": the event says again what the noun says.
  const redundant = event !== null && counts !== null && (event === counts || (SAYS_DEATH.has(counts) && SAYS_DEATH.has(event)));
  const label = withWord(withWord(withWord(addition ? "additional" : "", subject), counts ?? "figures"), redundant ? null : event);
  if (scope === "recent") return `${label} (recent period)`;
  // Sent somewhere is sent to it; anything else happens in it.
  return scope && !addition ? `${label} ${event === "sent" ? "to" : "in"} ${scope}` : label;
}

/** Words of a label one space apart; no word adds nothing. */
function withWord(label: string, word: string | null): string {
  if (!word) return label;
  return label ? `${label} ${word}` : word;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function valuesOf<R>(run: readonly TrackMember<R>[]): number[] {
  const values: number[] = [];
  for (const m of run) if (m.magnitude !== null && m.magnitude > 0) values.push(m.magnitude);
  return values;
}

/** Slugs of key parts seen lately: a track's id is made of a few parts that recur in every article. */
const partSlug: (part: string) => string = boundedMemo(slug, MAX_CACHED_KEYS);

/**
 * A track's id before its run is told apart: the slug of its key's words.
 * Slugging each part and joining them with a hyphen gives the slug of the
 * parts joined with a space (a slug is the runs of letters and digits,
 * hyphen-joined), and each part's slug is reused.
 */
function trackBase(p: KeyParts): string {
  let base = withSlug("", p.subject ? partSlug(p.subject) : "");
  base = withSlug(base, p.dimension ? partSlug(p.dimension) : "");
  base = withSlug(base, p.event ? partSlug(p.event) : "");
  const scope = p.scope.startsWith("place:") ? p.scope.slice(6) : p.scope;
  base = withSlug(base, scope ? partSlug(scope) : "");
  base = withSlug(base, p.article ? articleSlug(p.article) : "");
  return base || "figures";
}

/** Slugs hyphen-joined; an empty one adds nothing. */
function withSlug(base: string, s: string): string {
  return s ? (base ? `${base}-${s}` : s) : base;
}

/*
 * The slug of the article a local key names. An article's keys are read one article after another, and its id
 * recurs in no other: the last one is kept, apart from `partSlug`, which every new id would only fill.
 */
let lastArticle: string | null = null;
let lastArticleSlug = "";

function articleSlug(article: string): string {
  if (article !== lastArticle) {
    lastArticleSlug = slug(article);
    lastArticle = article;
  }
  return lastArticleSlug;
}

function relatedOf(links: ReadonlyMap<string, Relation> | undefined): Array<{ id: string; relation: Relation }> {
  if (links === undefined) return [];
  return [...links].map(([id, relation]) => ({ id, relation })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A run of one key's members, with its id, before it is labelled and related. */
interface Run<R> {
  readonly id: string;
  readonly key: string;
  readonly members: TrackMember<R>[];
  readonly main: boolean;
  readonly potential: boolean;
}

export function resolveTracks<R>(members: readonly TrackMember<R>[]): ResolvedTrack<R>[] {
  // One claim is one track, named by its key, related to nothing: most of an article's families have one claim.
  if (members.length === 1) {
    const m = members[0]!;
    return [resolved({ id: trackBase(readKey(m.key)), key: m.key, members: [m], main: true, potential: false }, undefined)];
  }
  const byKey = new Map<string, TrackMember<R>[]>();
  for (const m of members) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const tracks: Run<R>[] = [];
  const ids = new Set<string>();
  for (const key of [...byKey.keys()].sort()) {
    const runs = splitByValue(byKey.get(key)!);
    const main = largest(runs);
    const base = trackBase(readKey(key));
    for (const run of runs) {
      const potential = POTENTIAL_RUNS.has(run);
      let id = run === main ? base : potential ? `${base}-potential` : `${base}~${compactNumber(median(valuesOf(run)))}`;
      while (ids.has(id)) id += "+";
      ids.add(id);
      tracks.push({ id, key, members: run, main: run === main, potential });
    }
  }
  // Which track each member is on, for parts to find their whole's: only when a member is a part.
  const trackOf = members.some((m) => m.partOf !== undefined && m.partOf !== null) ? new Map<R, string>() : null;
  if (trackOf) for (const t of tracks) for (const m of t.members) trackOf.set(m.ref, t.id);
  const mainOf = new Map<string, string>();
  for (const t of tracks) if (t.main) mainOf.set(t.key, t.id);

  const related = new Map<string, Map<string, Relation>>();
  const link = (a: string, b: string, ab: Relation, ba: Relation): void => {
    if (a === b) return;
    const ra = related.get(a) ?? new Map<string, Relation>();
    const rb = related.get(b) ?? new Map<string, Relation>();
    // A part-whole or addition link says more than "related": it wins.
    if (!ra.has(b) || ra.get(b) === "related") ra.set(b, ab);
    if (!rb.has(a) || rb.get(a) === "related") rb.set(a, ba);
    related.set(a, ra);
    related.set(b, rb);
  };
  for (const t of tracks) {
    const { whole, scope } = readKey(t.key);
    const wholeId = whole !== null ? mainOf.get(whole) : undefined;
    if (wholeId !== undefined) {
      if (scope === "additional") link(t.id, wholeId, "addition_to", "has_addition");
      else link(t.id, wholeId, "part_of", "has_part");
    }
    if (!t.main) link(t.id, mainOf.get(t.key)!, "related", "related");
    for (const m of t.members) {
      if (m.partOf === undefined || m.partOf === null) continue;
      const wholeTrack = trackOf?.get(m.partOf);
      if (wholeTrack !== undefined) link(t.id, wholeTrack, "part_of", "has_part");
    }
  }

  return tracks.map((t) => resolved(t, related.get(t.id)));
}

function resolved<R>(t: Run<R>, links: ReadonlyMap<string, Relation> | undefined): ResolvedTrack<R> {
  const scope = mostCommon(t.members, (m) => m.scopeName);
  const subject = mostCommon(t.members, (m) => m.subject);
  const counts = mostCommon(t.members, (m) => m.counts);
  // The event's class names what happened to all of them ("sent" for sent, deployed, dispatched…).
  const event = readKey(t.key).event || mostCommon(t.members, (m) => m.event);
  return {
    id: t.id,
    key: t.key,
    label: t.potential ? `potential total: ${trackLabel(subject, counts, event, scope)}` : trackLabel(subject, counts, event, scope),
    counts,
    subject,
    event,
    scope,
    members: t.members.map((m) => m.ref),
    related: relatedOf(links),
  };
}
