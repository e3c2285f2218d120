import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { openStore, type StoreLocation } from "./open-store.js";
import { noDatabaseTest, testDatabaseUrl, testSchemas } from "./postgres/testing.js";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const STORE_MODULE = pathToFileURL(fileURLToPath(new URL("./open-store.ts", import.meta.url))).href;
const BATCHES = 8;
const PER_BATCH = 60;

// A writer process: opens the store (migrating a new ledger, maybe at the
// same moment as the other) and adds its own articles in several transactions.
const WORKER = `
import { openStore } from ${JSON.stringify(STORE_MODULE)};
const [location, prefix] = process.argv.slice(2);
let seed = [...prefix].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) >>> 0;
const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 4294967296; };
const word = () => Math.floor(rnd() * 1e6).toString(36);
const store = await openStore(JSON.parse(location));
for (let b = 0; b < ${BATCHES}; b++) {
  const batch = [];
  for (let i = 0; i < ${PER_BATCH}; i++) {
    const id = prefix + "-" + b + "-" + i;
    const body = "Il y a 12 blessés. " + Array.from({ length: 600 }, word).join(" ");
    const claim = { article: id, in: "body", start: 9, end: 11, mention: "12", low: 12, high: 12, qualifier: "exact",
      counts: "wounded", subject: null, event: null, source: null, modality: "stated", track: null, sentence: { start: 0, end: 18 } };
    batch.push({ article: { id, url: null, outlet: prefix + ".example", title: null, published: "2024-01-01", language: "fr", body },
      analysis: { article: id, language: "fr", claims: [claim] } });
  }
  const result = await store.add(batch);
  if (result.added !== ${PER_BATCH}) throw new Error("added " + result.added);
}
await store.close();
`;

function run(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: PROJECT_ROOT });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

async function twoWriters(dir: string, location: StoreLocation): Promise<void> {
  const script = join(dir, "writer.mts");
  writeFileSync(script, WORKER);
  const [a, b] = await Promise.all([run(script, [JSON.stringify(location), "a"]), run(script, [JSON.stringify(location), "b"])]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);

  const store = await openStore(location);
  try {
    const total = 2 * BATCHES * PER_BATCH;
    const stats = await store.stats();
    assert.equal(stats.articles, total);
    assert.equal(stats.claims, total);
    assert.equal(stats.outlets, 2);
    assert.ok((await store.has("a-0-0")) && (await store.has(`b-${BATCHES - 1}-${PER_BATCH - 1}`)));
    assert.equal((await store.search("blesses", { limit: total * 2 })).length, 2 * total);
  } finally {
    await store.close();
  }
}

describe("two processes writing one store", () => {
  const dir = mkdtempSync(join(tmpdir(), "tally-concurrency-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("SQLite: both complete, and every row of both is stored", { timeout: 120_000 }, async () => {
    await twoWriters(dir, { db: join(dir, "shared.db") });
  });

  const base = testDatabaseUrl();
  if (base === null) {
    noDatabaseTest("PostgreSQL: two writers");
  } else {
    const schemas = testSchemas(base);
    after(() => schemas.drop());
    it("PostgreSQL: both complete, and every row of both is stored", { timeout: 120_000 }, async () => {
      await twoWriters(dir, { db: "", databaseUrl: schemas.url("two_writers") });
    });
  }
});
