/**
 * @module bench/pg-bench
 * Ingest throughput on PostgreSQL with distributed workers: the same
 * generated corpus as bench/ingest-bench (N articles of ~4 KB, as a gzipped
 * WARC of HTML pages, one gzip member per record), put on the queue by
 * `tally enqueue` (record ranges) and ingested by 1, then 2, `tally worker`
 * processes into a fresh schema each; timed from the enqueue to the last
 * worker's exit (tracks resolved). Prints one JSON line.
 *
 * The database: TALLY_BENCH_DATABASE_URL, else TALLY_TEST_DATABASE_URL,
 * else TALLY_DATABASE_URL. Without one it prints {"skipped": "..."} and
 * exits 0.
 *
 * Usage: node --import tsx bench/pg-bench.ts COUNT
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { queueSchemaOf } from "../src/distributed/queue.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { parseDatabaseUrl } from "../src/store/postgres/connection.js";
import { generateRecords, toWarcRecord } from "./generate-articles.js";

const CLI = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));
const MB = 1_000_000;

async function writeWarc(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  let i = 0;
  for (const record of generateRecords(count, 42)) {
    if (!out.write(gzipSync(toWarcRecord(record, i++)))) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function tally(args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
      env: { ...process.env, TALLY_DATABASE_URL: url },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`tally ${args[0]} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

async function run(base: string, warc: string, count: number, workers: number): Promise<{ seconds: number; articles: number; claims: number }> {
  const url = new URL(base);
  const schema = `tally_bench_${process.pid}_${workers}`;
  url.searchParams.set("schema", schema);
  try {
    const begin = process.hrtime.bigint();
    await tally(["enqueue", "--records-per-job", String(Math.max(50, Math.ceil(count / (workers * 10)))), warc], url.toString());
    await Promise.all(Array.from({ length: workers }, () => tally(["worker", "--exit-when-done"], url.toString())));
    const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
    const store = await openPostgresStore(url.toString(), { poolSize: 1 });
    const stats = await store.stats();
    await store.close();
    if (stats.articles !== count) throw new Error(`${workers} worker(s) stored ${stats.articles} articles of ${count}`);
    return { seconds, articles: stats.articles, claims: stats.claims };
  } finally {
    const client = new pg.Client({ connectionString: parseDatabaseUrl(base).connectionString });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${queueSchemaOf(schema)}" CASCADE`);
    await client.end();
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 4000);
  const base = process.env.TALLY_BENCH_DATABASE_URL?.trim() || process.env.TALLY_TEST_DATABASE_URL?.trim() || process.env.TALLY_DATABASE_URL?.trim();
  if (!base) {
    console.log(JSON.stringify({ skipped: "no PostgreSQL: set TALLY_BENCH_DATABASE_URL (or TALLY_TEST_DATABASE_URL / TALLY_DATABASE_URL) to a database the bench may create schemas in" }));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "tally-pg-bench-"));
  try {
    const warc = join(dir, "corpus.warc.gz");
    await writeWarc(warc, count);
    const mb = statSync(warc).size / MB;
    const one = await run(base, warc, count, 1);
    const two = await run(base, warc, count, 2);
    const perS = (r: { seconds: number }) => Math.round(count / r.seconds);
    console.log(JSON.stringify({
      format: "warc",
      articles: count,
      claims: one.claims,
      input_mb: Math.round(mb * 10) / 10,
      seconds_1_worker: Math.round(one.seconds * 100) / 100,
      seconds_2_workers: Math.round(two.seconds * 100) / 100,
      pg_ingest_articles_per_s_1_worker: perS(one),
      pg_ingest_articles_per_s_2_workers: perS(two),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
