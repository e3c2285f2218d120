/**
 * @module core/extract/claim-table
 * Shared by the language tables of tests: runs one sentence through the
 * whole analysis and checks the offsets of every claim it returns.
 */
import { analyse } from "../analyse.js";
import type { FigureClaim, LanguageCode } from "../types.js";

export function claimsOf(body: string, language: LanguageCode): readonly FigureClaim[] {
  const claims = analyse({ id: "t", url: null, outlet: null, title: null, published: null, language, body }).claims;
  for (const c of claims) {
    if (body.slice(c.start, c.end) !== c.mention) throw new Error(`offsets ${c.start}-${c.end} do not hold «${c.mention}» in «${body}»`);
  }
  return claims;
}

/** A row of a figure table: the text, the mention expected in it, its value, qualifier and counted noun. */
export type FigureRow = readonly [body: string, mention: string, low: number | null, high: number | null, qualifier: string, counts: string];

/** A row of an attribution table: the text, the mention, a part of its source (null: none), its modality. */
export type SourceRow = readonly [body: string, mention: string, source: string | null, modality: string];

function claimNamed(body: string, mention: string, language: LanguageCode): FigureClaim {
  const claim = claimsOf(body, language).find((c) => c.mention === mention);
  if (!claim) throw new Error(`no claim «${mention}» in «${body}»`);
  return claim;
}

/** Failures of a figure table, as messages (empty when every row holds). */
export function figureTableFailures(rows: readonly FigureRow[], language: LanguageCode): string[] {
  const failures: string[] = [];
  for (const [body, mention, low, high, qualifier, counts] of rows) {
    const c = claimNamed(body, mention, language);
    if (c.low !== low || c.high !== high || c.qualifier !== qualifier || c.counts !== counts) {
      failures.push(`${body}: got ${c.low}..${c.high} ${c.qualifier} ${c.counts}, want ${low}..${high} ${qualifier} ${counts}`);
    }
  }
  return failures;
}

/** Failures of a table of texts that hold no figure. */
export function noFigureFailures(bodies: readonly string[], language: LanguageCode): string[] {
  return bodies.flatMap((body) => {
    const found = claimsOf(body, language).map((c) => c.mention);
    return found.length ? [`${body}: found ${found.join(", ")}`] : [];
  });
}

/** Failures of an attribution table. */
export function sourceTableFailures(rows: readonly SourceRow[], language: LanguageCode): string[] {
  const failures: string[] = [];
  for (const [body, mention, source, modality] of rows) {
    const c = claimNamed(body, mention, language);
    const sourceOk = source === null ? c.source === null : !!c.source?.includes(source);
    if (!sourceOk || c.modality !== modality) failures.push(`${body}: got ${c.source} ${c.modality}, want ${source} ${modality}`);
  }
  return failures;
}
