/**
 * @module core/extract/counted-thing
 * What a quantity counts and whose it is. The counted noun usually follows
 * the figure, after linkers ("10.000 de ses soldats", "12 million artillery
 * rounds"); when it does not ("le bilan s'élève à 205 morts" has it, "the
 * toll rose to 217" does not), the nearest counted noun before it is used.
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { Token } from "../text/tokens.js";
import type { Quantity } from "./quantities.js";

export interface CountedThing {
  readonly counts: string | null;
  /** Token index of the counted noun, when one was read. */
  readonly nounAt: number;
  readonly nounTo: number;
}

const MAX_ADJECTIVES = 3;

export function readCountedThing(lang: CompiledLanguage, tokens: readonly Token[], q: Quantity, text: string): CountedThing {
  if (q.unit) {
    const per = q.rateBase ? ` per ${q.rateBase}` : "";
    if (q.unit.kind === "percent" || q.unit.kind === "points" || q.unit.kind === "currency" || q.unit.kind === "measure") {
      return { counts: q.unit.counts + per, nounAt: -1, nounTo: -1 };
    }
    if (q.unit.kind === "times") return { counts: "times", nounAt: -1, nounTo: -1 };
  }
  let i = q.to;
  const link = lang.nounLinkers.matchAt(tokens, i);
  if (link) i = link.to;
  const link2 = lang.nounLinkers.matchAt(tokens, i);
  if (link2) i = link2.to;
  for (let k = 0; k <= MAX_ADJECTIVES && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (t.kind !== "word") break;
    const noun = lang.nouns.matchAt(tokens, i + k);
    if (noun) return withRate(q, { counts: noun.value, nounAt: noun.from, nounTo: noun.to });
  }
  const first = tokens[i];
  if (first && first.kind === "word" && !/^\d/.test(first.norm) && !lang.stopwords.has(first.norm) && !lang.places.matchAt(tokens, i) && i - q.to <= 2) {
    return withRate(q, { counts: text.slice(first.start, first.end).toLowerCase(), nounAt: i, nounTo: i + 1 });
  }
  // No noun after: the nearest counted noun before the figure ("le nombre de morts … 205").
  for (let j = q.from - 1; j >= Math.max(0, q.from - 8); j--) {
    const noun = lang.nouns.matchAt(tokens, j, q.from);
    if (noun) return withRate(q, { counts: noun.value, nounAt: noun.from, nounTo: noun.to });
  }
  return withRate(q, { counts: null, nounAt: -1, nounTo: -1 });
}

function withRate(q: Quantity, c: CountedThing): CountedThing {
  return q.rateBase && c.counts ? { ...c, counts: `${c.counts} per ${q.rateBase}` } : c;
}

/** Whose figure it is: a demonym next to the noun, else the first place named before the figure. */
export function readSubject(lang: CompiledLanguage, tokens: readonly Token[], q: Quantity, thing: CountedThing): string | null {
  const near = [thing.nounTo, thing.nounAt - 1, q.to, q.from - 1];
  for (const at of near) {
    if (at < 0 || at >= tokens.length) continue;
    const m = lang.places.matchAt(tokens, at);
    if (m) return m.value;
  }
  for (let j = Math.max(0, q.from - 40); j < q.from; j++) {
    const m = lang.places.matchAt(tokens, j, q.from);
    if (m) return m.value;
  }
  return null;
}
