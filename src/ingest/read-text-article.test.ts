import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { publishedFromDateline, textArticle } from "./read-text-article.js";

describe("plain-text articles", () => {
  it("take the date from a leading date line", () => {
    assert.equal(textArticle("date 2024-11\nLa Corée du Nord a envoyé 10 000 soldats.", "a").published, "2024-11");
  });

  it("take the date from a dateline near the top, in French or English", () => {
    assert.equal(publishedFromDateline("Soutien militaire direct\n\n18 octobre, 2024 / Entrevue\n\nCe vendredi, …"), "2024-10-18");
    assert.equal(publishedFromDateline("Troops arrive\nOctober 18, 2024\n\nOn Friday, …"), "2024-10-18");
  });

  it("do not take a date from the body's sentences", () => {
    const body = "Le premier paragraphe est long et raconte ce qui s'est passé le 28 septembre 2025 dans la capitale, avec de nombreux détails.";
    assert.equal(publishedFromDateline(body), null);
    assert.equal(publishedFromDateline("En octobre\nrien"), null, "a month without a day and a year is not a dateline");
  });
});
