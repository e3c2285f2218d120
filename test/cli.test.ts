/**
 * @module test/cli
 * The `tally` command end to end, run as a child process from the sources
 * (`node --import tsx src/cli/main.ts`), on files made in a temp folder.
 * Asserts I/O behaviour (formats, errors, exit codes, streams), never how
 * many claims the core finds: the core changes, the contract does not.
 */
import { strict as assert } from "node:assert";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, describe, test } from "node:test";
import { jsonLines, runTally, SPEC_CLAIM_KEYS as KEYS } from "./run-tally.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../shared/gold/seeds-articles.jsonl", import.meta.url));
const TIMEOUT_MS = 60_000;

const tmp = mkdtempSync(join(tmpdir(), "tally-cli-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

// The demo stores what it reads: into this folder's ledger.
const tally = (args: string[], stdin?: string | Buffer): SpawnSyncReturns<string> => runTally(args, { db: join(tmp, "tally.db"), stdin });

const record = (id: string, maintext = "Au moins 12 morts et plus de 300 blessés, selon la police."): string =>
  JSON.stringify({ id, url: `https://n.example/${id}`, source_domain: "n.example", title: null, maintext, date_publish: "2024-10-23", language: "fr" });

describe("tally extract: inputs", () => {
  test("a good .txt with a date line: exit 0, nothing on stderr, JSON lines", () => {
    const path = file("good/article.txt", "date 2024-10-02\nAu moins 12 morts, selon la police.\n\nPlus de 300 blessés.\n");
    const run = tally(["extract", path]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, "");
    const ids = new Set(jsonLines(run.stdout).map((c) => c["article"]));
    assert.ok(ids.size <= 1);
  });

  test("JSON lines with a malformed line 2: the others still go through, the error names path:2, exit 1", () => {
    const path = file("mixed/wire.jsonl", [record("good-1"), "{not json", record("good-3")].join("\n") + "\n");
    const run = tally(["extract", path]);
    assert.equal(run.status, 1);
    const lines = run.stderr.split("\n").filter(Boolean);
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, new RegExp(`^tally: ${escape(path)}:2: malformed JSON`));
    for (const claim of jsonLines(run.stdout)) assert.ok(["good-1", "good-3"].includes(claim["article"] as string));
    // Whatever the core finds, the demo lists every article read: both good records are there.
    const demo = tally(["demo", join(tmp, "mixed")]);
    assert.equal(demo.status, 1);
    assert.match(demo.stdout, /· good-1\n/);
    assert.match(demo.stdout, /· good-3\n/);
    assert.match(demo.stdout, /Totals: 2 articles/);
  });

  const bad: Array<[string, string | Uint8Array, RegExp]> = [
    ["empty.txt", "", /empty file/],
    ["binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /binary content/],
    ["latin1.txt", Buffer.from("Près de 12 morts à Vellerin", "latin1"), /not valid UTF-8/],
  ];
  for (const [name, content, reason] of bad) {
    test(`${name}: an error naming it, the next input still read, exit 1`, () => {
      const path = file(`bad/${name}`, content);
      const good = file("bad/good.txt", "Au moins 12 morts.");
      const run = tally(["extract", path, good]);
      assert.equal(run.status, 1);
      const [line, ...rest] = run.stderr.split("\n").filter(Boolean);
      assert.deepEqual(rest, []);
      assert.ok(line!.startsWith(`tally: ${path}: `), line);
      assert.match(line!, reason);
      for (const claim of jsonLines(run.stdout)) assert.notEqual(claim["article"], undefined);
    });
  }

  test("a missing path", () => {
    const missing = join(tmp, "does-not-exist.txt");
    const run = tally(["extract", missing]);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, `tally: ${missing}: no such file or directory\n`);
    assert.equal(run.stdout, "");
  });

  test("a directory: read recursively, other files skipped quietly", () => {
    file("dir/a.txt", "date 2024-10\nAu moins 12 morts.");
    file("dir/sub/b.jsonl", record("dir-b"));
    file("dir/notes.md", "not an article: 12");
    const run = tally(["extract", join(tmp, "dir")]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, "");
    const demo = tally(["demo", join(tmp, "dir")]);
    assert.match(demo.stdout, /Totals: 2 articles/);
  });

  test("stdin as -", () => {
    const text = tally(["extract", "-"], "date 2024-10\nAu moins 12 morts, selon la police.");
    assert.equal(text.status, 0, text.stderr);
    assert.equal(text.stderr, "");
    for (const claim of jsonLines(text.stdout)) assert.match(claim["article"] as string, /^stdin-/);
    const json = tally(["extract", "-"], `${record("from-stdin")}\n`);
    assert.equal(json.status, 0, json.stderr);
    for (const claim of jsonLines(json.stdout)) assert.equal(claim["article"], "from-stdin");
    const empty = tally(["extract", "-"], "");
    assert.equal(empty.status, 1);
    assert.equal(empty.stderr, "tally: -: empty input\n");
  });
});

describe("tally extract: formats", () => {
  test("--format jsonl (the default): every line parses and has exactly the spec keys, in order", () => {
    for (const args of [["extract", SEEDS], ["extract", "--format", "jsonl", SEEDS]]) {
      const run = tally(args);
      assert.equal(run.status, 0, run.stderr);
      for (const claim of jsonLines(run.stdout)) assert.deepEqual(Object.keys(claim), KEYS);
      assert.ok(run.stdout === "" || run.stdout.endsWith("\n"));
    }
  });

  test("--format json is one valid JSON array of the same objects", () => {
    const lines = jsonLines(tally(["extract", SEEDS]).stdout);
    const run = tally(["extract", "--format", "json", SEEDS]);
    assert.equal(run.status, 0, run.stderr);
    const array = JSON.parse(run.stdout) as unknown[];
    assert.ok(Array.isArray(array));
    assert.deepEqual(array, lines);
  });

  test("--format json with no claims at all is still valid: []", () => {
    const run = tally(["extract", "--format", "json", file("none/no-figures.txt", "Rien ici.")]);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  test("--format table: a header, rows within 100 columns", () => {
    const run = tally(["extract", "--format", "table", SEEDS]);
    assert.equal(run.status, 0, run.stderr);
    const [header] = run.stdout.split("\n");
    assert.match(header!, /^ARTICLE\s+VALUE\s+QUALIFIER\s+COUNTS\s+EVENT\s+SOURCE\s+MODALITY$/);
    for (const line of run.stdout.split("\n")) assert.ok(Array.from(line).length <= 100, line);
  });

  test("offsets: body.slice(start, end) === mention for every claim on the gold seed articles", () => {
    const articles = new Map<string, { maintext: string; title: string | null }>();
    for (const line of readFileSync(SEEDS, "utf8").split("\n").filter(Boolean)) {
      const a = JSON.parse(line) as { id: string; maintext: string; title: string | null };
      articles.set(a.id, a);
    }
    const run = tally(["extract", SEEDS]);
    assert.equal(run.status, 0, run.stderr);
    for (const claim of jsonLines(run.stdout)) {
      const article = articles.get(claim["article"] as string);
      assert.ok(article, `unknown article ${String(claim["article"])}`);
      const text = claim["in"] === "title" ? article.title ?? "" : article.maintext;
      assert.equal(text.slice(claim["start"] as number, claim["end"] as number), claim["mention"], JSON.stringify(claim));
    }
  });

  test("a reader that stops early (| head) ends the run quietly", () => {
    // Far more output than a pipe holds, so tally is still writing when head has gone.
    const seeds = readFileSync(SEEDS, "utf8").split("\n").filter(Boolean);
    const lines = Array.from({ length: 400 }, (_, i) => record(`a${i}`, (JSON.parse(seeds[i % seeds.length]!) as { maintext: string }).maintext));
    const big = file("big/many.jsonl", lines.join("\n"));
    const errFile = join(tmp, "big/stderr.txt");
    const run = spawnSync("sh", ["-c", `"${process.execPath}" --import tsx src/cli/main.ts extract --format table "${big}" 2>"${errFile}" | head -n 1`], {
      cwd: ROOT, encoding: "utf8", timeout: TIMEOUT_MS,
    });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^ARTICLE/);
    assert.equal(readFileSync(errFile, "utf8"), "", "no EPIPE noise on stderr");
  });
});

describe("tally: usage, help, demo", () => {
  test("usage errors exit 2", () => {
    assert.equal(tally(["extract"]).status, 2);
    assert.equal(tally(["extract", "--format", "xml", SEEDS]).status, 2);
    assert.equal(tally(["frobnicate"]).status, 2);
    assert.equal(tally(["extract", "--nope", SEEDS]).status, 2);
  });

  test("--version and --help", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const v = tally(["--version"]);
    assert.equal(v.status, 0);
    assert.equal(v.stdout.trim(), version);
    const help = tally(["--help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Examples:/);
    assert.match(help.stdout, /tally extract/);
    const extractHelp = tally(["extract", "--help"]);
    assert.equal(extractHelp.status, 0);
    assert.match(extractHelp.stdout, /--format/);
  });

  test("demo with no folder reads the examples next to the package", () => {
    const run = tally(["demo"]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Tally demo: the figures in \d+ articles from .*examples/);
    assert.match(run.stdout, /Totals: \d+ articles, \d+ figure claims?\n {2}by qualifier: .*\n {2}by modality: /);
    for (const line of run.stdout.split("\n")) assert.ok(Array.from(line).length <= 100, line);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
