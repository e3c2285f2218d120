/**
 * @module core/tracks/track-features
 * What track resolution needs to know of each claim, read from its article
 * once, at analysis time: the dimension and value (in the dimension's base
 * unit), whose figure it is, what happened, its scope, the whole it is a
 * part of, and its own time. Together they make the claim's track key:
 * claims of one key estimate the same quantity when their values agree.
 *
 * What a sentence leaves unsaid is taken from the article: "Douze mille
 * soldats ne pourraient être qu'un début" has no verb and no country, but
 * the article's other head counts of the same size say whose soldiers and
 * what they are sent to do. A headline that repeats a figure of the body
 * ("Plus de 10.000 soldats déjà envoyés") takes the body's scope.
 */
import type { LanguageData } from "../language-pack.js";
import type { Article, FigureClaim } from "../types.js";
import { echoScopes, fillFromArticle, itemValues, markBreakdowns, markKinds } from "./article-context.js";
import { sourceCache, sourcesOf } from "./claim-sources.js";
import { dimensionOf, eventClassOf, eventMatters, keyEvent } from "./dimensions.js";
import { magnitudeOf, type Draft } from "./draft.js";
import { trackKey } from "./resolve-tracks.js";

export { magnitudeOf };
import { readSentences } from "./sentence-context.js";
import { foldAccents } from "./text-keys.js";
import { boundedMemo } from "../bounded-memo.js";

export interface ClaimFeatures {
  /** `people`, `deaths`, `area`, `money`, `percent`, …; null when the claim counts nothing known. */
  readonly dimension: string | null;
  /** The value in the dimension's base unit (ranges by their geometric middle). */
  readonly magnitude: number | null;
  /** Whose figure it is, as a key (lower-case English demonym), from the claim or its article. */
  readonly subject: string | null;
  readonly eventClass: string | null;
  /** `place:kursk`, `additional`, or null for the whole quantity. */
  readonly scope: string | null;
  /** The scope as written, for labels ("Koursk"). */
  readonly scopeName: string | null;
  /** Index (in the analysis) of the claim this one is a part of: "8000 des 10000". */
  readonly partOf: number | null;
  /** The claim's own time reference (ISO date or month), when its sentence gives one. */
  readonly timeRef: string | null;
  /** What the claim estimates: claims of one key may share a track. Null when it cannot be tracked. */
  readonly key: string | null;
  /** Who the figure comes from first, and who relays it ("CNN, citing Ukrainian intelligence"). */
  readonly original: string | null;
  readonly carrier: string | null;
}

const notRegionNameSets = new WeakMap<LanguageData, ReadonlySet<string>>();

/** Words that never name a region, folded: determiners ("The region"), weekdays and months ("the region on Monday"). */
function notRegionNames(lang: LanguageData): ReadonlySet<string> {
  let set = notRegionNameSets.get(lang);
  if (!set) {
    set = new Set([...lang.stopwords, ...lang.tracks.weekdays, ...lang.tracks.monthNames].map((w) => foldAccents(w.toLowerCase())));
    notRegionNameSets.set(lang, set);
  }
  return set;
}

/** "12 000 nord-coréens" counts "north koreans": people. */
function demonymCount(claim: FigureClaim): boolean {
  return claim.subject !== null && claim.counts !== null && claim.counts.startsWith(claim.subject.toLowerCase());
}

/** Names folded (lower case, no accents), remembered for the names seen lately: the same few subjects and owners recur in every article. */
const folded: (name: string) => string = boundedMemo((name) => foldAccents(name.toLowerCase()), 4096);

function draftOf(claim: FigureClaim, owner: string | null): Draft {
  const dim = demonymCount(claim) ? { name: "people", factor: 1 } : dimensionOf(claim.counts, claim.event);
  return {
    vague: claim.qualifier === "vague",
    item: false,
    counts: claim.counts,
    owner: owner ? folded(owner) : null,
    dimension: dim?.name ?? null,
    magnitude: dim ? magnitudeOf(claim, dim.factor) : null,
    subject: claim.subject ? folded(claim.subject) : null,
    eventClass: eventClassOf(claim.event, dim?.name ?? null),
    scope: null,
    scopeName: null,
    partOf: null,
    timeRef: null,
  };
}

/**
 * `owners` (from extract/owner, one per claim, or none) name what each
 * figure belongs to when the article lists figures of one kind for several
 * things.
 */
export function trackFeatures(lang: LanguageData, article: Article, claims: readonly FigureClaim[], owners: readonly (string | null)[] = []): ClaimFeatures[] {
  const drafts = claims.map((claim, i) => draftOf(claim, owners[i] ?? null));
  readSentences(lang, article, claims, drafts, notRegionNames(lang));
  fillFromArticle(claims, drafts);
  markKinds(drafts);
  echoScopes(drafts);
  markBreakdowns(drafts);
  const items = itemValues(drafts);
  const articleSources = sourceCache();
  const out: ClaimFeatures[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const claim = claims[i]!;
    const sources = sourcesOf(article, claim, lang.code, articleSources);
    out.push({
      dimension: d.dimension,
      magnitude: d.magnitude,
      subject: d.subject,
      eventClass: d.eventClass,
      scope: d.scope,
      scopeName: d.scopeName,
      partOf: d.partOf,
      timeRef: d.timeRef,
      key: keyOf(d, claim.article, items[i] ?? null),
      original: sources.original,
      carrier: sources.carrier,
    });
  }
  return out;
}

/**
 * The track key. What is not known (whose figure, what happened) keeps the
 * claim to its own article: two articles' "12 people killed" with no
 * country are not one figure.
 */
function keyOf(d: Draft, article: string, item: string | null): string | null {
  if (d.dimension === null) return null;
  const subject = d.subject ?? "";
  const scope = d.scope ?? "";
  if (item !== null) return trackKey({ dimension: d.dimension, subject, event: d.eventClass ?? "", scope, article }, item);
  const local = d.subject === null || (d.eventClass === null && eventMatters(d.dimension));
  return trackKey({ dimension: d.dimension, subject, event: keyEvent(d.dimension, d.eventClass), scope, article: local ? article : null });
}
