/**
 * @module ingest/html-fast-path.test
 * The fast path takes plain pages (JSON-LD articleBody with its paragraphs,
 * or one `<article>` that holds the page's paragraphs) and gives the same
 * text Readability would; any other page is left to Readability.
 */
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { fastArticleText } from "./html-fast-path.js";
import { pageMetadata } from "./html-metadata.js";
import { readabilityMetadata } from "./html-readability-metadata.js";
import { textOfNode } from "./html-text.js";
import { InputError } from "./input-error.js";
import { articleFromHtml } from "./read-html.js";

const P = "At least 12 people were killed and 300 soldiers deployed, officials said on Tuesday in a statement to the press.";
const PARAGRAPHS = [1, 2, 3, 4, 5, 6].map((n) => `<p>Paragraph ${n}: ${P}</p>`).join("\n");

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function page(body: string, head = ""): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Floods in the valley | The Daily</title>${head}</head>` +
    `<body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>${body}<footer>© The Daily</footer></body></html>`;
}

/** What the fast path gives, with the title Readability would give. */
function fast(html: string): string | null {
  const document = doc(html);
  return fastArticleText(document, pageMetadata(document).articleBody, readabilityMetadata(document)!.title);
}

/** What Readability alone gives, one block a line. */
function readability(html: string): string {
  const parsed = new Readability<Node>(doc(html), { serializer: (node) => node }).parse();
  return parsed?.content ? textOfNode(parsed.content) : "";
}

describe("HTML fast path: the only <article>", () => {
  const html = page(
    `<article><h1>Floods in the valley</h1><div class="byline">By Jane Doe</div>${PARAGRAPHS}` +
    `<aside><p>Read also: another story</p></aside><div class="share-tools"><a href="#">Share</a></div>` +
    `<ul class="tags"><li><a href="/t/floods">Floods</a></li><li><a href="/t/valley">Valley</a></li></ul>` +
    `<p style="display: none">hidden text</p></article>`,
  );

  test("paragraphs one a line; title heading, byline, aside, share links, tag list and hidden text left out", () => {
    const text = fast(html);
    assert.equal(text, [1, 2, 3, 4, 5, 6].map((n) => `Paragraph ${n}: ${P}`).join("\n"));
  });

  test("the same text as Readability on a plain page", () => {
    assert.equal(fast(html), readability(html));
  });

  test("articleFromHtml reads it, with Readability's title", () => {
    const article = articleFromHtml(html, { input: "a.html", id: "a" });
    assert.ok(!(article instanceof InputError));
    assert.equal(article.body, fast(html));
    assert.equal(article.title, new Readability<Node>(doc(html)).parse()?.title);
    assert.equal(article.language, "en");
  });

  test("inline markup, NBSP and <br> follow html-text's rules", () => {
    const text = fast(page(`<article><p>Un <b>bilan</b>\n de 5\u00a0500 <i>morts</i><br>ligne deux</p>${PARAGRAPHS}</article>`));
    assert.ok(text?.startsWith("Un bilan de 5\u00a0500 morts\nligne deux\nParagraph 1:"));
  });
});

describe("HTML fast path: JSON-LD articleBody", () => {
  const body = [1, 2, 3, 4, 5, 6].map((n) => `Paragraph ${n}: ${P}`);
  const ld = (value: Record<string, unknown>) =>
    `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Floods in the valley", ...value })}</script>`;
  const pageWithLd = (value: Record<string, unknown>) => page(`<div class="story">${PARAGRAPHS}</div>`, ld(value));

  test("an articleBody with its paragraph breaks is the text", () => {
    assert.equal(fast(pageWithLd({ articleBody: body.join("\n\n") })), body.join("\n"));
  });

  test("an articleBody in HTML is read as HTML", () => {
    assert.equal(fast(pageWithLd({ articleBody: body.map((p) => `<p>${p}</p>`).join("") })), body.join("\n"));
  });

  test("a flattened, teaser or paywalled articleBody is not trusted", () => {
    for (const value of [
      { articleBody: body.join(" ") },
      { articleBody: body.slice(0, 2).join("\n") },
      { articleBody: body.join("\n"), isAccessibleForFree: false },
    ]) {
      assert.equal(fast(pageWithLd(value)), null, JSON.stringify(value).slice(0, 80));
    }
  });
});

describe("HTML fast path: pages left to Readability", () => {
  const cases: Record<string, string> = {
    "no <article>": page(`<div class="story">${PARAGRAPHS}</div>`),
    "two <article> elements": page(`<article>${PARAGRAPHS}</article><article>${PARAGRAPHS}</article>`),
    "an <article> holding a small part of the page's paragraphs": page(`<article><p>${P}</p><p>${P}</p></article><div>${PARAGRAPHS}</div>`),
    "an <article> that is mostly not paragraphs": page(`<article><p>${P}</p>${`<div>${P} ${P}</div>`.repeat(4)}</article>`),
    "an <article> too short to be one": page(`<article><p>Short text.</p></article>`),
  };
  for (const [name, html] of Object.entries(cases)) {
    test(`${name}: null, and articleFromHtml still reads the page`, () => {
      assert.equal(fast(html), null);
      const article = articleFromHtml(html, { input: "p.html", id: "p" });
      assert.ok(!(article instanceof InputError));
      assert.equal(article.body, readability(html) || article.body);
    });
  }
});
