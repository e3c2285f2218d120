/**
 * @module core/tracks/scope
 * What limits a figure to a part of its quantity, read around it in its
 * sentence: a place inside a country ("dans la région de Koursk", "in the
 * Kursk region"), an addition ("30 000 soldats supplémentaires", "another
 * 30,000"), and the whole it is a part of ("8000 des 10000 soldats").
 * Countries are not scopes: a figure "en Russie" is the figure itself.
 */
import type { TrackLanguage } from "../language-pack.js";
import { isLetterCode, keyWords, type KeyWords } from "../text/tokens.js";
import { foldAccents } from "./text-keys.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

interface CompiledScope {
  /** The region nouns: a sentence without one names no region, and the pattern is not run. */
  readonly regionNoun: KeyWords;
  readonly regions: RegExp;
  readonly additionBefore: RegExp;
  readonly additionAfter: RegExp;
  readonly partitive: RegExp;
  readonly comparison: RegExp;
  readonly partsFollow: RegExp;
  readonly comparative: RegExp;
  readonly level: RegExp | null;
  readonly comparedWith: RegExp | null;
  readonly partQuantifier: RegExp | null;
  /** The last word of each phrase that must end just before a figure: a figure after any other word is not read further. */
  readonly levelNounEnds: ReadonlySet<string>;
  readonly comparedWithEnds: ReadonlySet<string>;
  readonly exchangeEnds: ReadonlySet<string>;
  readonly exchange: RegExp | null;
  readonly levelNoun: RegExp | null;
  readonly comparedOpening: RegExp | null;
  /** Cues read in a figure's clause, one pattern per kind, each with a quick gate. */
  readonly recentCues: CuePattern;
  readonly yearsCues: CuePattern | null;
  readonly attributableCues: CuePattern | null;
  readonly subgroupCues: CuePattern | null;
}

interface CuePattern {
  /** The last word of every phrase, each after a space ("ces dernières 24 heures" → " heures"): a plain search, far faster than the pattern. */
  readonly gate: RegExp | null;
  readonly pattern: RegExp;
  /** The same without the global flag: most sentences hold no cue, and a test says so fastest. */
  readonly any: RegExp;
  readonly kinds: readonly CueKind[];
}

/**
 * The phrases, not inside a longer word. No lookbehind in the pattern: it
 * keeps the engine from skipping ahead to where a phrase may start, and
 * costs more than checking the letter before each (rare) match.
 */
function cuePattern(groups: readonly string[], kinds: readonly CueKind[], phrases?: readonly string[]): CuePattern {
  const source = String.raw`(?:${groups.join("|")})(?![\p{L}])`;
  return { gate: phrases ? gateOf(phrases) : null, pattern: new RegExp(source, "giu"), any: new RegExp(source, "iu"), kinds };
}

