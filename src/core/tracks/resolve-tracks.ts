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

export function keyParts(key: string): KeyParts {
  const [dimension = "", subject = "", event = "", scope = "", local] = key.split("|");
  return { dimension, subject, event, scope, article: local?.startsWith("@") ? local.slice(1) : null };
}

/**
 * The family of a key: what is counted, whose, and what happened, in one
 * article when the key is local to it. Tracks relate only within a family
 * (a part and its whole, an addition and its total, runs of one key), so
 * resolving a family again gives what resolving everything would: ledgers
 * re-resolve only the families their new claims belong to.
 */
export function familyOf(key: string): string {
  const p = keyParts(key);
  return [p.dimension, p.subject, p.event, ...(p.article !== null ? [`@${p.article}`] : [])].join("|");
}

/** The same quantity without its scope: the whole a scoped track is a part of (or adds to). */
function wholeKey(key: string): string | null {
  const p = keyParts(key);
  if (!p.scope) return null;
  return [p.dimension, p.subject, p.event, "", ...(p.article !== null ? [`@${p.article}`] : [])].join("|");
}

function byMagnitude<R>(a: TrackMember<R>, b: TrackMember<R>): number {
  return (a.magnitude ?? 0) - (b.magnitude ?? 0);
}

/** Runs of compatible values among the members of one key. Members without a value join the largest run. */
/** Runs split off as potential totals (what might happen, far above what has). */
const POTENTIAL_RUNS = new WeakSet<object>();

function splitByValue<R>(members: readonly TrackMember<R>[]): TrackMember<R>[][] {
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

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestN = 0;
  for (const v of values) {
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
  const words = [addition ? "additional" : null, subject, counts ?? "figures", redundant ? null : event].filter((w): w is string => !!w);
  const label = words.join(" ");
  if (scope === "recent") return `${label} (recent period)`;
  // Sent somewhere is sent to it; anything else happens in it.
  return scope && !addition ? `${label} ${event === "sent" ? "to" : "in"} ${scope}` : label;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function resolveTracks<R>(members: readonly TrackMember<R>[]): ResolvedTrack<R>[] {
  const byKey = new Map<string, TrackMember<R>[]>();
  for (const m of members) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const tracks: Array<{ id: string; key: string; members: TrackMember<R>[]; main: boolean; potential: boolean }> = [];
  for (const key of [...byKey.keys()].sort()) {
    const runs = splitByValue(byKey.get(key)!);
    const main = largest(runs);
    const p = keyParts(key);
    const base = slug([p.subject, p.dimension, p.event, p.scope.replace(/^place:/, ""), p.article ?? ""].filter(Boolean).join(" ")) || "figures";
    for (const run of runs) {
      const values = run.map((m) => m.magnitude).filter((v): v is number => v !== null && v > 0);
      const potential = POTENTIAL_RUNS.has(run);
      let id = run === main ? base : potential ? `${base}-potential` : `${base}~${compactNumber(median(values))}`;
      while (tracks.some((t) => t.id === id)) id += "+";
      tracks.push({ id, key, members: run, main: run === main, potential });
    }
  }
  const trackOf = new Map<R, string>();
  for (const t of tracks) for (const m of t.members) trackOf.set(m.ref, t.id);
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
    const whole = wholeKey(t.key);
    const wholeId = whole !== null ? mainOf.get(whole) : undefined;
    if (wholeId !== undefined) {
      if (keyParts(t.key).scope === "additional") link(t.id, wholeId, "addition_to", "has_addition");
      else link(t.id, wholeId, "part_of", "has_part");
    }
    if (!t.main) link(t.id, mainOf.get(t.key)!, "related", "related");
    for (const m of t.members) {
      if (m.partOf === undefined || m.partOf === null) continue;
      const wholeTrack = trackOf.get(m.partOf);
      if (wholeTrack !== undefined) link(t.id, wholeTrack, "part_of", "has_part");
    }
  }

  return tracks.map((t) => {
    const scope = mostCommon(t.members.map((m) => m.scopeName));
    const subject = mostCommon(t.members.map((m) => m.subject));
    const counts = mostCommon(t.members.map((m) => m.counts));
    // The event's class names what happened to all of them ("sent" for sent, deployed, dispatched…).
    const event = keyParts(t.key).event || mostCommon(t.members.map((m) => m.event));
    return {
      id: t.id,
      key: t.key,
      label: t.potential ? `potential total: ${trackLabel(subject, counts, event, scope)}` : trackLabel(subject, counts, event, scope),
      counts,
      subject,
      event,
      scope,
      members: t.members.map((m) => m.ref),
      related: [...(related.get(t.id) ?? new Map<string, Relation>())].map(([id, relation]) => ({ id, relation })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
  });
}
