/**
 * @module bench/ingest-bench
 * Ingest throughput, run in a child process of its own so that its peak
 * memory is its own: generates N articles (~4 KB each) as JSON lines or as
 * a gzipped WARC of HTML pages, ingests them into a fresh SQLite ledger with
 * the default workers, resolves their tracks (as `tally ingest` does), and prints one JSON line: articles/s, MB/s, peak RSS,
 * and CPU time per article over all threads (wall time varies with whatever
 * else the machine runs; CPU time much less).
 *
 * Usage: npm run build && node --import tsx bench/ingest-bench.ts jsonl|warc COUNT
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { generateRecords, toWarcRecord } from "./generate-articles.js";

// The built code (`npm run bench` builds first), as `tally ingest` runs it: from the sources, under
// tsx, every worker thread would first compile them, a cost no user pays.
const built = (module: string) => new URL(`../dist/${module}`, import.meta.url).href;
const { ingestInputs } = (await import(built("pipeline/ingest-inputs.js"))) as typeof import("../src/pipeline/ingest-inputs.js");
const { openStore } = (await import(built("store/open-store.js"))) as typeof import("../src/store/open-store.js");

const MB = 1_000_000;

async function writeInput(dir: string, format: "jsonl" | "warc", count: number): Promise<string> {
  const path = join(dir, format === "jsonl" ? "corpus.jsonl" : "corpus.warc.gz");
  const out = createWriteStream(path);
  let i = 0;
  for (const record of generateRecords(count, 42)) {
    // A gzip member per record, as Common Crawl writes them.
    const chunk = format === "jsonl" ? JSON.stringify(record) + "\n" : gzipSync(toWarcRecord(record, i++));
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return path;
}

async function main(): Promise<void> {
  const format = process.argv[2] === "warc" ? "warc" : "jsonl";
  const count = Number(process.argv[3] ?? 20000);
  const dir = mkdtempSync(join(tmpdir(), "tally-ingest-bench-"));
  try {
    const input = await writeInput(dir, format, count);
    const bytes = statSync(input).size;
    const store = await openStore(join(dir, "bench.db"));
    const begin = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const summary = await ingestInputs([input], store, { onError: () => {} });
    // As `tally ingest` does: the tracks of what was stored are resolved before it ends.
    const tracks = await store.resolveTracks({ ifChanged: true });
    const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
    // CPU of every thread of the process: steadier than wall time on a shared machine.
    const cpu = process.cpuUsage(cpuBefore);
    await store.close();
    console.log(JSON.stringify({
      format,
      articles: summary.added,
      failed: summary.failed,
      claims: summary.claims,
      tracks,
      seconds: Math.round(seconds * 100) / 100,
      articles_per_s: Math.round(summary.added / seconds),
      mb_per_s: Math.round((bytes / MB / seconds) * 100) / 100,
      input_mb: Math.round((bytes / MB) * 10) / 10,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      cpu_ms_per_article: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, summary.added)) * 1000) / 1000,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
