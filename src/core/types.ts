/**
 * @module core/types
 * The domain types shared by the pure analysis core and the I/O shell.
 * Offsets are always UTF-16 code units into the exact text they were read
 * from (the article body), half-open: `body.slice(start, end) === mention`.
 */
import type { ClaimFeatures } from "./tracks/track-features.js";

/** A language Tally has knowledge for. Adding one means adding a folder in src/lang. */
export type LanguageCode = "fr" | "en";

/** One article, whatever format it came from. */
export interface Article {
  /** Stable id: kept as given by the input, else derived from its path or URL. */
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  /** ISO date as precise as known: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a full timestamp. */
  readonly published: string | null;
  /** Declared language, when the input says; otherwise identified from the text. */
  readonly language: string | null;
  readonly body: string;
}

export type Qualifier = "exact" | "approx" | "more_than" | "up_to" | "range" | "vague";
export type Modality = "stated" | "unconfirmed" | "possible" | "denied";

/** One quantity that an article states or reports (spec/figures.md). */
export interface FigureClaim {
  readonly article: string;
  /** `body` unless the claim was read from the title (then offsets are into the title). */
  readonly in: "body" | "title";
  readonly start: number;
  readonly end: number;
  readonly mention: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  /** What is counted, as a lower-case English noun (`soldiers`, `percent`, `euros`). */
  readonly counts: string | null;
  /** Whose it is or to whom it happens (`North Korean`). */
  readonly subject: string | null;
  /** What the figure is about, as an English verb or noun (`deployed`, `killed`). */
  readonly event: string | null;
  /** Who the figure is attributed to; null when the article speaks in its own voice. */
  readonly source: string | null;
  readonly modality: Modality;
  /** Tracked figure id; null until tracks are resolved across articles. */
  readonly track: string | null;
  /** Offsets of the sentence the claim stands in (for display and review). */
  readonly sentence: { readonly start: number; readonly end: number };
}

/** The result of analysing one article: pure data, no I/O. */
export interface Analysis {
  readonly article: string;
  readonly language: LanguageCode;
  readonly claims: readonly FigureClaim[];
  /** What track resolution needs of each claim, in the order of `claims` (absent: the claims are not tracked). */
  readonly features?: readonly ClaimFeatures[];
}
