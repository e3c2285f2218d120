/**
 * @module core/language-id
 * Identifies the language of a text among those Tally knows, by counting
 * their frequent function words in its first few thousand characters.
 */
import type { CompiledLanguage } from "./compile-language.js";
import type { LanguageCode } from "./types.js";

const SAMPLE = 4000;
const WORD = /[\p{L}']+/gu;

export function identifyLanguage(text: string, languages: readonly CompiledLanguage[], declared: string | null): LanguageCode {
  const code = declared?.toLowerCase().slice(0, 2);
  const known = languages.find((l) => l.code === code);
  if (known) return known.code;
  const scores = new Map<LanguageCode, number>();
  for (const m of text.slice(0, SAMPLE).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    for (const l of languages) if (l.stopwords.has(w)) scores.set(l.code, (scores.get(l.code) ?? 0) + 1);
  }
  let best = languages[0]!.code;
  let bestScore = -1;
  for (const l of languages) {
    const s = scores.get(l.code) ?? 0;
    if (s > bestScore) {
      best = l.code;
      bestScore = s;
    }
  }
  return best;
}
