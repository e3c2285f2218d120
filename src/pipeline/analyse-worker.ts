/**
 * @module pipeline/analyse-worker
 * Entry point of an analysis worker thread (run by piscina): reads and analyses one batch.
 */
import { analyseBatch, type BatchItem, type WorkerResult } from "./analyse-batch.js";

export default function analyseInWorker(items: readonly BatchItem[]): WorkerResult[] {
  return analyseBatch(items);
}
