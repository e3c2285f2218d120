/**
 * @module core/entities/slug
 * Key parts from names: lower case, accents and apostrophes removed, words
 * joined by hyphens ("Lee Seong-kweun" → "lee-seong-kweun").
 */
import { normWord } from "../text/normalize.js";

export function slug(name: string): string {
  return normWord(name)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
