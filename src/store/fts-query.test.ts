import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import fc from "fast-check";
import { toFtsQuery } from "./fts-query.js";

describe("toFtsQuery", () => {
  it("quotes every word, so FTS5 operators are plain text", () => {
    assert.equal(toFtsQuery("sécurité civile"), '"sécurité" "civile"');
    assert.equal(toFtsQuery('NEAR( a"b OR -x'), '"NEAR(" "a""b" "OR" "-x"');
  });

  it("is null when there is no word to search", () => {
    assert.equal(toFtsQuery(""), null);
    assert.equal(toFtsQuery(' "* - ( ) '), null);
  });

  it("never makes an FTS5 syntax error, whatever the input", () => {
    const db = new Database(":memory:");
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = "unicode61 remove_diacritics 2")`);
    db.prepare("INSERT INTO t(x) VALUES (?)").run("la sécurité civile a déployé 300 pompiers");
    const search = db.prepare("SELECT count(*) FROM t WHERE t MATCH ?").pluck();
    const hostile = fc.constantFrom('"', "*", "NEAR(", "-", "(", ")", ":", "^", "AND", "OR", "NOT", "+", "{", "}", "\u0000", "é");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), hostile), { maxLength: 8 }), (parts) => {
        const query = toFtsQuery(parts.join(" "));
        if (query !== null) search.get(query);
      }),
      { numRuns: 500 },
    );
    db.close();
  });
});
