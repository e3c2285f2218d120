/**
 * @module core/entities/find-entities
 * Finds the people, organisations, countries and places an article names,
 * in one pass over its tokens, then a second pass that applies what the
 * first learned from the article itself (a surname after a full name, an
 * acronym after its definition). Precision first: a capitalised word is a
 * name only when something says what it names (a title, an organisation or
 * place head, a known name, a definition, a reuse as a surname).
 */
import { tokenize, type Token } from "../text/tokens.js";
import { normPhrase } from "../text/normalize.js";
import { findAcronymDefinitions } from "./acronyms.js";
import { entityLanguage, type CompiledEntityLanguage } from "./compile.js";
import { acronymKey, gazetteer, isAllCaps, type GazEntry, type Gazetteer } from "./gazetteer.js";
import { slug } from "./slug.js";
import { broken, isCapWord, isWord, noLower, sentenceStarts } from "./tokens.js";
import type { EntityKind, EntityMention, EntityRef } from "./types.js";

const MAX_RUN = 6;
const MAX_PERSON_WORDS = 4;
const MAX_UNKNOWN_ACRONYM = 5;
const ROMAN = /^[IVXLCDM]+$/;

interface Run {
  readonly from: number;
  readonly to: number;
  /** Preceded by a locative preposition ("à Kazan"). */
  readonly locative: boolean;
}

interface RoleItems {
  readonly end: number;
  readonly role: string;
}

export function findEntities(body: string, language: "fr" | "en"): EntityMention[] {
  return new Finder(body, language).run();
}

class Finder {
  private readonly lang: CompiledEntityLanguage;
  private readonly gaz: Gazetteer = gazetteer();
  private readonly tokens: Token[];
  private readonly initial: boolean[];
  private readonly covered: Uint8Array;
  private readonly out: EntityMention[] = [];
  private readonly candidates: Run[] = [];
  private readonly acronyms = new Map<string, EntityRef>();
  private readonly expansions = new Map<string, EntityRef>();
  /** gazAt by token index: undefined until read. */
  private readonly gazFound: ({ value: GazEntry; to: number } | null | undefined)[];

  constructor(
    private readonly body: string,
    language: "fr" | "en",
  ) {
    this.lang = entityLanguage(language);
    this.tokens = tokenize(body);
    this.initial = sentenceStarts(body, this.tokens);
    this.covered = new Uint8Array(this.tokens.length);
    this.gazFound = new Array<{ value: GazEntry; to: number } | null | undefined>(this.tokens.length).fill(undefined);
  }

