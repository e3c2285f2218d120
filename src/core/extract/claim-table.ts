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
