/**
 * @module ingest/html-metadata
 * What a page says about itself, read from its head before Readability
 * rewrites the DOM (it drops scripts, JSON-LD included):
 * - published:
 *   JSON-LD `datePublished` (also inside `@graph` or arrays; an Article's
 *   first), then `article:published_time`, `og:published_time` and kin,
 *   `<meta name="date">` and kin, then the first `<time datetime>`; JSON-LD
 *   comes first as in Readability, since meta tags often hold the update;
 * - site name: the JSON-LD publisher's name, then `og:site_name`;
 * - canonical URL: `<link rel=canonical>`, then `og:url`;
 * - language: `<html lang>`, then `og:locale`, then `content-language`;
 * - title: `og:title`, JSON-LD `headline`, `<title>` (Readability's own
 *   choice is preferred by the reader; these are fallbacks);
 * - article body: JSON-LD `articleBody` of an Article-typed node, unless it
 *   is marked `isAccessibleForFree: false` (paywalled pages give a teaser).
 * Values are raw strings; the reader normalises them.
 */

export interface PageMetadata {
  readonly title: string | null;
  readonly published: string | null;
  readonly siteName: string | null;
  readonly canonicalUrl: string | null;
  readonly language: string | null;
  /** Raw (text or HTML); the reader decides whether to trust it (ingest/html-fast-path). */
  readonly articleBody: string | null;
}

const DATE_META = [
  "article:published_time", "og:published_time", "og:article:published_time", "published_time", "datepublished",
  "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "pubdate", "publishdate", "publish-date",
  "sailthru.date", "parsely-pub-date", "article.published", "og:updated_time", "article:modified_time",
];
/** JSON-LD objects looked at, at most; pages have a handful. */
const MAX_JSON_LD_NODES = 2000;
const MAX_JSON_LD_DEPTH = 20;

function clean(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

/** `<meta property|name|itemprop=KEY content=…>`, keys lower-cased. */
function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(document.getElementsByTagName("meta"))) {
    const content = clean(meta.getAttribute("content"));
    if (content === null) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

interface JsonLdFacts {
  datePublished: string | null;
  publisher: string | null;
  headline: string | null;
  articleBody: string | null;
}

/** Schema.org types whose facts describe the article itself, not a related link or the site. */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|Posting)$/;

function isArticleNode(node: Record<string, unknown>): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t));
}

/** `isAccessibleForFree: false` (or "False"): the articleBody is likely a teaser. */
function paywalled(node: Record<string, unknown>): boolean {
  const free = node["isAccessibleForFree"];
  return free === false || (typeof free === "string" && free.trim().toLowerCase() === "false");
}

function publisherName(publisher: unknown): string | null {
  const first = Array.isArray(publisher) ? (publisher as unknown[])[0] : publisher;
  if (typeof first === "string") return clean(first);
  if (typeof first === "object" && first !== null) {
    const name = (first as Record<string, unknown>)["name"];
    return typeof name === "string" ? clean(name) : null;
  }
  return null;
}

/**
 * Walks every JSON-LD block (arrays, `@graph`, nested objects). Facts of an
 * Article-typed node win over those of any other node (related stories carry
 * their own `datePublished`); within each kind, the first in document order.
 */
function jsonLdFacts(document: Document): JsonLdFacts {
  const article: JsonLdFacts = { datePublished: null, publisher: null, headline: null, articleBody: null };
  const other: JsonLdFacts = { datePublished: null, publisher: null, headline: null, articleBody: null };
  let visited = 0;
  const visit = (value: unknown, depth: number): void => {
    if (visited >= MAX_JSON_LD_NODES || depth > MAX_JSON_LD_DEPTH || typeof value !== "object" || value === null) return;
    visited += 1;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Record<string, unknown>;
    const facts = isArticleNode(node) ? article : other;
    if (facts.datePublished === null && typeof node["datePublished"] === "string") facts.datePublished = clean(node["datePublished"]);
    if (facts.headline === null && typeof node["headline"] === "string") facts.headline = clean(node["headline"]);
    if (facts.publisher === null && node["publisher"] !== undefined) facts.publisher = publisherName(node["publisher"]);
    if (facts === article && facts.articleBody === null && typeof node["articleBody"] === "string" && !paywalled(node)) {
      facts.articleBody = node["articleBody"];
    }
    for (const [key, child] of Object.entries(node)) if (key !== "publisher") visit(child, depth + 1);
  };
  for (const script of Array.from(document.getElementsByTagName("script"))) {
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    // CDATA wrappers and stray semicolons are common around JSON-LD.
    const text = (script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "").trim().replace(/;$/, "");
    try {
      visit(JSON.parse(text) as unknown, 0);
    } catch {
      // A broken JSON-LD block is the page's problem, not the article's: ignore it.
    }
  }
  return {
    datePublished: article.datePublished ?? other.datePublished,
    publisher: article.publisher ?? other.publisher,
    headline: article.headline ?? other.headline,
    articleBody: article.articleBody,
  };
}

/**
 * The first `name` element (in document order) that `accept`s. A scan by
 * tag name, not a CSS selector: linkedom compiles a selector on every call,
 * which cost more than the rest of this module.
 */
function first(document: Document, name: string, accept: (element: Element) => boolean): Element | null {
  for (const element of Array.from(document.getElementsByTagName(name))) if (accept(element)) return element;
  return null;
}

export function pageMetadata(document: Document): PageMetadata {
  const meta = metaMap(document);
  const ld = jsonLdFacts(document);
  const firstMeta = (keys: readonly string[]): string | null => {
    for (const key of keys) {
      const value = meta.get(key);
      if (value !== undefined) return value;
    }
    return null;
  };
  const time = first(document, "time", (element) => element.hasAttribute("datetime"));
  const canonical = first(document, "link", (element) => (element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"))
    ?.getAttribute("href");
  const locale = meta.get("og:locale");
  return {
    title: clean(meta.get("og:title")) ?? ld.headline ?? clean(first(document, "title", () => true)?.textContent),
    // JSON-LD first, as Readability does: meta tags are more often the update time.
    published: ld.datePublished ?? firstMeta(DATE_META.slice(0, 16)) ?? clean(time?.getAttribute("datetime")) ?? firstMeta(DATE_META.slice(16)),
    siteName: ld.publisher ?? firstMeta(["og:site_name"]),
    canonicalUrl: clean(canonical) ?? firstMeta(["og:url"]),
    language: clean(document.documentElement?.getAttribute("lang")) ?? clean(document.documentElement?.getAttribute("xml:lang")) ??
      (locale ? locale.replace(/_/g, "-") : null) ?? firstMeta(["content-language", "dc.language", "language"]),
    articleBody: ld.articleBody,
  };
}
