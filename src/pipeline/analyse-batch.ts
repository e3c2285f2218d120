/**
 * @module pipeline/analyse-batch
 * The unit of work sent to an analysis worker: a batch of articles (or HTML
 * pages still to extract) in, stored-ready results out. A batch amortises
 * the cost of passing messages between threads. An article the sender gave
 * is not sent back (the sender still has it: `withArticles` puts it back),
 * only what the worker made: the analysis, the fingerprint, the plan of its
 * own track families, and the article of an HTML page it read. Each message is copied (structured clone) on both
 * threads, and the 4 KB body was most of it.
 */
import { analyse } from "../core/analyse.js";
import type { Analysis, Article } from "../core/types.js";
import { InputError } from "../ingest/input-error.js";
import { articleFromHtml, isPendingHtml, type PendingHtml } from "../ingest/read-html.js";
import { fingerprint, type Fingerprint } from "../store/fingerprint.js";
import type { AnalysedArticle } from "../store/store.js";
import { articleTrackPlan, type ArticleTrackPlan } from "../store/track-plan.js";

export type BatchItem = Article | PendingHtml;

/** An analysed article, or why it could not be read or analysed: one bad item must not cost its batch. */
export type BatchResult =
  | { readonly article: Article; readonly analysis: Analysis; readonly fingerprint: Fingerprint; readonly trackPlan: ArticleTrackPlan }
  | { readonly error: string; readonly input: string };

/** What crosses back from a worker: `article` only when the worker read it from a page. */
export type WorkerResult =
  | { readonly article?: Article; readonly analysis: Analysis; readonly fingerprint: Fingerprint; readonly trackPlan: ArticleTrackPlan }
  | { readonly error: string; readonly input: string };

export function itemId(item: BatchItem): string {
  return isPendingHtml(item) ? item.source.id : item.id;
}

export function analyseBatch(items: readonly BatchItem[]): WorkerResult[] {
  return items.map((item) => {
    const read = isPendingHtml(item);
    const article = read ? articleFromHtml(item.content, item.source) : item;
    if (article instanceof InputError) return { error: article.reason, input: article.input };
    try {
      // The duplicate fingerprint and the tracks of the article's own families are computed here too, off the thread that stores.
      const analysis = analyse(article);
      const done = { analysis, fingerprint: fingerprint(article.body), trackPlan: articleTrackPlan(analysis) };
      return read ? { article, ...done } : done;
    } catch (error) {
      return { error: `analysis failed: ${error instanceof Error ? error.message : String(error)}`, input: article.id };
    }
  });
}

/** The results of `items` with the articles the sender kept put back. */
export function withArticles(items: readonly BatchItem[], results: readonly WorkerResult[]): BatchResult[] {
  return results.map((result, i) => {
    if ("error" in result || result.article !== undefined) return result as BatchResult;
    return { article: items[i] as Article, analysis: result.analysis, fingerprint: result.fingerprint, trackPlan: result.trackPlan };
  });
}

/** Results parted into what is to be stored and what failed (with its input and why). */
export function partResults(results: readonly BatchResult[]): {
  toStore: AnalysedArticle[];
  failures: Array<{ input: string; reason: string }>;
} {
  const toStore: AnalysedArticle[] = [];
  const failures: Array<{ input: string; reason: string }> = [];
  for (const result of results) {
    if ("error" in result) failures.push({ input: result.input, reason: result.error });
    else toStore.push(result);
  }
  return { toStore, failures };
}
