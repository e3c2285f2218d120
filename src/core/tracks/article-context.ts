/**
 * @module core/tracks/article-context
 * What a figure's article says about its track when its sentence does not:
 * whose figure it is and what happened (from the figure of the same kind
 * and about the same size nearby), the scope of a headline that repeats a
 * figure of the body, and the items of a breakdown spread over sentences.
 * Each pass looks only at figures nearby in the article (NEARBY either
 * side), so an article with thousands of figures costs linear time.
 */
import type { FigureClaim } from "../types.js";
import { eventMatters } from "./dimensions.js";
import { kindOf, logDistance, SAME_VALUE, sameValue, type Draft } from "./draft.js";
import { CHAIN_RATIO } from "./resolve-tracks.js";

/** How many figures either side a pass compares a figure with. */
export const NEARBY = 64;

function around(i: number, n: number): [number, number] {
  return [Math.max(0, i - NEARBY), Math.min(n, i + NEARBY + 1)];
}

/**
 * A claim that does not say whose figure it is, or what happened, takes it
 * from the article's claim of the same dimension nearest in value (nearest
 * in the text when values tie), if that one is of about the same size.
 */
export function fillFromArticle(claims: readonly FigureClaim[], drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.dimension === null) continue;
    const needsSubject = d.subject === null;
    const needsEvent = d.eventClass === null && eventMatters(d.dimension);
    if (!needsSubject && !needsEvent) continue;
    let best: Draft | null = null;
    let bestScore = Number.POSITIVE_INFINITY;
    // When no figure of the kind says whose it is (shares, turnouts), the same figure repeated still says what happened.
    let eventOnly: Draft | null = null;
    let eventOnlyScore = Number.POSITIVE_INFINITY;
    const [from, to] = around(i, drafts.length);
    for (let k = from; k < to; k++) {
      const o = drafts[k]!;
      if (k === i || o.dimension !== d.dimension) continue;
      if (needsEvent && o.eventClass === null) continue;
      if (needsSubject && o.subject === null) {
        // The nearest repeat in the text.
        if (needsEvent && !o.vague && !d.vague && sameValue(o, d)) {
          const at = Math.abs(claims[k]!.start - claims[i]!.start);
          if (at < eventOnlyScore) [eventOnly, eventOnlyScore] = [o, at];
        }
        continue;
      }
      if (!needsSubject && o.subject !== d.subject) continue;
      const distance = logDistance(d.magnitude, o.magnitude);
      if (distance > Math.log(CHAIN_RATIO)) continue;
      const score = distance + Math.abs(claims[k]!.start - claims[i]!.start) * 1e-9;
      if (score < bestScore) {
        best = o;
        bestScore = score;
      }
    }
    if (best === null && needsSubject && CASUALTIES.has(d.dimension)) best = nearestCasualty(claims, drafts, i);
    if (best === null && eventOnly !== null) {
      d.eventClass = eventOnly.eventClass;
      continue;
    }
    if (best === null) continue;
    if (needsSubject) d.subject = best.subject;
    if (needsEvent && best.dimension === d.dimension) d.eventClass = best.eventClass;
  }
}

/** The dead and the injured of one event are counted together: whose the one is, the other is. */
const CASUALTIES = new Set(["deaths", "injured"]);

function nearestCasualty(claims: readonly FigureClaim[], drafts: readonly Draft[], i: number): Draft | null {
  let best: Draft | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const [from, to] = around(i, drafts.length);
  for (let k = from; k < to; k++) {
    const o = drafts[k]!;
    if (k === i || o.subject === null || o.dimension === null || !CASUALTIES.has(o.dimension)) continue;
    const distance = Math.abs(claims[k]!.start - claims[i]!.start);
    if (distance < bestDistance) [best, bestDistance] = [o, distance];
  }
  return best;
}

