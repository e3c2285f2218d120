/**
 * @module pipeline/ingest-inputs
 * Reads inputs, analyses their articles and stores them, in batches:
 * reading (main thread) → analysis (worker threads for large inputs) →
 * storing (main thread, one transaction per batch). Several batches are in
 * flight at once so reading, analysis and storing overlap; batches are
 * stored in input order. A batch is all-or-nothing, so an ingest killed
 * midway leaves a consistent store, and running it again completes it:
 * articles already stored are recognised by id and not analysed again.
 */
import type { Article } from "../core/types.js";
import { InputError } from "../ingest/input-error.js";
import { readArticles, type ReadOptions } from "../ingest/read-inputs.js";
import type { AnalysedArticle, Store } from "../store/store.js";
import { defaultWorkers, inlineAnalyser, poolAnalyser, type Analyser } from "./analysers.js";
import type { BatchResult } from "./analyse-batch.js";
import type { Progress } from "./progress.js";

export interface IngestOptions {
  /** Analysis threads; 0 analyses in the calling thread. Default: inline for small inputs, else every core but one. */
  readonly workers?: number;
  /** Articles per batch (and per transaction). */
  readonly batchSize?: number;
  readonly read?: ReadOptions;
  readonly progress?: Progress;
  /** Told about every input or article that failed, as it happens. */
  readonly onError?: (input: string, reason: string) => void;
}

export interface IngestSummary {
  /** Articles read from the inputs. */
  read: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  /** Inputs, records or articles that could not be read or analysed. */
  failed: number;
  claims: number;
}

const DEFAULT_BATCH = 250;

interface Pending {
  readonly articles: readonly Article[];
  /** Articles already stored: not analysed, stored again only to count and link them. */
  readonly known: readonly boolean[];
  readonly results: Promise<BatchResult[]>;
}

export async function ingestInputs(inputs: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, added: 0, duplicates: 0, nearDuplicates: 0, failed: 0, claims: 0 };
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const fail = (input: string, reason: string) => {
    summary.failed++;
    options.onError?.(input, reason);
  };
  let analyser: Analyser | null = null;
  const inFlight: Pending[] = [];
  let batch: Article[] = [];

  const analyserFor = (moreToCome: boolean): Analyser => {
    // A pool costs a start-up; small inputs are analysed in this thread.
    analyser ??= options.workers === 0 || (options.workers === undefined && !moreToCome) ? inlineAnalyser() : poolAnalyser(options.workers ?? defaultWorkers());
    return analyser;
  };
  const maxInFlight = () => Math.max(2, (options.workers ?? defaultWorkers()) * 2);

  const storeOldest = async () => {
    const pending = inFlight.shift()!;
    const results = await pending.results;
    const toStore: AnalysedArticle[] = [];
    pending.articles.forEach((article, i) => {
      const result = results[i]!;
      if ("error" in result) fail(article.id, `analysis failed: ${result.error}`);
      else toStore.push({ article, analysis: result.analysis });
    });
    const stored = store.add(toStore);
    summary.added += stored.added;
    summary.duplicates += stored.duplicates;
    summary.nearDuplicates += stored.nearDuplicates;
    summary.claims += stored.claims;
    options.progress?.update(summary.read, null);
  };

  const dispatch = async (articles: Article[], moreToCome: boolean) => {
    if (!articles.length) return;
    const known = articles.map((a) => store.has(a.id));
    const fresh = articles.filter((_, i) => !known[i]);
    const analysed = fresh.length ? analyserFor(moreToCome).analyse(fresh) : Promise.resolve([]);
    const results = analysed.then((r) => {
      let k = 0;
      return articles.map((a, i): BatchResult => (known[i] ? { analysis: { article: a.id, language: "en", claims: [] } } : r[k++]!));
    });
    inFlight.push({ articles, known, results });
    while (inFlight.length >= maxInFlight()) await storeOldest();
  };

  try {
    for await (const item of readArticles(inputs, options.read)) {
      if (item instanceof InputError) {
        fail(item.input, item.reason);
        continue;
      }
      summary.read++;
      batch.push(item);
      if (batch.length >= batchSize) {
        await dispatch(batch, true);
        batch = [];
      }
    }
    await dispatch(batch, false);
    while (inFlight.length) await storeOldest();
  } finally {
    options.progress?.stop();
    await (analyser as Analyser | null)?.close();
  }
  return summary;
}
