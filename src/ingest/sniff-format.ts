/**
 * @module ingest/sniff-format
 * Which reader a byte stream needs, from its first bytes and its file
 * extension. Content wins over a misleading extension where it is
 * unambiguous; the extension decides otherwise.
 *
 * - `1f 8b` (gzip magic): gzip, whatever the name (the caller looks inside);
 * - `.txt`: plain text, always (kept from the first version: a text file
 *   may well start with `<`);
 * - `WARC/1.`: a WARC file; so is any `.warc`;
 * - `<!doctype html`, `<html`, or `<head`/`<body` near the start: HTML; so
 *   is any `.html`/`.htm`/`.xhtml` that is not a feed;
 * - `<?xml` then `<rss`, `<feed`, `<rdf:RDF`: a feed; `<rss`, `<feed` at the
 *   start too; `.xml`/`.rss`/`.atom` are feeds unless the content is HTML;
 * - `{` with a `"version": "https://jsonfeed.org/version/1…"` near the start:
 *   a JSON Feed; other `{`/`[` and `.json`/`.jsonl`/`.ndjson`: news-please JSON;
 * - anything else: plain text.
 * Only the first `SNIFF_TEXT_BYTES` are looked at, with fixed-string
 * searches and anchored regexes: nothing here can backtrack badly.
 */

export type SniffedFormat = "gzip" | "warc" | "html" | "feed" | "json" | "text";

/** How much of the head is decoded for sniffing (past a long comment or DOCTYPE). */
export const SNIFF_TEXT_BYTES = 4096;

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom"]);
const JSON_EXTENSIONS = new Set([".json", ".jsonl", ".ndjson"]);
const JSON_FEED_HEAD = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/;

export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** The head as lower-case text, BOM and leading white space dropped. */
function headText(head: Uint8Array): string {
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  // latin1 keeps one character per byte: enough for ASCII markers, whatever the real encoding.
  return Buffer.from(head.buffer, head.byteOffset + start, Math.max(0, Math.min(head.byteLength, SNIFF_TEXT_BYTES) - start))
    .toString("latin1")
    .trimStart()
    .toLowerCase();
}

/** Skips leading comments and `<?xml …?>` processing instructions (declaration, stylesheet). */
function afterPrologue(text: string): string {
  let rest = text;
  for (let guard = 0; guard < 20; guard += 1) {
    if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      if (end === -1) return rest;
      rest = rest.slice(end + 3).trimStart();
    } else if (rest.startsWith("<?xml")) {
      const end = rest.indexOf("?>");
      if (end === -1) return rest;
      rest = rest.slice(end + 2).trimStart();
    } else return rest;
  }
  return rest;
}

function markupKind(text: string): "html" | "feed" | null {
  const rest = afterPrologue(text);
  if (rest.startsWith("<!doctype html") || rest.startsWith("<html") || rest.startsWith("<head") || rest.startsWith("<body")) return "html";
  if (rest.startsWith("<rss") || rest.startsWith("<feed") || rest.startsWith("<rdf:rdf")) return "feed";
  if (rest.startsWith("<!doctype rss")) return "feed";
  if (text.startsWith("<?xml") || text.startsWith("<!--")) {
    // An XHTML page or a feed behind a DOCTYPE: the first root-looking tag decides.
    const html = rest.indexOf("<html");
    const feed = Math.min(...["<rss", "<feed", "<rdf:rdf"].map((t) => rest.indexOf(t)).filter((i) => i !== -1), Infinity);
    if (html !== -1 && html < feed) return "html";
    if (feed !== Infinity) return "feed";
  }
  return null;
}

export function sniffFormat(head: Uint8Array, extension: string): SniffedFormat {
  if (isGzip(head)) return "gzip";
  if (extension === ".txt") return "text";
  const text = headText(head);
  if (text.startsWith("warc/1.") || extension === ".warc") return "warc";
  const markup = text.startsWith("<") ? markupKind(text) : null;
  if (markup !== null) return markup;
  if (HTML_EXTENSIONS.has(extension)) return "html";
  if (FEED_EXTENSIONS.has(extension)) return "feed";
  if (text.startsWith("{") && JSON_FEED_HEAD.test(text)) return "feed";
  if (text.startsWith("{") || text.startsWith("[") || JSON_EXTENSIONS.has(extension)) return "json";
  return "text";
}