/** An unscoped figure equal to a scoped one of the same kind nearby repeats it (a headline): it takes the scope. */
export function echoScopes(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    // "des milliers" twice is not one figure repeated.
    if (d.scope !== null || d.dimension === null || d.magnitude === null || d.vague) continue;
    const [from, to] = around(i, drafts.length);
    for (let k = from; k < to; k++) {
      const o = drafts[k]!;
      // What is given back in an exchange is other than its equal on the other side.
      if (o.scope === null || o.scope === "counterpart" || o.vague || kindOf(o) !== kindOf(d) || !sameValue(o, d)) continue;
      d.scope = o.scope;
      d.scopeName = o.scopeName;
      break;
    }
  }
}

/** Nouns that count the dead or injured whoever they are. */
const ANYONE = new Set(["people", "persons", "dead", "deaths", "bodies", "fatalities", "lives", "victims", "casualties", "injured", "wounded", "injuries", "individuals"]);

/** Kinds of people a toll may be limited to (the extractor's English nouns): by role, age, sex or status. */
const KINDS = new Set([
  "soldiers", "troops", "servicemen", "fighters", "combatants", "militants", "mercenaries", "reservists", "conscripts", "officers", "sailors",
  "pilots", "marines", "police officers", "civilians", "children", "minors", "adolescents", "teenagers", "girls", "boys", "babies", "infants",
  "women", "men", "elderly", "hostages", "prisoners", "detainees", "refugees", "migrants", "protesters", "demonstrators", "patients",
  "workers", "employees", "aid workers", "health workers", "students", "pupils", "journalists", "doctors", "nurses", "firefighters",
  "rescuers", "tourists", "passengers", "crew", "staff", "personnel",
]);

/**
 * A toll of one kind of people ("348 soldats israéliens ont été tués") in an
 * article that also counts the dead of the same side whoever they were, in
 * a larger number ("1 205 personnes"), is a part of that toll: a quantity of
 * its own. Alone in its article, it is the toll itself.
 */
export function markKinds(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.scope !== null || d.counts === null || d.magnitude === null || d.dimension === null || !CASUALTIES.has(d.dimension)) continue;
    const kind = d.counts.toLowerCase();
    if (!KINDS.has(kind)) continue;
    const [from, to] = around(i, drafts.length);
    for (let k = from; k < to; k++) {
      const o = drafts[k]!;
      if (k === i || o.dimension !== d.dimension || o.subject !== d.subject || o.scope !== null || o.magnitude === null) continue;
      if (o.counts === null || !ANYONE.has(o.counts.toLowerCase())) continue;
      if (o.magnitude <= d.magnitude * (1 + SAME_VALUE)) continue;
      d.scope = `kind:${kind}`;
      d.scopeName = kind;
      break;
    }
  }
}

/**
 * Figures of one kind that belong to different named things (parties'
 * shares, states' turnouts, fires' areas) are a breakdown: each is a
 * quantity of its own, whatever sentences they stand in.
 */
export function markBreakdowns(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const x = drafts[i]!;
    if (x.owner === null || x.dimension === null) continue;
    const [, to] = around(i, drafts.length);
    for (let k = i + 1; k < to; k++) {
      const y = drafts[k]!;
      if (y.owner === null || y.owner === x.owner || kindOf(y) !== kindOf(x) || y.scope !== x.scope || sameValue(x, y)) continue;
      x.item = true;
      y.item = true;
    }
  }
}

/**
 * An item is a quantity of its own, in its article: its key carries its
 * value, which a repeat of the same figure elsewhere in the article shares.
 * A multiplier compares two things, so different multipliers are never one
 * figure either. Returns, per draft, the value its key carries or null.
 */
export function itemValues(drafts: readonly Draft[]): (string | null)[] {
  const valueOf = (d: Draft): string => d.magnitude!.toPrecision(3);
  const items = new Set<string>();
  for (const d of drafts) if (d.item && d.magnitude !== null) items.add(`${d.dimension}|${d.eventClass}|${valueOf(d)}`);
  return drafts.map((d) => {
    if (d.magnitude === null) return null;
    // With no item in the article, only a multiplier carries its value: the others' values are not written out.
    if (items.size === 0 && d.dimension !== "time") return null;
    const value = valueOf(d);
    return d.item || d.dimension === "time" || items.has(`${d.dimension}|${d.eventClass}|${value}`) ? value : null;
  });
}
