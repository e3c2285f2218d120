/**
 * @module store/fts-query
 * Turns what a user typed into a full-text query that cannot be a syntax
 * error: every word becomes a quoted string (FTS5 reads nothing inside
 * quotes as an operator: `NEAR(`, `*`, `-`, `AND`, `:` are plain text), and
 * quoted strings side by side must all match. Written for FTS5's syntax,
 * which PostgreSQL's `plainto_tsquery` mirrors (all words, no operators).
 */

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The FTS5 MATCH expression for a user query, or null when the query holds
 * no word at all (then there is nothing to search for: `"*-"` is empty to
 * the tokenizer, and an empty query is an FTS5 error).
 */
export function toFtsQuery(userText: string): string | null {
  const terms = userText
    // Control characters (NUL above all) have no place in a query string.
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .split(/\s+/)
    .filter((term) => HAS_WORD.test(term))
    // Inside an FTS5 string a double quote is written twice.
    .map((term) => `"${term.replace(/"/g, '""')}"`);
  return terms.length > 0 ? terms.join(" ") : null;
}

/**
 * The words of a user query as plain text for PostgreSQL's
 * `plainto_tsquery` (which reads no operator), or null when the query holds
 * no word: control characters (NUL above all, which PostgreSQL text cannot
 * hold) become spaces, and tokens without a letter or digit are dropped.
 */
export function searchText(userText: string): string | null {
  const terms = userText
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .split(/\s+/)
    .filter((term) => HAS_WORD.test(term));
  return terms.length > 0 ? terms.join(" ") : null;
}
