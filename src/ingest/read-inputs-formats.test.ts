/**
 * @module ingest/read-inputs-formats.test
 * readArticles on the formats beyond text and news-please: HTML, feeds,
 * JSON Feed, WARC, gzip, told by extension and by content (files with
 * misleading or no extensions, stdin), directories that hold them, and bad
 * ones as errors naming the path. Also the sniffer on its own.
 */
import { strict as assert } from "node:assert";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import type { Article } from "../core/types.js";
import { idFromPath, idFromUrl } from "./article-id.js";
import { InputError } from "./input-error.js";
import { readArticles, type ReadOptions } from "./read-inputs.js";
import { sniffFormat } from "./sniff-format.js";

let dir = "";
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "tally-formats-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const P = "At least 12 people were killed and 300 soldiers deployed, officials said on Tuesday in a statement.";
const HTML = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>T</title></head><body><article><h1>T</h1><p>${P}</p><p>Près de 2 000 évacués. ${P}</p></article></body></html>`;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>I</title><link>https://f.example/1</link><description>Texte 12.</description></item></channel></rss>`;
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://a.example/1"/><content>Body 3.</content></entry></feed>`;
const JSON_FEED = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "J", items: [{ id: "1", url: "https://j.example/1", content_text: "Body 4." }] }, null, 2);
const WARC = ((): Buffer => {
  const body = Buffer.from(HTML, "utf8");
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://w.example/1\r\nWARC-Date: 2024-10-23T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from("\r\n\r\n")]);
})();

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, content);
  return path;
}

async function read(inputs: string[], opts?: ReadOptions): Promise<Array<Article | InputError>> {
  const out: Array<Article | InputError> = [];
  for await (const item of readArticles(inputs, opts)) out.push(item);
  return out;
}

function label(item: Article | InputError): string {
  return item instanceof InputError ? `error ${item.reason}` : item.url ?? item.id;
}

describe("formats by extension and by content", () => {
  const cases: Array<[string, string | Uint8Array, string[]]> = [
    ["page.html", HTML, ["html"]],
    ["page.htm", HTML, ["html"]],
    ["page.dat", HTML, ["html"]],
    ["noext", `\ufeff  <!-- saved --><html><body><p>${P}</p></body></html>`, ["html"]],
    ["feed.xml", RSS, ["https://f.example/1"]],
    ["feed.rss", RSS, ["https://f.example/1"]],
    ["feed.atom", ATOM, ["https://a.example/1"]],
    ["feed.dat", RSS, ["https://f.example/1"]],
    ["atom-noext", ATOM, ["https://a.example/1"]],
    ["jsonfeed.json", JSON_FEED, ["https://j.example/1"]],
    ["crawl.warc", WARC, ["https://w.example/1"]],
    ["crawl.warc.gz", gzipSync(WARC), ["https://w.example/1"]],
    ["crawl.dat", WARC, ["https://w.example/1"]],
    ["crawl-gz.bin", gzipSync(WARC), ["https://w.example/1"]],
    ["records.jsonl.gz", gzipSync(`{"maintext": "x 1", "url": "https://n.example/1"}\n{"maintext": "x 2", "url": "https://n.example/2"}\n`), ["https://n.example/1", "https://n.example/2"]],
    ["page.html.gz", gzipSync(HTML), ["html"]],
  ];
  for (const [name, content, expected] of cases) {
    test(name, async () => {
      const path = await file(`fmt/${name}`, content);
      const items = await read([path]);
      assert.deepEqual(items.map((i) => (label(i) === idFromPath(name) ? "html" : label(i))), expected);
    });
  }

  test("an HTML file: body lines, language, path id", async () => {
    const path = await file("one/article.html", HTML);
    const [article] = await read([path]);
    assert.ok(article && !(article instanceof InputError));
    assert.equal(article.id, idFromPath("article.html"));
    assert.equal(article.language, "fr");
    assert.equal(article.body, `${P}\nPrès de 2 000 évacués. ${P}`);
  });

  test("a news-please .json is still news-please", async () => {
    const [article] = await read([await file("np/one.json", '{"version": "1", "maintext": "x 1", "id": "np"}')]);
    assert.equal((article as Article).id, "np");
  });
});

