/**
 * @module ingest/read-html
 * One HTML page to an article. The page is decoded (ingest/charset), parsed
 * with linkedom, its metadata read (ingest/html-metadata), and the article
 * body found: by the fast path when the page says plainly where it is
 * (ingest/html-fast-path: the JSON-LD articleBody or the only `<article>`,
 * ~10× cheaper), else by Mozilla Readability (HTML comments removed first:
 * they change how it groups paragraphs). The body text is built from the
 * DOM one block a line (ingest/html-text), never from `textContent`. When
 * Readability finds no article, the whole `<body>` is used, so a short page
 * is still read rather than lost.
 *
 * Fields: title (Readability's, else og:title, JSON-LD headline, `<title>`),
 * published (page dates first, then the caller's fallback such as the WARC
 * date, as ISO via publishedFrom), outlet (og:site_name, JSON-LD publisher,
 * Readability's site name), url (the caller's URL when fetched or archived,
 * else the page's canonical URL), language (lower case, `_` → `-`).
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../core/types.js";
import { decodeDocument } from "./charset.js";
import { pageMetadata } from "./html-metadata.js";
import { fastArticleText } from "./html-fast-path.js";
import { readabilityMetadata } from "./html-readability-metadata.js";
import { textOfNode } from "./html-text.js";
import { InputError } from "./input-error.js";
import { publishedFrom } from "./read-news-please.js";

export interface HtmlSource {
  /** How errors name the page: a path, `file#offset` or a URL. */
  readonly input: string;
  /** The article id (from the path or the URL). */
  readonly id: string;
  /** The URL the page was fetched or archived from, when known. */
  readonly url?: string | null;
  /** The transport's Content-Type, for its charset. */
  readonly contentType?: string | null;
  /** A date to use when the page gives none (WARC-Date, HTTP Last-Modified). */
  readonly fallbackPublished?: string | null;
}

const COMMENT_NODE = 8;
/** Readability gives up on huge DOMs rather than take minutes; the body fallback still reads them. */
const MAX_ELEMS_TO_PARSE = 200_000;

function removeComments(root: Node): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === COMMENT_NODE) child.parentNode?.removeChild(child);
      else if (child.hasChildNodes()) stack.push(child);
    }
  }
}

function nonBlank(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

function languageTag(value: string | null): string | null {
  if (value === null) return null;
  const tag = value.trim().replace(/_/g, "-").toLowerCase();
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

/** The article a page holds, from its bytes (decoded here) or from text already decoded. */
/**
 * A page whose article is still to be extracted. Plain data (structured-cloneable), so that a
 * worker thread can do the extraction, the costly part of reading HTML, instead of the reader.
 */
export interface PendingHtml {
  readonly kind: "pending-html";
  readonly content: Uint8Array | string;
  readonly source: HtmlSource;
}

/** What a reader does with a page: extract it now, or hand it on as pending. */
export type HtmlHandler = (content: Uint8Array | string, source: HtmlSource) => Article | InputError | PendingHtml;

export const pendingHtml: HtmlHandler = (content, source) => ({ kind: "pending-html", content, source });

export function isPendingHtml(item: unknown): item is PendingHtml {
  return typeof item === "object" && item !== null && (item as { kind?: unknown }).kind === "pending-html";
}

export function articleFromHtml(content: Uint8Array | string, source: HtmlSource): Article | InputError {
  const html = typeof content === "string" ? content : decodeDocument(content, source.contentType).text;
  let document: Document;
  try {
    document = parseHTML(html).document as unknown as Document;
  } catch (error) {
    return new InputError(source.input, `cannot parse HTML (${error instanceof Error ? error.message : String(error)})`);
  }
  const meta = pageMetadata(document);
  const read = readFast(document, meta.articleBody) ?? readWithReadability(document);
  if (read.body === "") return new InputError(source.input, "no article text found in the HTML page");
  const url = nonBlank(source.url) ?? meta.canonicalUrl;
  const published = publishedFrom(meta.published) ?? publishedFrom(read.publishedTime) ?? publishedFrom(source.fallbackPublished);
  return {
    id: source.id,
    url,
    outlet: meta.siteName ?? nonBlank(read.siteName),
    title: nonBlank(read.title) ?? meta.title,
    published,
    language: languageTag(meta.language) ?? languageTag(nonBlank(read.lang)),
    body: read.body,
  };
}

/** The article body with what Readability says of the page (title, site name, date, language). */
interface ReadPage {
  readonly body: string;
  readonly title?: string | null;
  readonly siteName?: string | null;
  readonly publishedTime?: string | null;
  readonly lang?: string | null;
}

/** A page that says where its article is (ingest/html-fast-path), with Readability's metadata; else null. */
function readFast(document: Document, articleBody: string | null): ReadPage | null {
  const metadata = readabilityMetadata(document);
  if (metadata === null) return null;
  const body = fastArticleText(document, articleBody, metadata.title);
  return body === null ? null : { ...metadata, body };
}

function readWithReadability(document: Document): ReadPage {
  removeComments(document);
  let parsed: ReturnType<Readability<Node>["parse"]> = null;
  try {
    parsed = new Readability<Node>(document, { serializer: (node) => node, maxElemsToParse: MAX_ELEMS_TO_PARSE }).parse();
  } catch {
    parsed = null; // too many elements, or a page Readability chokes on: fall back to the body below
  }
  let body = parsed?.content ? textOfNode(parsed.content) : "";
  if (body === "") {
    // Readability took the DOM apart only when it succeeded; on failure the body is still whole.
    body = document.body ? textOfNode(document.body) : "";
  }
  return { body, title: parsed?.title, siteName: parsed?.siteName, publishedTime: parsed?.publishedTime, lang: parsed?.lang };
}