  run(): EntityMention[] {
    for (const d of findAcronymDefinitions(this.body, this.tokens, this.lang, this.gaz)) {
      if (!this.free(d.from, d.acronym + 1)) continue;
      this.emit(d.from, d.to, d.ref, null);
      this.emit(d.acronym, d.acronym + 1, d.ref, null);
      this.acronyms.set(acronymKey(this.raw(d.acronym)), d.ref);
      this.expansions.set(this.norm(d.from, d.to), d.ref);
    }
    const n = this.tokens.length;
    for (let i = 0; i < n; i++) {
      if (this.covered[i] || !isWord(this.tokens[i])) continue;
      const next = this.descriptorOrg(i) ?? this.rolePerson(i) ?? this.introduced(i) ?? this.known(i) ?? this.capitalRun(i) ?? this.acronym(i);
      if (next !== null) i = next - 1;
    }
    this.learnFromArticle();
    this.qualifyOrganisations();
    return this.out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  // ——— one kind of evidence each; each returns the token index after what it consumed, or null ———

  /** "Ukraine's military intelligence agency", "les services de renseignement ukrainiens", "l'armée russe". */
  private descriptorOrg(i: number): number | null {
    const t = this.tokens;
    if (this.lang.data.adjectiveAfterNoun) {
      const d = this.lang.descriptors.matchAt(t, i);
      let end = -1;
      let country: string | null = null;
      let english = "";
      if (d) {
        const c = this.countryAt(d.to);
        if (c) [end, country, english] = [c.to, c.country, d.value];
      }
      if (end < 0) {
        // The adjective may come between the head and its complement: "ministère russe de la Défense".
        const c = this.countryAt(i + 1);
        if (c) {
          const spliced = [t[i]!, ...t.slice(c.to, c.to + 6)];
          const m = this.lang.descriptors.matchAt(spliced, 0);
          if (m) [end, country, english] = [m.to > 1 ? c.to + m.to - 1 : c.to, c.country, m.value];
        }
      }
      return end < 0 || !this.free(i, end) ? null : this.emitDescriptor(i, end, country!, english);
    }
    const c = this.countryAt(i, true);
    if (!c) return null;
    const d = this.lang.descriptors.matchAt(t, c.to);
    if (!d || !this.free(i, d.to)) return null;
    return this.emitDescriptor(i, d.to, c.country, d.value);
  }

  /** A country adjective (or an English possessive "Spain's") starting at token i: its country and the index after it. */
  private countryAt(i: number, possessive = false): { country: string; to: number } | null {
    const m = this.gazAt(i);
    if (!m || !m.value.country) return null;
    if (m.value.role === "demonym") return { country: m.value.country, to: m.to };
    const t = this.tokens;
    if (possessive && (m.value.role === "name" || m.value.role === "seat") && m.value.ref.kind === "country" && t[m.to]?.norm === "'" && t[m.to + 1]?.norm === "s") {
      return { country: m.value.country, to: m.to + 2 };
    }
    // French keeps some English or acronym forms after the noun: "les renseignements US".
    if (this.lang.data.adjectiveAfterNoun && m.value.ref.kind === "country" && noLower(this.raw(i), 2)) return { country: m.value.country, to: m.to };
    return null;
  }

  private emitDescriptor(from: number, to: number, country: string, english: string): number {
    const info = this.gaz.countries.get(country);
    if (!info) return to;
    let ref: EntityRef;
    if (english === "country") ref = info.ref;
    else
      ref = this.gaz.byDescriptor.get(`${country} ${english}`) ?? {
        key: `org:${country.toLowerCase()}-${slug(english)}`,
        name: `${info.adjective} ${english}`,
        kind: "organisation",
      };
    this.emit(from, to, ref, null);
    return to;
  }

  /** "le secrétaire d'État américain Antony Blinken", "Defense Secretary Lloyd Austin", "North Korean leader Kim Jong Un". */
  private rolePerson(i: number): number | null {
    const items = this.roleItems(i);
    if (!items) return null;
    const name = this.personName(items.end);
    if (!name) return null;
    this.cover(i, items.end);
    this.emit(name.from, name.to, name.ref, items.role);
    return name.to;
  }

  /** Titles, portfolios, country adjectives and acronyms before a name; at least one title, ending on a title or adjective. */
  private roleItems(i: number): RoleItems | null {
    const t = this.tokens;
    const adjectives: string[] = [];
    const complements: string[] = [];
    const titles: string[] = [];
    const inOrder: string[] = [];
    let j = i;
    let lastWasTitleOrAdj = false;
    let abbreviationDot = false;
    while (j < t.length && j - i < 10 && isWord(t[j])) {
      const title = this.lang.titles.matchAt(t, j);
      // A title after a sentence end belongs to the next sentence, unless that "end" was an abbreviation's dot ("U.N. Ambassador").
      if (title && !(title.from > i && this.initial[j] && !abbreviationDot)) {
        titles.push(title.value);
        inOrder.push(title.value);
        j = title.to;
        lastWasTitleOrAdj = true;
        continue;
      }
      const comp = titles.length ? this.lang.complements.matchAt(t, j) : null;
      if (comp) {
        if (comp.value) complements.push(comp.value);
        j = comp.to;
        lastWasTitleOrAdj = true;
        continue;
      }
      const c = this.countryAt(j, true);
      if (c && this.gazAt(j)?.value.ref.kind === "country") {
        const adj = this.gaz.countries.get(c.country)!.adjective;
        adjectives.push(adj);
        inOrder.push(adj);
        j = c.to;
        lastWasTitleOrAdj = true;
        continue;
      }
      const raw = this.raw(j);
      // "Chief Election Commissioner Rajiv Kumar": capitalised words that qualify a title belong to the role.
      if (!this.lang.data.adjectiveAfterNoun && isCapWord(t[j]) && !this.lang.nonNames.has(t[j]!.norm) && this.lang.titles.matchAt(t, j + 1)) {
        inOrder.push(raw);
        j++;
        lastWasTitleOrAdj = false;
        continue;
      }
      if (!this.lang.data.adjectiveAfterNoun && noLower(raw, 2) && j + 1 < t.length) {
        const dot = t[j + 1]!.norm === "." ? 1 : 0;
        inOrder.push(raw + (dot ? "." : ""));
        j += 1 + dot;
        lastWasTitleOrAdj = false;
        abbreviationDot = dot === 1;
        continue;
      }
      break;
    }
    if (!titles.length || !lastWasTitleOrAdj) return null;
    const role = this.lang.data.adjectiveAfterNoun ? [...adjectives, ...complements, ...titles].join(" ") : inOrder.join(" ");
    return { end: j, role };
  }

  /** A person's name at token i: a known person, or up to four capitalised words with nothing that names an organisation or place. */
  private personName(i: number): { from: number; to: number; ref: EntityRef } | null {
    const t = this.tokens;
    let from = i;
    const hon = this.lang.honorifics.matchAt(t, i);
    if (hon) from = hon.to;
    const first = t[from];
    if (!isCapWord(first) || this.lang.nonNames.has(first.norm) || (from > 0 && broken(this.body, t[from - 1]!, first))) return null;
    const known = this.gazAt(from);
    if (known) return known.value.ref.kind === "person" ? { from, to: known.to, ref: known.value.ref } : null;
    const run = this.runFrom(from);
    const words = run.to - run.from;
    if (words < 1 || words > MAX_PERSON_WORDS || !this.namesPerson(run.from, run.to)) return null;
    return { from: run.from, to: run.to, ref: this.personRef(run.from, run.to) };
  }

  /** Words that can be a person's name: no organisation or place head, no acronym. */
  private namesPerson(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const w = this.tokens[k]!;
      if (this.lang.particles.has(w.norm)) continue;
      if (!isWord(w) || this.isTitleWord(k)) return false;
      if (this.lang.orgHeads.has(w.norm) || this.lang.placeHeads.has(w.norm) || this.lang.nonNames.has(w.norm) || isAllCaps(this.raw(k))) return false;
    }
    return true;
  }