describe("bad inputs in the new formats", () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ["broken.xml", "<rss><channel><item></channel>", /^malformed XML/],
    ["broken.rss", "<?xml version='1.0'?><rss><channel>", /^malformed XML/],
    ["notfeed.json", '{"version": "https://jsonfeed.org/version/1", "items": 3}', /items/],
    ["empty.html", "<html><body></body></html>", /no article text/],
    ["garbage.gz", Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]), /corrupt gzip data/],
    ["blank.html", "   \n", /white space/],
  ];
  for (const [name, content, reason] of cases) {
    test(name, async () => {
      const path = await file(`badfmt/${name}`, content);
      const items = await read([path]);
      assert.equal(items.length, 1, JSON.stringify(items));
      const [error] = items;
      assert.ok(error instanceof InputError, JSON.stringify(error));
      assert.ok(error.input.startsWith(path));
      assert.match(error.reason, reason);
    });
  }

  test("an HTML file over the document limit", async () => {
    const [error] = await read([await file("badfmt/big.html", HTML)], { maxDocumentBytes: 100 });
    assert.ok(error instanceof InputError);
    assert.match(error.reason, /too large/);
  });
});

describe("directories and stdin", () => {
  test("a directory includes the new extensions and their .gz, in name order", async () => {
    await file("tree2/a.html", HTML);
    await file("tree2/b.rss", RSS);
    await file("tree2/c.warc.gz", gzipSync(WARC));
    await file("tree2/d.atom", ATOM);
    await file("tree2/e.tar.gz", gzipSync("x"));
    await file("tree2/f.png", Buffer.from([0x89, 0x50]));
    const items = await read([join(dir, "tree2")]);
    assert.deepEqual(items.map(label), [idFromPath("a.html"), "https://f.example/1", "https://w.example/1", "https://a.example/1"]);
  });

  test("stdin is sniffed the same way", async () => {
    const stdin = (content: string | Uint8Array): AsyncIterable<Uint8Array> => Readable.from([Buffer.from(content)]);
    for (const [content, expected] of [[HTML, idFromPath("stdin")], [RSS, "https://f.example/1"], [JSON_FEED, "https://j.example/1"], [WARC, "https://w.example/1"], [gzipSync(WARC), "https://w.example/1"]] as const) {
      const [item] = await read(["-"], { stdin: stdin(content) });
      assert.ok(item && !(item instanceof InputError), String(item));
      assert.equal(item.url ?? item.id, expected);
    }
    const [fromWarc] = await read(["-"], { stdin: stdin(WARC) });
    assert.equal((fromWarc as Article).id, idFromUrl("https://w.example/1"));
  });
});

describe("sniffFormat", () => {
  const head = (s: string): Buffer => Buffer.from(s, "latin1");
  const cases: Array<[string, string, string]> = [
    ["<!DOCTYPE html><html>", "", "html"],
    ["  <HTML lang=en>", ".dat", "html"],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html xmlns="http://www.w3.org/1999/xhtml">', "", "html"],
    ['<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rss version="2.0">', "", "feed"],
    ["<feed xmlns='http://www.w3.org/2005/Atom'>", "", "feed"],
    ["<rdf:RDF xmlns:rdf='x'>", "", "feed"],
    ["<!-- c --><rss>", "", "feed"],
    ["<rss>", ".txt", "text"],
    ["WARC/1.1\r\n", "", "warc"],
    ["anything", ".warc", "warc"],
    ["\x1f\x8b\x08", ".txt", "gzip"],
    ['{"version":"https://jsonfeed.org/version/1.1"}', ".json", "feed"],
    ['{"maintext":"x"}', "", "json"],
    ["[1]", "", "json"],
    ["not json", ".json", "json"],
    ["<p>fragment</p>", ".html", "html"],
    ["plain words", ".xml", "feed"],
    ["# Markdown", ".md", "text"],
  ];
  for (const [text, extension, expected] of cases) {
    test(`${JSON.stringify(text.slice(0, 40))} ${extension || "(none)"} → ${expected}`, () => assert.equal(sniffFormat(head(text), extension), expected));
  }
});
