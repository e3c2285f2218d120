/**
 * @module ingest/read-url
 * An `http(s)://` input to articles: fetched once with the global `fetch`
 * (redirects followed, a timeout over the whole exchange, body size capped
 * while streaming), then read by what it is. The Content-Type decides when
 * it is clear (HTML, RSS/Atom/XML, JSON Feed, plain text); otherwise the
 * bytes are sniffed (ingest/sniff-format). A page becomes one article (url =
 * the final URL after redirects, id derived from the URL given); a feed
 * yields its items from their own content, never fetching their pages.
 * Every failure (bad URL, DNS, refused, timeout, HTTP status, too large) is
 * one InputError naming the URL.
 */
import type { Article } from "../core/types.js";
import { idFromUrl } from "./article-id.js";
import { decodeDocument } from "./charset.js";
import { InputError } from "./input-error.js";
import { articlesFromFeed } from "./read-feed.js";
import { articleFromHtml, type HtmlHandler, type PendingHtml } from "./read-html.js";
import { textArticle } from "./read-text-article.js";
import { sniffFormat } from "./sniff-format.js";

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_FETCH_BYTES = 32 * 1024 * 1024;

export interface UrlOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Extracts the page (default), or hands it on as pending for a worker. */
  readonly html?: HtmlHandler;
}

const ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, " +
  "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/plain;q=0.7, */*;q=0.5";

export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Plain words for what went wrong under fetch (undici hides the system error in `cause`). */
function fetchFailure(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") return `timed out after ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  switch (cause?.code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host not found (DNS lookup failed)";
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
      return "connection reset by the server";
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
      return `timed out after ${timeoutMs / 1000} s`;
  }
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `fetch failed: ${message}`;
}

/** The whole body, or why not; stops reading as soon as it passes the cap. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | { problem: string }> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return { problem: `response of ${declared} bytes is over the ${maxBytes}-byte limit` };
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { problem: `response is over the ${maxBytes}-byte limit` };
    }
    parts.push(value);
  }
  return Buffer.concat(parts, total);
}

type Kind = "html" | "feed" | "text" | null;

function kindOfContentType(contentType: string | null): Kind {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "application/rss+xml" || type === "application/atom+xml" || type === "application/rdf+xml" || type === "application/feed+json") return "feed";
  if (type === "text/plain") return "text";
  return null; // xml, json, octet-stream, missing: the bytes decide
}

export async function* readUrl(url: string, opts: UrlOptions = {}): AsyncGenerator<Article | InputError | PendingHtml> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_FETCH_BYTES;
  try {
    new URL(url);
  } catch {
    yield new InputError(url, "not a valid URL");
    return;
  }
  let response: Response;
  let bytes: Uint8Array | { problem: string };
  try {
    // One signal for headers and body: a server that trickles bytes times out too.
    response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(timeoutMs), headers: { accept: ACCEPT } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      yield new InputError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
      return;
    }
    bytes = await readBody(response, maxBytes);
  } catch (error) {
    yield new InputError(url, fetchFailure(error, timeoutMs), { cause: error });
    return;
  }
  if (!(bytes instanceof Uint8Array)) {
    yield new InputError(url, bytes.problem);
    return;
  }
  if (bytes.byteLength === 0) {
    yield new InputError(url, "empty response");
    return;
  }
  const contentType = response.headers.get("content-type");
  const finalUrl = response.url || url;
  const id = idFromUrl(url);
  let kind = kindOfContentType(contentType);
  if (kind === null) {
    const sniffed = sniffFormat(bytes.subarray(0, 8192), "");
    const textual = (contentType === null || /^\s*text\//i.test(contentType)) && !bytes.subarray(0, 8192).includes(0);
    kind = sniffed === "html" || sniffed === "feed" ? sniffed : sniffed === "text" && textual ? "text" : null;
  }
  if (kind === "html") {
    yield (opts.html ?? articleFromHtml)(bytes, { input: url, id, url: finalUrl, contentType });
  } else if (kind === "feed") {
    yield* articlesFromFeed(decodeDocument(bytes, contentType).text, url, id);
  } else if (kind === "text") {
    const text = decodeDocument(bytes, contentType).text;
    if (text.trim() === "") yield new InputError(url, "empty response (only white space)");
    else yield { ...textArticle(text, id), url: finalUrl };
  } else {
    yield new InputError(url, `cannot read ${contentType ?? "content without a Content-Type"}: not an HTML page, a feed or text`);
  }
}