  private isTitleWord(k: number): boolean {
    const m = this.lang.titles.matchAt(this.tokens, k);
    return m !== null && m.to === k + 1;
  }

  private personRef(from: number, to: number): EntityRef {
    const text = this.text(from, to);
    return { key: `person:${slug(text)}`, name: text, kind: "person" };
  }

  /** "l'ONG espagnole Caminando Fronteras", "l'agence de presse Bloomberg"; "la région de Koursk", "the city of Kherson". */
  private introduced(i: number): number | null {
    const t = this.tokens;
    const org = this.lang.orgIntroducers.matchAt(t, i);
    if (org) {
      const c = this.countryAt(org.to);
      const at = c ? c.to : org.to;
      const role = c ? `${this.gaz.countries.get(c.country)!.adjective} ${org.value}` : org.value;
      if (isCapWord(t[at]) && !this.initial[at] && !this.lang.nonNames.has(t[at]!.norm)) {
        const known = this.gazAt(at);
        const run = this.runFrom(at, true);
        if (known && known.to >= run.to && (known.value.ref.kind === "organisation" || known.value.ref.kind === "person")) {
          this.cover(i, at);
          this.emit(at, known.to, known.value.ref, role);
          return known.to;
        }
        // A known name inside a longer one is not itself: "le média Kyiv Independent".
        if (!known || known.to < run.to) {
          if (run.to - run.from >= 1 && run.to - run.from <= 5) {
            this.cover(i, at);
            this.emit(run.from, run.to, this.orgRef(run.from, run.to, c?.country ?? null), role);
            return run.to;
          }
        }
      }
    }
    const place = this.lang.placeIntroducers.matchAt(t, i);
    if (place && isCapWord(t[place.to]) && !this.initial[place.to]) {
      const at = place.to;
      const known = this.gazAt(at);
      if (known) {
        const ref = known.value.place ?? known.value.ref;
        if (ref.kind !== "place") return null;
        this.emit(at, known.to, ref, null);
        return known.to;
      }
      const run = this.runFrom(at, true);
      if (run.to - run.from < 1 || run.to - run.from > 3 || !this.namesPerson(run.from, run.to)) return null;
      this.emit(run.from, run.to, this.placeRef(run.from, run.to), null);
      return run.to;
    }
    return null;
  }

