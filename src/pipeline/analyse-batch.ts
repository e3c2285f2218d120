/**
 * @module pipeline/analyse-batch
 * The unit of work sent to an analysis worker: a batch of articles (or HTML
 * pages still to extract) in, stored-ready results out. A batch amortises
 * the cost of passing messages between threads.
 */
import { analyse } from "../core/analyse.js";
import type { Analysis, Article } from "../core/types.js";
import { InputError } from "../ingest/input-error.js";
import { articleFromHtml, isPendingHtml, type PendingHtml } from "../ingest/read-html.js";
import { fingerprint, type Fingerprint } from "../store/fingerprint.js";

export type BatchItem = Article | PendingHtml;

/** An analysed article, or why it could not be read or analysed: one bad item must not cost its batch. */
export type BatchResult =
  | { readonly article: Article; readonly analysis: Analysis; readonly fingerprint: Fingerprint }
  | { readonly error: string; readonly input: string };

export function itemId(item: BatchItem): string {
  return isPendingHtml(item) ? item.source.id : item.id;
}

export function analyseBatch(items: readonly BatchItem[]): BatchResult[] {
  return items.map((item) => {
    const article = isPendingHtml(item) ? articleFromHtml(item.content, item.source) : item;
    if (article instanceof InputError) return { error: article.reason, input: article.input };
    try {
      // The duplicate fingerprint is computed here too, off the thread that stores.
      return { article, analysis: analyse(article), fingerprint: fingerprint(article.body) };
    } catch (error) {
      return { error: `analysis failed: ${error instanceof Error ? error.message : String(error)}`, input: article.id };
    }
  });
}
