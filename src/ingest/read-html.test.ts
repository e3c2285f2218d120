/**
 * @module ingest/read-html.test
 * The HTML reader on small pages: paragraph lines, metadata from each
 * place a page may keep it, charsets, comments, and pages with no text.
 * (The 25 real pages are in test/conformance/readability.test.ts.)
 */
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import type { Article } from "../core/types.js";
import { charsetOfContentType, decodeDocument, declaredCharset } from "./charset.js";
import { htmlFragmentToText } from "./html-text.js";
import { InputError } from "./input-error.js";
import { articleFromHtml } from "./read-html.js";

const P = "At least 12 people were killed and 300 soldiers deployed, officials said on Tuesday in a statement.";

function page(head: string, body = `<article><h1>Headline</h1><p>${P}</p><p>Second: ${P}</p></article>`, htmlAttrs = ""): string {
  return `<!DOCTYPE html><html${htmlAttrs}><head><title>Page title</title>${head}</head><body><nav><ul><li>Home</li></ul></nav>${body}</body></html>`;
}

function read(html: string | Uint8Array, extra: { contentType?: string; url?: string; fallbackPublished?: string } = {}): Article {
  const result = articleFromHtml(html, { input: "p.html", id: "p", ...extra });
  assert.ok(!(result instanceof InputError), String(result));
  return result;
}

describe("HTML text", () => {
  test("blocks are lines; inline markup and HTML white space fold; NBSP stays", () => {
    const text = htmlFragmentToText("<p>Un <b>bilan</b>\n  de 5\u00a0500 <i>morts</i></p><h2>Titre</h2><ul><li>a</li><li>b<br>c</li></ul><div><span>Z</span>imbabwe</div><script>x=1</script>");
    assert.equal(text, "Un bilan de 5\u00a0500 morts\nTitre\na\nb\nc\nZimbabwe");
  });

  test("a table row is one line, its cells spaced", () => {
    assert.equal(htmlFragmentToText("<table><tr><td>Paris</td><td>12</td></tr><tr><td>Lyon</td><td>3</td></tr></table>"), "Paris 12\nLyon 3");
  });

  test("deep nesting does not overflow the stack", () => {
    const deep = `${"<div>".repeat(5000)}deep${"</div>".repeat(5000)}`;
    assert.doesNotThrow(() => htmlFragmentToText(deep));
  });
});

