/**
 * @module ingest/html-readability-metadata
 * The title, site name, publication time and language Mozilla Readability's
 * `parse()` would report, without the article extraction that costs ~1 ms
 * a page: the fast path (ingest/html-fast-path) must give the same title as
 * Readability, or a page's fields would depend on which path read it.
 * Readability keeps these steps in methods of its own (`_getJSONLD`,
 * `_getArticleMetadata`); they are called as `parse()` calls them. If a
 * Readability upgrade renames them, `readabilityMetadata` returns null and
 * the reader falls back to the full parse, so nothing silently changes.
 */
import { Readability } from "@mozilla/readability";

export interface ReadabilityMetadata {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
  readonly lang: string | null;
}

interface ReadabilityInternals {
  _getJSONLD(doc: Document): Record<string, unknown>;
  _getArticleMetadata(jsonld: Record<string, unknown>): { title?: unknown; siteName?: unknown; publishedTime?: unknown };
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** Readability's metadata of a page (the DOM is left as it is); null if Readability no longer offers the steps or fails. */
export function readabilityMetadata(document: Document): ReadabilityMetadata | null {
  const reader = new Readability<Node>(document) as unknown as Partial<ReadabilityInternals>;
  if (typeof reader._getJSONLD !== "function" || typeof reader._getArticleMetadata !== "function") return null;
  let metadata: ReturnType<ReadabilityInternals["_getArticleMetadata"]>;
  try {
    metadata = reader._getArticleMetadata(reader._getJSONLD(document));
  } catch {
    return null; // a page these steps choke on: the full parse decides (and has its own fallback)
  }
  return {
    title: text(metadata.title),
    siteName: text(metadata.siteName),
    publishedTime: text(metadata.publishedTime),
    // parse() reports the <html lang> attribute as the article's language.
    lang: text(document.documentElement?.getAttribute("lang")),
  };
}
