/**
 * @module ingest/read-inputs
 * Command-line inputs to articles: `readArticles(inputs)` yields, in order,
 * each article read and an `InputError` for each input (or record) that could
 * not be read; a bad input never stops the others.
 *
 * An INPUT is a file, a directory, `-` for standard input, or an
 * `http(s)://` URL (ingest/read-url: a page or a feed, fetched once).
 * - Directories are walked recursively in code-unit order of names (the same
 *   order everywhere), skipping hidden entries; only files with an article
 *   extension (`ARTICLE_EXTENSIONS`, and those followed by `.gz`) are read
 *   there, other files are skipped silently.
 * - The format is recognised by content as well as extension
 *   (ingest/sniff-format): gzip by its magic bytes (a WARC inside is read as
 *   WARC, anything else is decompressed and recognised again); `WARC/1.`
 *   or `.warc` → WARC (ingest/read-warc); HTML by `<!doctype html`/`<html`
 *   or `.html`/`.htm` (ingest/read-html); RSS/Atom by `<?xml`…`<rss`/`<feed`
 *   or `.xml`/`.rss`/`.atom`, and a JSON Feed by its `version` URL
 *   (ingest/read-feed); `.txt` is always plain text; `.json`, `.jsonl`,
 *   `.ndjson` are news-please records, as one JSON document (`[` or a
 *   multi-line `{`) or as JSON lines (a first line that is a whole `{…}`),
 *   whatever the extension says; any other file and stdin are JSON when
 *   they start with `{` or `[`, plain text otherwise.
 * - Plain text and JSON must be UTF-8. A UTF-8 BOM is dropped before
 *   anything else, so offsets count from after it. NUL bytes in the first
 *   8 KiB mean binary. HTML and feeds are decoded by their declared charset
 *   (ingest/charset).
 * - Size: a text file, JSON document, HTML page or feed is read whole, and
 *   refused over `maxDocumentBytes` (64 MiB by default). JSON lines are
 *   streamed one line at a time, so a file of them has no size limit, only
 *   each line (`maxLineBytes`, 64 MiB); a bad line is an error for that line
 *   only. WARC files are streamed one record at a time (`maxRecordBytes`).
 */
import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { pipeline, Readable } from "node:stream";
import { constants as zlibConstants, createGunzip, gunzipSync } from "node:zlib";
import type { Article } from "../core/types.js";
import { idFromPath } from "./article-id.js";
import { decodeDocument } from "./charset.js";
import { InputError } from "./input-error.js";
import { articlesFromFeed } from "./read-feed.js";
import { articleFromHtml, isPendingHtml, pendingHtml, type HtmlHandler, type PendingHtml } from "./read-html.js";
import { articleFromJsonLine, articlesFromJsonDocument } from "./read-news-please.js";
import { textArticle } from "./read-text-article.js";
import { isUrlInput, readUrl } from "./read-url.js";
import { readWarc } from "./read-warc.js";
import { sniffFormat } from "./sniff-format.js";

const MiB = 1024 * 1024;
export const DEFAULT_MAX_DOCUMENT_BYTES = 64 * MiB;
export const DEFAULT_MAX_LINE_BYTES = 64 * MiB;
/** Read directly from a directory (also followed by `.gz`); anything else there is not an article. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  ".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".warc",
]);
/** How far to look for NUL bytes (as git does) and for the first character. */
const SNIFF_BYTES = 8 * 1024;
/** How far to look for the end of the first line when telling JSON lines from a document. */
const FIRST_LINE_PEEK_BYTES = 1 * MiB;

export interface ReadOptions {
  /** What `-` reads; process.stdin by default. */
  readonly stdin?: AsyncIterable<Uint8Array>;
  readonly maxDocumentBytes?: number;
  readonly maxLineBytes?: number;
  /** A WARC record larger than this is skipped with an error (10 MiB by default). */
  readonly maxRecordBytes?: number;
  /** Timeout for a URL input, headers and body together (20 s by default). */
  readonly fetchTimeoutMs?: number;
  /** Largest response body read from a URL (32 MiB by default). */
  readonly maxFetchBytes?: number;
  /** Hand HTML pages on as `PendingHtml` for a worker to extract, instead of extracting them here. */
  readonly deferHtml?: boolean;
}

