/**
 * @module pipeline/store-worker
 * Entry point of a storing worker thread (run by piscina): analyses one
 * batch, then, at its turn (pipeline/write-turns), writes it through the
 * thread's own connection to the ledger's SQLite file. Writing where the
 * analysis ran spares copying every result back to the main thread, and no
 * single thread has to write every batch: one writes at a time, whichever
 * thread's turn it is. The connection is opened once per thread and closed
 * with it.
 *
 * A thread holds up to STORE_TASKS_PER_WORKER (pipeline/analysers) batches: while one waits for
 * its turn to write, the next is analysed, so no core idles while another
 * thread writes. Batches are analysed one at a time, oldest first, a slice
 * of articles between two yields to the event loop, so a batch whose turn
 * has come is written within a slice, not after a whole batch.
 */
import type { Store, StoreResult } from "../store/store.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { analyseBatch, partResults, withArticles, type BatchItem, type WorkerResult } from "./analyse-batch.js";
import { awaitTurn, passTurn, stopTurns, type WriteTurns } from "./write-turns.js";

/** Articles analysed between two yields: ~10 ms of work, well under a batch's write. */
const SLICE = 25;

export interface StoreTask {
  readonly items: readonly BatchItem[];
  /** The ledger's SQLite file. */
  readonly file: string;
  readonly turns: WriteTurns;
  /** The batch's number: its turn to write. */
  readonly seq: number;
}

export interface StoreTaskResult {
  readonly stored: StoreResult;
  /** Items that could not be read or analysed, and why. */
  readonly failures: ReadonlyArray<{ readonly input: string; readonly reason: string }>;
}

const stores = new Map<string, Store>();

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The analysis of the batches this thread holds, chained: the older batch is analysed first. */
let analysing: Promise<unknown> = Promise.resolve();

async function analyseInSlices(items: readonly BatchItem[]): Promise<WorkerResult[]> {
  const results: WorkerResult[] = [];
  for (let i = 0; i < items.length; i += SLICE) {
    if (i > 0) await yieldToEventLoop();
    results.push(...analyseBatch(items.slice(i, i + SLICE)));
  }
  return results;
}

function analyseAfterOthers(items: readonly BatchItem[]): Promise<WorkerResult[]> {
  const mine = analysing.then(() => analyseInSlices(items));
  analysing = mine.catch(() => {});
  return mine;
}

export default async function storeInWorker(task: StoreTask): Promise<StoreTaskResult> {
  let parted: ReturnType<typeof partResults>;
  let store: Store;
  try {
    parted = partResults(withArticles(task.items, await analyseAfterOthers(task.items)));
    store = stores.get(task.file) ?? openSqliteStore(task.file);
    stores.set(task.file, store);
  } catch (error) {
    // Nothing of this batch can be written: the batches after it must not be either.
    stopTurns(task.turns);
    throw error;
  }
  await awaitTurn(task.turns, task.seq);
  try {
    return { stored: await store.add(parted.toStore), failures: parted.failures };
  } catch (error) {
    stopTurns(task.turns);
    throw error;
  } finally {
    passTurn(task.turns, task.seq);
  }
}