  /** A name known before reading: a country, demonym, capital, or an entry of the alias file. */
  private known(i: number): number | null {
    const m = this.gazAt(i);
    if (!m) return null;
    const t = this.tokens;
    const e = m.value;
    // "Jordan Bardella", "Sudan Doctors Network": a one-word country name inside a longer name is not the country.
    const after = t[m.to];
    if ((e.role === "name" || e.role === "seat") && e.ref.kind === "country" && m.to - i === 1 && isCapWord(after) && !broken(this.body, t[i]!, after) && !this.initial[m.to] && !this.gazAt(m.to) && !this.lang.nonNames.has(after.norm)) return null;
    let ref = e.ref;
    if (e.role === "seat" && e.place && (this.placeMarked(i) || isAllCaps(this.raw(i)))) ref = e.place;
    this.emit(i, m.to, ref, null);
    return m.to;
  }

  /** A capital is a place after a locative ("à Moscou", "in Moscow", "la capitale Kiev"), and a dateline ("SEOUL, Jan. 13"). */
  private placeMarked(i: number): boolean {
    const t = this.tokens;
    if (this.lang.placeMarkers.matchEndingAt(t, i)) return true;
    return i > 0 && this.lang.determiners.has(t[i - 1]!.norm) && this.lang.placeMarkers.matchEndingAt(t, i - 1) !== null;
  }

  /** Capitalised words: an organisation, place or person when something in or around them says so; otherwise kept for the second pass. */
  private capitalRun(i: number): number | null {
    const t = this.tokens;
    if (!isCapWord(t[i])) return null;
    let from = i;
    // Closed-class words open sentences in capitals ("Selon", "The", "Mardi"); a capitalised determiner inside a sentence starts a name ("Le Figaro").
    while (from < t.length && isCapWord(t[from]) && this.lang.nonNames.has(t[from]!.norm) && (this.initial[from] || !this.lang.nameDeterminers.has(t[from]!.norm))) from++;
    if (from > i) return from === i ? null : from;
    const run = this.runFrom(from);
    const words = run.to - run.from;
    if (words > MAX_RUN) return run.to;
    // One word in capitals is an acronym (next step); several are a heading or a dateline.
    let shouting = true;
    for (let k = run.from; k < run.to && shouting; k++) shouting = isAllCaps(this.raw(k)) || this.lang.particles.has(t[k]!.norm);
    if (shouting) return words === 1 ? null : run.to;
    const expansion = this.expansions.get(this.norm(run.from, run.to));
    if (expansion) {
      this.emit(run.from, run.to, expansion, null);
      return run.to;
    }
    const honorific = from > 0 && this.lang.honorifics.matchEndingAt(t, from) !== null;
    if (honorific && words <= MAX_PERSON_WORDS && this.namesPerson(run.from, run.to)) {
      this.emit(run.from, run.to, this.personRef(run.from, run.to), null);
      return run.to;
    }
    if (this.isOrgName(run.from, run.to)) {
      const ext = this.extendFrenchOrg(run.to);
      if (words === 1 && ext.to === run.to && !this.startsWithNameDeterminer(run.from)) return run.to;
      this.emit(run.from, ext.to, this.orgRef(run.from, ext.to, ext.country ?? this.countryBefore(run.from), ext.nameEnd), null);
      return ext.to;
    }
    if (this.isPlaceName(run.from, run.to)) {
      this.emit(run.from, run.to, this.placeRef(run.from, run.to), null);
      return run.to;
    }
    // "Mark Rutte, secrétaire général de l'Alliance": a title in apposition.
    if (words >= 2 && words <= MAX_PERSON_WORDS && this.namesPerson(run.from, run.to) && t[run.to]?.norm === ",") {
      let k = run.to + 1;
      if (k < t.length && this.lang.determiners.has(t[k]!.norm)) k++;
      if (this.lang.titles.matchAt(t, k)) {
        const items = this.roleItems(k);
        if (items) {
          this.emit(run.from, run.to, this.personRef(run.from, run.to), items.role);
          return run.to;
        }
      }
    }
    const prev = t[run.from - 1];
    const locative = prev !== undefined && !this.initial[run.from] && t[run.to]?.norm !== "'" && this.lang.locatives.matchEndingAt(t, run.from) !== null;
    this.candidates.push({ from: run.from, to: run.to, locative });
    return run.to;
  }

