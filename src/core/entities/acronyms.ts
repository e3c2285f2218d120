/**
 * @module core/entities/acronyms
 * Acronyms defined next to their expansion: "Office for Budget
 * Responsibility (OBR)", "Service national de renseignement sud-coréen
 * (NIS)". The expansion is the shortest run of words before the bracket
 * whose initials spell the acronym; French, which keeps an English acronym
 * for a translated name, falls back to the name's capitalised head.
 */
import type { Token } from "../text/tokens.js";
import type { CompiledEntityLanguage } from "./compile.js";
import { acronymKey, type Gazetteer } from "./gazetteer.js";
import { slug } from "./slug.js";
import { broken, isCapWord, isWord, noLower } from "./tokens.js";
import type { EntityRef } from "./types.js";

export interface AcronymDefinition {
  /** Token range of the expansion. */
  readonly from: number;
  readonly to: number;
  /** Token index of the acronym inside the brackets. */
  readonly acronym: number;
  readonly ref: EntityRef;
}

const WINDOW = 10;

export function findAcronymDefinitions(body: string, tokens: readonly Token[], lang: CompiledEntityLanguage, gaz: Gazetteer): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let p = 1; p + 2 < tokens.length; p++) {
    if (tokens[p]!.norm !== "(") continue;
    const a = tokens[p + 1]!;
    const raw = body.slice(a.start, a.end);
    // "(NIS)" or "(SPLM-N)": capitals only, at least two letters, closed right after.
    if (!isWord(a) || !noLower(raw, 2) || acronymKey(raw).length > 8 || tokens[p + 2]!.norm !== ")") continue;
    const from = expansionStart(body, tokens, p, acronymKey(raw), lang);
    if (from === null) continue;
    out.push({ from, to: p, acronym: p + 1, ref: resolve(body, tokens, from, p, raw, gaz) });
  }
  return out;
}

function expansionStart(body: string, tokens: readonly Token[], p: number, acr: string, lang: CompiledEntityLanguage): number | null {
  const floor = Math.max(0, p - WINDOW);
  let k = p - 1;
  let head: number | null = null;
  while (k >= floor) {
    const t = tokens[k]!;
    if (t.kind === "punct" && t.norm !== "'" && t.norm !== "-") break;
    if (k + 1 < p && broken(body, t, tokens[k + 1]!)) break;
    if (isCapWord(t) && initials(tokens, k, p, lang) === acr) return k;
    if (isCapWord(t) && lang.orgHeads.has(t.norm)) head = k;
    k--;
  }
  return head;
}

/** Initials of the words in [from, to), skipping particles and a possessive "'s"; hyphenated parts count apart. */
function initials(tokens: readonly Token[], from: number, to: number, lang: CompiledEntityLanguage): string {
  let s = "";
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || lang.particles.has(t.norm) || lang.determiners.has(t.norm)) continue;
    if (t.norm === "s" && tokens[i - 1]?.norm === "'") continue;
    for (const part of t.norm.split("-")) if (part) s += part[0]!.toUpperCase();
  }
  return s;
}

function resolve(body: string, tokens: readonly Token[], from: number, to: number, raw: string, gaz: Gazetteer): EntityRef {
  const whole = gaz.phrases.matchAt(tokens, from, to);
  if (whole && whole.to === to && whole.value.role !== "demonym") return whole.value.ref;
  // The country it belongs to: a demonym inside ("sud-coréen"), or a possessive or demonym just before ("South Korea's").
  let country: string | null = null;
  let nameEnd = to;
  for (let i = from; i < to; i++) {
    const m = gaz.phrases.matchAt(tokens, i, to);
    if (m?.value.role === "demonym" && !tokens[i]!.capital) {
      country = m.value.country;
      if (m.to === to) nameEnd = i;
    }
  }
  const before = tokens[from - 1];
  if (!country && before?.norm === "s" && tokens[from - 2]?.norm === "'") country = gaz.phrases.matchEndingAt(tokens, from - 2)?.value.country ?? null;
  if (!country && before) {
    const m = gaz.phrases.matchEndingAt(tokens, from);
    if (m?.value.role === "demonym") country = m.value.country;
  }
  const known = gaz.byAcronym.get(acronymKey(raw));
  if (known && (!known.country || !country || known.country === country)) return { key: known.key, name: known.name, kind: known.kind };
  const text = body.slice(tokens[from]!.start, tokens[nameEnd - 1]!.end);
  const info = country ? gaz.countries.get(country) : undefined;
  if (info) return { key: `org:${country!.toLowerCase()}-${slug(acronymKey(raw))}`, name: `${text} (${info.ref.name})`, kind: "organisation" };
  return { key: `org:${slug(acronymKey(raw))}`, name: text, kind: "organisation" };
}
