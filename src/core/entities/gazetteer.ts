/**
 * @module core/entities/gazetteer
 * The names known before reading: countries, their demonyms and capitals
 * in English and French, and the small alias file (lang/aliases.ts).
 *
 * Countries come from `world-countries` (mledoze/countries, ODbL): unlike
 * `i18n-iso-countries`, which only gives names, it also gives demonyms in
 * English and French (m/f), capitals, alternative spellings and the
 * UN-membership flag used to settle shared demonyms ("American": US, not
 * the Northern Mariana Islands). One package covers names + demonyms in both
 * languages.
 */
import worldCountries, { type Country } from "world-countries";
import { countryNames, knownEntities, seatsOfPower, type KnownEntity } from "../../lang/aliases.js";
import { PhraseSet } from "../phrase-set.js";
import { normPhrase } from "../text/normalize.js";
import { slug } from "./slug.js";
import type { EntityRef } from "./types.js";

export interface GazEntry {
  readonly ref: EntityRef;
  /** How the name relates to its entity. */
  readonly role: "name" | "demonym" | "seat" | "acronym";
  /** The country it belongs to (ISO alpha-2), when any. */
  readonly country: string | null;
  /** The first letter must be a capital in the text ("Chad", not "chad"). */
  readonly capital: boolean;
  /** Acronyms are matched only as written in capitals. */
  readonly allCaps: boolean;
  /** For a seat of power: the place it names when it is a place, not an actor. */
  readonly place?: EntityRef;
}

export interface CountryInfo {
  readonly ref: EntityRef;
  /** English adjective for roles ("US", "German"). */
  readonly adjective: string;
}

// English role adjectives that usage prefers to the demonym ("US Secretary of State", not "American").
const ROLE_ADJECTIVE: Readonly<Record<string, string>> = { US: "US", GB: "British" };

// Priority when two entries share a surface form: the alias file wins over the package, names over demonyms.
const PRIORITY: Readonly<Record<GazEntry["role"], number>> = { acronym: 3, name: 2, seat: 2, demonym: 1 };

export interface Gazetteer {
  readonly phrases: PhraseSet<GazEntry>;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  readonly known: readonly KnownEntity[];
  /** Known organisations by country and English descriptor ("KR intelligence" → NIS). */
  readonly byDescriptor: ReadonlyMap<string, EntityRef>;
  /** Known entities by acronym as written. */
  readonly byAcronym: ReadonlyMap<string, KnownEntity>;
}

// The package is CommonJS (`module.exports = [...]`); its typings declare an ES default, which NodeNext reads as the module object.
const countries = worldCountries as unknown as readonly Country[];

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin} .'’-]+$/u;
const UPPER = /^\p{Lu}/u;

