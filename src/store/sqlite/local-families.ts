/**
 * @module store/sqlite/local-families
 * Where a claim's track family is written. Most families are local to one
 * article (familyOf: `kind|@article`, an article's own figures that no
 * other article can estimate), and their claims are found through that
 * article (claims_article) rather than through claims_track_family: an
 * index keyed by family is written in random order, and leaving an
 * article's own figures out of it spares most of its upkeep while
 * ingesting. A claim's family column is NULL exactly when its family is
 * local to the claim's own article; every other family is written out.
 */

/** The article a family is local to, if it is one (`…|@article`). */
export function familyArticle(family: string): string | null {
  const at = family.lastIndexOf("|@");
  return at < 0 ? null : family.slice(at + 2);
}

/** The family as the claims table keeps it for a claim of `articleId`: NULL when local to that article. */
export function storedFamily(family: string | null, articleId: string): string | null {
  return family !== null && familyArticle(family) === articleId ? null : family;
}
