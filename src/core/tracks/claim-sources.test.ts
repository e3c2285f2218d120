/**
 * @module core/tracks/claim-sources.test
 * A source that is no known entity stands for the organisation its sentence
 * names: per article, never carried over from an article read before.
 */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import type { FigureClaim } from "../types.js";
import { sourceCache, sourcesOf } from "./claim-sources.js";
import { article } from "./testing.js";

/** An article of one sentence, and a claim in it attributed to `source`. */
function sourced(id: string, body: string, source: string) {
  const claim: FigureClaim = {
    article: id, in: "body", start: 0, end: 1, mention: "", low: 1, high: 1, qualifier: "exact", counts: null, subject: null, event: null,
    source, modality: "stated", track: null, sentence: { start: 0, end: body.length },
  };
  return { article: article(id, body, null, "en"), claim };
}

test("the same words in two articles stand for the entity each article's sentence names", () => {
  const health = sourced("a", "The ministry said 300 people were evacuated, according to the Health Ministry of Ruritania.", "the ministry");
  const transport = sourced("b", "The ministry said 20 people were hurt, according to the Transport Ministry of Ruritania.", "the ministry");
  assert.equal(sourcesOf(health.article, health.claim, "en", sourceCache()).original, "Health Ministry of Ruritania");
  assert.equal(sourcesOf(transport.article, transport.claim, "en", sourceCache()).original, "Transport Ministry of Ruritania");
});