  /** A capitalised word in a run, or a particle between two of them; the run stops at a line break, punctuation or a closed-class word. */
  private runFrom(i: number, allowInitialNonName = false): { from: number; to: number } {
    const t = this.tokens;
    let end = i;
    let j = i;
    while (j < t.length && j - i < MAX_RUN + 2) {
      const w = t[j]!;
      if (j > i && broken(this.body, t[j - 1]!, w)) break;
      if (isCapWord(w) && (j === i || (!this.lang.nonNames.has(w.norm) && !this.initial[j]) || allowInitialNonName)) {
        end = ++j;
        continue;
      }
      // "Corée du Nord", "Office for Budget Responsibility", "Sudan People's Liberation Movement".
      if (j > i && isWord(w) && !w.capital && this.lang.particles.has(w.norm) && isCapWord(t[j + 1]) && !this.lang.nonNames.has(t[j + 1]!.norm)) {
        j++;
        continue;
      }
      if (j > i && w.norm === "'" && t[j + 1]?.norm === "s" && isCapWord(t[j + 2]) && end === j && this.gazAt(i)?.to !== j) {
        j += 2;
        continue;
      }
      break;
    }
    return { from: i, to: end };
  }

  private isOrgName(from: number, to: number): boolean {
    if (this.startsWithNameDeterminer(from) && to - from >= 2) return true;
    for (let k = from; k < to; k++) if (this.lang.orgHeads.has(this.tokens[k]!.norm) && this.tokens[k]!.capital) return true;
    return false;
  }

  private startsWithNameDeterminer(from: number): boolean {
    return !this.initial[from] && this.lang.nameDeterminers.has(this.tokens[from]!.norm);
  }

  private isPlaceName(from: number, to: number): boolean {
    const t = this.tokens;
    const edge = this.lang.data.adjectiveAfterNoun ? t[from]! : t[to - 1]!;
    return to - from >= 2 && this.lang.placeHeads.has(edge.norm);
  }

  /** French names go on in lower case: "Sénat américain", "Chambre des représentants", "Conseil de sécurité". */
  private extendFrenchOrg(to: number): { to: number; country: string | null; nameEnd: number } {
    const t = this.tokens;
    if (!this.lang.data.adjectiveAfterNoun) return { to, country: null, nameEnd: to };
    let end = to;
    let country: string | null = null;
    let nameEnd = to;
    const w = t[end];
    if (isWord(w) && !w.capital && this.lang.particles.has(w.norm) && isWord(t[end + 1]) && !t[end + 1]!.capital && !this.lang.phraseStops.has(t[end + 1]!.norm)) {
      end += 2;
      nameEnd = end;
    }
    const c = isWord(t[end]) && !t[end]!.capital ? this.countryAt(end) : null;
    if (c) {
      country = c.country;
      end = c.to;
    }
    return { to: end, country, nameEnd };
  }

