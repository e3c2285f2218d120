/**
 * @module core/entities/entity-index
 * Resolution across articles: mentions grouped by canonical key, with two
 * merges the articles themselves justify: a surname-only person ("Blinken")
 * joins the one full name that ends or starts with it ("Antony Blinken"),
 * and an acronym-only organisation ("org:nis") joins the one
 * country-qualified organisation with that acronym ("org:kr-nis"). Both
 * are skipped when ambiguous. Pure, in memory; the result does not depend on
 * the order articles are added (re-adding an article replaces it).
 */
import { gazetteer } from "./gazetteer.js";
import { slug } from "./slug.js";
import type { EntityKind, EntityMention } from "./types.js";

export interface IndexedEntity {
  key: string;
  name: string;
  kind: EntityKind;
  /** Every surface form seen, sorted. */
  aliases: string[];
  roles: string[];
  articles: number;
  mentions: number;
}

export class EntityIndex {
  private readonly byArticle = new Map<string, readonly EntityMention[]>();

  add(articleId: string, mentions: readonly EntityMention[]): void {
    this.byArticle.set(articleId, [...mentions]);
  }

  entities(): IndexedEntity[] {
    const all: { article: string; m: EntityMention }[] = [];
    for (const [article, ms] of this.byArticle) for (const m of ms) all.push({ article, m });
    const merge = mergeMap(all.map((x) => x.m));
    const groups = new Map<string, { article: string; m: EntityMention }[]>();
    for (const x of all) {
      const key = merge.get(x.m.key) ?? x.m.key;
      const g = groups.get(key) ?? [];
      g.push(x);
      groups.set(key, g);
    }
    const out: IndexedEntity[] = [];
    for (const [key, g] of groups) {
      // Names and kinds as mentioned under the key itself (not a merged short form), the most frequent first.
      const own = g.filter((x) => x.m.key === key);
      out.push({
        key,
        name: mostFrequent((own.length ? own : g).map((x) => x.m.name)),
        kind: mostFrequent(g.map((x) => x.m.kind)) as EntityKind,
        aliases: sortedUnique(g.map((x) => x.m.text)),
        roles: sortedUnique(g.flatMap((x) => (x.m.role ? [x.m.role] : []))),
        articles: new Set(g.map((x) => x.article)).size,
        mentions: g.length,
      });
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** Short keys → the one full key they stand for. */
function mergeMap(mentions: readonly EntityMention[]): Map<string, string> {
  const persons = new Map<string, string>();
  const orgs = new Set<string>();
  for (const m of mentions) {
    if (m.kind === "person") persons.set(m.key, m.name);
    else if (m.kind === "organisation") orgs.add(m.key);
  }
  const merge = new Map<string, string>();
  const byShort = new Map<string, Set<string>>();
  for (const [key, name] of persons) {
    const words = name.split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    for (const w of [words[0]!, words[words.length - 1]!]) {
      const s = `person:${slug(w)}`;
      const set = byShort.get(s) ?? new Set<string>();
      set.add(key);
      byShort.set(s, set);
    }
  }
  for (const key of persons.keys()) {
    const targets = byShort.get(key);
    if (targets && targets.size === 1 && !targets.has(key)) merge.set(key, [...targets][0]!);
  }
  // "org:nis" → "org:kr-nis" when exactly one country qualifies that acronym.
  const qualified = new Map<string, Set<string>>();
  for (const key of orgs) {
    const m = /^org:([a-z]{2})-(.+)$/.exec(key);
    if (!m || !gazetteer().countries.has(m[1]!.toUpperCase())) continue;
    const bare = `org:${m[2]}`;
    const set = qualified.get(bare) ?? new Set<string>();
    set.add(key);
    qualified.set(bare, set);
  }
  for (const key of orgs) {
    const targets = qualified.get(key);
    if (targets && targets.size === 1 && !targets.has(key)) merge.set(key, [...targets][0]!);
  }
  return merge;
}

function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = "";
  let n = -1;
  // Ties go to the longer, then the alphabetically first: independent of input order.
  for (const [v, c] of counts) if (c > n || (c === n && (v.length > best.length || (v.length === best.length && v < best)))) [best, n] = [v, c];
  return best;
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