describe("HTML pages", () => {
  test("body paragraphs one a line, navigation left out", () => {
    const article = read(page(""));
    assert.equal(article.body.split("\n").filter((l) => l.includes("12 people")).length, 2);
    assert.ok(!article.body.includes("Home"));
    assert.equal(article.id, "p");
  });

  test("metadata from meta tags", () => {
    const article = read(page(
      '<meta property="og:site_name" content="Le Site"><meta property="article:published_time" content="2024-10-23T14:03:00+02:00">' +
      '<link rel="canonical" href="https://site.example/a"><meta property="og:locale" content="fr_FR">',
    ));
    assert.equal(article.outlet, "Le Site");
    assert.equal(article.published, "2024-10-23T14:03:00+02:00");
    assert.equal(article.url, "https://site.example/a");
    assert.equal(article.language, "fr-fr");
  });

  test("JSON-LD in @graph: the Article's date and publisher, not a related item's", () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@graph": [
      { "@type": "WebPage", datePublished: "2001-01-01" },
      { "@type": ["NewsArticle"], datePublished: "2024-12-06 22:00:40", publisher: { "@type": "Organization", name: "NBC News" } },
    ] });
    const article = read(page(`<script type="application/ld+json">${ld}</script><meta name="date" content="2020-01-01">`, undefined, ' lang="en-US"'));
    assert.equal(article.published, "2024-12-06T22:00:40");
    assert.equal(article.outlet, "NBC News");
    assert.equal(article.language, "en-us");
  });

  test("JSON-LD as an array; a broken block ignored; <time datetime> as last resort", () => {
    const ld = JSON.stringify([{ "@type": "Article", datePublished: "2023-05-01T10:00:00Z" }]);
    assert.equal(read(page(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${ld}</script>`)).published, "2023-05-01T10:00:00Z");
    const timed = read(page("", `<article><time datetime="2022-02-02">2 Feb</time><p>${P}</p><p>${P}</p></article>`));
    assert.equal(timed.published, "2022-02-02");
  });

  test("the caller's URL and fallback date; content-language", () => {
    const article = read(page('<meta http-equiv="content-language" content="de">'), { url: "https://x.example/p", fallbackPublished: "2024-01-02T03:04:05Z" });
    assert.equal(article.url, "https://x.example/p");
    assert.equal(article.published, "2024-01-02T03:04:05Z");
    assert.equal(article.language, "de");
  });

  test("comments are not text and do not split paragraphs", () => {
    const article = read(page("", `<article><p>Page A<!-- x -->22 ${P}</p><p>${P}</p></article>`));
    assert.ok(article.body.includes("Page A22"), article.body);
  });

  test("a page with no readable article falls back to its body", () => {
    assert.equal(read("<html><body><p>Only 3 words.</p></body></html>").body, "Only 3 words.");
  });

  test("a page with no text at all is an error", () => {
    const result = articleFromHtml("<html><head><title>x</title></head><body><script>1</script></body></html>", { input: "e.html", id: "e" });
    assert.ok(result instanceof InputError);
    assert.equal(result.input, "e.html");
    assert.match(result.reason, /no article text/);
  });
});

describe("charsets", () => {
  const latin = (html: string): Uint8Array => Buffer.from(html, "latin1");

  test("meta charset, http-equiv, XML declaration, Content-Type", () => {
    assert.equal(declaredCharset(latin('<meta charset="windows-1252">')), "windows-1252");
    assert.equal(declaredCharset(latin('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')), "iso-8859-1");
    assert.equal(declaredCharset(latin('<?xml version="1.0" encoding="ISO-8859-15"?><rss/>')), "iso-8859-15");
    assert.equal(declaredCharset(latin(`${" ".repeat(1100)}<meta charset="latin1">`)), null); // past the prescan
    assert.equal(charsetOfContentType('text/html; charset="Shift_JIS"'), "shift_jis");
  });

  test("windows-1252 page declared in meta reads right", () => {
    const html = page('<meta charset="windows-1252">', `<article><p>Près de 2 000 évacués – 100 € à Noël. ${P}</p><p>${P}</p></article>`);
    assert.ok(read(latinWith1252(html)).body.includes("Près de 2 000 évacués – 100 € à Noël."));
  });

  test("the transport's charset wins over the page's; a BOM over both", () => {
    const html = `<meta charset="utf-8"><p>Noël</p>`;
    assert.equal(decodeDocument(latin(html), "text/html; charset=iso-8859-1").text.includes("Noël"), true);
    assert.equal(decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("é")]), "text/html; charset=iso-8859-1").text, "é");
    assert.equal(decodeDocument(Buffer.from("\ufeff<p>é</p>", "utf16le")).text, "<p>é</p>");
  });

  test("no declaration: UTF-8 when valid, else windows-1252; unknown labels ignored", () => {
    assert.deepEqual(decodeDocument(Buffer.from("<p>é’</p>")), { text: "<p>é’</p>", encoding: "utf-8" });
    assert.equal(decodeDocument(latin("<p>\xe9</p>")).encoding, "windows-1252");
    assert.equal(decodeDocument(Buffer.from('<meta charset="no-such-thing"><p>é</p>')).text, '<meta charset="no-such-thing"><p>é</p>');
    assert.equal(decodeDocument(Buffer.from('<meta charset="utf-16"><p>é</p>')).encoding, "utf-8");
  });
});

/** windows-1252 bytes (the € and – are not Latin-1). */
function latinWith1252(text: string): Uint8Array {
  const special: Record<string, number> = { "€": 0x80, "–": 0x96, "’": 0x92 };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}
