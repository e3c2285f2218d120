/**
 * @module core/entities/canonical-actor
 * The canonical entity behind a short name the extractor produced (a claim's
 * `source` or `subject`: "South Korean intelligence", "NIS", "Pyongyang",
 * "US media (CNN)", "nord-coréens", "Corée du Nord"), or null when the
 * string is not wholly one entity. The string may be English or French.
 */
import { tokenize } from "../text/tokens.js";
import { entityLanguage } from "./compile.js";
import { findEntities } from "./find-entities.js";
import { slug } from "./slug.js";
import type { EntityKind } from "./types.js";

export type Actor = { key: string; name: string; kind: EntityKind };

const BRACKETED = /^([^()]*)\(([^()]*)\)\s*$/;
const MAX_LENGTH = 200;

export function canonicalActor(text: string): Actor | null {
  const s = text.trim();
  if (!s || s.length > MAX_LENGTH) return null;
  // "US media (CNN)": the name in brackets is who speaks.
  const b = BRACKETED.exec(s);
  if (b) return canonicalActor(b[2]!) ?? canonicalActor(b[1]!);
  for (const lang of ["en", "fr"] as const) {
    const a = wholeEntity(s, lang);
    if (a) return a;
  }
  return nameLike(s);
}

/** The one mention that covers every word but determiners and document heads ("a note from the NIS" is the NIS). */
function wholeEntity(s: string, lang: "fr" | "en"): Actor | null {
  const l = entityLanguage(lang);
  const found = findEntities(s, lang);
  let mentions = found;
  // "Service national de renseignement sud-coréen": an organisation and the country it belongs to are one actor.
  const named = mentions.filter((x) => x.kind !== "country");
  if (mentions.length > 1 && named.length === 1 && named[0]!.kind === "organisation") mentions = named;
  if (mentions.length !== 1) return null;
  const m = mentions[0]!;
  for (const t of tokenize(s)) {
    if (t.kind !== "word" || found.some((x) => t.start >= x.start && t.end <= x.end)) continue;
    if (!l.determiners.has(t.norm) && !l.documentHeads.has(t.norm) && !l.particles.has(t.norm)) return null;
  }
  return { key: m.key, name: m.name, kind: m.kind };
}

/** Two to four capitalised words with nothing else: a person's name as a source ("Antony Blinken"). */
function nameLike(s: string): Actor | null {
  const words = tokenize(s);
  if (words.length < 2 || words.length > 4 || !words.every((t) => t.kind === "word" && t.capital)) return null;
  for (const lang of ["en", "fr"] as const) {
    const l = entityLanguage(lang);
    if (words.some((t) => l.orgHeads.has(t.norm) || l.placeHeads.has(t.norm) || l.nonNames.has(t.norm))) return null;
  }
  return { key: `person:${slug(s)}`, name: s, kind: "person" };
}