/** What `readInputs` yields: an article, a page still to extract (with `deferHtml`), or an error. */
export type InputItem = Article | InputError | PendingHtml;

interface Limits {
  readonly maxDocumentBytes: number;
  readonly maxLineBytes: number;
  readonly maxRecordBytes: number | undefined;
  readonly html: HtmlHandler;
}

/** One thing to read bytes from: a file or stdin. */
interface Source {
  /** How errors name it: the path as given (joined under its directory), or `-`. */
  readonly input: string;
  readonly fileId: string;
  /** Lower case with its dot; "" for stdin. */
  readonly extension: string;
  /** Known for regular files only. */
  readonly size: number | null;
  readonly open: () => AsyncIterable<Uint8Array>;
}

type JsonFormat = "json-document" | "json-lines";

/** Every article of the inputs, in order, each bad input or record as an `InputError`. */
export async function* readArticles(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<Article | InputError> {
  for await (const item of readInputs(inputs, { ...opts, deferHtml: false })) {
    yield isPendingHtml(item) ? articleFromHtml(item.content, item.source) : item;
  }
}

/** As `readArticles`, but with `deferHtml` the extraction of HTML pages is left to the caller. */
export async function* readInputs(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const limits: Limits = {
    maxDocumentBytes: opts.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    maxLineBytes: opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    maxRecordBytes: opts.maxRecordBytes,
    html: opts.deferHtml ? pendingHtml : articleFromHtml,
  };
  for (const input of inputs) {
    if (isUrlInput(input)) {
      yield* readUrl(input, { timeoutMs: opts.fetchTimeoutMs, maxBytes: opts.maxFetchBytes, html: limits.html });
      continue;
    }
    if (input === "-") {
      const stdin = opts.stdin ?? process.stdin;
      yield* readSource({ input: "-", fileId: idFromPath("stdin"), extension: "", size: null, open: () => stdin }, limits);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield new InputError(input, reasonOf(error), { cause: error });
      continue;
    }
    if (info.isDirectory()) {
      yield* readDirectory(input, limits);
    } else {
      // A file given by itself: its root is its own folder (see article-id).
      yield* readSource(fileSource(input, basename(input), info.isFile() ? info.size : null), limits);
    }
  }
}

function fileSource(path: string, relativePath: string, size: number | null): Source {
  return {
    input: path,
    fileId: idFromPath(relativePath),
    extension: extname(path).toLowerCase(),
    size,
    open: () => createReadStream(path, { highWaterMark: 64 * 1024 }),
  };
}

// ------------------------------------------------------------ directories

async function* readDirectory(root: string, limits: Limits): AsyncGenerator<InputItem> {
  let found = 0;
  for await (const entry of walk(root, root, new Set())) {
    if (entry instanceof InputError) {
      yield entry;
      continue;
    }
    found += 1;
    yield* readSource(fileSource(entry.path, relative(root, entry.path), entry.size), limits);
  }
  if (found === 0) yield new InputError(root, `no ${[...ARTICLE_EXTENSIONS].join(", ")} files (or .gz of them) in this directory`);
}

/** Article files under `dir`, depth first, sorted; `seen` holds real paths, against symlink loops. */
async function* walk(dir: string, root: string, seen: Set<string>): AsyncGenerator<{ path: string; size: number } | InputError> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).filter((name) => !name.startsWith("."));
  } catch (error) {
    yield new InputError(dir, `cannot read directory: ${reasonOf(error)}`, { cause: error });
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // code units, not locale: the same order everywhere
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path); // follows symbolic links
    } catch (error) {
      yield new InputError(path, reasonOf(error), { cause: error });
      continue;
    }
    if (info.isDirectory()) yield* walk(path, root, seen);
    else if (info.isFile() && isArticleFileName(name)) yield { path, size: info.size };
  }
}

function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.has(extname(lower)) || (lower.endsWith(".gz") && ARTICLE_EXTENSIONS.has(extname(lower.slice(0, -3))));
}

// ------------------------------------------------------------ one source

