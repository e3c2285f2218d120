/**
 * @module ingest/read-feed.test
 * RSS 2.0, RSS 1.0, Atom and JSON Feed items to articles; HTML content to
 * paragraph lines; entities decoded without DOCTYPE expansion; malformed
 * feeds and empty items as errors.
 */
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import type { Article } from "../core/types.js";
import { idFromPosition, idFromUrl } from "./article-id.js";
import { InputError } from "./input-error.js";
import { articlesFromFeed, decodeXmlEntities } from "./read-feed.js";

function ok(items: Array<Article | InputError>): Article[] {
  for (const i of items) assert.ok(!(i instanceof InputError), String(i));
  return items as Article[];
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Le Fil</title><language>fr-FR</language>
<item><title>Crues : 12 morts</title><link>https://fil.example/a</link><pubDate>Wed, 23 Oct 2024 14:03:00 GMT</pubDate>
  <description>Résumé court.</description>
  <content:encoded><![CDATA[<p>Au moins 12 morts &amp; 300 évacués.</p><p>Deuxième paragraphe.</p>]]></content:encoded></item>
<item><title>AT&amp;T &lt;b&gt;</title><guid isPermaLink="true">https://fil.example/b</guid><dc:date>2024-10-24</dc:date>
  <description>&lt;p&gt;Près de 2&#160;000 &#x2013; évacués.&lt;/p&gt;&lt;p&gt;Fin.&lt;/p&gt;</description></item>
<item><title>Sans lien</title><description>Texte 3.</description></item>
<item><title>Vide</title><link>https://fil.example/d</link></item>
</channel></rss>`;

describe("RSS", () => {
  test("items with link, date, content:encoded before description, feed title and language", () => {
    const items = articlesFromFeed(RSS, "f.rss", "f-1234");
    const [a, b, c] = ok(items.slice(0, 3));
    assert.deepEqual(a, {
      id: idFromUrl("https://fil.example/a"), url: "https://fil.example/a", outlet: "Le Fil", title: "Crues : 12 morts",
      published: "2024-10-23T14:03:00.000Z", language: "fr-fr", body: "Au moins 12 morts & 300 évacués.\nDeuxième paragraphe.",
    });
    assert.equal(b?.url, "https://fil.example/b"); // a permalink guid
    assert.equal(b?.title, "AT&T <b>");
    assert.equal(b?.published, "2024-10-24");
    assert.equal(b?.body, "Près de 2\u00a0000 – évacués.\nFin.");
    assert.equal(c?.id, idFromPosition("f-1234", 3));
    assert.equal(c?.url, null);
    const empty = items[3];
    assert.ok(empty instanceof InputError);
    assert.equal(empty.input, "f.rss[3]");
    assert.match(empty.reason, /no content or description/);
  });

  test("RSS 1.0 (RDF)", () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel><title>R</title></channel><item><title>T</title><link>https://r.example/1</link><description>12 morts.</description></item></rdf:RDF>`;
    const [item] = ok(articlesFromFeed(rdf, "r.rdf", "r"));
    assert.equal(item?.body, "12 morts.");
    assert.equal(item?.outlet, "R");
  });
});

describe("Atom", () => {
  test("alternate link, published, html content, xml:lang", () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
      <title type="text">Wire</title>
      <entry><title>A</title><link rel="self" href="https://w.example/self"/><link rel="alternate" href="https://w.example/a"/>
        <published>2024-10-23T14:03:00Z</published><updated>2024-10-24T00:00:00Z</updated>
        <summary>Short.</summary><content type="html">&lt;p&gt;At least 12 dead.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</content></entry>
      <entry><title>B</title><link href="https://w.example/b"/><updated>2024-10-25T00:00:00Z</updated><summary>Only a summary of 3.</summary></entry>
    </feed>`;
    const [a, b] = ok(articlesFromFeed(atom, "w.atom", "w"));
    assert.deepEqual([a?.url, a?.published, a?.body, a?.language, a?.outlet], ["https://w.example/a", "2024-10-23T14:03:00Z", "At least 12 dead.\nMore.", "en", "Wire"]);
    assert.deepEqual([b?.url, b?.published, b?.body], ["https://w.example/b", "2024-10-25T00:00:00Z", "Only a summary of 3."]);
  });
});

describe("JSON Feed", () => {
  test("content_html, content_text, summary; url and dates", () => {
    const feed = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1", title: "J", language: "en", items: [
        { id: "1", url: "https://j.example/1", title: "One", content_html: "<p>12 dead.</p><p>More.</p>", date_published: "2024-10-23T14:03:00+02:00" },
        { id: "2", external_url: "https://j.example/2", content_text: "Plain\n300 soldiers." },
        { id: "3", summary: "Just 4." },
        { id: "4" },
      ],
    });
    const items = articlesFromFeed(feed, "j.json", "j");
    const [one, two, three] = ok(items.slice(0, 3));
    assert.deepEqual([one?.url, one?.body, one?.published, one?.outlet], ["https://j.example/1", "12 dead.\nMore.", "2024-10-23T14:03:00+02:00", "J"]);
    assert.equal(two?.body, "Plain\n300 soldiers.");
    assert.equal(three?.body, "Just 4.");
    assert.ok(items[3] instanceof InputError);
  });

  test("JSON that is not a JSON Feed", () => {
    const [error] = articlesFromFeed('{"version": 2, "items": []}', "x.json", "x");
    assert.ok(error instanceof InputError);
    assert.match(error.reason, /not a JSON Feed/);
  });
});

describe("bad and hostile feeds", () => {
  test("malformed XML names the file and where", () => {
    const [error] = articlesFromFeed("<rss><channel><item></channel></rss>", "bad.xml", "b");
    assert.ok(error instanceof InputError);
    assert.equal(error.input, "bad.xml");
    assert.match(error.reason, /^malformed XML \(.*line 1/);
  });

  test("not a feed, and a feed with no items", () => {
    assert.match((articlesFromFeed("<?xml version='1.0'?><html/>", "h.xml", "h")[0] as InputError).reason, /not an RSS or Atom feed \(the root element is <html>\)/);
    assert.match((articlesFromFeed("<rss><channel><title>x</title></channel></rss>", "e.xml", "e")[0] as InputError).reason, /no items/);
  });

  test("billion laughs: DOCTYPE entities are never expanded", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) =>
      `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]>
      <rss><channel><item><title>t</title><link>https://l.example</link><description>&lol9; 12</description></item></channel></rss>`;
    const started = Date.now();
    const [item] = ok(articlesFromFeed(lol, "lol.xml", "l"));
    assert.ok(Date.now() - started < 2000);
    assert.ok((item?.body.length ?? 0) < 100, item?.body);
  });

  test("entity decoding: built-ins and character references only", () => {
    assert.equal(decodeXmlEntities("&amp;lt; &lt; &#233; &#xE9; &nbsp; &#0; &#xD800;"), "&lt; < é é &nbsp; &#0; &#xD800;");
  });
});
