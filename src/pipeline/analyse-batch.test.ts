/**
 * @module pipeline/analyse-batch.test
 * What crosses back from a worker: no copy of an article the sender gave,
 * the article of a page the worker read, errors by input; `withArticles`
 * puts the sender's articles back in order.
 */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import type { Article } from "../core/types.js";
import { pendingHtml, type PendingHtml } from "../ingest/read-html.js";
import { analyseBatch, withArticles, type BatchItem } from "./analyse-batch.js";

const BODY = "At least 12 people were killed and 300 soldiers deployed, officials said on Tuesday.";
const article: Article = { id: "a", url: null, outlet: null, title: null, published: null, language: "en", body: BODY };
// pendingHtml is typed as any HTML handler; it always gives a PendingHtml.
const page = pendingHtml(`<html lang="en"><body><p>${BODY}</p></body></html>`, { input: "p.html", id: "p" }) as PendingHtml;
const badPage = pendingHtml("<html><body></body></html>", { input: "empty.html", id: "e" }) as PendingHtml;

test("a given article is not sent back; a page's article is; a bad page is an error with its input", () => {
  const items: BatchItem[] = [article, page, badPage];
  const results = analyseBatch(items);
  assert.equal(results.length, 3);
  assert.ok(!("error" in results[0]!) && results[0]!.article === undefined);
  assert.ok(!("error" in results[1]!) && results[1]!.article?.id === "p");
  assert.ok("error" in results[2]! && results[2]!.input === "empty.html");

  const whole = withArticles(items, results);
  assert.ok(!("error" in whole[0]!) && whole[0]!.article === article && whole[0]!.analysis.article === "a");
  assert.ok(!("error" in whole[1]!) && whole[1]!.article.body.includes("300 soldiers"));
  assert.ok("error" in whole[2]!);
});
