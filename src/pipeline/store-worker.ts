/**
 * @module pipeline/store-worker
 * Entry point of a storing worker thread (run by piscina): analyses one
 * batch, then, at its turn (pipeline/write-turns), writes it through the
 * thread's own connection to the ledger's SQLite file. Writing where the
 * analysis ran spares copying every result back to the main thread, and no
 * single thread has to write every batch: one writes at a time, whichever
 * thread's turn it is. The connection is opened once per thread and closed
 * with it.
 */
import type { Store, StoreResult } from "../store/store.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { analyseBatch, partResults, withArticles, type BatchItem } from "./analyse-batch.js";
import { awaitTurn, passTurn, stopTurns, type WriteTurns } from "./write-turns.js";

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

export default async function storeInWorker(task: StoreTask): Promise<StoreTaskResult> {
  let parted: ReturnType<typeof partResults>;
  let store: Store;
  try {
    parted = partResults(withArticles(task.items, analyseBatch(task.items)));
    store = stores.get(task.file) ?? openSqliteStore(task.file);
    stores.set(task.file, store);
  } catch (error) {
    // Nothing of this batch can be written: the batches after it must not be either.
    stopTurns(task.turns);
    throw error;
  }
  awaitTurn(task.turns, task.seq);
  try {
    return { stored: await store.add(parted.toStore), failures: parted.failures };
  } catch (error) {
    stopTurns(task.turns);
    throw error;
  } finally {
    passTurn(task.turns, task.seq);
  }
}
