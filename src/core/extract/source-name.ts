/**
 * @module core/extract/source-name
 * Turns the words that name a source into the name Tally records: a
 * document or count is replaced by who made it ("un décompte de l'AFP" →
 * AFP, "a report by the UN" → the UN), and a name in another language is
 * rendered in English from the language's source terms, complements first
 * and adjectives before their noun ("services de renseignement ukrainiens"
 * → "Ukrainian intelligence services").
 */
import type { CompiledLanguage } from "../compile-language.js";
import type { Token } from "../text/tokens.js";

export type SourceName = { readonly kind: "named"; readonly name: string } | { readonly kind: "impersonal" };

const AGENT_WORDS = new Set(["par", "by", "from", "of", "de", "du", "des", "d'"]);

export function nameSource(lang: CompiledLanguage, tokens: readonly Token[], text: string, from: number, to: number): SourceName {
  let f = skipDeterminers(lang, tokens, from, to);
  // A document or count names no one by itself; its maker follows a linker.
  const head = findDocumentHead(lang, tokens, f, to);
  if (head !== null) {
    let k = head;
    while (k < to && !AGENT_WORDS.has(tokens[k]!.norm)) k++;
    if (k < to && skipDeterminers(lang, tokens, k + 1, to) < to) f = skipDeterminers(lang, tokens, k + 1, to);
    // With no maker named, a toll names no one ("le dernier bilan officiel"); other documents are the source ("official data showed").
    else if (isImpersonalHead(lang, tokens, f, head) && !namesSomeone(lang, tokens, head, to)) return { kind: "impersonal" };
  }
  if (!lang.sourceTerms.size || isProperName(lang, tokens, f, to)) return { kind: "named", name: text.slice(tokens[f]!.start, tokens[to - 1]!.end) };
  return { kind: "named", name: translate(lang, tokens, text, f, to) };
}

/** "Santé publique France": capitalised at both ends, no linker inside; a name is not translated. */
function isProperName(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || !tokens[from]!.capital || !tokens[to - 1]!.capital) return false;
  for (let i = from; i < to; i++) if (lang.sourceLinkers.matchAt(tokens, i, to)) return false;
  return true;
}

function isImpersonalHead(lang: CompiledLanguage, tokens: readonly Token[], from: number, headEnd: number): boolean {
  for (let i = from; i < headEnd; i++) if (lang.impersonalSources.matchAt(tokens, i, headEnd)) return true;
  return false;
}

/** "estimations américaines", "le bilan de Kiev": a demonym or a name after the head says whose it is. */
function namesSomeone(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.capital || lang.places.matchAt(tokens, i, to)) return true;
  return false;
}

function skipDeterminers(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): number {
  let f = from;
  while (f < to && (lang.sourceDeterminers.has(tokens[f]!.norm) || lang.timeWords.has(tokens[f]!.norm) || tokens[f]!.kind === "punct")) f++;
  return f;
}

/** Index after a document head at the front of the name (adjectives allowed before it), or null. */
function findDocumentHead(lang: CompiledLanguage, tokens: readonly Token[], from: number, to: number): number | null {
  for (let i = from; i < Math.min(to, from + 2); i++) {
    const m = lang.documentHeads.matchAt(tokens, i, to);
    if (m) return m.to;
  }
  return null;
}

interface Segment {
  adjectives: string[];
  nouns: string[];
}

function translate(lang: CompiledLanguage, tokens: readonly Token[], text: string, from: number, to: number): string {
  const segments: Segment[] = [{ adjectives: [], nouns: [] }];
  const demonyms: string[] = [];
  let i = from;
  while (i < to) {
    const term = lang.sourceTerms.matchAt(tokens, i, to);
    if (term) {
      const seg = segments[segments.length - 1]!;
      (term.value.adjective ? seg.adjectives : seg.nouns).push(term.value.english);
      i = term.to;
      continue;
    }
    const linker = lang.sourceLinkers.matchAt(tokens, i, to);
    if (linker) {
      segments.push({ adjectives: [], nouns: [] });
      i = linker.to;
      continue;
    }
    const t = tokens[i]!;
    const place = t.capital ? null : lang.places.matchAt(tokens, i, to);
    if (place) {
      if (!demonyms.includes(place.value)) demonyms.push(place.value);
      i = place.to;
      continue;
    }
    // Participles inside a name ("experts appartenant à…", "réalisées par") are not part of who speaks.
    const participle = !t.capital && lang.participleEndings.some((e) => t.norm.length > e.length + 3 && t.norm.endsWith(e));
    if (!lang.sourceDeterminers.has(t.norm) && !participle) segments[segments.length - 1]!.nouns.push(text.slice(t.start, t.end));
    i++;
  }
  const words = [...demonyms];
  for (let s = segments.length - 1; s >= 0; s--) words.push(...segments[s]!.adjectives, ...segments[s]!.nouns);
  return words.join(" ").replace(/\s+\(/g, " (");
}
