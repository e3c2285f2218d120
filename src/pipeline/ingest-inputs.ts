/**
 * @module pipeline/ingest-inputs
 * Reads inputs, analyses their articles and stores them, in batches:
 * reading (main thread) → analysis (worker threads for large inputs) →
 * storing, one transaction per batch. Into a SQLite file, the worker that
 * analysed a batch stores it too, at its turn (pipeline/write-turns); else
 * the main thread stores what the workers return. Several batches are in
 * flight at once so reading, analysis and storing overlap; batches are
 * stored in input order either way. A batch is all-or-nothing, so an ingest
 * killed midway leaves a consistent store, and running it again completes
 * it: articles already stored are recognised by id and not analysed again.
 */
import { InputError } from "../ingest/input-error.js";
import { readInputs, type ReadOptions } from "../ingest/read-inputs.js";
import type { Store, StoreResult } from "../store/store.js";
import {
  defaultStoringWorkers, defaultWorkers, inlineAnalyser, poolAnalyser, storingPool, type Analyser, type StoringPool,
} from "./analysers.js";
import { itemId, partResults, type BatchItem } from "./analyse-batch.js";
import type { Progress } from "./progress.js";
import type { StoreTaskResult } from "./store-worker.js";

export interface IngestOptions {
  /**
   * Worker threads; 0 analyses and stores in the calling thread. Default: the calling thread for small
   * inputs, else every core (into a SQLite file, where the workers store too) or every core but one.
   */
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
  /** Called in input order: the batch once analysed and stored. */
  readonly settle: () => Promise<StoreTaskResult>;
  /** Articles of the batch already in the ledger (not read or analysed again). */
  readonly known: number;
}

const NOTHING_STORED: StoreTaskResult = { stored: { added: 0, duplicates: 0, nearDuplicates: 0, claims: 0 }, failures: [] };

export async function ingestInputs(inputs: readonly string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, added: 0, duplicates: 0, nearDuplicates: 0, failed: 0, claims: 0 };
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const fail = (input: string, reason: string) => {
    summary.failed++;
    options.onError?.(input, reason);
  };
  let analyser: Analyser | null = null;
  let storing: StoringPool | null = null;
  const inFlight: Pending[] = [];
  let batch: BatchItem[] = [];

  /** Where batches go, chosen at the first: a pool costs a start-up, so small inputs stay in this thread. */
  const chooseStage = (moreToCome: boolean) => {
    if (analyser || storing) return;
    const workers = options.workers;
    if (workers === 0 || (workers === undefined && !moreToCome)) analyser = inlineAnalyser();
    else if (store.file !== undefined) storing = storingPool(workers ?? defaultStoringWorkers(), store.file);
    else analyser = poolAnalyser(workers ?? defaultWorkers());
  };
  // Storing threads hold a fixed number of batches each; analysis threads are kept two batches busy.
  const maxInFlight = () => (storing ? storing.capacity : Math.max(2, (options.workers ?? defaultWorkers()) * 2));

  /** Starts a batch on its way; what it returns settles it. */
  const begin = (items: BatchItem[]): (() => Promise<StoreTaskResult>) => {
    if (storing) {
      const task = storing.store(items);
      task.catch(() => {}); // seen when settled; not unhandled when an earlier batch failed first
      return () => task;
    }
    const analysed = analyser!.analyse(items);
    analysed.catch(() => {});
    return async () => {
      const { toStore, failures } = partResults(await analysed);
      // Awaited: a store may write asynchronously (another backend); SQLite answers at once.
      return { stored: await store.add(toStore), failures };
    };
  };

  const settleOldest = async () => {
    const pending = inFlight.shift()!;
    let outcome: StoreTaskResult;
    try {
      outcome = await pending.settle();
    } catch (error) {
      storing?.stop();
      throw error;
    }
    for (const { input, reason } of outcome.failures) fail(input, reason);
    const stored: StoreResult = outcome.stored;
    // Articles already in the ledger were not read again: they count as the duplicates they are.
    summary.duplicates += pending.known + stored.duplicates;
    summary.added += stored.added;
    summary.nearDuplicates += stored.nearDuplicates;
    summary.claims += stored.claims;
    options.progress?.update(summary.read, null);
  };

  const dispatch = async (items: BatchItem[], moreToCome: boolean) => {
    if (!items.length) return;
    const stored = await store.hasMany(items.map(itemId));
    const fresh = items.filter((item) => !stored.has(itemId(item)));
    if (fresh.length) chooseStage(moreToCome);
    while (inFlight.length >= maxInFlight()) await settleOldest();
    inFlight.push({ settle: fresh.length ? begin(fresh) : async () => NOTHING_STORED, known: items.length - fresh.length });
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
    while (inFlight.length) await settleOldest();
  } finally {
    options.progress?.stop();
    await (analyser as Analyser | null)?.close();
    await (storing as StoringPool | null)?.close();
  }
  return summary;
}
