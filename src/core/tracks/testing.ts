/**
 * @module core/tracks/testing
 * What the tracks tests build their cases with: an article from a text, and
 * each claim's mention with its track features.
 */
import { analyse } from "../analyse.js";
import type { Article } from "../types.js";

export function article(id: string, body: string, published: string | null = "2024-11-08", language: string | null = null): Article {
  return { id, url: null, outlet: null, title: null, published, language, body };
}

export function featuresOf(body: string, published: string | null = "2024-11-08") {
  const a = analyse(article("a", body, published));
  return a.claims.map((c, i) => ({ mention: c.mention, ...a.features![i]! }));
}

/** The scope of the text's first figure. */
export function scopeOf(body: string, published: string | null = "2024-11-08"): string | null {
  return featuresOf(body, published)[0]!.scope;
}