  /** "South Korea's National Intelligence Service", "the Russian Defence Ministry": the country before an organisation's name. */
  private countryBefore(from: number): string | null {
    const t = this.tokens;
    if (t[from - 1]?.norm === "s" && t[from - 2]?.norm === "'") {
      const m = this.gaz.phrases.matchEndingAt(t, from - 2);
      if (m && m.value.ref.kind === "country") return m.value.country;
    }
    const m = this.gaz.phrases.matchEndingAt(t, from);
    return m?.value.role === "demonym" ? m.value.country : null;
  }

  private orgRef(from: number, to: number, country: string | null, nameEnd = to): EntityRef {
    const name = this.text(from, nameEnd);
    const info = country ? this.gaz.countries.get(country) : undefined;
    if (info) return { key: `org:${country!.toLowerCase()}-${slug(name)}`, name: `${name} (${info.ref.name})`, kind: "organisation" };
    return { key: `org:${slug(name)}`, name, kind: "organisation" };
  }

  private placeRef(from: number, to: number): EntityRef {
    const name = this.text(from, to);
    return { key: `place:${slug(name)}`, name, kind: "place" };
  }

  /** An acronym in capitals: defined in this article, or an organisation unknown but written as one ("CNN", "UPI"). */
  private acronym(i: number): number | null {
    const t = this.tokens;
    const raw = this.raw(i);
    if (!isAllCaps(raw) || ROMAN.test(raw) || acronymKey(raw).length > 8) return null;
    const key = acronymKey(raw);
    const defined = this.acronyms.get(key);
    if (defined) {
      this.emit(i, i + 1, defined, null);
      return i + 1;
    }
    if (this.lang.nonEntityAcronyms.has(t[i]!.norm)) return i + 1;
    // A line in capitals is a heading or a dateline, not a list of acronyms.
    const prev = t[i - 1];
    const next = t[i + 1];
    if ((isWord(prev) && isAllCaps(this.raw(i - 1)) && !broken(this.body, prev, t[i]!)) || (isWord(next) && isAllCaps(this.raw(i + 1)) && !broken(this.body, t[i]!, next))) return i + 1;
    // Longer words in capitals are shouted words ("REGARDER", "WATCH"), not acronyms.
    if (key.length > MAX_UNKNOWN_ACRONYM) return i + 1;
    this.emit(i, i + 1, { key: `org:${slug(key)}`, name: raw, kind: "organisation" }, null);
    return i + 1;
  }

  // ——— second pass: what the article taught ———

  private learnFromArticle(): void {
    const shortForms = new Map<string, EntityRef | null>();
    const learn = (ref: EntityRef, from: number, to: number): void => {
      const words: string[] = [];
      for (let k = from; k < to; k++) if (isWord(this.tokens[k]) && !this.lang.particles.has(this.tokens[k]!.norm)) words.push(this.tokens[k]!.norm);
      if (words.length < 2) return;
      for (const w of [words[0]!, words[words.length - 1]!]) {
        const old = shortForms.get(w);
        shortForms.set(w, old === undefined || old?.key === ref.key ? ref : null);
      }
    };
    const fullNames = new Map<string, EntityRef>();
    for (const m of this.out) {
      if (m.kind !== "person") continue;
      const [from, to] = this.tokenRange(m.start, m.end);
      learn({ key: m.key, name: m.name, kind: m.kind }, from, to);
      fullNames.set(normPhrase(m.text), { key: m.key, name: m.name, kind: m.kind });
    }
    // A capitalised word that also stands alone is a surname: "Rachel Reeves" … "Reeves said".
    const alone = new Set<string>();
    for (const c of this.candidates) if (c.to - c.from === 1) alone.add(this.tokens[c.from]!.norm);
    // A word that ends several different names is a head noun ("Park Fire", "Creek Fire"), not a surname.
    const endings = new Map<string, Set<string>>();
    for (const c of this.candidates) {
      if (c.to - c.from < 2) continue;
      const last = this.tokens[c.to - 1]!.norm;
      const set = endings.get(last) ?? new Set<string>();
      set.add(this.norm(c.from, c.to));
      endings.set(last, set);
    }
    for (const [w, names] of endings) if (names.size > 1) alone.delete(w);
    const singles: Run[] = [];
    for (const c of this.candidates) {
      const words = c.to - c.from;
      if (words === 1) {
        singles.push(c);
        continue;
      }
      const full = fullNames.get(this.norm(c.from, c.to));
      if (full) {
        this.emit(c.from, c.to, full, null);
        continue;
      }
      if (words > MAX_PERSON_WORDS || !this.namesPerson(c.from, c.to)) continue;
      if (alone.has(this.tokens[c.to - 1]!.norm) || alone.has(this.tokens[c.from]!.norm)) {
        const ref = this.personRef(c.from, c.to);
        this.emit(c.from, c.to, ref, null);
        learn(ref, c.from, c.to);
      }
    }
    for (const c of singles) {
      const w = this.tokens[c.from]!;
      const ref = shortForms.get(w.norm);
      if (ref) this.emit(c.from, c.to, ref, null);
      else if (c.locative && !this.lang.nonNames.has(w.norm)) this.emit(c.from, c.to, this.placeRef(c.from, c.to), null);
    }
  }