function build(): Gazetteer {
  const entries = new Map<string, { phrase: string; entry: GazEntry; alias: boolean }>();
  const put = (phrase: string, entry: GazEntry, alias = false): void => {
    const k = normPhrase(phrase) + (entry.allCaps ? "\u0000A" : "");
    const old = entries.get(k);
    if (old && (old.alias && !alias || PRIORITY[old.entry.role] > PRIORITY[entry.role])) return;
    entries.set(k, { phrase, entry, alias });
  };
  const info = new Map<string, CountryInfo>();
  const demonymOwners = new Map<string, string[]>();
  for (const c of countries) {
    const ref: EntityRef = { key: `country:${c.cca2}`, name: c.name.common, kind: "country" };
    const eng = c.demonyms["eng"]?.m ?? c.name.common;
    info.set(c.cca2, { ref, adjective: ROLE_ADJECTIVE[c.cca2] ?? eng });
    const names = [c.name.common, c.name.official, c.translations["fra"]?.common, c.translations["fra"]?.official, ...c.altSpellings];
    for (const n of names) if (n && n.length >= 3 && LATIN_NAME.test(n)) put(n, { ref, role: "name", country: c.cca2, capital: true, allCaps: false });
    for (const d of demonymForms(c.demonyms["eng"], "en").concat(demonymForms(c.demonyms["fra"], "fr"))) {
      const k = normPhrase(d);
      const owners = demonymOwners.get(k) ?? [];
      if (!owners.includes(c.cca2)) owners.push(c.cca2);
      demonymOwners.set(k, owners);
      // English demonyms are always capitalised; French adjectives are not ("nord-coréens").
      if (owners.length === 1) put(d, { ref, role: "demonym", country: c.cca2, capital: isEnglishForm(c.demonyms["eng"], d), allCaps: false });
    }
    for (const cap of c.capital) {
      const place: EntityRef = { key: `place:${slug(cap)}`, name: cap, kind: "place" };
      put(cap, { ref, role: "seat", country: c.cca2, capital: true, allCaps: false, place });
    }
  }
  // A demonym shared by several countries names the one UN member among them, or none.
  const unMember = new Set(countries.filter((c) => c.unMember).map((c) => c.cca2));
  for (const [k, owners] of demonymOwners) {
    if (owners.length < 2) continue;
    const members = owners.filter((o) => unMember.has(o));
    const e = entries.get(k);
    if (!e || e.entry.role !== "demonym") continue;
    if (members.length === 1) e.entry = { ...e.entry, ref: info.get(members[0]!)!.ref, country: members[0]! };
    else entries.delete(k);
  }
  for (const [cc, ...names] of countryNames) {
    const ref = info.get(cc)?.ref;
    if (!ref) continue;
    for (const n of names) put(n, { ref, role: "name", country: cc, capital: true, allCaps: isAllCaps(n) }, true);
  }
  for (const [cc, ...names] of seatsOfPower) {
    const c = countries.find((x) => x.cca2 === cc);
    if (!c) continue;
    const cap = c.capital[0] ?? names[0]!;
    const place: EntityRef = { key: `place:${slug(cap)}`, name: cap, kind: "place" };
    for (const n of names) put(n, { ref: info.get(cc)!.ref, role: "seat", country: cc, capital: true, allCaps: false, place }, true);
  }
  const byDescriptor = new Map<string, EntityRef>();
  const byAcronym = new Map<string, KnownEntity>();
  for (const k of knownEntities) {
    const ref: EntityRef = { key: k.key, name: k.name, kind: k.kind };
    for (const n of k.names) put(n, { ref, role: "name", country: k.country ?? null, capital: UPPER.test(n), allCaps: false }, true);
    for (const a of k.acronyms ?? []) {
      put(a, { ref, role: "acronym", country: k.country ?? null, capital: true, allCaps: true }, true);
      byAcronym.set(acronymKey(a), k);
    }
    for (const d of k.descriptors ?? []) if (k.country) byDescriptor.set(`${k.country} ${d}`, ref);
  }
  const phrases = new PhraseSet<GazEntry>([...entries.values()].map((e) => [e.phrase, e.entry] as const));
  return { phrases, countries: info, known: knownEntities, byDescriptor, byAcronym };
}

/** An acronym's letters, for comparing "U.N." with "UN" and "SPLM-N" with "SPLMN". */
export function acronymKey(a: string): string {
  return a.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();
}

export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}

function isEnglishForm(eng: { f: string; m: string } | undefined, d: string): boolean {
  if (!eng) return false;
  return d === eng.m || d === eng.f || d === `${eng.m}s` || d === `${eng.f}s`;
}

/** Singular and plural forms: English adds -s unless the word ends in a sibilant ("Chinese"); French adds -s unless it ends in s or x. */
function demonymForms(d: { f: string; m: string } | undefined, lang: "en" | "fr"): string[] {
  if (!d) return [];
  const out = new Set<string>();
  for (const w of [d.m, d.f]) {
    if (!w || !LATIN_NAME.test(w)) continue;
    out.add(w);
    if (lang === "en") {
      if (!/(?:ese|sh|ch|ss|s|x|i)$/i.test(w)) out.add(`${w}s`);
    } else {
      out.add(/[sx]$/i.test(w) ? w : `${w}s`);
      // French adjectives are written in lower case: "nord-coréen" as well as "Nord-Coréen".
      out.add(w.toLowerCase());
      if (!/[sx]$/i.test(w)) out.add(`${w.toLowerCase()}s`);
    }
  }
  return [...out];
}
