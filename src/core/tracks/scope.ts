/**
 * @module core/tracks/scope
 * What limits a figure to a part of its quantity, read around it in its
 * sentence: a place inside a country ("dans la région de Koursk", "in the
 * Kursk region"), an addition ("30 000 soldats supplémentaires", "another
 * 30,000"), and the whole it is a part of ("8000 des 10000 soldats").
 * Countries are not scopes: a figure "en Russie" is the figure itself.
 */
import type { TrackLanguage } from "../language-pack.js";
import { foldAccents } from "./text-keys.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

interface CompiledScope {
  /** Any region noun at all: most sentences have none, and skip the costlier pattern. */
  readonly regionNoun: RegExp;
  readonly regions: RegExp;
  readonly additionBefore: RegExp;
  readonly additionAfter: RegExp;
  readonly partitive: RegExp;
  readonly comparison: RegExp;
  readonly partsFollow: RegExp;
  readonly recent: RegExp;
  readonly comparative: RegExp;
}

const compiled = new WeakMap<TrackLanguage, CompiledScope>();

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]").replace(/ /g, "\\s+"))
    .join("|");
}

// A proper name: one to three capitalised words, joined by spaces or hyphens ("Nijni-Novgorod", "South Kordofan").
const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:[- ]\p{Lu}[\p{L}'’]*){0,2}`;

function compile(lang: TrackLanguage): CompiledScope {
  let c = compiled.get(lang);
  if (c) return c;
  const nouns = alternation(lang.regionNouns);
  const links = alternation(lang.regionLinks.filter((l) => !l.endsWith("'")));
  const elided = lang.regionLinks.filter((l) => l.endsWith("'")).map((l) => l.slice(0, -1));
  const link = `(?:(?:${links})\\s+${elided.length ? `|(?:${alternation(elided)})['’]` : ""})?`;
  // "région (russe) de Koursk", "capitale Kiev"; and, where the language allows it, "Kursk region".
  const after = String.raw`\b(?:${nouns})(?:\s+\p{Ll}+)?\s+${link}(${NAME})`;
  const before = String.raw`(${NAME})\s+(?:${nouns})\b`;
  c = {
    regionNoun: new RegExp(`(?:${nouns})`, "i"),
    regions: new RegExp(lang.regionNameBefore ? `${after}|${before}` : after, "gu"),
    additionBefore: new RegExp(String.raw`(?:^|[\s(])(?:${alternation(lang.additionBefore)})\s*$`, "iu"),
    additionAfter: new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:${alternation(lang.additionAfter)})(?![\p{L}])`, "iu"),
    partitive: new RegExp(String.raw`^\s*(?:${alternation(lang.partitiveLinks)})\s*$`, "iu"),
    // The link may follow the first figure's unit or noun ("8,7% contre", "226 consultations à").
    // The whole's noun and place may stand before the link ("5 900 morts en Turquie, dont").
    partsFollow: new RegExp(String.raw`^[^\d.;:!?]{0,40}?(?<![\p{L}])(?:${alternation(lang.partsFollow)})\s*$`, "iu"),
    comparison: new RegExp(String.raw`^[^\d.;:!?]{0,24}?(?<![\p{L}])(?:${alternation(lang.comparisonLinks)})\s*$`, "iu"),
    comparative: new RegExp(String.raw`(?<![\p{L}])(?:${alternation(lang.comparatives)})(?![\p{L}])`, "iu"),
    recent: new RegExp(String.raw`(?<![\p{L}])(?:${alternation(lang.recentPeriods).replace(/#/g, String.raw`(?:\d+|[\p{L}-]+)`)})(?![\p{L}])`, "iu"),
  };
  compiled.set(lang, c);
  return c;
}

export interface PlaceMention extends Span {
  /** The place as written ("Koursk"). */
  readonly name: string;
}

/** Places inside a country named in a sentence, with their offsets in `text`. */
export function findRegions(lang: TrackLanguage, text: string, sentence: Span, stopwords: ReadonlySet<string>): PlaceMention[] {
  const { regions, regionNoun } = compile(lang);
  const slice = text.slice(sentence.start, sentence.end);
  const out: PlaceMention[] = [];
  if (!regionNoun.test(slice)) return out;
  regions.lastIndex = 0;
  for (const m of slice.matchAll(regions)) {
    const name = m[1] ?? m[2];
    if (!name) continue;
    // "The region", "Cette région": a determiner is not a name.
    if (stopwords.has(foldAccents(name.toLowerCase()))) continue;
    const at = sentence.start + m.index + m[0].lastIndexOf(name);
    out.push({ start: at, end: at + name.length, name });
  }
  return out;
}

/** Whether the words around a figure make it an addition to a total. */
export function isAddition(lang: TrackLanguage, text: string, figure: Span, sentence: Span): boolean {
  const { additionBefore, additionAfter, comparative } = compile(lang);
  const before = text.slice(Math.max(sentence.start, figure.start - 24), figure.start);
  const after = text.slice(figure.end, Math.min(sentence.end, figure.end + 60));
  if (additionBefore.test(before)) return true;
  // "315,000 more people arriving than leaving" compares; it adds nothing.
  return additionAfter.test(after) && !comparative.test(after);
}

/** Whether the figure's clause limits it to a recent stretch of time ("45 tués ces dernières 24 heures"). */
export function isRecentPeriod(lang: TrackLanguage, text: string, clause: Span): boolean {
  return compile(lang).recent.test(text.slice(clause.start, clause.end));
}

/** Whether `part` follows `whole` as one of its parts: "5 900 morts, dont 1 100", "3,400 killed, including 1,100". */
export function isPartAfter(lang: TrackLanguage, text: string, whole: Span, part: Span): boolean {
  if (part.start <= whole.end || part.start - whole.end > 48) return false;
  return compile(lang).partsFollow.test(text.slice(whole.end, part.start));
}

/** Whether two figures side by side compare one quantity's values: "8,7% contre 8,3%", "passant de 226 à 201". */
export function isComparison(lang: TrackLanguage, text: string, first: Span, second: Span): boolean {
  if (second.start <= first.end || second.start - first.end > 32) return false;
  return compile(lang).comparison.test(text.slice(first.end, second.start));
}

/** Whether `whole` follows `part` as its whole: "8000 des 10000", "8,000 of the 10,000". */
export function isPartitive(lang: TrackLanguage, text: string, part: Span, whole: Span): boolean {
  if (whole.start <= part.end || whole.start - part.end > 16) return false;
  return compile(lang).partitive.test(text.slice(part.end, whole.start));
}
