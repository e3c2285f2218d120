/**
 * @module core/tracks/draft
 * A claim's track features while they are being read (track-features): the
 * mutable record the sentence and article passes fill in, and how two
 * drafts' values compare.
 */

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
