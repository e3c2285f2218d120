/**
 * @module core/analyse
 * The pure entry point of the analysis core: `(Article) → Analysis`.
 * No I/O, deterministic. Languages are compiled once, on first use.
 */
import { LANGUAGES } from "../lang/registry.js";
import { compileLanguage, type CompiledLanguage } from "./compile-language.js";
import { extractClaims } from "./extract/extract-claims.js";
import { identifyLanguage } from "./language-id.js";
import { trackFeatures } from "./tracks/track-features.js";
import type { Analysis, Article, FigureClaim } from "./types.js";

let compiled: readonly CompiledLanguage[] | null = null;

function languages(): readonly CompiledLanguage[] {
  compiled ??= LANGUAGES.map(compileLanguage);
  return compiled;
}

/**
 * A plain-text article may open with its date, "date 2024-11" (the format
 * spec/figures.md describes): metadata written in the text, whose numbers
 * are no figures.
 */
const DATE_LINE = /^ ?date \d{4}-\d{2}(?:-\d{2})?/;

function withoutDateLine(body: string, claims: FigureClaim[], owners: (string | null)[] | undefined): FigureClaim[] {
  const line = DATE_LINE.exec(body);
  if (!line) return claims;
  const end = line[0].length;
  const keep = claims.map((c) => c.start >= end);
  if (owners) {
    const kept = owners.filter((_, i) => keep[i]);
    owners.length = 0;
    owners.push(...kept);
  }
  return claims.filter((_, i) => keep[i]);
}

export interface AnalyseOptions {
  /**
   * Also read what track resolution needs of each claim (core/tracks), the
   * second stage of the analysis. On by default; off, only the figures are
   * extracted (what the extraction benchmark measures).
   */
  readonly trackFeatures?: boolean;
}

export function analyse(article: Article, options: AnalyseOptions = {}): Analysis {
  const langs = languages();
  const code = identifyLanguage(article.body, langs, article.language);
  const lang = langs.find((l) => l.code === code)!;
  const features = options.trackFeatures ?? true;
  const owners: (string | null)[] | undefined = features ? [] : undefined;
  const claims: FigureClaim[] = withoutDateLine(article.body, extractClaims(lang, article.body, { article: article.id, in: "body", owners }), owners);
  if (article.title && !article.body.includes(article.title)) {
    claims.push(...extractClaims(lang, article.title, { article: article.id, in: "title", owners }));
  }
  const analysis = { article: article.id, language: code, claims };
  return owners ? { ...analysis, features: trackFeatures(lang.data, article, claims, owners) } : analysis;
}
