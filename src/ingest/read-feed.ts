/**
 * @module ingest/read-feed
 * RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed 1.0/1.1 documents to
 * articles, one per item. The items' own pages are never fetched: the text
 * is the item's full content (`content:encoded`, Atom `content`,
 * `content_html`/`content_text`), else its summary (`description`, Atom
 * `summary`, JSON `summary`), HTML turned into one paragraph a line by the
 * same walker as pages (ingest/html-text).
 *
 * Per item: url = its link (RSS `link`, else a permalink `guid`; Atom
 * `link rel=alternate`; JSON `url`/`external_url`), id derived from that
 * URL (ingest/article-id), else from the file and the item's position;
 * published from `pubDate`/`dc:date`, `published`/`updated`,
 * `date_published`/`date_modified`; outlet = the feed's title; language = the
 * feed's (`language`, `xml:lang`). An item with no text is an error for that
 * item (`file[i]`, 0-based), the others still go through.
 *
 * XML safety: fast-xml-parser runs with `processEntities: false`, so no
 * DOCTYPE entity is ever expanded (no billion laughs, no external entities);
 * the five XML built-ins and numeric character references are decoded here,
 * in one linear pass. CDATA is kept apart so its text is not decoded twice.
 * The document is validated first: malformed XML is one error for the file.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Article } from "../core/types.js";
import { idFromPosition, idFromUrl } from "./article-id.js";
import { htmlFragmentToText } from "./html-text.js";
import { InputError } from "./input-error.js";
import { publishedFrom } from "./read-news-please.js";

type Node = Record<string, unknown>;
const CDATA = "#cdata";
const TEXT = "#text";
const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;
/** Elements read as lists even when there is one. */
const LISTS: ReadonlySet<string> = new Set(["item", "entry", "link", "category"]);

const BUILT_INS: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML built-in entities and character references; anything else is left as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return BUILT_INS[name]!;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Does this JSON value look like a JSON Feed (its `version` URL)? */
export function isJsonFeed(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) &&
    typeof (value as Node)["version"] === "string" && JSON_FEED_VERSION.test(((value as Node)["version"] as string).trim());
}

// ------------------------------------------------------------ XML values

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  cdataPropName: CDATA,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => LISTS.has(localName(name)),
});

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The text of an element: its own text (decoded) and CDATA (as is), in any shape the parser gives. */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return decodeXmlEntities(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  const node = value as Node;
  const parts: string[] = [];
  const cdata = node[CDATA];
  for (const c of Array.isArray(cdata) ? cdata : [cdata]) if (typeof c === "string") parts.push(c);
  const text = node[TEXT];
  if (typeof text === "string" || typeof text === "number") parts.push(decodeXmlEntities(String(text)));
  return parts.length === 0 ? null : parts.join("");
}

function attr(value: unknown, name: string): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const v = (value as Node)[`@${name}`];
  return typeof v === "string" ? decodeXmlEntities(v).trim() : null;
}

/** A child by local name, whatever namespace prefix the feed used (`content:encoded`, `atom:link`). */
function child(node: Node, name: string): unknown {
  if (name in node) return node[name];
  for (const key of Object.keys(node)) if (!key.startsWith("@") && localName(key) === name) return node[key];
  return undefined;
}

function childText(node: Node, ...names: string[]): string | null {
  for (const name of names) {
    const text = textOf(child(node, name))?.trim();
    if (text) return text;
  }
  return null;
}

function asNode(value: unknown): Node | null {
  if (Array.isArray(value)) return asNode(value[0]);
  return typeof value === "object" && value !== null ? (value as Node) : null;
}

function asList(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is Node => typeof v === "object" && v !== null);
}

function looksLikeUrl(text: string | null): text is string {
  return text !== null && /^https?:\/\/\S+$/i.test(text);
}

/** HTML to text unless it has no markup at all (then only white space is tidied). */
function bodyText(value: string | null, isHtml: boolean): string {
  if (value === null) return "";
  if (!isHtml && !/[<&]/.test(value)) return value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join("\n");
  return htmlFragmentToText(value);
}

/** A title is plain text (RSS, JSON Feed, Atom `type="text"`) unless declared HTML (Atom `type="html"`). */
function plainTitle(value: string | null, isHtml = false): string | null {
  if (value === null) return null;
  const text = isHtml ? htmlFragmentToText(value).replace(/\n/g, " ") : value.replace(/\s+/g, " ");
  return text.trim() || null;
}

