/**
 * @module pipeline/analyse-batch
 * The unit of work sent to an analysis worker: a batch of articles in, their
 * analyses out. A batch amortises the cost of passing messages between threads.
 */
import { analyse } from "../core/analyse.js";
import type { Analysis, Article } from "../core/types.js";

/** An analysis, or why it failed: one bad article must not cost its batch. */
export type BatchResult = { readonly analysis: Analysis } | { readonly error: string };

export function analyseBatch(articles: readonly Article[]): BatchResult[] {
  return articles.map((article) => {
    try {
      return { analysis: analyse(article) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}
