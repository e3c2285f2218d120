/**
 * @module pipeline/ingest-inputs.test
 * Storing workers (each analyses a batch and writes it to the SQLite file
 * at its turn) write the very ledger the calling thread writes alone: the
 * same articles in the same order, the same duplicates and near-duplicates
 * linked, the same claims, sentences, tracks and failures.
 */
import { strict as assert } from "node:assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { generateRecords } from "../../bench/generate-articles.js";
import { openStore } from "../store/open-store.js";
import { ingestInputs, type IngestSummary } from "./ingest-inputs.js";

const tmp = mkdtempSync(join(tmpdir(), "tally-ingest-"));

/** 600 articles, then 60 of them again, 40 re-published elsewhere with a line added, and 3 broken lines. */
function mixedInput(): string {
  const lines = [...generateRecords(600, 11)].map((r) => JSON.stringify(r));
  const copies = lines.slice(0, 60);
  const republished = lines.slice(100, 140).map((line, i) => {
    const r = JSON.parse(line) as Record<string, string>;
    return JSON.stringify({ ...r, id: `${r["id"]}-wire`, url: `${r["url"]}?wire`, source_domain: `wire-${i % 3}.example`, maintext: `${r["maintext"]} Mise à jour.` });
  });
  const all = [...lines.slice(0, 300), "{broken", ...copies, ...lines.slice(300), '{"maintext": 42}', ...republished, "[1,"];
  const path = join(tmp, "mixed.jsonl");
  writeFileSync(path, all.join("\n") + "\n");
  return path;
}

const TABLES = {
  articles: "SELECT seq, id, url, title, duplicate_of, first_outlet, text_hash, simhash FROM articles ORDER BY seq",
  outlets: "SELECT article_id, outlet_id, url FROM article_outlets ORDER BY 1, 2",
  claims: "SELECT * FROM claims ORDER BY id",
  sentences: "SELECT * FROM sentences ORDER BY id",
  tracks: "SELECT * FROM tracks ORDER BY id",
  links: "SELECT * FROM track_links ORDER BY 1, 2, 3",
  mentions: "SELECT * FROM entity_mentions ORDER BY 1, 2, 3",
};

async function ingestInto(name: string, input: string, workers: number): Promise<{ summary: IngestSummary; failures: string[]; rows: Record<string, unknown[]> }> {
  const path = join(tmp, name);
  const store = await openStore(path);
  const failures: string[] = [];
  let summary: IngestSummary;
  try {
    summary = await ingestInputs([input], store, { workers, batchSize: 64, onError: (where, reason) => failures.push(`${where}: ${reason}`) });
    await store.resolveTracks({ ifChanged: true });
  } finally {
    await store.close();
  }
  const db = new Database(path, { readonly: true });
  try {
    const rows = Object.fromEntries(Object.entries(TABLES).map(([table, sql]) => [table, db.prepare(sql).raw().all()]));
    return { summary, failures, rows };
  } finally {
    db.close();
  }
}

test("storing workers write the same ledger, in the same order, as the calling thread", { timeout: 240_000 }, async () => {
  const input = mixedInput();
  const alone = await ingestInto("alone.db", input, 0);
  const workers = await ingestInto("workers.db", input, 2);
  assert.deepEqual(alone.summary, { read: 700, added: 600, duplicates: 60, nearDuplicates: 40, failed: 3, claims: alone.summary.claims });
  assert.ok(alone.summary.claims > 600);
  assert.deepEqual(workers.summary, alone.summary);
  assert.deepEqual(workers.failures, alone.failures);
  for (const table of Object.keys(TABLES)) assert.deepEqual(workers.rows[table], alone.rows[table], table);
});
