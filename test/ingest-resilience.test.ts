/**
 * The ingest's failure semantics, with real processes:
 * - `kill -9` in the middle of an ingest leaves a consistent database, and
 *   running the same ingest again completes it without duplicates;
 * - two ingests into the same database at the same time both complete,
 *   with nothing lost.
 */
import { strict as assert } from "node:assert";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { generateRecords } from "../bench/generate-articles.js";
import { analyse } from "../src/core/analyse.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "tally-resilience-"));
const CLI = ["--import", "tsx", "src/cli/main.ts"];

function writeCorpus(name: string, count: number, seed: number): { path: string; claims: number } {
  const records = [...generateRecords(count, seed, 2000)];
  const path = join(tmp, name);
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
  let claims = 0;
  for (const r of records) {
    claims += analyse({ id: r.id, url: r.url, outlet: r.source_domain, title: r.title, published: r.date_publish, language: r.language, body: r.maintext }).claims.length;
  }
  return { path, claims };
}

function count(db: string, table: string): number {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

function ingestSync(db: string, input: string) {
  return spawnSync(process.execPath, [...CLI, "ingest", "--db", db, "--no-progress", "--workers", "1", input], { cwd: ROOT, encoding: "utf8", timeout: 240_000 });
}

test("kill -9 midway leaves a consistent ledger; the same ingest again completes it exactly once", { timeout: 300_000 }, async () => {
  const corpus = writeCorpus("kill.jsonl", 3000, 7);
  const db = join(tmp, "kill.db");
  const child = spawn(process.execPath, [...CLI, "ingest", "--db", db, "--no-progress", "--workers", "1", "--", corpus.path], { cwd: ROOT, stdio: "ignore" });
  // Wait until some batches are stored, then kill without warning.
  let stored = 0;
  for (let i = 0; i < 600 && stored === 0; i++) {
    await sleep(100);
    try {
      stored = count(db, "articles");
    } catch {
      stored = 0; // not created yet
    }
  }
  child.kill("SIGKILL");
  await new Promise((resolve) => child.once("exit", resolve));
  assert.ok(stored > 0, "the ingest stored nothing before the kill");

  const conn = new Database(db);
  assert.equal((conn.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
  const partial = (conn.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  // Batches are atomic: every stored article has all its claims.
  const orphan = conn.prepare("SELECT count(*) AS n FROM claims WHERE article_id NOT IN (SELECT id FROM articles)").get() as { n: number };
  conn.close();
  assert.equal(orphan.n, 0);
  assert.ok(partial < 3000, "the kill came after the end: nothing was interrupted");

  const rerun = ingestSync(db, corpus.path);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.equal(count(db, "articles"), 3000);
  assert.equal(count(db, "claims"), corpus.claims);
  assert.match(rerun.stdout, new RegExp(`${3000 - partial} new, ${partial} duplicate`));
});

test("two ingests into the same ledger at once both complete, nothing lost", { timeout: 300_000 }, async () => {
  const a = writeCorpus("a.jsonl", 1200, 11);
  const b = writeCorpus("b.jsonl", 1200, 12);
  const db = join(tmp, "concurrent.db");
  // What each process said on standard error: a failure names its reason.
  const run = (input: string) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [...CLI, "ingest", "--db", db, "--no-progress", "--workers", "1", input], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      child.once("close", (code) => resolve({ code, stderr }));
    });
  const [ra, rb] = await Promise.all([run(a.path), run(b.path)]);
  assert.equal(ra.code, 0, ra.stderr);
  assert.equal(rb.code, 0, rb.stderr);
  assert.equal(count(db, "articles"), 2400);
  assert.equal(count(db, "claims"), a.claims + b.claims);
});
