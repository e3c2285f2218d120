/**
 * Distributed ingestion end to end: `tally enqueue` splits a WARC file (into
 * record ranges) and a directory (into batches of files) into jobs on one
 * PostgreSQL database; three `tally worker` processes run them; one is
 * killed with SIGKILL in the middle of a job. Afterwards every article and
 * every claim is stored exactly once (compared with a single-process
 * SQLite ingest of the same inputs, claim by claim, tracks included), and
 * the killed worker's job was run again by another.
 */
import { strict as assert } from "node:assert";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { generateRecords, toWarcRecord } from "../../bench/generate-articles.js";
import { openStore } from "../../src/store/open-store.js";
import { parseDatabaseUrl } from "../../src/store/postgres/connection.js";
import { noDatabaseTest, testDatabaseUrl, testSchemas } from "../../src/store/postgres/testing.js";
import { queueSchemaOf } from "../../src/distributed/queue.js";
import { formatExport } from "../../src/cli/track-commands.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "src/cli/main.ts");
const WARC_RECORDS = 480;
const RECORDS_PER_JOB = 24;
const JSON_FILES = 30;

function tally(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
}

function writeInputs(dir: string): string[] {
  const warc = join(dir, "crawl.warc.gz");
  const members: Buffer[] = [];
  let i = 0;
  for (const record of generateRecords(WARC_RECORDS, 7)) members.push(gzipSync(toWarcRecord(record, i++)));
  writeFileSync(warc, Buffer.concat(members));
  const folder = join(dir, "wire");
  mkdirSync(join(folder, "nested"), { recursive: true });
  let k = 0;
  for (const r of generateRecords(JSON_FILES, 99)) {
    const file = join(folder, k % 2 ? "nested" : "", `a${k}.json`);
    writeFileSync(file, JSON.stringify({ ...r, id: `json-${k}` })); // news-please JSON
    k++;
  }
  // A bad input among the good: reported, the rest still ingested.
  writeFileSync(join(folder, "broken.json"), "{ not json");
  return [warc, folder];
}

const base = testDatabaseUrl();

describe("distributed ingestion: 3 workers on one PostgreSQL, one killed mid-job", () => {
  if (base === null) {
    noDatabaseTest("distributed workers");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "tally-distributed-"));
  const schemas = testSchemas(base);
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await schemas.drop();
    // pg-boss's schema beside the ledger's.
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: parseDatabaseUrl(base).connectionString });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${queueSchemaOf(schemas.schemaOf("ledger"))}" CASCADE`);
    await client.end();
  });

  it("stores every article and claim exactly once, as one SQLite ingest does", { timeout: 240_000 }, async () => {
    const inputs = writeInputs(dir);
    const url = schemas.url("ledger");
    const env = { TALLY_DATABASE_URL: url };

    const enqueued = await finished(tally(["enqueue", "--records-per-job", String(RECORDS_PER_JOB), "--files-per-job", "8", "--job-timeout", "6", ...inputs], env));
    assert.equal(enqueued.code, 0, enqueued.stderr);
    const jobs = WARC_RECORDS / RECORDS_PER_JOB + Math.ceil((JSON_FILES + 1) / 8);
    assert.match(enqueued.stdout, new RegExp(`enqueued: ${jobs} jobs`));

    const workers = [0, 1, 2].map(() => tally(["worker", "--exit-when-done"], env));
    const results = workers.map(finished);
    // Kill the first worker without warning once it is in the middle of its second job.
    const victim = workers[0]!;
    let started = 0;
    const killed = new Promise<void>((resolve) => {
      victim.stdout!.on("data", (d: Buffer) => {
        started += (d.toString().match(/^job started:/gm) ?? []).length;
        // At once: a job takes tens of milliseconds, and a later kill may find it done.
        if (started >= 2 && victim.exitCode === null && !victim.killed) {
          victim.kill("SIGKILL");
          resolve();
        }
      });
    });
    await killed;
    const [dead, ...survivors] = await Promise.all(results);
    assert.equal(dead!.signal, "SIGKILL");
    for (const s of survivors) {
      // 1 for the worker that met the broken input (it reports it and goes on), 0 otherwise.
      assert.ok(s.code === 0 || s.code === 1, `a survivor completes\n${s.stderr}`);
    }
    const reported = survivors.map((s) => s.stderr).join("") + dead!.stderr;
    assert.match(reported, /broken\.json: /, "the bad input is reported with its path and reason");

    // The job the killed worker held expired and was run again by another worker.
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: parseDatabaseUrl(base).connectionString });
    await client.connect();
    try {
      const states = await client.query<{ state: string; n: string; retried: string }>(
        `SELECT state, count(*) AS n, count(*) FILTER (WHERE retry_count > 0) AS retried FROM "${queueSchemaOf(schemas.schemaOf("ledger"))}".job GROUP BY state`);
      const byState = Object.fromEntries(states.rows.map((r) => [r.state, Number(r.n)]));
      assert.deepEqual(byState, { completed: jobs }, "every job completed");
      assert.ok(states.rows.some((r) => Number(r.retried) >= 1), "the killed worker's job was retried");
    } finally {
      await client.end();
    }

    // The reference: the same inputs ingested by one process into SQLite.
    const reference = await openStore(join(dir, "reference.db"));
    const { ingestInputs } = await import("../../src/pipeline/ingest-inputs.js");
    await ingestInputs(inputs, reference, { workers: 0, onError: () => {} });
    // As `tally ingest` does: the families articles share are resolved at the end (the workers did it on theirs).
    await reference.resolveTracks({ ifChanged: true });
    const ledger = await openStore({ db: "", databaseUrl: url });
    try {
      const [mine, theirs] = [await ledger.stats(), await reference.stats()];
      assert.equal(mine.articles, WARC_RECORDS + JSON_FILES);
      assert.deepEqual({ ...mine, schemaVersion: 0 }, { ...theirs, schemaVersion: 0 }, "the same articles, duplicates, outlets, claims and tracks");
      // Claim by claim, with their tracks: resolved after arrival in any order, by any worker.
      const lines = async (s: typeof ledger) => (await formatExport(s, "jsonl")).split("\n").sort();
      const [a, b] = [await lines(ledger), await lines(reference)];
      assert.equal(a.length, b.length);
      assert.deepEqual(a, b);
    } finally {
      await ledger.close();
      await reference.close();
    }
  });
});
