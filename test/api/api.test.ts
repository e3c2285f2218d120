/**
 * The HTTP API against a real server and a real SQLite ledger (the examples
 * plus an HTML-injection attempt): validation errors, pagination, the
 * OpenAPI document, reviews, security headers, body limits and paths that
 * try to leave the page's assets.
 */
import { strict as assert } from "node:assert";
import { request } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { MAX_BODY_BYTES } from "../../src/server/app.js";
import { startFixture, XSS_BODY, XSS_ID, XSS_TITLE, type Fixture } from "./fixture.js";

/** A request with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("HTTP API", () => {
  let fx: Fixture;
  const assets = mkdtempSync(join(tmpdir(), "tally-assets-"));
  // A small page of its own, so these tests do not depend on the Vite build; a secret beside it.
  mkdirSync(join(assets, "web", "assets"), { recursive: true });
  writeFileSync(join(assets, "web", "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(assets, "web", "assets", "app-1.js"), "console.log(1)");
  writeFileSync(join(assets, "secret.txt"), "TOP SECRET");

  before(async () => {
    fx = await startFixture({ assetsDir: join(assets, "web") });
  });
  after(async () => {
    await fx?.close();
    rmSync(assets, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const response = await fetch(fx.base + path);
    return { status: response.status, body: (await response.json()) as Record<string, any>, headers: response.headers };
  };
  const post = (path: string, body: string, type = "application/json", headers: Record<string, string> = {}) =>
    fetch(fx.base + path, { method: "POST", body, headers: { "content-type": type, ...headers } });

  it("binds to the loopback address by default", () => {
    assert.match(fx.server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  describe("validation", () => {
    const cases: [string, RegExp][] = [
      ["/api/claims?limit=abc", /limit must be a whole number/],
      ["/api/claims?limit=0", /limit must be from 1 to 500/],
      ["/api/claims?limit=100000", /limit must be from 1 to 500/],
      ["/api/claims?offset=-1", /offset must be a whole number/],
      ["/api/claims?modality=sure", /modality/],
      ["/api/claims?since=2024-13-01", /since: not a real date/],
      ["/api/claims?until=yesterday", /until: dates are YYYY, YYYY-MM or YYYY-MM-DD/],
      ["/api/claims?language=French", /language is a 2- or 3-letter code/],
      ["/api/claims?source=", /source must not be empty/],
      ["/api/claims?colour=red", /unknown parameter: colour/],
      ["/api/claims?limit=1&limit=2", /limit is given more than once/],
      ["/api/articles?language=xx1", /language/],
      ["/api/tracks?as_of=2026-02-30", /as_of: not a real date/],
      ["/api/tracks?query=" + "x".repeat(501), /query is at most 500 characters/],
      ["/api/tracks/some-track?as_of=soon", /as_of/],
      ["/api/tracks/some-track?limit=3", /unknown parameter: limit/],
      ["/api/contradictions?as_of=2026-1-1", /as_of/],
      ["/api/entities?kind=animal", /kind/],
      ["/api/search", /q/],
      ["/api/search?q=", /q must not be empty/],
      ["/api/reviews?limit=-5", /limit/],
      ["/api/stats?x=1", /unknown parameter: x/],
      ["/api/articles/some-id?verbose=1", /unknown parameter: verbose/],
    ];
    for (const [path, message] of cases) {
      it(`400 for ${path.slice(0, 70)}`, async () => {
        const { status, body } = await get(path);
        assert.equal(status, 400, JSON.stringify(body));
        assert.match(body.error, message);
        assert.ok(Array.isArray(body.issues) && body.issues.length > 0, "the issues name the parameter");
      });
    }

    it("accepts every valid parameter of the claims filter", async () => {
      const { status, body } = await get("/api/claims?limit=5&offset=0&modality=stated&language=fr&since=2026-03&until=2026-03-31&counts=dead");
      assert.equal(status, 200, JSON.stringify(body));
      assert.ok(body.items.length > 0);
      for (const claim of body.items) {
        assert.equal(claim.modality, "stated");
        assert.equal(claim.language, "fr");
        assert.equal(claim.counts, "dead");
      }
    });

    it("404 for an unknown API route, 405 for a write to it", async () => {
      assert.equal((await get("/api/nothing")).status, 404);
      assert.equal((await post("/api/claims", "{}")).status, 405);
    });
  });

  describe("lists", () => {
    it("are paginated: limit, offset and whether more follow", async () => {
      const first = await get("/api/claims?limit=3");
      const second = await get("/api/claims?limit=3&offset=3");
      assert.equal(first.body.items.length, 3);
      assert.equal(first.body.more, true);
      assert.equal(second.body.offset, 3);
      const ids = [...first.body.items, ...second.body.items].map((c: { id: number }) => c.id);
      assert.equal(new Set(ids).size, 6, "pages do not overlap");
      const all = await get("/api/claims?limit=500");
      assert.equal(all.body.more, false);
      const last = await get(`/api/claims?limit=2&offset=${all.body.items.length - 1}`);
      assert.equal(last.body.items.length, 1);
      assert.equal(last.body.more, false);
    });

    it("articles filter by language; search finds accent-insensitively", async () => {
      const fr = await get("/api/articles?language=fr&limit=100");
      assert.ok(fr.body.items.length > 0);
      assert.ok(fr.body.items.every((a: { language: string }) => a.language === "fr"));
      const hits = await get("/api/search?q=securite&limit=5");
      assert.equal(hits.status, 200);
      assert.ok(Array.isArray(hits.body.items));
    });
  });

  describe("the OpenAPI document", () => {
    it("describes every route and the parameters the server validates", async () => {
      const { status, body } = await get("/api/openapi.json");
      assert.equal(status, 200);
      assert.equal(body.openapi, "3.1.0");
      for (const path of ["/api/articles", "/api/articles/{id}", "/api/claims", "/api/tracks", "/api/tracks/{id}", "/api/contradictions", "/api/entities", "/api/search", "/api/reviews"]) {
        assert.ok(body.paths[path], `documents ${path}`);
      }
      const claimParams = body.paths["/api/claims"].get.parameters.map((p: { name: string }) => p.name).sort();
      assert.deepEqual(claimParams, ["article", "counts", "language", "limit", "modality", "offset", "since", "source", "until"]);
      const asOf = body.paths["/api/tracks/{id}"].get.parameters.find((p: { name: string }) => p.name === "as_of");
      assert.ok(asOf.schema.pattern, "as_of carries its date pattern");
      assert.ok(body.paths["/api/reviews"].post.requestBody.content["application/json"].schema.properties.action);
    });
  });

  describe("reviews", () => {
    it("are stored with their time, joined onto claims, and listed in the audit", async () => {
      const claim = (await get("/api/claims?limit=1&counts=dead")).body.items[0];
      const key = { article: claim.article, in: claim.in, start: claim.start, end: claim.end };
      const response = await post("/api/reviews", JSON.stringify({ ...key, action: "correct", correction: { low: 1, high: 2, modality: "possible" }, note: "checked" }));
      assert.equal(response.status, 201);
      const review = (await response.json()) as { createdAt: string; action: string };
      assert.equal(review.action, "correct");
      const again = (await get(`/api/claims?article=${encodeURIComponent(claim.article)}&limit=500`)).body.items.find(
        (c: { start: number; in: string }) => c.start === claim.start && c.in === claim.in,
      );
      assert.deepEqual(again.review.correction, { low: 1, high: 2, modality: "possible" });
      const audit = await get("/api/reviews?limit=10");
      assert.equal(audit.body.items[0].review.note, "checked");
      assert.equal(audit.body.items[0].claim.mention, claim.mention);
    });

    it("refuse malformed reviews with 400, unknown claims with 404, other types with 415, other origins with 403", async () => {
      const claim = (await get("/api/claims?limit=1")).body.items[0];
      const key = { article: claim.article, in: claim.in, start: claim.start, end: claim.end };
      const bad: [unknown, RegExp][] = [
        [{ ...key, action: "correct" }, /correction/],
        [{ ...key, action: "confirm", correction: { low: 1 } }, /correction/],
        [{ ...key, action: "correct", correction: { low: 5, high: 1 } }, /low must not be greater than high/],
        [{ ...key, action: "correct", correction: {} }, /at least one field/],
        [{ ...key, action: "correct", correction: { mention: "x" } }, /mention/],
        [{ ...key, action: "approve" }, /action/],
        [{ ...key, start: "3", action: "confirm" }, /start/],
        [{ ...key, end: key.start, action: "confirm" }, /end must be greater than start/],
        [{ ...key, action: "confirm", extra: true }, /unknown parameter: extra/],
        [[1, 2], /expected object/i],
      ];
      for (const [body, message] of bad) {
        const response = await post("/api/reviews", JSON.stringify(body));
        const json = (await response.json()) as { error: string };
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.match(json.error, message, JSON.stringify(body));
      }
      assert.equal((await post("/api/reviews", "{not json")).status, 400);
      assert.equal((await post("/api/reviews", JSON.stringify({ ...key, start: key.start + 100000, end: key.start + 100001, action: "confirm" }))).status, 404);
      assert.equal((await post("/api/reviews", JSON.stringify({ ...key, action: "confirm" }), "text/plain")).status, 415);
      assert.equal((await post("/api/reviews", JSON.stringify({ ...key, action: "confirm" }), "application/json", { origin: "https://evil.example" })).status, 403);
    });

    it("limit the request body: 413 past the limit, with nothing stored", async () => {
      const before = (await get("/api/reviews?limit=500")).body.items.length;
      const claim = (await get("/api/claims?limit=1")).body.items[0];
      const huge = JSON.stringify({ article: claim.article, in: claim.in, start: claim.start, end: claim.end, action: "confirm", note: "x".repeat(MAX_BODY_BYTES) });
      const response = await post("/api/reviews", huge);
      assert.equal(response.status, 413);
      assert.match(((await response.json()) as { error: string }).error, /too large/);
      assert.equal((await get("/api/reviews?limit=500")).body.items.length, before);
    });
  });

  describe("security", () => {
    it("sets a restrictive Content-Security-Policy and no-sniff on pages and API answers", async () => {
      for (const path of ["/", "/api/stats", "/api/claims?limit=zz"]) {
        const response = await fetch(fx.base + path);
        const csp = response.headers.get("content-security-policy") ?? "";
        assert.match(csp, /default-src 'none'/, path);
        assert.match(csp, /script-src 'self'(;|$)/, path);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/, path);
        assert.match(csp, /frame-ancestors 'none'/);
        assert.equal(response.headers.get("x-content-type-options"), "nosniff");
        await response.arrayBuffer();
      }
    });

    it("serves the page's own files, and nothing outside them, however the path is written", async () => {
      const index = await rawGet(fx.base, "/");
      assert.equal(index.status, 200);
      assert.match(index.body, /<title>t<\/title>/);
      assert.equal((await rawGet(fx.base, "/assets/app-1.js")).status, 200);
      for (const path of [
        "/../secret.txt",
        "/assets/../../secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e/secret.txt",
        "/assets/..%2F..%2Fsecret.txt",
        "/%2e%2e%2f%2e%2e%2fpackage.json",
        "/..\\secret.txt",
        "//etc/passwd",
        "/assets/%00app-1.js",
        "/../../../../../../etc/passwd",
      ]) {
        const response = await rawGet(fx.base, path);
        assert.ok(response.status === 404 || response.status === 400, `${path}: ${response.status}`);
        assert.doesNotMatch(response.body, /TOP SECRET|root:|"name": "tally"/, path);
      }
    });

    it("returns untrusted article text as JSON data, never as a page", async () => {
      const hits = await fetch(`${fx.base}/api/articles?limit=500`);
      assert.match(hits.headers.get("content-type") ?? "", /^application\/json/);
      const list = (await hits.json()) as { items: { id: string; title: string }[] };
      const xss = list.items.find((a) => a.id === XSS_ID);
      assert.equal(xss?.title, XSS_TITLE, "the title is kept byte for byte, as data");
      const detail = await fetch(`${fx.base}/api/articles/${XSS_ID}`);
      assert.equal(detail.status, 200);
      assert.match(detail.headers.get("content-type") ?? "", /^application\/json/);
      const body = (await detail.json()) as { body: string; article: { title: string } };
      assert.equal(body.body, XSS_BODY);
      assert.equal(body.article.title, XSS_TITLE);
      // Nothing the server sends as HTML carries article text.
      const page = await rawGet(fx.base, "/");
      assert.doesNotMatch(page.body, /__pwned/);
    });
  });

  describe("views across articles", () => {
    it("answer a missing article or track with 404", async () => {
      assert.equal((await get("/api/articles/no-such-article")).status, 404);
      assert.equal((await get("/api/tracks/no-such-track")).status, 404);
    });

    it("list tracks with their latest range and sparkline points, and each track's timeline as of a date", async () => {
      const tracks = await get("/api/tracks?limit=5");
      assert.equal(tracks.status, 200, JSON.stringify(tracks.body));
      assert.ok(tracks.body.items.length > 0, "the examples make tracked figures");
      const track = tracks.body.items[0];
      assert.ok(Array.isArray(track.spark));
      const timeline = await get(`/api/tracks/${encodeURIComponent(track.id)}`);
      assert.equal(timeline.status, 200);
      assert.equal(timeline.body.entries.length, track.claims);
      const dated = timeline.body.entries.filter((e: { date: string | null }) => e.date !== null).map((e: { date: string }) => e.date).sort();
      const asOf = dated[0].slice(0, 10);
      const early = await get(`/api/tracks/${encodeURIComponent(track.id)}?as_of=${asOf}`);
      assert.equal(early.body.asOf, asOf);
      assert.ok(early.body.entries.length < timeline.body.entries.length || dated.every((d: string) => d.slice(0, 10) <= asOf));
      const contradictions = await get(`/api/contradictions?track=${encodeURIComponent(track.id)}`);
      assert.equal(contradictions.status, 200);
      const entities = await get("/api/entities?limit=5");
      assert.equal(entities.status, 200);
    });
  });
});
