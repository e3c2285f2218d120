/**
 * @module pipeline/analysers
 * Where analysis runs: in the calling thread for small inputs, on a pool of
 * worker threads (piscina) for large ones, or on threads that also store
 * what they analyse. All take batches and keep their order.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { analyseBatch, withArticles, type BatchItem, type BatchResult, type WorkerResult } from "./analyse-batch.js";
import type { StoreTask, StoreTaskResult } from "./store-worker.js";
import { stopTurns, writeTurns } from "./write-turns.js";

export interface Analyser {
  analyse(batch: readonly BatchItem[]): Promise<BatchResult[]>;
  close(): Promise<void>;
}

export function inlineAnalyser(): Analyser {
  return {
    analyse: async (batch) => withArticles(batch, analyseBatch(batch)),
    close: async () => {},
  };
}

/**
 * Analysis threads to use by default when the calling thread stores: every
 * core but one. That thread is as busy as a worker (it writes each article's
 * rows, FTS entries and new tracks), so it keeps a core of its own. Measured
 * on 2 cores, 20,000 articles, runs alternated: one worker ingests as fast as
 * two, with ~10% less CPU and ~180 MB less memory.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Storing threads to use by default: every core, since the calling thread then only reads the inputs. */
export function defaultStoringWorkers(): number {
  return availableParallelism();
}

/** Old-generation heap of an analysis worker; a batch of 500 pages needs a fraction of it. */
const WORKER_HEAP_MB = 256;
/**
 * A storing worker also holds the ids of the outlets and sources it has written. The
 * near-duplicate index of every original in the ledger (sqlite/simhash-index, ~36 bytes
 * each) is in typed arrays, outside this heap.
 */
const STORING_WORKER_HEAP_MB = 1024;

/**
 * The parent's flags without `--import tsx`: built workers are JavaScript, and the loader a
 * parent may run under (a bench, a test of the built code) costs them ~10% of their CPU.
 */
export function withoutTypeScriptLoader(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i] === "--import=tsx") continue;
    if (execArgv[i] === "--import" && execArgv[i + 1] === "tsx") {
      i++;
      continue;
    }
    kept.push(execArgv[i]!);
  }
  return kept;
}

/** A pool of `workers` threads running the module `entry` (a sibling of this one), each running up to `tasksPerWorker` tasks at once. */
function workerPool(entry: string, workers: number, heapMb: number, tasksPerWorker = 1): Piscina {
  // Under tsx (tests, development) the worker is the .ts source; built, it is the .js beside this file.
  const here = fileURLToPath(import.meta.url);
  const built = here.endsWith(".js");
  const filename = here.replace(/analysers\.(ts|js)$/, `${entry}.${built ? "js" : "ts"}`);
  // A bounded heap per worker keeps the whole ingest's memory bounded: the garbage of parsed
  // HTML pages is collected early instead of piling up in every worker.
  return new Piscina({
    filename, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: tasksPerWorker,
    execArgv: built ? withoutTypeScriptLoader(process.execArgv) : process.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
}

export function poolAnalyser(workers: number): Analyser {
  const pool = workerPool("analyse-worker", workers, WORKER_HEAP_MB);
  return {
    analyse: async (batch) => withArticles(batch, (await pool.run(batch)) as WorkerResult[]),
    close: () => pool.destroy(),
  };
}

/** Batches a storing thread holds at once: one waiting for its turn to write, one being analysed. */
export const STORE_TASKS_PER_WORKER = 2;

/**
 * Threads that analyse a batch and write it to a SQLite file themselves, in
 * turn and in the order the batches were given (pipeline/store-worker).
 * Each thread holds up to STORE_TASKS_PER_WORKER batches and waits for its
 * turn without blocking, so a batch queued on a thread is never stuck
 * behind that thread's wait.
 */
export interface StoringPool {
  readonly workers: number;
  /** Batches the threads hold at once: more in flight would only queue. */
  readonly capacity: number;
  store(batch: readonly BatchItem[]): Promise<StoreTaskResult>;
  /** After a failure: the batches not yet written are not written. */
  stop(): void;
  close(): Promise<void>;
}

export function storingPool(workers: number, file: string): StoringPool {
  const pool = workerPool("store-worker", workers, STORING_WORKER_HEAP_MB, STORE_TASKS_PER_WORKER);
  const turns = writeTurns();
  let seq = 0;
  return {
    workers,
    capacity: workers * STORE_TASKS_PER_WORKER,
    store: (items) => pool.run({ items, file, turns, seq: seq++ } satisfies StoreTask) as Promise<StoreTaskResult>,
    stop: () => stopTurns(turns),
    close: async () => {
      stopTurns(turns);
      await pool.destroy();
    },
  };
}
