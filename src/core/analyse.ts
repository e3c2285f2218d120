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
  const claims: FigureClaim[] = extractClaims(lang, article.body, { article: article.id, in: "body", owners });
  if (article.title && !article.body.includes(article.title)) {
    claims.push(...extractClaims(lang, article.title, { article: article.id, in: "title", owners }));
  }
  const analysis = { article: article.id, language: code, claims };
  return owners ? { ...analysis, features: trackFeatures(lang.data, article, claims, owners) } : analysis;
}
