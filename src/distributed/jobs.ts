/**
 * @module distributed/jobs
 * How `tally enqueue` splits inputs into jobs that any worker can run: a job
 * names its inputs by path or URL, plus a range, so a worker on another
 * machine that sees the same shared path runs it the same way.
 *
 * - A WARC file (.warc, .warc.gz) becomes record ranges: it is scanned once
 *   (warcio, headers only) for the byte offset of each record, and each job
 *   holds [start, end) byte offsets covering `recordsPerJob` records. A
 *   gzipped WARC has one gzip member per record (as Common Crawl writes
 *   them), so a slice on record boundaries is a valid WARC of its own.
 * - A directory becomes batches of `filesPerJob` files (read recursively,
 *   the files `tally ingest` reads there).
 * - Any other file, or an http(s) URL, is a job of its own (files) or part
 *   of a batch (URLs).
 * `-` (standard input) cannot be sent to another machine: refused.
 */
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { WARCParser } from "warcio";
import { ARTICLE_EXTENSIONS } from "../ingest/read-inputs.js";

export type IngestJob =
  | { readonly kind: "files"; readonly inputs: readonly string[] }
  | { readonly kind: "warc"; readonly input: string; readonly start: number; readonly end: number; readonly records: number };

export interface PlanOptions {
  readonly recordsPerJob?: number;
  readonly filesPerJob?: number;
}

export const DEFAULT_RECORDS_PER_JOB = 500;
export const DEFAULT_FILES_PER_JOB = 200;

export interface Plan {
  readonly jobs: IngestJob[];
  /** Inputs that cannot be planned, with the reason; the others are still enqueued. */
  readonly errors: Array<{ input: string; reason: string }>;
}

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

/** What `tally ingest` would read in a directory: article extensions, also followed by .gz. */
function isArticleFile(name: string): boolean {
  const bare = name.toLowerCase().endsWith(".gz") ? name.slice(0, -3) : name;
  return ARTICLE_EXTENSIONS.has(extname(bare).toLowerCase()) && !basename(name).startsWith(".");
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile() && isArticleFile(entry.name)) out.push(path);
  }
  return out;
}

/** Byte offsets of the records of a WARC file, and its size (the end of the last record). */
export async function warcRecordOffsets(path: string): Promise<{ offsets: number[]; size: number }> {
  const parser = new WARCParser(createReadStream(path));
  const offsets: number[] = [];
  for await (const record of parser) {
    offsets.push(parser.offset);
    // Skip the payload without holding it.
    for await (const _chunk of record) { /* streamed past */ }
  }
  return { offsets, size: (await stat(path)).size };
}

export function warcJobs(input: string, offsets: readonly number[], size: number, perJob: number): IngestJob[] {
  const jobs: IngestJob[] = [];
  for (let i = 0; i < offsets.length; i += perJob) {
    const last = Math.min(i + perJob, offsets.length);
    jobs.push({ kind: "warc", input, start: offsets[i]!, end: last < offsets.length ? offsets[last]! : size, records: last - i });
  }
  return jobs;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Splits inputs into jobs; paths are made absolute (workers may run elsewhere with the same shared paths). */
export async function planJobs(inputs: readonly string[], options: PlanOptions = {}): Promise<Plan> {
  const recordsPerJob = Math.max(1, options.recordsPerJob ?? DEFAULT_RECORDS_PER_JOB);
  const filesPerJob = Math.max(1, options.filesPerJob ?? DEFAULT_FILES_PER_JOB);
  const jobs: IngestJob[] = [];
  const errors: Plan["errors"] = [];
  const urls: string[] = [];
  const loose: string[] = [];
  const warc = async (path: string): Promise<void> => {
    try {
      const { offsets, size } = await warcRecordOffsets(path);
      if (offsets.length === 0) errors.push({ input: path, reason: "no WARC record in the file" });
      jobs.push(...warcJobs(path, offsets, size, recordsPerJob));
    } catch (error) {
      // A WARC whose records cannot be located is still ingested whole by one worker, which reports what is wrong with it.
      errors.push({ input: path, reason: `cannot split into records (${error instanceof Error ? error.message : String(error)}): enqueued whole` });
      jobs.push({ kind: "files", inputs: [path] });
    }
  };
  for (const input of inputs) {
    if (input === "-") {
      errors.push({ input, reason: "standard input cannot be enqueued (workers run elsewhere): save it to a shared file" });
      continue;
    }
    if (isUrl(input)) {
      urls.push(input);
      continue;
    }
    const path = resolve(input);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      errors.push({ input, reason: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : String(error) });
      continue;
    }
    if (info.isDirectory()) {
      const files = await filesUnder(path);
      if (files.length === 0) errors.push({ input, reason: "no article files in the directory" });
      const plain: string[] = [];
      for (const file of files) {
        if (isWarcPath(file)) await warc(file);
        else plain.push(file);
      }
      for (const batch of chunk(plain, filesPerJob)) jobs.push({ kind: "files", inputs: batch });
    } else if (isWarcPath(path)) {
      await warc(path);
    } else {
      loose.push(path);
    }
  }
  for (const batch of chunk(loose, filesPerJob)) jobs.push({ kind: "files", inputs: batch });
  for (const batch of chunk(urls, filesPerJob)) jobs.push({ kind: "files", inputs: batch });
  return { jobs, errors };
}

/** How a job is named in messages: its inputs, or a WARC file with its byte range. */
export function describeJob(job: IngestJob): string {
  if (job.kind === "warc") return `${job.input}[bytes ${job.start}-${job.end}, ${job.records} records]`;
  return job.inputs.length === 1 ? job.inputs[0]! : `${job.inputs[0]} and ${job.inputs.length - 1} more`;
}

/** A job payload as received from the queue, checked (a malformed one fails its job, with the reason). */
export function parseJob(data: unknown): IngestJob {
  const d = data as Partial<Record<string, unknown>> | null;
  if (d && d.kind === "files" && Array.isArray(d.inputs) && d.inputs.every((x) => typeof x === "string")) {
    return { kind: "files", inputs: d.inputs as string[] };
  }
  if (d && d.kind === "warc" && typeof d.input === "string" && Number.isSafeInteger(d.start) && Number.isSafeInteger(d.end)
    && (d.start as number) >= 0 && (d.end as number) > (d.start as number)) {
    return { kind: "warc", input: d.input, start: d.start as number, end: d.end as number, records: Number(d.records) || 0 };
  }
  throw new Error(`not an ingest job: ${JSON.stringify(data).slice(0, 200)}`);
}
