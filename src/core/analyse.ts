/**
 * @module core/analyse
 * The pure entry point of the analysis core: `(Article) → Analysis`.
 * No I/O, deterministic. (Work in progress: the extractor pipeline is being built.)
 */
import type { Analysis, Article } from "./types.js";

export function analyse(article: Article): Analysis {
  return { article: article.id, language: article.language === "en" ? "en" : "fr", claims: [] };
}
