/**
 * @module core/tracks/estimates
 * What the estimates of one tracked figure say together: the latest from
 * each source, how many independent sources agree, and which pairs clash.
 * Pure; the store hands over estimates with whatever reference it needs.
 *
 * Two estimates are compatible when the intervals their words allow
 * overlap, widened by TOLERANCE: "about 12,000" and "up to 12,000" agree;
 * "1,500" and "12,000" do not. They contradict when they are also close in
 * time (a count that grows is not contradicted by its own past), come from
 * different sources, and both are said to be the case (a possibility or a
 * denial contradicts nothing).
 */
import type { Modality, Qualifier } from "../types.js";

export interface Estimate<R> {
  readonly ref: R;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  readonly modality: Modality;
  /** ISO date (any precision) or null. */
  readonly date: string | null;
  /** Who the estimate comes from first (the outlet when the article speaks in its own voice). */
  readonly source: string;
}

/** Rounding in the news: "about 12,000" covers 10% either side. */
export const TOLERANCE = 0.1;
/** Estimates further apart than this in time may both be right (the count moved): troops arrive, tolls rise, within weeks. */
export const SAME_TIME_DAYS = 14;

/** A round figure ("10,000", "12 000") is a rounding too: this much either side. */
export const ROUND_TOLERANCE = 0.25;

function isRound(v: number): boolean {
  return v >= 1000 && Number.isInteger(v) && Number(v.toPrecision(2)) === v;
}

/** The interval an estimate allows. */
export function interval(e: Pick<Estimate<unknown>, "low" | "high" | "qualifier">): [number, number] {
  let lo = e.low ?? e.high ?? 0;
  let hi = e.high ?? e.low ?? 0;
  if (isRound(lo)) lo *= 1 - ROUND_TOLERANCE;
  if (isRound(hi)) hi *= 1 + ROUND_TOLERANCE;
  switch (e.qualifier) {
    case "more_than":
      return [lo, Number.POSITIVE_INFINITY];
    case "up_to":
      return [0, hi];
    case "vague":
      return [lo, lo * 10]; // "des milliers": 1,000 to 9,999
    case "approx":
      return [lo * (1 - TOLERANCE), hi * (1 + TOLERANCE)];
    default:
      return [lo, hi];
  }
}

export function compatible(a: Estimate<unknown>, b: Estimate<unknown>): boolean {
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  return alo <= bhi * (1 + TOLERANCE) && blo <= ahi * (1 + TOLERANCE);
}

function days(date: string): number {
  const [y = "0", m = "1", d = "15"] = date.slice(0, 10).split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

/** Undated estimates are never close in time to anything: when they were made is unknown. */
export function closeInTime(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && Math.abs(days(a) - days(b)) <= SAME_TIME_DAYS;
}

function asserted(e: Estimate<unknown>): boolean {
  return e.modality === "stated" || e.modality === "unconfirmed";
}

function byDate<R>(a: Estimate<R>, b: Estimate<R>): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}

/** The latest estimate of each source, in the order of their dates. */
export function latestBySource<R>(estimates: readonly Estimate<R>[]): Estimate<R>[] {
  const latest = new Map<string, Estimate<R>>();
  for (const e of [...estimates].sort(byDate)) {
    const key = e.source.toLowerCase();
    const seen = latest.get(key);
    // Undated estimates never replace a dated one.
    if (!seen || e.date !== null || seen.date === null) latest.set(key, e);
  }
  return [...latest.values()].sort(byDate);
}

/**
 * Independent sources that agree: among the latest asserted estimate of each
 * source, the largest group compatible with one another. Re-published wire
 * copy is stored once, so it is one estimate here.
 */
export function corroborationOf<R>(estimates: readonly Estimate<R>[]): { sources: string[]; count: number } {
  const latest = latestBySource(estimates.filter(asserted));
  let best: Estimate<R>[] = [];
  for (const anchor of latest) {
    const group = latest.filter((e) => compatible(anchor, e));
    if (group.length > best.length) best = group;
  }
  const sources = best.map((e) => e.source).sort();
  return { sources, count: sources.length };
}

function describe(e: Estimate<unknown>): string {
  const value = e.low !== null && e.high !== null && e.low !== e.high ? `${e.low}–${e.high}` : String(e.low ?? e.high);
  const words: Record<Qualifier, string> = { exact: "", approx: "about ", more_than: "more than ", up_to: "up to ", range: "", vague: "some " };
  return `${words[e.qualifier]}${value}`;
}

/** Pairs of asserted estimates from different sources, close in time, that cannot both be right. */
export function contradictionsOf<R>(estimates: readonly Estimate<R>[]): Array<{ a: R; b: R; reason: string }> {
  const list = [...estimates].filter(asserted).sort(byDate);
  const out: Array<{ a: R; b: R; reason: string }> = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.source.toLowerCase() === b.source.toLowerCase() || !closeInTime(a.date, b.date) || compatible(a, b)) continue;
      out.push({ a: a.ref, b: b.ref, reason: `${a.source} says ${describe(a)} (${a.date}), ${b.source} says ${describe(b)} (${b.date}).` });
    }
  }
  return out;
}
