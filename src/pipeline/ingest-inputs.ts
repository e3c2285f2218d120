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
import { InputError } from "../ingest/input-error.js";
import { readInputs, type ReadOptions } from "../ingest/read-inputs.js";
import type { AnalysedArticle, Store } from "../store/store.js";
import { defaultWorkers, inlineAnalyser, poolAnalyser, type Analyser } from "./analysers.js";
import { itemId, type BatchItem, type BatchResult } from "./analyse-batch.js";
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

const DEFAULT_BATCH = 500;

interface Pending {
  /** Results in input order; null for an article already stored (not read or analysed again). */
  readonly results: Promise<Array<BatchResult | null>>;
  readonly knownIds: readonly string[];
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
  let batch: BatchItem[] = [];

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
    for (const result of results) {
      if (result === null) continue;
      if ("error" in result) fail(result.input, result.error);
      else toStore.push(result);
    }
    // Awaited: a store may write asynchronously (another backend); SQLite answers at once.
    const stored = await store.add(toStore);
    // Articles already in the ledger were not read again: they count as the duplicates they are.
    summary.duplicates += pending.knownIds.length;
    summary.added += stored.added;
    summary.duplicates += stored.duplicates;
    summary.nearDuplicates += stored.nearDuplicates;
    summary.claims += stored.claims;
    options.progress?.update(summary.read, null);
  };

  const dispatch = async (items: BatchItem[], moreToCome: boolean) => {
    if (!items.length) return;
    const stored = await store.hasMany(items.map(itemId));
    const known = items.map((item) => stored.has(itemId(item)));
    const fresh = items.filter((_, i) => !known[i]);
    const analysed = fresh.length ? analyserFor(moreToCome).analyse(fresh) : Promise.resolve([]);
    const results = analysed.then((r) => {
      let k = 0;
      return items.map((_, i) => (known[i] ? null : r[k++]!));
    });
    inFlight.push({ results, knownIds: items.filter((_, i) => known[i]).map(itemId) });
    while (inFlight.length >= maxInFlight()) await storeOldest();
  };

  try {
    // HTML pages are extracted by the workers, not here: reading stays cheap.
    for await (const item of readInputs(inputs, { ...options.read, deferHtml: true })) {
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
