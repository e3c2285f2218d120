/**
 * @module core/tracks/time-ref
 * The time a claim refers to, when its sentence gives one: a date ("le 28
 * septembre 2025", "October 3, 2024"), a month ("en octobre", "in October
 * 2024"), a weekday ("jeudi", "on Thursday"), "hier", "last week". Relative
 * references are resolved against the article's publication date, and a
 * reference after it (a target, "d'ici décembre") is not the claim's time.
 */
import type { TrackLanguage } from "../language-pack.js";
import { hasKeyWord, keyWords, type KeyWords } from "../text/tokens.js";
import { foldAccents } from "./text-keys.js";

interface CompiledTime {
  /** A word every reference holds (a month, a weekday, a word of "last week"): most sentences have none, and the pattern is not run. */
  readonly gate: KeyWords;
  readonly pattern: RegExp;
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly yesterday: ReadonlySet<string>;
  readonly lastWeek: ReadonlySet<string>;
  readonly lastMonth: ReadonlySet<string>;
}

const compiled = new WeakMap<TrackLanguage, CompiledTime>();

/** Words as written in the data (accents and all): the pattern runs on the text as it is, case-insensitively. */
function words(list: readonly string[]): string {
  const forms = new Set(list.flatMap((w) => [w, foldAccents(w)]));
  return [...forms].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+").replace(/'/g, "['’]")).join("|");
}

function compile(lang: TrackLanguage): CompiledTime {
  let c = compiled.get(lang);
  if (c) return c;
  const month = words(lang.monthNames);
  // Every reference starts a word: the boundary is checked once for all of them, not once per form.
  const references = [
    String.raw`(\d{1,2})(?:er)?\s+(${month})(?:,?\s+(\d{4}))?\b`, // 28 septembre 2025, 18 octobre, 2024
    String.raw`(${month})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`, // October 3, 2024
    // A month alone only after a preposition: "may" and "mars" are words too.
    String.raw`(?:en|in|since|depuis|debut|fin|early|late|mid|mi)[\s-]+(${month})(?:\s+(\d{4}))?\b`, // en octobre (2024)
    String.raw`(${month})\s+(\d{4})\b`, // octobre 2024
    String.raw`(${words(lang.weekdays)})\b`,
    String.raw`(${words([...lang.yesterday, ...lang.lastWeek, ...lang.lastMonth])})\b`,
  ];
  const pattern = new RegExp(String.raw`\b(?:${references.join("|")})`, "gi");
  const index = (list: readonly string[]): Map<string, number> => new Map(list.map((w, i) => [foldAccents(w.toLowerCase()), i]));
  const set = (list: readonly string[]): Set<string> => new Set(list.map((w) => foldAccents(w.toLowerCase())));
  c = {
    gate: keyWords([...lang.monthNames, ...lang.weekdays, ...lang.yesterday, ...lang.lastWeek, ...lang.lastMonth]),
    pattern,
    months: index(lang.monthNames),
    weekdays: index(lang.weekdays),
    yesterday: set(lang.yesterday),
    lastWeek: set(lang.lastWeek),
    lastMonth: set(lang.lastMonth),
  };
  compiled.set(lang, c);
  return c;
}

interface Day {
  readonly y: number;
  readonly m: number; // 0-11
  readonly d: number | null;
}

// The article's date, read once for all its sentences.
let lastPublished: string | null = null;
let lastDay: Day | null = null;

function parsePublished(published: string | null): Day | null {
  if (published === lastPublished) return lastDay;
  const m = published ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published) : null;
  lastPublished = published;
  lastDay = m ? { y: Number(m[1]), m: Number(m[2]) - 1, d: m[3] ? Number(m[3]) : null } : null;
  return lastDay;
}

function iso(day: Day): string {
  const mm = String(day.m + 1).padStart(2, "0");
  return day.d === null ? `${day.y}-${mm}` : `${day.y}-${mm}-${String(day.d).padStart(2, "0")}`;
}

function shift(day: Day & { d: number }, days: number): Day {
  const t = new Date(Date.UTC(day.y, day.m, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() };
}

/** A month without a year is the latest such month not after publication. */
function monthBefore(month: number, pub: Day): Day {
  return { y: month > pub.m ? pub.y - 1 : pub.y, m: month, d: null };
}

function notAfter(day: Day, pub: Day): boolean {
  if (day.y !== pub.y) return day.y < pub.y;
  if (day.m !== pub.m) return day.m < pub.m;
  return day.d === null || pub.d === null || day.d <= pub.d;
}

/** The time reference of a sentence (ISO date or month), or null. */
export function readTimeRef(lang: TrackLanguage, sentence: string, published: string | null): string | null {
  if (!hasKeyWord(sentence, 0, sentence.length, timeWords(lang))) return null;
  return timeRefIn(lang, sentence, published);
}

/** A word every time reference holds (a month, a weekday, a word of "last week"). */
export function timeWords(lang: TrackLanguage): KeyWords {
  return compile(lang).gate;
}

/** The time reference of a sentence known to hold one of its time words. */
export function timeRefIn(lang: TrackLanguage, sentence: string, published: string | null): string | null {
  const c = compile(lang);
  const pub = parsePublished(published);
  c.pattern.lastIndex = 0;
  // exec, not matchAll: matchAll copies the pattern on every call.
  for (let m = c.pattern.exec(sentence); m !== null; m = c.pattern.exec(sentence)) {
    const day = toDay(c, m, pub);
    if (day && (pub === null || notAfter(day, pub))) return iso(day);
  }
  return null;
}

function toDay(c: CompiledTime, m: RegExpMatchArray, pub: Day | null): Day | null {
  const month = (name: string | undefined): number => c.months.get(foldAccents((name ?? "").toLowerCase())) ?? -1;
  if (m[1] !== undefined) return dated(month(m[2]), Number(m[1]), m[3], pub);
  if (m[4] !== undefined) return dated(month(m[4]), Number(m[5]), m[6], pub);
  if (m[7] !== undefined) {
    const mo = month(m[7]);
    if (mo < 0) return null;
    if (m[8] !== undefined) return { y: Number(m[8]), m: mo, d: null };
    return pub ? monthBefore(mo, pub) : null;
  }
  if (m[9] !== undefined) {
    const mo = month(m[9]);
    return mo < 0 ? null : { y: Number(m[10]), m: mo, d: null };
  }
  if (!pub || pub.d === null) return null; // relative days need the day of publication
  const today = pub as Day & { d: number };
  if (m[11] !== undefined) {
    const wd = c.weekdays.get(foldAccents(m[11].toLowerCase())) ?? -1;
    if (wd < 0) return null;
    const pubWeekday = (new Date(Date.UTC(today.y, today.m, today.d)).getUTCDay() + 6) % 7; // Monday = 0
    return shift(today, -((pubWeekday - wd + 7) % 7));
  }
  const phrase = foldAccents((m[12] ?? "").toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'"));
  if (c.yesterday.has(phrase)) return shift(today, -1);
  if (c.lastWeek.has(phrase)) return shift(today, -7);
  if (c.lastMonth.has(phrase)) return { y: today.m === 0 ? today.y - 1 : today.y, m: (today.m + 11) % 12, d: null };
  return null;
}

function dated(month: number, day: number, year: string | undefined, pub: Day | null): Day | null {
  if (month < 0 || day < 1 || day > 31) return null;
  if (year !== undefined) return { y: Number(year), m: month, d: day };
  if (!pub) return null;
  const y = month > pub.m || (month === pub.m && pub.d !== null && day > pub.d) ? pub.y - 1 : pub.y;
  return { y, m: month, d: day };
}
