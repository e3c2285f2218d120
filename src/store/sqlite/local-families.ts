/**
 * @module store/sqlite/local-families
 * Where a claim's track family is written. Most families are local to one
 * article (familyOf: `kind|@article`, an article's own figures that no
 * other article can estimate), and their claims are found through that
 * article (claims_article) rather than through claims_track_family and
 * claims_track: indexes keyed by family and track are written in random
 * order, and leaving an article's own figures out of them spares most of
 * their upkeep while ingesting. A claim's family column is NULL only when
 * its family is local to the claim's own article and its track (if any) is
 * one of that family's; every other claim has its family written out (a
 * person may put a claim on a track of another family: it is then written
 * out too, so the track's claims are still found).
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