async function* readSource(source: Source, limits: Limits, insideGzip = false): AsyncGenerator<InputItem> {
  const empty = source.input === "-" ? "empty input" : "empty file";
  if (source.size === 0) {
    yield new InputError(source.input, empty);
    return;
  }
  if (source.extension === ".txt" && source.size !== null && source.size > limits.maxDocumentBytes) {
    yield new InputError(source.input, tooLarge(source.size, limits));
    return;
  }
  const bytes = new PeekableBytes(source.open());
  try {
    await bytes.peek(SNIFF_BYTES);
    const head = bytes.head();
    if (head.length === 0) {
      yield new InputError(source.input, empty);
      return;
    }
    const sniffed = sniffFormat(head, source.extension);
    if (sniffed === "gzip") {
      if (insideGzip) {
        yield new InputError(source.input, "gzip inside gzip: not read");
        return;
      }
      if (startsWithWarc(gunzipPrefix(head))) {
        // warcio reads gzip itself, record by record, so record offsets are offsets in the file.
        yield* readWarc(bytes.all(), source.input, { maxRecordBytes: limits.maxRecordBytes, html: limits.html });
        return;
      }
      yield* readSource(gunzippedSource(source, bytes), limits, true);
      return;
    }
    if (sniffed === "warc") {
      yield* readWarc(bytes.all(), source.input, { maxRecordBytes: limits.maxRecordBytes, html: limits.html });
      return;
    }
    const markup = sniffed === "html" || sniffed === "feed";
    // HTML and feeds may be UTF-16 with a BOM (their decoder handles it); NULs mean binary all the same.
    const problem = markup && hasUtf16Bom(head) ? null : binaryProblem(head);
    if (problem !== null) {
      yield new InputError(source.input, problem);
      return;
    }
    const format: JsonFormat | "text" | "html" | "feed" = sniffed === "json" ? await chooseJsonFormat(bytes) : sniffed;
    if (format === "json-lines") {
      yield* readJsonLines(source, bytes.all(), limits);
      return;
    }
    const raw = await readWholeBytes(bytes.all(), source.size, limits);
    if ("problem" in raw) {
      yield new InputError(source.input, raw.problem);
      return;
    }
    if (markup) {
      const text = decodeDocument(raw).text;
      if (text.trim() === "") yield new InputError(source.input, `${empty} (only white space)`);
      else if (format === "html") yield limits.html(text, { input: source.input, id: source.fileId });
      else yield* articlesFromFeed(text, source.input, source.fileId);
      return;
    }
    const whole = decodeUtf8(raw);
    if (typeof whole !== "string") {
      yield new InputError(source.input, whole.problem);
      return;
    }
    if (whole.trim() === "") {
      yield new InputError(source.input, `${empty} (only white space)`);
      return;
    }
    if (format === "text") yield textArticle(whole, source.fileId);
    else yield* articlesFromJsonDocument(whole, source.input, source.fileId);
  } catch (error) {
    yield new InputError(source.input, reasonOf(error), { cause: error });
  } finally {
    await bytes.close();
  }
}

function hasUtf16Bom(head: Buffer): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

function startsWithWarc(bytes: Buffer): boolean {
  return bytes.subarray(0, 7).toString("latin1") === "WARC/1.";
}

/** The start of what a gzip head holds; empty when it cannot be inflated (the full read reports why). */
function gunzipPrefix(head: Buffer): Buffer {
  try {
    // Sync flush: a truncated stream gives what it has instead of an error.
    return gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: 64 * 1024 });
  } catch {
    return Buffer.alloc(0);
  }
}

/** The same source, decompressed; `x.jsonl.gz` is then read as `x.jsonl`. Size limits apply to the inflated bytes. */
function gunzippedSource(source: Source, bytes: PeekableBytes): Source {
  const inner = source.extension === ".gz" ? extname(source.input.slice(0, -3)).toLowerCase() : "";
  return {
    ...source,
    extension: inner,
    size: null,
    open: () => {
      const gunzip = createGunzip();
      // pipeline destroys the gunzip stream with the error, which its reader then throws.
      pipeline(Readable.from(bytes.all()), gunzip, () => undefined);
      return gunzip;
    },
  };
}

