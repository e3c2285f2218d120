/**
 * @module ingest/read-warc
 * WARC and WARC.gz files (as Common Crawl's CC-NEWS publishes them) to
 * articles. warcio's WARCParser reads the byte stream one record at a time
 * (per-record gzip members are handled by it); every `response` record whose
 * HTTP Content-Type is HTML goes through the HTML reader with url =
 * `WARC-Target-URI`, id derived from it, and `WARC-Date` as the date when
 * the page gives none. Other records (warcinfo, request, metadata, images,
 * redirects…) are skipped silently.
 *
 * Bounded memory: only the current record's payload is held, and only when
 * it is under `maxRecordBytes` (10 MiB by default); a larger record is
 * skipped unread (streamed past) with an error naming `file#offset`. Header
 * blocks are capped too (`MAX_HEADER_BYTES` pulled from the file while the
 * parser looks for a record's headers), since warcio would otherwise buffer
 * a headerless run of garbage whole.
 *
 * Errors: a record that is not well formed (no `WARC/1.x` line, no numeric
 * Content-Length, an HTTP response without a status line) is an error for
 * that record, and reading goes on with the next one, which warcio finds by
 * its Content-Length. When the parser itself fails (truncated gzip, a
 * header block over the cap), the file stops with one error.
 */
import { WARCParser } from "warcio";
import type { Article } from "../core/types.js";
import { idFromUrl } from "./article-id.js";
import { InputError } from "./input-error.js";
import { articleFromHtml, type HtmlHandler, type PendingHtml } from "./read-html.js";

export const DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024;
/** Bytes the parser may pull from the file while reading one record's WARC and HTTP headers. */
const MAX_HEADER_BYTES = 1024 * 1024;

export interface WarcOptions {
  readonly maxRecordBytes?: number;
  /** Extracts each page (default), or hands it on as pending for a worker. */
  readonly html?: HtmlHandler;
}

/** Counts the bytes the parser pulls, and refuses to go past a cap while it is armed. */
class MeteredSource {
  private armed = false;
  private pulled = 0;

  constructor(private readonly source: AsyncIterable<Uint8Array>) {}

  arm(): void {
    this.armed = true;
    this.pulled = 0;
  }

  disarm(): void {
    this.armed = false;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for await (const chunk of this.source) {
      if (this.armed) {
        this.pulled += chunk.byteLength;
        if (this.pulled > MAX_HEADER_BYTES) throw new Error(`no end of record headers within ${MAX_HEADER_BYTES} bytes`);
      }
      yield chunk;
    }
  }
}

/** Why this record cannot be read, or null when it is well formed. */
function malformation(statusline: string, contentLength: string | null): string | null {
  if (!/^WARC\/1\.\d$/.test(statusline.trim())) return `malformed WARC record: expected a "WARC/1.x" line, found ${JSON.stringify(statusline.slice(0, 40))}`;
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return "malformed WARC record: missing or non-numeric Content-Length";
  return null;
}

function isHtml(contentType: string | null): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "text/html" || type === "application/xhtml+xml";
}

/** Articles from a WARC byte stream (plain or gzip); `input` names the file in errors. */
export async function* readWarc(bytes: AsyncIterable<Uint8Array>, input: string, opts: WarcOptions = {}): AsyncGenerator<Article | InputError | PendingHtml> {
  const maxRecordBytes = opts.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const metered = new MeteredSource(bytes);
  const parser = new WARCParser(metered);
  let records = 0;
  let found = 0;
  for (;;) {
    let record;
    metered.arm();
    try {
      record = await parser.parse();
    } catch (error) {
      const where = records === 0 ? input : `${input}#${parser.offset}`;
      yield new InputError(where, `cannot read the WARC file any further: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      return;
    } finally {
      metered.disarm();
    }
    if (record === null) break;
    records += 1;
    const where = `${input}#${parser.offset}`;
    try {
      const problem = malformation(record.warcHeaders.statusline, record.warcHeader("Content-Length") ?? null);
      if (problem !== null) {
        yield new InputError(where, problem);
        continue;
      }
      if (record.warcType !== "response") continue;
      const http = record.httpHeaders;
      if (!http || !/^HTTP\/\d(?:\.\d)?\s+\d{3}/.test(http.statusline)) {
        yield new InputError(where, "malformed WARC response record: no HTTP status line");
        continue;
      }
      const contentType = http.headers.get("content-type") ?? null;
      if (!isHtml(contentType) || http.statusCode !== 200) continue;
      if (record.warcContentLength > maxRecordBytes) {
        yield new InputError(where, `record of ${record.warcContentLength} bytes is over the ${maxRecordBytes}-byte limit: skipped`);
        continue;
      }
      const payload = await readPayload(record, maxRecordBytes);
      if (payload === null) {
        yield new InputError(where, `record decodes to more than the ${maxRecordBytes}-byte limit: skipped`);
        continue;
      }
      const url = record.warcTargetURI?.trim() || null;
      if (url === null) {
        yield new InputError(where, "response record without WARC-Target-URI");
        continue;
      }
      found += 1;
      yield (opts.html ?? articleFromHtml)(payload, {
        input: where,
        id: idFromUrl(url),
        url,
        contentType,
        fallbackPublished: record.warcDate ?? null,
      });
    } catch (error) {
      yield new InputError(where, `cannot read record: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      // Unread payloads are streamed past, never buffered, before the next record's headers.
      try {
        await record.skipFully();
      } catch {
        // The next parse() reports a broken stream.
      }
    }
  }
  // warcio ends quietly on a gzip member cut short; its inflator tells.
  const reader = parser._reader;
  if (reader.compressed && reader.inflator && !reader.inflator.ended) {
    yield new InputError(`${input}#${parser.offset}`, "truncated gzip member: the WARC file ends in the middle of a record");
    return;
  }
  if (records === 0) yield new InputError(input, "no WARC records");
  else if (found === 0) yield new InputError(input, `no HTML responses among ${records} WARC records`);
}

/** The decoded payload (dechunked, decompressed), or null once it passes the limit. */
async function readPayload(record: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of record) {
    total += chunk.byteLength;
    if (total > maxBytes) return null; // a gzip bomb in Content-Encoding stops here
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}