/** The gate of phrases that all end with a word (no number in last place), else null. */
function gateOf(phrases: readonly string[]): RegExp | null {
  const ends = new Set<string>();
  for (const p of phrases) {
    const words = p.toLowerCase().split(/\s+/);
    const last = words[words.length - 1]!;
    if (last.includes("#") || words.length < 2) return null;
    ends.add(` ${last}`);
  }
  // Case as written: the last word of a phrase (a time noun) is lower case in running text.
  return new RegExp([...ends].map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}

/** What sets a figure apart from the group's noun before it: "la majorité des victimes (9.757)". */
const PART_MARKS = "(,:—–-";

/** The last word of each phrase, lower case ("record of" → "of", "d'ici" → "ici"). */
function lastWords(phrases: readonly string[] | undefined): ReadonlySet<string> {
  return new Set((phrases ?? []).map((p) => p.toLowerCase().split(/[\s'’]+/).pop()!));
}

/** Whether the word just before `end` (spaces skipped) is one of `words`: a few character reads, no pattern. */
function wordBefore(text: string, from: number, end: number, words: ReadonlySet<string>): boolean {
  let e = end;
  while (e > from && text.charCodeAt(e - 1) <= 32) e--;
  let b = e;
  while (b > from && isLetterCode(text.charCodeAt(b - 1))) b--;
  return b < e && e - b <= 24 && words.has(text.slice(b, e).toLowerCase());
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
  const base = {
    regionNoun: keyWords(lang.regionNouns),
    regions: new RegExp(lang.regionNameBefore ? `${after}|${before}` : after, "gu"),
    additionBefore: new RegExp(String.raw`(?:^|[\s(])(?:${alternation(lang.additionBefore)})\s*$`, "iu"),
    additionAfter: new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:${alternation(lang.additionAfter)})(?![\p{L}])`, "iu"),
    partitive: new RegExp(String.raw`^\s*(?:${alternation(lang.partitiveLinks)})\s*$`, "iu"),
    // The link may follow the first figure's unit or noun ("8,7% contre", "226 consultations à").
    // The whole's noun and place may stand before the link ("5 900 morts en Turquie, dont").
    partsFollow: new RegExp(String.raw`^[^\d.;:!?]{0,40}?(?<![\p{L}])(?:${alternation(lang.partsFollow)})\s*$`, "iu"),
    comparison: new RegExp(String.raw`^[^\d.;:!?]{0,24}?(?<![\p{L}])(?:${alternation(lang.comparisonLinks)})\s*$`, "iu"),
    comparative: new RegExp(String.raw`(?<![\p{L}])(?:${alternation(lang.comparatives)})(?![\p{L}])`, "iu"),
  };
  const group = (words: readonly string[] | undefined, number: string): string =>
    words?.length ? `(${alternation(words).replace(/#/g, number)})` : "(?!)";
  const word = String.raw`(?:\d+|[\p{L}-]+)`;
  compiled.set(lang, {
    ...base,
    ...compileWords(lang),
    recentCues: cuePattern([group(lang.recentPeriods, word)], ["recent"], lang.recentPeriods),
    yearsCues: lang.recentYears?.length ? cuePattern([group(lang.recentYears, word)], ["years"], lang.recentYears) : null,
    attributableCues: lang.attributable?.length ? cuePattern([group(lang.attributable, "")], ["attributable"]) : null,
    // Ages are written in digits: "chez les 65 ans et plus", "aged 18-44".
    subgroupCues: lang.subgroups?.length ? cuePattern([group(lang.subgroups, String.raw`\d+`)], ["subgroup"]) : null,
  });
  return compiled.get(lang)!;
}

function compileWords(w: TrackLanguage): Pick<CompiledScope, "level" | "comparedWith" | "partQuantifier" | "levelNounEnds" | "comparedWithEnds" | "exchangeEnds" | "exchange" | "levelNoun" | "comparedOpening"> {
  const ending = (words: readonly string[] | undefined): RegExp | null =>
    words?.length ? new RegExp(String.raw`(?<![\p{L}])(?:${alternation(words)})\s*$`, "iu") : null;
  return {
    level: ending(w.levelLinks),
    levelNounEnds: lastWords(w.levelNouns),
    comparedWithEnds: lastWords(w.comparedWith),
    exchangeEnds: lastWords(w.exchangeLinks),
    levelNoun: ending(w.levelNouns),
    // After the sentence's opening quote or dash, if any.
    comparedOpening: w.comparedOpenings?.length ? new RegExp(String.raw`^[\s"“«'‘(—–-]*(?:${alternation(w.comparedOpenings)})(?![\p{L}])`, "iu") : null,
    comparedWith: ending(w.comparedWith),
    // At least one word (the group's noun) between the quantifier and the figure: "la majorité des 10 000" names the whole.
    partQuantifier: w.partQuantifiers?.length
      ? new RegExp(String.raw`(?<![\p{L}])(?:${alternation(w.partQuantifiers)})(?:\s+[\p{L}'’-]+){1,3}\s*[${PART_MARKS}]\s*$`, "iu")
      : null,
    exchange: w.exchangeLinks?.length
      ? new RegExp(String.raw`^[^\d.;:!?]{0,40}?(?<![\p{L}])(?:${alternation(w.exchangeLinks)})\s*$`, "iu")
      : null,
  };
}

export interface PlaceMention extends Span {
  /** The place as written ("Koursk"). */
  readonly name: string;
}

/** The region nouns: a sentence without one names no region. */
export function regionNouns(lang: TrackLanguage): KeyWords {
  return compile(lang).regionNoun;
}

/** The places inside a country named in a sentence known to hold a region noun, with their offsets in `text`. */
export function regionsIn(lang: TrackLanguage, text: string, sentence: Span, notNames: ReadonlySet<string>): PlaceMention[] {
  const { regions } = compile(lang);
  const out: PlaceMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  regions.lastIndex = 0;
  // exec, not matchAll: matchAll copies the pattern on every call.
  for (let m = regions.exec(slice); m !== null; m = regions.exec(slice)) {
    const name = m[1] ?? m[2];
    if (!name) continue;
    // "The region", "Cette région", "the region on Monday": a determiner, a weekday or a month is not a name.
    if (notNames.has(foldAccents(name.toLowerCase()))) continue;
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

function before(text: string, figure: Span, from: number, length: number): string {
  return text.slice(Math.max(from, figure.start - length), figure.start);
}

/** Whether the words just before a figure make it a level reached: "la portant à 5,1%", "down from 114,000". */
export function isLevel(lang: TrackLanguage, text: string, figure: Span, clause: Span): boolean {
  const { level } = compile(lang);
  return level !== null && level.test(before(text, figure, clause.start, 16));
}

/** Whether the words just before a figure compare it with the figure before it: "…, down from 114,000", "… contre 3856". */
export function isComparedWithBefore(lang: TrackLanguage, text: string, figure: Span, clause: Span): boolean {
  const { comparedWith, comparedWithEnds } = compile(lang);
  return comparedWith !== null && wordBefore(text, clause.start, figure.start, comparedWithEnds) && comparedWith.test(before(text, figure, clause.start, 32));
}

export type CueKind = "recent" | "years" | "attributable" | "subgroup";

export interface Cue extends Span {
  readonly kind: CueKind;
  /** The cue as written, folded: "chez les plus de 65 ans". */
  readonly words: string;
}

/**
 * The cues of a sentence that limit the figure whose clause holds them: a
 * recent stretch of time ("ces dernières 24 heures", "in the past week"),
 * several years ("ces dernières années", "in recent years"), and, when
 * asked for (a sentence with a death toll, with a share), deaths a model
 * attributes ("imputables au conflit", "excess deaths") and a part of the
 * population ("chez les plus de 65 ans", "third gender"). One pass over
 * the sentence serves all its figures.
 */
export function sentenceCues(lang: TrackLanguage, text: string, sentence: Span, wants: { attributable: boolean; subgroup: boolean }): Cue[] {
  const c = compile(lang);
  const out: Cue[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  readCues(c.recentCues, slice, sentence.start, out);
  if (c.yearsCues) readCues(c.yearsCues, slice, sentence.start, out);
  if (wants.attributable && c.attributableCues) readCues(c.attributableCues, slice, sentence.start, out);
  if (wants.subgroup && c.subgroupCues) readCues(c.subgroupCues, slice, sentence.start, out);
  return out;
}

function readCues({ gate, pattern, any, kinds }: CuePattern, slice: string, offset: number, out: Cue[]): void {
  if ((gate !== null && !gate.test(slice)) || !any.test(slice)) return;
  // exec, not matchAll: matchAll copies the pattern on every call.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    if (m.index > 0 && isLetterCode(slice.charCodeAt(m.index - 1))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    let g = 1;
    while (g <= kinds.length && m[g] === undefined) g++;
    if (g > kinds.length) continue;
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, kind: kinds[g - 1]!, words: foldAccents(m[0].toLowerCase()).replace(/\s+/g, " ") });
  }
}

/** The first cue of a kind inside a clause, or null. */
export function cueIn(cues: readonly Cue[], kind: CueKind, clause: Span): Cue | null {
  for (const c of cues) if (c.kind === kind && c.start >= clause.start && c.end <= clause.end) return c;
  return null;
}

/** Whether a quantifier before the figure's noun makes it a part of a group: "la grande majorité des victimes (9.757)". */
export function isPartOfGroup(lang: TrackLanguage, text: string, figure: Span, clause: Span): boolean {
  const { partQuantifier } = compile(lang);
  if (partQuantifier === null) return false;
  // The figure stands apart from its group's noun: "(9.757)", ", 9,757".
  let e = figure.start;
  while (e > clause.start && text.charCodeAt(e - 1) <= 32) e--;
  if (e === clause.start || !PART_MARKS.includes(text[e - 1]!)) return false;
  return partQuantifier.test(before(text, figure, clause.start, 60));
}

/** Whether two figures are the two sides of an exchange: "303 de ses militaires, en échange de 303 soldats". */
export function isExchange(lang: TrackLanguage, text: string, first: Span, second: Span): boolean {
  const { exchange, exchangeEnds } = compile(lang);
  if (exchange === null || second.start <= first.end || second.start - first.end > 48 || !wordBefore(text, first.end, second.start, exchangeEnds)) return false;
  return exchange.test(text.slice(first.end, second.start));
}

/** Whether a level's noun stands just before the figure: "a world record of 642 million", "un pic de 740 000". */
export function afterLevelNoun(lang: TrackLanguage, text: string, figure: Span, clause: Span): boolean {
  const { levelNoun, levelNounEnds } = compile(lang);
  return levelNoun !== null && wordBefore(text, clause.start, figure.start, levelNounEnds) && levelNoun.test(before(text, figure, clause.start, 32));
}

/** Whether a sentence opens by comparing its figures with the figure before it: "That is down from…". */
export function opensWithComparison(lang: TrackLanguage, text: string, sentence: Span): boolean {
  const { comparedOpening } = compile(lang);
  return comparedOpening !== null && comparedOpening.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 64)));
}