function languageTag(value: string | null): string | null {
  if (value === null) return null;
  const tag = value.trim().replace(/_/g, "-").toLowerCase();
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

interface ItemFacts {
  link: string | null;
  title: string | null;
  date: string | null;
  body: string;
}

interface FeedFacts {
  outlet: string | null;
  language: string | null;
  items: ItemFacts[];
}

function rssItem(item: Node): ItemFacts {
  const guid = child(item, "guid");
  const guidText = textOf(guid)?.trim() ?? null;
  const permalink = attr(asNode(guid), "isPermaLink") !== "false" && looksLikeUrl(guidText) ? guidText : null;
  const content = childText(item, "encoded");
  return {
    link: childText(item, "link") ?? permalink,
    title: plainTitle(childText(item, "title")),
    date: childText(item, "pubDate", "date", "published", "updated"),
    body: bodyText(content ?? childText(item, "description"), true),
  };
}

function atomLink(entry: Node): string | null {
  const links = asList(child(entry, "link"));
  const alternate = links.find((l) => (attr(l, "rel") ?? "alternate") === "alternate") ?? links[0];
  return alternate ? attr(alternate, "href") : null;
}

function atomItem(entry: Node): ItemFacts {
  const content = child(entry, "content");
  const summary = child(entry, "summary");
  const pick = textOf(content)?.trim() ? content : summary;
  const type = attr(asNode(pick), "type") ?? "text";
  return {
    link: atomLink(entry),
    title: plainTitle(childText(entry, "title"), (attr(asNode(child(entry, "title")), "type") ?? "").includes("html")),
    date: childText(entry, "published", "updated", "issued", "modified"),
    body: bodyText(textOf(pick)?.trim() ?? null, type === "html" || type === "xhtml" || type.includes("html")),
  };
}

function xmlFeed(text: string): FeedFacts | { problem: string } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { problem: `malformed XML (${valid.err.msg} at line ${valid.err.line}, column ${valid.err.col})` };
  const doc = parser.parse(text) as Node;
  const rss = asNode(doc["rss"]);
  const rdf = asNode(child(doc, "RDF"));
  if (rss || rdf) {
    const channel = asNode(child((rss ?? rdf)!, "channel")) ?? {};
    const items = asList(child(rss ? channel : rdf!, "item"));
    return {
      outlet: plainTitle(childText(channel, "title")),
      language: languageTag(childText(channel, "language")),
      items: items.map(rssItem),
    };
  }
  const feed = asNode(doc["feed"]);
  if (feed) {
    return {
      outlet: plainTitle(childText(feed, "title")),
      language: languageTag(attr(feed, "xml:lang")),
      items: asList(child(feed, "entry")).map(atomItem),
    };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("#")) ?? "nothing";
  return { problem: `not an RSS or Atom feed (the root element is <${root}>)` };
}

function jsonString(node: Node, ...names: string[]): string | null {
  for (const name of names) {
    const v = node[name];
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return null;
}

function jsonFeed(value: Node): FeedFacts | { problem: string } {
  const items = value["items"];
  if (!Array.isArray(items)) return { problem: 'JSON Feed without an "items" array' };
  return {
    outlet: jsonString(value, "title"),
    language: languageTag(jsonString(value, "language")),
    items: items.map((raw): ItemFacts => {
      const item = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Node) : {};
      const html = jsonString(item, "content_html");
      const plain = jsonString(item, "content_text");
      return {
        link: jsonString(item, "url", "external_url"),
        title: plainTitle(jsonString(item, "title")),
        date: jsonString(item, "date_published", "date_modified"),
        body: html !== null ? bodyText(html, true) : plain !== null ? plain : bodyText(jsonString(item, "summary"), false),
      };
    }),
  };
}

function toArticles(facts: FeedFacts, input: string, fileId: string): Array<Article | InputError> {
  if (facts.items.length === 0) return [new InputError(input, "feed has no items")];
  return facts.items.map((item, index) => {
    if (item.body.trim() === "") return new InputError(`${input}[${index}]`, `feed item${item.title ? ` "${item.title}"` : ""} has no content or description`);
    const url = looksLikeUrl(item.link) ? item.link : null;
    return {
      id: url !== null ? idFromUrl(url) : idFromPosition(fileId, index + 1),
      url,
      outlet: facts.outlet,
      title: item.title,
      published: publishedFrom(item.date),
      language: facts.language,
      body: item.body,
    };
  });
}

/** A feed document, XML or JSON, already decoded. `input` names it in errors. */
export function articlesFromFeed(text: string, input: string, fileId: string): Array<Article | InputError> {
  const start = text.replace(/^\ufeff/, "").trimStart();
  let facts: FeedFacts | { problem: string };
  if (start.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(start);
    } catch (error) {
      return [new InputError(input, `malformed JSON (${error instanceof Error ? error.message : String(error)})`)];
    }
    facts = isJsonFeed(value) ? jsonFeed(value as Node) : { problem: 'not a JSON Feed (no "version": "https://jsonfeed.org/version/1…")' };
  } else {
    try {
      facts = xmlFeed(start);
    } catch (error) {
      facts = { problem: `malformed XML (${error instanceof Error ? error.message : String(error)})` };
    }
  }
  if ("problem" in facts) return [new InputError(input, facts.problem)];
  return toArticles(facts, input, fileId);
}
