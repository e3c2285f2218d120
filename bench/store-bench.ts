/**
 * @module bench/store-bench
 * The writer alone: analyses N generated articles first (untimed), then
 * times `store.add` on them in batches, into a fresh SQLite ledger, and
 * prints one JSON line (ms per article). What the ingest bench cannot
 * separate: the main thread's share of an ingest.
 *
 * Usage: node --import tsx bench/store-bench.ts [COUNT] [BATCH]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyse } from "../src/core/analyse.js";
import { fingerprint } from "../src/store/fingerprint.js";
import { openStore } from "../src/store/open-store.js";
import type { AnalysedArticle } from "../src/store/store.js";
import { generateRecords } from "./generate-articles.js";

const count = Number(process.argv[2] ?? 10000);
const batchSize = Number(process.argv[3] ?? 500);

const items: AnalysedArticle[] = [];
for (const r of generateRecords(count, 42)) {
  const article = {
    id: r.id, url: r.url, outlet: r.source_domain, title: r.title, published: r.date_publish, language: r.language, body: r.maintext,
  };
  items.push({ article, analysis: analyse(article), fingerprint: fingerprint(article.body) });
}

const dir = mkdtempSync(join(tmpdir(), "tally-store-bench-"));
try {
  const store = await openStore(join(dir, "bench.db"));
  const begin = process.hrtime.bigint();
  for (let i = 0; i < items.length; i += batchSize) await store.add(items.slice(i, i + batchSize));
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  await store.close();
  console.log(JSON.stringify({ articles: count, batch: batchSize, seconds: Math.round(seconds * 100) / 100, ms_per_article: Math.round((seconds * 1e6) / count) / 1000 }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
