/**
 * `tally ingest` and the ledger's commands as a user runs them, in a child
 * process: a folder of good inputs in every format mixed with bad ones.
 * Every bad input is reported with its path and the reason, everything
 * else is stored, the command exits 1; the same ingest again stores nothing
 * twice; `claims`, `articles`, `search` and `stats` answer from what was
 * stored, in each output format, with the extractor's field names.
 */
import { strict as assert } from "node:assert";
import type { SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { jsonLines, runTally, SPEC_CLAIM_KEYS as KEYS } from "./run-tally.js";
import { generateRecords, toHtmlPage, toWarcRecord, type GeneratedRecord } from "../bench/generate-articles.js";


const tmp = mkdtempSync(join(tmpdir(), "tally-ledger-cli-"));
const inputs = join(tmp, "inputs");
const db = join(tmp, "ledger.db");
after(() => rmSync(tmp, { recursive: true, force: true }));

const tally = (args: string[]): SpawnSyncReturns<string> => runTally(args, { db, timeoutMs: 120_000 });

function write(name: string, content: string | Uint8Array): string {
  const path = join(inputs, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function rss(items: readonly GeneratedRecord[]): string {
  const entries = items.map((r) => `<item><title>${escapeXml(r.title)}</title><link>${r.url}</link>
<pubDate>${new Date(r.date_publish.replace(" ", "T") + "Z").toUTCString()}</pubDate>
<description>${escapeXml(r.maintext)}</description></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title><language>fr</language>
${entries.join("\n")}</channel></rss>`;
}

const records = [...generateRecords(9, 31, 1200)];
const [j1, j2, j3, h1, w1, w2, f1, f2, t1] = records;
/** The same text as j1, published by another outlet under another id: stored once, linked to both outlets. */
const copy = { ...j1!, id: "copy-of-j1", url: "https://other-outlet.example/copy", source_domain: "other-outlet.example" };
const GOOD_ARTICLES = 9;

/** Each bad input, with what its error must say. */
const BAD: ReadonlyArray<{ readonly name: string; readonly reason: RegExp }> = [
  { name: "wire.jsonl:4", reason: /not valid UTF-8/ },
  { name: "broken.json", reason: /malformed JSON/ },
  { name: "empty.txt", reason: /empty file/ },
  { name: "blob.txt", reason: /binary content/ },
  { name: "broken-feed.xml", reason: /malformed XML/ },
  { name: "broken.warc#0", reason: /malformed WARC record/ },
  { name: "gone.txt", reason: /no such file/ },
  { name: "no-article.html", reason: /no article text/ },
];

before(() => {
  write("wire.jsonl", Buffer.concat([
    Buffer.from([j1, j2, j3].map((r) => JSON.stringify(r)).join("\n") + "\n"),
    // Line 4: Latin-1 bytes where UTF-8 is due.
    Buffer.from('{"id":"latin1","maintext":"', "utf8"), Buffer.from("Bless\xe9s : 40\"}\n", "latin1"),
    Buffer.from(JSON.stringify(copy) + "\n"),
  ]));
  write("pages/h1.html", toHtmlPage(h1!));
  write("crawl/cc-news.warc.gz", Buffer.concat([gzipSync(toWarcRecord(w1!, 0)), gzipSync(toWarcRecord(w2!, 1))]));
  write("feeds/wire.rss", rss([f1!, f2!]));
  write("notes/t1.txt", `${t1!.title}\n\n${t1!.maintext}\n`);
  write("broken.json", "{ \"id\": \"x\", ");
  write("empty.txt", "");
  write("blob.txt", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(64), Buffer.from([0xff, 0xd8, 0x00, 0x01])]));
  write("broken-feed.xml", `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut</title></channel>`);
  write("broken.warc", "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n\r\ngarbage");
  write("no-article.html", "<!doctype html><html><head><title>Menu</title></head><body><nav></nav></body></html>");
  // Unreadable: a name that points nowhere.
  symlinkSync(join(tmp, "nowhere.txt"), join(inputs, "gone.txt"));
});

describe("tally ingest: a folder of good and bad inputs", () => {
  let first: SpawnSyncReturns<string>;
  before(() => {
    first = tally(["ingest", "--no-progress", inputs]);
  });

  test("every bad input is named with its reason; the rest is stored; exit 1", () => {
    assert.equal(first.status, 1, first.stderr);
    const errors = first.stderr.split("\n").filter((l) => l.startsWith("tally: "));
    for (const { name, reason } of BAD) {
      const line = errors.find((l) => l.includes(`${name}:`));
      assert.ok(line, `no error names ${name}:\n${first.stderr}`);
      assert.match(line, reason, line);
    }
    const summary = /ingested: (\d+) read, (\d+) new, (\d+) duplicate, (\d+) near-duplicate, (\d+) failed, (\d+) claims stored/.exec(first.stdout);
    assert.ok(summary, first.stdout);
    const [, read, added, duplicates, , failed, claims] = summary.map(Number);
    assert.equal(added, GOOD_ARTICLES);
    assert.equal(duplicates, 1, "the copy under another id");
    assert.ok(failed! >= BAD.length, `${failed} failed, ${BAD.length} bad inputs written`);
    assert.ok(read! >= added! + duplicates!);
    assert.ok(claims! > 0);
  });

  test("the same ingest again stores nothing twice", () => {
    const before = jsonLines(tally(["stats", "--format", "jsonl"]).stdout)[0]!;
    const again = tally(["ingest", "--no-progress", inputs]);
    assert.equal(again.status, 1, "the bad inputs are still bad");
    assert.match(again.stdout, /ingested: \d+ read, 0 new, \d+ duplicate/);
    const now = jsonLines(tally(["stats", "--format", "jsonl"]).stdout)[0]!;
    for (const key of ["articles", "duplicates", "claims", "tracks", "outlets"]) assert.equal(now[key], before[key], key);
    assert.equal(now.articles, GOOD_ARTICLES);
  });
});

describe("the ledger's commands answer from what was stored", () => {
  let claims: Array<Record<string, unknown>>;
  let articles: Array<Record<string, unknown>>;
  before(() => {
    claims = jsonLines(tally(["claims", "--format", "jsonl", "--limit", "100000"]).stdout);
    articles = jsonLines(tally(["articles", "--format", "jsonl", "--limit", "1000"]).stdout);
  });

  test("claims in JSON lines: the extractor's fields, in its order, the same claims it reads", () => {
    assert.ok(claims.length > 0);
    for (const c of claims) assert.deepEqual(Object.keys(c), KEYS);
    // The news-please articles as `tally extract` reads them: the same claims (tracks aside, which the ledger resolves across articles).
    const extracted = jsonLines(tally(["extract", join(inputs, "wire.jsonl")]).stdout);
    const withoutTrack = ({ track: _track, ...rest }: Record<string, unknown>) => rest;
    for (const id of [j1!.id, j2!.id, j3!.id]) {
      const stored = claims.filter((c) => c.article === id).map(withoutTrack);
      assert.deepEqual(stored, extracted.filter((c) => c.article === id).map(withoutTrack), id);
    }
  });

  test("filters combine with AND and keep only what they name", () => {
    const languageOf = new Map(articles.map((a) => [a.id, a.language]));
    const publishedOf = new Map(articles.map((a) => [a.id, String(a.published ?? "")]));
    const cases: Array<{ args: string[]; keep: (c: Record<string, unknown>) => boolean }> = [
      { args: ["--language", "en"], keep: (c) => languageOf.get(c.article) === "en" },
      { args: ["--modality", "stated", "--language", "fr"], keep: (c) => c.modality === "stated" && languageOf.get(c.article) === "fr" },
      { args: ["--article", j2!.id], keep: (c) => c.article === j2!.id },
      { args: ["--since", "2026-03-05", "--until", "2026-03-08"], keep: (c) => publishedOf.get(c.article)!.slice(0, 10) >= "2026-03-05" && publishedOf.get(c.article)!.slice(0, 10) <= "2026-03-08" },
    ];
    const counted = claims.find((c) => c.counts !== null)!.counts as string;
    cases.push({ args: ["--counts", counted], keep: (c) => c.counts === counted });
    for (const { args, keep } of cases) {
      const got = jsonLines(tally(["claims", "--format", "jsonl", "--limit", "100000", ...args]).stdout);
      const want = claims.filter(keep);
      assert.ok(want.length > 0 && want.length < claims.length, `${args.join(" ")} should select some claims, not all`);
      assert.deepEqual(got, want, args.join(" "));
    }
  });

  test("articles: one row per article, a copy linked to both outlets, in table, JSON lines and CSV", () => {
    assert.equal(articles.length, GOOD_ARTICLES + 1, "the originals and the copy's row");
    const original = articles.find((a) => a.id === j1!.id)!;
    assert.deepEqual([...(original.outlets as string[])].sort(), [copy.source_domain, j1!.source_domain].sort());
    assert.equal(articles.find((a) => a.id === copy.id)!.duplicateOf, j1!.id);
    const warc = articles.find((a) => a.url === w1!.url);
    assert.ok(warc, "a WARC response keeps its target URI");
    assert.equal(String(warc.published).slice(0, 10), w1!.date_publish.slice(0, 10));
    const csv = tally(["articles", "--format", "csv", "--limit", "1000"]).stdout.trim().split("\n");
    assert.equal(csv.length, articles.length + 1);
    assert.match(csv[0]!, /^id,/);
    const table = tally(["articles", "--limit", "1000"]).stdout;
    assert.ok(table.includes(j1!.id));
  });

  test("search ignores accents and case, and reads hostile queries as words", () => {
    const frenchWord = /\b(\p{L}*[éèêà]\p{L}{3,})/u.exec(j1!.maintext)![1]!;
    const plain = frenchWord.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
    const hits = jsonLines(tally(["search", "--format", "jsonl", "--limit", "100", plain]).stdout);
    assert.ok(hits.some((h) => h.article === j1!.id), `"${plain}" finds "${frenchWord}"`);
    const hostile = tally(["search", "--format", "jsonl", `"NEAR( * ) -OR:`]);
    assert.equal(hostile.status, 0, hostile.stderr);
  });

  test("stats in every format agree", () => {
    const stats = jsonLines(tally(["stats", "--format", "jsonl"]).stdout)[0]!;
    assert.equal(stats.claims, claims.length);
    const csv = tally(["stats", "--format", "csv"]).stdout;
    assert.ok(csv.includes(String(claims.length)), csv);
  });
});
