/**
 * @module pipeline/analyse-worker
 * Entry point of an analysis worker thread (run by piscina): analyses one batch.
 */
import type { Article } from "../core/types.js";
import { analyseBatch, type BatchResult } from "./analyse-batch.js";

export default function analyseInWorker(articles: readonly Article[]): BatchResult[] {
  return analyseBatch(articles);
}
