/**
 * @module core/tracks/claim-sources
 * Names, by their canonical entity, for track resolution: who a figure
 * comes from first and who relays it, so "NIS" and "les renseignements
 * sud-coréens" are one source across articles and languages, and the place
 * a figure is limited to ("Koursk" and "Kursk" are one scope). The same few
 * names recur in every article: they are looked up once and kept.
 */
import { canonicalActor, type Actor } from "../entities/canonical-actor.js";
import { splitSource } from "../entities/split-source.js";
import { entities as en } from "../../lang/en/entities.js";
import { entities as fr } from "../../lang/fr/entities.js";
import { findEntities } from "../entities/find-entities.js";
import type { Article, FigureClaim, LanguageCode } from "../types.js";
import { foldAccents } from "./text-keys.js";
import { boundedMemo } from "../bounded-memo.js";

/**
 * Every relay cue ("citant", "qui cite", "cited by"), as written and
 * without accents: a sentence with none of them relays no one, and is not
 * read further. Matched on the text as it is, ignoring case.
 */
let relayCues: RegExp | null = null;

function mayRelay(sentence: string): boolean {
  if (relayCues === null) {
    const cues = new Set([fr, en].flatMap((l) => [...l.relayCarrierFirst, ...l.relayOriginalFirst]).flatMap((c) => [c, foldAccents(c)]));
    const alternation = [...cues]
      .sort((a, b) => b.length - a.length)
      .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]").replace(/ /g, "\\s+"))
      .join("|");
    relayCues = new RegExp(`(?:^|[^\\p{L}])(?:${alternation})(?![\\p{L}])`, "iu");
  }
  return relayCues.test(sentence);
}

const MAX_CACHED_NAMES = 4096;

/** The entity behind a name (canonicalActor, a function of the name alone), for the names seen lately. */
const actorOf: (name: string) => Actor | null = boundedMemo(canonicalActor, MAX_CACHED_NAMES);

/**
 * A source's canonical name. The extractor gives sources in English, word
 * for word ("South Korean intelligence national service"); when that is no
 * known entity, the one organisation or person the sentence names is. Which
 * one depends on the sentence, so the name is remembered for one article
 * only: there, the first sentence that tells stands for the rest.
 */
function canonicalName(s: string, sentence: string, language: LanguageCode, names: Map<string, string>): string {
  let name = names.get(s);
  if (name === undefined) names.set(s, (name = actorOf(s)?.name ?? namedInSentence(s, sentence, language) ?? s));
  return name;
}

function namedInSentence(source: string, sentence: string, language: LanguageCode): string | null {
  const words = contentWords(source);
  // Only an entity that shares a word with the source stands for it ("officials said NATO…" is not NATO's):
  // a source of short words only ("the UN") shares none, and the sentence is not read.
  if (words.length === 0) return null;
  const named = findEntities(sentence, language).filter(
    (m) => (m.kind === "organisation" || m.kind === "person") && contentWords(m.name).some((w) => words.includes(w)),
  );
  const keys = new Set(named.map((m) => m.key));
  return keys.size === 1 ? named[0]!.name : null;
}

function contentWords(text: string): string[] {
  return foldAccents(text.toLowerCase()).split(/[^a-z0-9]+/).filter((w) => w.length > 3);
}

/**
 * Who the figure comes from first and who relays it, each by its canonical
 * name when it is a known entity, so "NIS" and "les renseignements
 * sud-coréens" are one source across articles and languages.
 */
export interface Sources {
  readonly original: string | null;
  readonly carrier: string | null;
}

/** One article's sources, each read once: by sentence and source as written (the claims of a sentence mostly share theirs), and the canonical names. */
export interface SourceCache {
  readonly bySentence: Map<string, Sources>;
  readonly names: Map<string, string>;
  /** The claim read last, whose sources are `lastSources`: the next claim of its sentence, with its source, has the same (no key built). */
  last: FigureClaim | null;
  lastSources: Sources | null;
}

export function sourceCache(): SourceCache {
  return { bySentence: new Map(), names: new Map(), last: null, lastSources: null };
}

export function sourcesOf(article: Article, claim: FigureClaim, language: LanguageCode, cache: SourceCache): Sources {
  if (claim.source === null) return { original: null, carrier: null };
  const last = cache.last;
  if (last !== null && cache.lastSources !== null && last.source === claim.source && last.in === claim.in && last.sentence.start === claim.sentence.start && last.sentence.end === claim.sentence.end) {
    return cache.lastSources;
  }
  const key = `${claim.in}:${claim.sentence.start}:${claim.sentence.end}|${claim.source}`;
  let sources = cache.bySentence.get(key);
  if (sources === undefined) cache.bySentence.set(key, (sources = readSources(article, claim, claim.source, language, cache.names)));
  cache.last = claim;
  cache.lastSources = sources;
  return sources;
}

function readSources(article: Article, claim: FigureClaim, source: string, language: LanguageCode, names: Map<string, string>): Sources {
  const text = claim.in === "title" ? (article.title ?? "") : article.body;
  const sentence = text.slice(claim.sentence.start, claim.sentence.end);
  const split = mayRelay(sentence) ? splitSource(sentence, source) : { original: source, carrier: null };
  const original = split.original ?? source;
  // Relayed: the sentence names both, so it cannot tell which one a word-for-word name stands for.
  return split.carrier === null
    ? { original: canonicalName(original, sentence, language, names), carrier: null }
    : { original: actorOf(original)?.name ?? original, carrier: actorOf(split.carrier)?.name ?? split.carrier };
}

/** A place by its canonical entity when it is one ("Koursk" and "Kursk" are one scope); remembered for the names seen lately. */
export const placeScope: (name: string) => { readonly scope: string; readonly scopeName: string } = boundedMemo((name) => {
  const actor = actorOf(name);
  return actor && (actor.kind === "place" || actor.kind === "country")
    ? { scope: actor.key.startsWith("place:") ? actor.key : `place:${actor.key}`, scopeName: actor.name }
    : { scope: `place:${foldAccents(name.toLowerCase())}`, scopeName: name };
}, MAX_CACHED_NAMES);
