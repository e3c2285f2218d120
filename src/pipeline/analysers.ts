/**
 * @module pipeline/analysers
 * Where analysis runs: in the calling thread for small inputs, on a pool of
 * worker threads (piscina) for large ones. Both take batches and keep order.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { analyseBatch, withArticles, type BatchItem, type BatchResult, type WorkerResult } from "./analyse-batch.js";

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
 * Threads to use by default: every core but one. The thread that reads and stores is
 * busy about as long as one worker is (it writes each article's rows, FTS entries and
 * new tracks), so it keeps a core of its own. Measured on 2 cores, 20,000 articles, runs
 * alternated: one worker ingests as fast as two (within the machine's noise, 1,060–1,245
 * against 1,160–1,220 articles/s), with ~10% less CPU and ~180 MB less memory.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Old-generation heap of one analysis worker; a batch of 500 pages needs a fraction of it. */
const WORKER_HEAP_MB = 256;

export function poolAnalyser(workers: number): Analyser {
  // Under tsx (tests, development) the worker is the .ts source; built, it is the .js beside this file.
  const here = fileURLToPath(import.meta.url);
  const filename = here.replace(/analysers\.(ts|js)$/, (_m, ext: string) => `analyse-worker.${ext}`);
  // A bounded heap per worker keeps the whole ingest's memory bounded: the garbage of parsed
  // HTML pages is collected early instead of piling up in every worker.
  const pool = new Piscina({
    filename, minThreads: workers, maxThreads: workers, execArgv: process.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return {
    analyse: async (batch) => withArticles(batch, (await pool.run(batch)) as WorkerResult[]),
    close: () => pool.destroy(),
  };
}
