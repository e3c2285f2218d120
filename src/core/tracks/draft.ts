/**
 * @module core/tracks/draft
 * A claim's track features while they are being read (track-features): the
 * mutable record the sentence and article passes fill in, and how two
 * drafts' values compare.
 */
import type { FigureClaim } from "../types.js";

export interface Draft {
  readonly vague: boolean;
  /** One item of a list or breakdown: "38 Kh-101, 8 Kalibr et 2 Kinzhal", "81.56% in Assam, 56.19% in Bihar". */
  item: boolean;
  readonly counts: string | null;
  /** The name the figure belongs to, folded, when its clause gives one (extract/owner). */
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

/** Two values of one quantity this close are one figure repeated (a headline and its body). */
export const SAME_VALUE = 0.01;

export function sameValue(x: Pick<Draft, "magnitude">, y: Pick<Draft, "magnitude">): boolean {
  return x.magnitude !== null && y.magnitude !== null && Math.abs(x.magnitude - y.magnitude) <= SAME_VALUE * Math.max(x.magnitude, y.magnitude);
}

export function logDistance(a: number | null, b: number | null): number {
  if (a === null || b === null || a <= 0 || b <= 0) return Number.POSITIVE_INFINITY;
  return Math.abs(Math.log(a / b));
}

/** What the figure is about, without its scope: drafts of one kind. */
export function kindOf(d: Pick<Draft, "dimension" | "subject" | "eventClass">): string {
  return `${d.dimension}|${d.subject ?? ""}|${d.eventClass ?? ""}`;
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