  /** "Chambre des représentants américaine" … "la Chambre des représentants": the same body, without its country the second time. */
  private qualifyOrganisations(): void {
    const qualified = new Map<string, EntityMention>();
    for (const m of this.out) {
      const dash = m.key.indexOf("-");
      if (m.kind === "organisation" && dash === 6 && m.key.startsWith("org:")) qualified.set(`org:${m.key.slice(dash + 1)}`, m);
    }
    for (let k = 0; k < this.out.length; k++) {
      const m = this.out[k]!;
      const q = m.kind === "organisation" ? qualified.get(m.key) : undefined;
      if (q && q.key !== m.key) this.out[k] = { ...m, key: q.key, name: q.name };
    }
  }

  // ——— helpers ———

  /** The known name at token i, looked up once per token: several kinds of evidence ask for it. */
  private gazAt(i: number): { value: GazEntry; to: number } | null {
    let m = this.gazFound[i];
    if (m === undefined) {
      m = this.readGazAt(i);
      if (i >= 0 && i < this.tokens.length) this.gazFound[i] = m;
    }
    return m;
  }

  /** The longest known name at token i that the text's case allows. */
  private readGazAt(i: number): { value: GazEntry; to: number } | null {
    const m = this.gaz.phrases.matchAt(this.tokens, i, Math.min(this.tokens.length, i + 8));
    if (!m) return null;
    const e = m.value;
    if (e.capital && !this.tokens[i]!.capital) return null;
    if (e.allCaps) for (let k = i; k < m.to; k++) if (isWord(this.tokens[k]) && !noLower(this.raw(k))) return null;
    for (let k = i + 1; k < m.to; k++) if (broken(this.body, this.tokens[k - 1]!, this.tokens[k]!)) return null;
    return { value: e, to: m.to };
  }

  private free(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.covered[k]) return false;
    return true;
  }

  private cover(from: number, to: number): void {
    this.covered.fill(1, from, to);
  }

  private emit(from: number, to: number, ref: EntityRef, role: string | null): void {
    if (to <= from || !this.free(from, to)) return;
    this.cover(from, to);
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    this.out.push({ start, end, text: this.body.slice(start, end), kind: ref.kind as EntityKind, key: ref.key, name: ref.name, role });
  }

  private tokenRange(start: number, end: number): [number, number] {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    let to = lo;
    while (to < this.tokens.length && this.tokens[to]!.end <= end) to++;
    return [lo, to];
  }

  private raw(i: number): string {
    const t = this.tokens[i]!;
    return this.body.slice(t.start, t.end);
  }

  private text(from: number, to: number): string {
    return this.body.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
  }

  private norm(from: number, to: number): string {
    return normPhrase(this.text(from, to));
  }
}