/** Content decides JSON lines vs document. */
async function chooseJsonFormat(bytes: PeekableBytes): Promise<JsonFormat> {
  const head = bytes.head();
  const start = firstContentByte(head);
  const first = start < head.length ? head[start] : undefined;
  if (first !== 0x7b /* { */) return "json-document"; // `[`, or a .json that is not JSON (then malformed JSON)
  // `{`: JSON lines when the first line is a whole object; a pretty-printed document's first line is not.
  await bytes.peekUntilNewlineAfter(start, FIRST_LINE_PEEK_BYTES);
  const peeked = bytes.head();
  const newline = peeked.indexOf(0x0a, start);
  if (newline === -1) {
    // One line in all: a document. Still no end of line after a long peek: a long record, so lines.
    return bytes.ended() ? "json-document" : "json-lines";
  }
  const firstLine = peeked.subarray(start, newline).toString("utf8").trimEnd();
  if (firstLine.endsWith("}")) return "json-lines";
  // A malformed first record must not cost the others: lines still, when the next line opens an object too
  // (a pretty-printed document's next line is a member, `"key": …`, or its closing brace).
  return startsObject(peeked, newline + 1) ? "json-lines" : "json-document";
}

/** Whether the first non-blank character from `from` (in what was peeked) opens an object. */
function startsObject(bytes: Uint8Array, from: number): boolean {
  let i = from;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d || bytes[i] === 0x0a)) i++;
  return bytes[i] === 0x7b;
}

async function* readJsonLines(source: Source, chunks: AsyncIterable<Buffer>, limits: Limits): AsyncGenerator<InputItem> {
  let records = 0;
  for await (const line of byteLines(chunks, limits.maxLineBytes)) {
    const where = `${source.input}:${line.number}`;
    if (line.bytes === null) {
      yield new InputError(where, `line longer than ${formatMiB(limits.maxLineBytes)}`);
      continue;
    }
    const text = decodeUtf8(line.bytes, true);
    if (typeof text !== "string") {
      yield new InputError(where, text.problem);
      continue;
    }
    const result = articleFromJsonLine(text, source.input, line.number, source.fileId);
    if (result === null) continue;
    records += 1;
    yield result;
  }
  if (records === 0) yield new InputError(source.input, "no records (only blank lines)");
}

/** The whole source as bytes, or why not (too large). */
async function readWholeBytes(chunks: AsyncIterable<Buffer>, size: number | null, limits: Limits): Promise<Buffer | { problem: string }> {
  if (size !== null && size > limits.maxDocumentBytes) return { problem: tooLarge(size, limits) };
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > limits.maxDocumentBytes) return { problem: tooLarge(null, limits) };
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

function tooLarge(size: number | null, limits: Limits): string {
  const what = size === null ? "more than" : `${formatMiB(size)}, over`;
  return `too large (${what} the ${formatMiB(limits.maxDocumentBytes)} limit for a text, JSON, HTML or feed file; JSON lines and WARC, which are streamed, have no such limit)`;
}

function formatMiB(bytes: number): string {
  return bytes >= MiB ? `${Math.round((bytes / MiB) * 10) / 10} MiB` : `${bytes} bytes`;
}

// ------------------------------------------------------------ bytes and text

/** Why these first bytes are not UTF-8 text, or null. */
function binaryProblem(head: Buffer): string | null {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return "UTF-16 text: only UTF-8 is read (convert it, e.g. iconv -f UTF-16 -t UTF-8)";
  }
  const nul = head.subarray(0, SNIFF_BYTES).indexOf(0);
  return nul === -1 ? null : `binary content (NUL byte at offset ${nul}), not text or JSON`;
}

/** Index of the first byte that is not a BOM or white space. */
function firstContentByte(head: Buffer): number {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i += 1;
  return i;
}

/**
 * Strict UTF-8 decoding. The decoder drops a leading BOM (`ignoreBOM: false`),
 * so offsets into the text count from after it. `oneLine`: the bytes are one
 * line of a file, which the error's input names already.
 */
export function decodeUtf8(bytes: Uint8Array, oneLine = false): string | { problem: string } {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problem: invalidUtf8Problem(bytes, oneLine) };
  }
}

/** Names the first bad byte, found by bisection (this only runs on the error path). */
function invalidUtf8Problem(bytes: Uint8Array, oneLine: boolean): string {
  let valid = 0; // a prefix of this length decodes (an unfinished last sequence is allowed in stream mode)
  let invalid = bytes.length + 1; // this one does not (+1 stands for "the end is an unfinished sequence")
  while (invalid - valid > 1) {
    const mid = (valid + invalid) >>> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: mid < bytes.length });
      valid = mid;
    } catch {
      invalid = mid;
    }
  }
  const offset = startOfUnfinishedSequence(bytes, valid);
  const byte = bytes[offset]!;
  // A JSON line is named by its number already (path:4): its byte is told, not a "line 1" within it.
  const where = oneLine ? `byte ${offset + 1} of the line` : `offset ${offset}, line ${lineAt(bytes, offset)}`;
  return `not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")} at ${where}; ` +
    `if it is Latin-1 or Windows-1252, convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)`;
}

