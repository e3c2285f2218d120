/**
 * @module ingest/read-url.test
 * URL inputs against a local node:http server (127.0.0.1, a free port): a
 * page, a redirect, a feed (whose items are read from the feed, never
 * fetched), a 404, a slow endpoint with a short timeout, an oversized body,
 * a refused connection, and content told by sniffing when the type is vague.
 */
import { strict as assert } from "node:assert";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import type { Article } from "../core/types.js";
import { idFromUrl } from "./article-id.js";
import { InputError } from "./input-error.js";
import { readArticles, type ReadOptions } from "./read-inputs.js";

const P = "At least 12 people were killed and 300 soldiers deployed, officials said on Tuesday in a statement.";
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Page</title><meta property="og:site_name" content="Local"></head>` +
  `<body><article><h1>Page</h1><p>${P}</p><p>${P}</p></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local feed</title>
  <item><title>One</title><link>BASE/never-fetched</link><description>&lt;p&gt;12 dead.&lt;/p&gt;</description></item></channel></rss>`;

let server: Server;
let base = "";
const hits: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    switch (req.url) {
      case "/page": res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE); return;
      case "/moved": res.writeHead(301, { location: "/page" }).end(); return;
      case "/feed": res.writeHead(200, { "content-type": "application/rss+xml" }).end(FEED.replace("BASE", base)); return;
      case "/vague": res.writeHead(200, { "content-type": "application/octet-stream" }).end(FEED.replace("BASE", base)); return;
      case "/slow": setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(PAGE), 2000).unref(); return;
      case "/big": res.writeHead(200, { "content-type": "text/html" }).end(`<html><body><p>${"x".repeat(5000)}</p></body></html>`); return;
      case "/image": res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])); return;
      default: res.writeHead(404, { "content-type": "text/plain" }).end("nope");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function read(inputs: string[], opts?: ReadOptions): Promise<Array<Article | InputError>> {
  const out: Array<Article | InputError> = [];
  for await (const item of readArticles(inputs, opts)) out.push(item);
  return out;
}

describe("URL inputs", () => {
  test("a page: one article, id from the URL, metadata read", async () => {
    const [article] = await read([`${base}/page`]);
    assert.ok(article && !(article instanceof InputError), String(article));
    assert.equal(article.id, idFromUrl(`${base}/page`));
    assert.equal(article.url, `${base}/page`);
    assert.equal(article.outlet, "Local");
    assert.equal(article.body, `${P}\n${P}`);
  });

  test("redirects are followed; the final URL is kept", async () => {
    const [article] = await read([`${base}/moved`]);
    assert.ok(article && !(article instanceof InputError), String(article));
    assert.equal(article.url, `${base}/page`);
    assert.equal(article.id, idFromUrl(`${base}/moved`));
  });

  test("a feed yields its items from their own content; item pages are not fetched", async () => {
    hits.length = 0;
    for (const path of ["/feed", "/vague"]) {
      const [item] = await read([`${base}${path}`]);
      assert.ok(item && !(item instanceof InputError), String(item));
      assert.equal(item.body, "12 dead.");
      assert.equal(item.url, `${base}/never-fetched`);
      assert.equal(item.outlet, "Local feed");
    }
    assert.ok(!hits.includes("/never-fetched"));
  });

  test("errors: HTTP status, timeout, size, type, refused connection; the next input still read", async () => {
    const refused = "http://127.0.0.1:1/x";
    const items = await read([`${base}/missing`, `${base}/slow`, `${base}/big`, `${base}/image`, refused, `${base}/page`], { fetchTimeoutMs: 300, maxFetchBytes: 1000 });
    const [missing, slow, big, image, conn, page] = items;
    const reason = (i: unknown): string => (i instanceof InputError ? `${i.input}: ${i.reason}` : `article ${(i as Article).id}`);
    assert.equal(reason(missing), `${base}/missing: HTTP 404 Not Found`);
    assert.equal(reason(slow), `${base}/slow: timed out after 0.3 s`);
    assert.match(reason(big), /\/big: response (of \d+ bytes )?is over the 1000-byte limit/);
    assert.match(reason(image), /\/image: cannot read image\/png/);
    assert.match(reason(conn), /^http:\/\/127\.0\.0\.1:1\/x: (connection refused|fetch failed)/);
    assert.ok(!(page instanceof InputError));
  });

  test("an unresolvable host is an error naming the URL", async () => {
    const [error] = await read(["http://no-such-host.invalid/"], { fetchTimeoutMs: 5000 });
    assert.ok(error instanceof InputError);
    assert.equal(error.input, "http://no-such-host.invalid/");
    assert.match(error.reason, /host not found|fetch failed|timed out/);
  });
});
