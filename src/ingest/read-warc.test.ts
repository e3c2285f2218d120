/**
 * @module ingest/read-warc.test
 * WARC and WARC.gz built by hand (WARC/1.0 headers + HTTP responses, one
 * gzip member per record as CC-NEWS does): HTML responses become articles,
 * other records are skipped, malformed or oversized records are errors
 * naming `file#offset`, and reading goes on after them.
 */
import { strict as assert } from "node:assert";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import type { Article } from "../core/types.js";
import { idFromUrl } from "./article-id.js";
import { InputError } from "./input-error.js";
import { readArticles, type ReadOptions } from "./read-inputs.js";

let dir = "";
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-warc-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function page(title: string, paragraphs: string[], extraHead = ""): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head><body>` +
    `<nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
}

const LONG = "At least 12 people were killed and 300 soldiers deployed, officials said on Tuesday in a statement to reporters.";

function http(body: Buffer | string, contentType = "text/html; charset=utf-8", status = "200 OK"): Buffer {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

function record(type: string, block: Buffer | string, headers: Record<string, string> = {}, contentLength?: string): Buffer {
  const bytes = typeof block === "string" ? Buffer.from(block, "utf8") : block;
  const lines = [
    "WARC/1.0",
    `WARC-Type: ${type}`,
    "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>",
    "WARC-Date: 2024-10-23T14:03:00Z",
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ...(contentLength === "omit" ? [] : [`Content-Length: ${contentLength ?? bytes.length}`]),
  ];
  if (type === "response") lines.splice(2, 0, "Content-Type: application/http; msgtype=response");
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`), bytes, Buffer.from("\r\n\r\n")]);
}

function sampleRecords(): Buffer[] {
  const url = (n: number): Record<string, string> => ({ "WARC-Target-URI": `https://news.example/${n}` });
  return [
    record("warcinfo", "software: hand\r\n", { "Content-Type": "application/warc-fields" }),
    record("request", "GET /1 HTTP/1.1\r\nHost: news.example\r\n\r\n", url(1)),
    record("response", http(page("First", [LONG, `Second paragraph. ${LONG}`])), url(1)),
    record("response", "this is not an HTTP response\r\nat all\r\n\r\nbody", url(2)), // malformed
    record("response", http(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "image/png"), url(3)),
    record("response", http(page("Dated", [LONG, LONG], '<meta property="article:published_time" content="2024-09-01T08:00:00Z">')), url(4)),
    record("response", http(page("Big", [LONG.repeat(50)])), url(5)),
  ];
}

async function read(path: string, opts?: ReadOptions): Promise<Array<Article | InputError>> {
  const out: Array<Article | InputError> = [];
  for await (const item of readArticles([path], opts)) out.push(item);
  return out;
}

function offsetOf(records: Buffer[], index: number, gzip: boolean): number {
  return records.slice(0, index).reduce((sum, r) => sum + (gzip ? gzipSync(r).length : r.length), 0);
}

describe("WARC", () => {
  for (const gzip of [false, true]) {
    test(`${gzip ? ".warc.gz" : ".warc"}: HTML responses read, the rest skipped, bad records named by offset`, async () => {
      const records = sampleRecords();
      const path = join(dir, gzip ? "news.warc.gz" : "news.warc");
      await writeFile(path, gzip ? Buffer.concat(records.map((r) => gzipSync(r))) : Buffer.concat(records));
      const items = await read(path, { maxRecordBytes: 4000 });
      const summary = items.map((i) => (i instanceof InputError ? `error ${i.input}` : i.url));
      assert.deepEqual(summary, [
        "https://news.example/1",
        `error ${path}#${offsetOf(records, 3, gzip)}`,
        "https://news.example/4",
        `error ${path}#${offsetOf(records, 6, gzip)}`,
      ]);
      const [first, malformed, dated, big] = items as [Article, InputError, Article, InputError];
      assert.equal(first.id, idFromUrl("https://news.example/1"));
      assert.equal(first.title, "First");
      assert.equal(first.published, "2024-10-23T14:03:00Z"); // WARC-Date: the page gives none
      assert.equal(first.language, "en");
      assert.ok(first.body.includes(`${LONG}\nSecond paragraph.`), first.body);
      assert.ok(!first.body.includes("Home"));
      assert.match(malformed.reason, /no HTTP status line/);
      assert.equal(dated.published, "2024-09-01T08:00:00Z"); // the page's own date wins
      assert.match(big.reason, /over the 4000-byte limit/);
    });
  }

  test("a record without Content-Length is an error; the parser finds the next record", async () => {
    const records = sampleRecords();
    const broken = record("metadata", "via: x", { "WARC-Target-URI": "https://news.example/m" }, "omit");
    const path = join(dir, "no-length.warc");
    await writeFile(path, Buffer.concat([records[2]!, broken, records[5]!]));
    const items = await read(path);
    const urls = items.filter((i): i is Article => !(i instanceof InputError)).map((a) => a.url);
    assert.deepEqual(urls, ["https://news.example/1", "https://news.example/4"]);
    const errs = items.filter((i): i is InputError => i instanceof InputError);
    assert.ok(errs.length >= 1);
    assert.match(errs[0]!.input, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}#\\d+$`));
    assert.match(errs[0]!.reason, /malformed WARC record/);
  });

  test("a truncated .warc.gz stops with one error for the file, after what it could read", async () => {
    const records = sampleRecords();
    const whole = Buffer.concat(records.slice(0, 3).map((r) => gzipSync(r)));
    const last = gzipSync(records[5]!);
    const path = join(dir, "truncated.warc.gz");
    await writeFile(path, Buffer.concat([whole, last.subarray(0, last.length - 30)]));
    const items = await read(path);
    assert.equal((items[0] as Article).url, "https://news.example/1");
    assert.equal(items.length, 2);
    assert.ok(items[1] instanceof InputError);
    assert.match(items[1].reason, /truncated gzip member/);
  });

  test("garbage between records is an error at its offset; the next record still reads", async () => {
    const records = sampleRecords();
    const garbage = Buffer.from("garbage garbage\r\nmore\r\n\r\n");
    const path = join(dir, "garbage.warc");
    await writeFile(path, Buffer.concat([records[2]!, garbage, records[5]!]));
    const items = await read(path);
    assert.deepEqual(items.map((i) => (i instanceof InputError ? `${i.input} ${i.reason.slice(0, 21)}` : i.url)), [
      "https://news.example/1",
      `${path}#${records[2]!.length} malformed WARC record`,
      "https://news.example/4",
    ]);
  });

  test("a WARC with no HTML response says so", async () => {
    const path = join(dir, "empty.warc");
    await writeFile(path, sampleRecords()[0]!);
    const items = await read(path);
    assert.equal(items.length, 1);
    assert.match((items[0] as InputError).reason, /no HTML responses/);
  });
});