/** The line (from 1) that byte `offset` is on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/**
 * Where the bad sequence starts: `valid` bytes decode in stream mode, which
 * holds back an unfinished sequence at their end (`caf\xe9` + space fails on
 * the space, but the culprit is the `\xe9`).
 */
function startOfUnfinishedSequence(bytes: Uint8Array, valid: number): number {
  for (let i = valid - 1; i >= 0 && i >= valid - 3; i -= 1) {
    const byte = bytes[i]!;
    if (byte >= 0xc0) return i; // a lead byte whose sequence never finished
    if (byte < 0x80) break; // ASCII: nothing was held back
  }
  return Math.min(valid, bytes.length - 1);
}

/** Lines of bytes (`\n` or `\r\n`), numbered from 1; `bytes` is null for a line over the limit. */
async function* byteLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<{ number: number; bytes: Buffer | null }> {
  let parts: Buffer[] = [];
  let length = 0;
  let overLimit = false;
  let number = 1;
  const add = (piece: Buffer): void => {
    if (overLimit || piece.length === 0) return;
    length += piece.length;
    if (length > maxLineBytes) {
      overLimit = true; // drop what we hold: the line is reported, not kept
      parts = [];
    } else parts.push(piece);
  };
  const finish = (): { number: number; bytes: Buffer | null } => {
    let bytes: Buffer | null = null;
    if (!overLimit) {
      bytes = Buffer.concat(parts, length);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line = { number, bytes };
    parts = [];
    length = 0;
    overLimit = false;
    number += 1;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a, start); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      add(chunk.subarray(start, newline)); // 0x0a never occurs inside a UTF-8 sequence
      yield finish();
      start = newline + 1;
    }
    add(chunk.subarray(start));
  }
  if (length > 0 || overLimit) yield finish();
}

/** A byte stream whose beginning can be looked at before it is read for real. */
class PeekableBytes {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private parts: Buffer[] = [];
  private length = 0;
  private done = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Reads until at least `bytes` are held or the stream ends. */
  async peek(bytes: number): Promise<void> {
    while (!this.done && this.length < bytes) await this.pull();
  }

  /** Reads until a newline after `from` is held, `maxBytes` are held, or the stream ends. */
  async peekUntilNewlineAfter(from: number, maxBytes: number): Promise<void> {
    let searched = from;
    while (!this.done && this.length < maxBytes) {
      if (this.head().indexOf(0x0a, searched) !== -1) return;
      searched = this.length;
      await this.pull();
    }
  }

  head(): Buffer {
    if (this.parts.length > 1) this.parts = [Buffer.concat(this.parts, this.length)];
    return this.parts[0] ?? Buffer.alloc(0);
  }

  ended(): boolean {
    return this.done;
  }

  /** Everything: what was peeked, then the rest. Call once. */
  async *all(): AsyncGenerator<Buffer> {
    const held = this.parts;
    this.parts = [];
    yield* held;
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else yield toBuffer(next.value);
    }
  }

  async close(): Promise<void> {
    if (!this.done) {
      this.done = true;
      await this.iterator.return?.();
    }
  }

  private async pull(): Promise<void> {
    const next = await this.iterator.next();
    if (next.done) {
      this.done = true;
      return;
    }
    const chunk = toBuffer(next.value);
    this.parts.push(chunk);
    this.length += chunk.length;
  }
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, "utf8"); // a stream left in text mode
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// ------------------------------------------------------------ reasons

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory (part of the path is a file)",
  ELOOP: "too many levels of symbolic links",
  EMFILE: "too many open files",
  ENAMETOOLONG: "file name too long",
  EIO: "input/output error",
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  if (code?.startsWith("Z_")) return `corrupt gzip data (${error instanceof Error ? error.message : String(error)})`; // zlib's codes
  return error instanceof Error ? error.message : String(error);
}
