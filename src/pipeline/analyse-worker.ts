/**
 * @module pipeline/analyse-worker
 * Entry point of an analysis worker thread (run by piscina): reads and analyses one batch.
 */
import { analyseBatch, type BatchItem, type BatchResult } from "./analyse-batch.js";

export default function analyseInWorker(items: readonly BatchItem[]): BatchResult[] {
  return analyseBatch(items);
}
