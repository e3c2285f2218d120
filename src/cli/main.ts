#!/usr/bin/env node
/**
 * @module cli/main
 * The `tally` command: `extract` writes the figure claims of the inputs as
 * JSON lines, a JSON array or a table; `demo` summarises the example corpus.
 * A thin shell: reading is ingest/read-inputs, analysis core/analyse,
 * formatting cli/format-table and cli/claim-json.
 *
 * Exit codes: 0 all inputs read; 1 some input (or article) failed, the
 * others were still processed; 2 usage error. Errors go to stderr as
 * `tally: INPUT: REASON`. A closed stdout (`tally extract … | head`) ends
 * the run quietly.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { analyse } from "../core/analyse.js";
import type { Analysis, Article, FigureClaim } from "../core/types.js";
import { InputError } from "../ingest/input-error.js";
import { readArticles } from "../ingest/read-inputs.js";
import { describeLedger, readConfig } from "../config.js";
import { ingestInputs, type IngestSummary } from "../pipeline/ingest-inputs.js";
import { progressReporter } from "../pipeline/progress.js";
import { isDatabaseUrl, openStore } from "../store/open-store.js";
import type { ClaimFilter, Store } from "../store/store.js";
import { trackClaims } from "../core/tracks/track-claims.js";
import { claimJson, claimJsonLine } from "./claim-json.js";
import { registerTrackCommands } from "./track-commands.js";
import { LEDGER_FORMATS, formatArticles, formatClaims, formatHits, formatStats, type LedgerFormat } from "./ledger-output.js";
import {
  ARTICLE_COLUMNS, EXTRACT_COLUMNS, addToTotals, articleHeading, emptyTotals, formatTotals, tableHeader, tableRow,
} from "./format-table.js";

const FORMATS = ["jsonl", "json", "table"] as const;
type Format = (typeof FORMATS)[number];

const EXIT_OK = 0;
const EXIT_INPUT_FAILED = 1;
const EXIT_USAGE = 2;

// ------------------------------------------------------------ output

/** Thrown by `write` once stdout is closed by the reader (EPIPE): stop quietly. */
class OutputClosed extends Error {}

type Write = (text: string) => Promise<void>;

/** Writes to a stream, waiting when it is full, so output streams without piling up in memory. */
function streamWriter(stream: NodeJS.WriteStream): Write {
  let failure: NodeJS.ErrnoException | null = null;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    failure ??= error;
  });
  const check = (): void => {
    if (failure === null) return;
    if (failure.code === "EPIPE") throw new OutputClosed();
    throw failure;
  };
  return async (text) => {
    check();
    if (text !== "" && !stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off("drain", done).off("error", done).off("close", done);
          resolve();
        };
        stream.on("drain", done).on("error", done).on("close", done);
      });
    }
    check();
  };
}

function reportError(input: string, reason: string): void {
  process.stderr.write(`tally: ${input}: ${reason}\n`);
}

// ------------------------------------------------------------ analysis

interface Analysed {
  readonly article: Article;
  readonly analysis: Analysis;
}

/**
 * Articles and their analyses, in input order; each failure reported as it
 * comes. `failed()` tells whether any input or article failed.
 */
function analysedArticles(inputs: readonly string[]): { items: AsyncGenerator<Analysed>; failed: () => boolean } {
  let failed = false;
  async function* items(): AsyncGenerator<Analysed> {
    for await (const item of readArticles(inputs)) {
      if (item instanceof InputError) {
        reportError(item.input, item.reason);
        failed = true;
        continue;
      }
      let analysis: Analysis;
      try {
        analysis = analyse(item);
      } catch (error) {
        // A bug in the core on one article should not cost the others.
        reportError(item.id, `analysis failed: ${error instanceof Error ? error.message : String(error)}`);
        failed = true;
        continue;
      }
      yield { article: item, analysis };
    }
  }
  return { items: items(), failed: () => failed };
}

// ------------------------------------------------------------ commands

/** How each format writes: what comes first, each article's claims, what comes last. */
interface ClaimWriter {
  readonly begin: string;
  readonly article: (claims: readonly FigureClaim[], article: Article) => string;
  readonly end: () => string;
}

function claimWriter(format: Format): ClaimWriter {
  switch (format) {
    case "jsonl":
      return { begin: "", article: (claims) => claims.map(claimJsonLine).join(""), end: () => "" };
    case "json": {
      let first = true;
      return {
        begin: "[",
        article: (claims) =>
          claims
            .map((claim) => {
              const separator = first ? "\n" : ",\n";
              first = false;
              return separator + JSON.stringify(claimJson(claim));
            })
            .join(""),
        end: () => (first ? "]\n" : "\n]\n"),
      };
    }
    case "table":
      return {
        begin: tableHeader(EXTRACT_COLUMNS),
        article: (claims, article) => claims.map((claim) => tableRow(EXTRACT_COLUMNS, claim, article)).join(""),
        end: () => "",
      };
  }
}

async function extract(inputs: readonly string[], format: Format, tracks: boolean, write: Write): Promise<number> {
  const writer = claimWriter(format);
  const run = analysedArticles(inputs);
  await untilOutputCloses(async () => {
    await write(writer.begin);
    if (tracks) {
      // Tracks need every claim of the input: articles and analyses are held until the end (--no-tracks streams).
      const held: Analysed[] = [];
      for await (const item of run.items) held.push(item);
      const { analyses } = trackClaims(held.map((h) => h.analysis));
      for (const [i, { article }] of held.entries()) await write(writer.article(analyses[i]!.claims, article));
    } else {
      for await (const { article, analysis } of run.items) {
        await write(writer.article(analysis.claims, article)); // one write per article: streamed, not accumulated
      }
    }
    await write(writer.end());
  });
  return run.failed() ? EXIT_INPUT_FAILED : EXIT_OK;
}

/** Runs `work`; a reader that stops reading (EPIPE) just ends it early. */
async function untilOutputCloses(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof OutputClosed)) throw error;
  }
}

function byDateThenId(a: Analysed, b: Analysed): number {
  const da = a.article.published ?? "\uffff"; // undated last
  const db = b.article.published ?? "\uffff";
  if (da !== db) return da < db ? -1 : 1;
  return a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0;
}

/** Prints the figures of the examples, then stores them in the ledger and prints what it holds. */
async function demo(dir: string, options: DbOption, write: Write): Promise<number> {
  const run = analysedArticles([dir]);
  const all: Analysed[] = [];
  for await (const item of run.items) all.push(item); // an example corpus is small; sorted to read as a story
  all.sort(byDateThenId);
  await untilOutputCloses(() => writeDemo(dir, all, write));
  const where = ledgerLocation(options);
  const stored = await withStore(options, async (store) => {
    const summary = await ingestInputs([dir], store, { workers: 0, onError: () => {} });
    const stats = await store.stats();
    await untilOutputCloses(() => write(`\nThe ledger (${describeLedger(where)}):\n${formatSummary(summary)}${formatStats(stats, "table")}`));
    return summary;
  });
  return run.failed() || stored.failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

async function writeDemo(dir: string, all: readonly Analysed[], write: Write): Promise<void> {
  await write(`Tally demo: the figures in ${all.length} article${all.length === 1 ? "" : "s"} from ${dir}\n\n`);
  const totals = emptyTotals();
  for (const { article, analysis } of all) {
    addToTotals(totals, analysis.claims);
    let text = articleHeading(article, analysis);
    if (analysis.claims.length > 0) {
      text += `\n${indent(tableHeader(ARTICLE_COLUMNS))}`;
      text += analysis.claims.map((claim) => indent(tableRow(ARTICLE_COLUMNS, claim, article))).join("");
    }
    await write(`${text}\n`);
  }
  await write(formatTotals(totals));
}

// ------------------------------------------------------------ the ledger

export interface DbOption {
  readonly db?: string;
  /** PostgreSQL URL: chooses the PostgreSQL backend over the SQLite file. */
  readonly databaseUrl?: string;
}

/** The ledger an option set names: options first, then the environment. */
export function ledgerLocation(options: DbOption): { db: string; databaseUrl: string | null } {
  const config = readConfig();
  return { db: options.db ?? config.db, databaseUrl: options.databaseUrl ?? config.databaseUrl };
}

async function withStore<T>(options: DbOption, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(ledgerLocation(options));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function formatSummary(s: IngestSummary): string {
  return `ingested: ${s.read} read, ${s.added} new, ${s.duplicates} duplicate, ${s.nearDuplicates} near-duplicate, ${s.failed} failed, ${s.claims} claims stored\n`;
}

async function ingest(inputs: readonly string[], options: DbOption & { workers?: number; progress: boolean }, write: Write): Promise<number> {
  return withStore(options, async (store) => {
    const summary = await ingestInputs(inputs, store, {
      workers: options.workers,
      progress: progressReporter(process.stderr, options.progress),
      onError: reportError,
    });
    // Only the track families this ingest touched are resolved again.
    await store.resolveTracks({ ifChanged: true });
    const { tracks } = await store.stats();
    await untilOutputCloses(() => write(`${formatSummary(summary)}tracks: ${tracks} tracked figures\n`));
    return summary.failed ? EXIT_INPUT_FAILED : EXIT_OK;
  });
}

async function query(options: DbOption, write: Write, render: (store: Store) => Promise<string>): Promise<number> {
  return withStore(options, async (store) => {
    const text = await render(store);
    await untilOutputCloses(() => write(text));
    return EXIT_OK;
  });
}

function indent(text: string): string {
  return text.replace(/^(?=.)/gm, "  ");
}

// ------------------------------------------------------------ program

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof manifest.version === "string" ? manifest.version : "unknown";
  } catch {
    return "unknown";
  }
}

/** The examples folder of the package: ../../examples from src/cli or dist/cli. */
function defaultExamplesDir(): string {
  return fileURLToPath(new URL("../../examples/", import.meta.url));
}

const HELP_EXAMPLES = `
Examples:
  $ tally extract article.txt                      figure claims as JSON lines
  $ tally extract --format table examples/         a table to read
  $ tally extract --format json dump.jsonl > claims.json
  $ cat article.txt | tally extract -              read standard input
  $ tally demo                                     the example corpus, summarised

Inputs: .txt (plain text; a first line "date YYYY-MM-DD" gives the date),
news-please JSON (.json: an object or an array) and JSON lines (.jsonl,
.ndjson). Directories are read recursively. Text must be UTF-8.
Exit status: 0 ok, 1 some input failed (the others were processed), 2 usage error.`;

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("tally")
    .description("A ledger of the figures news articles report: who claims what, when, how sure.")
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .addHelpText("after", HELP_EXAMPLES)
    .showHelpAfterError("(run tally --help for usage)")
    .exitOverride();

  program
    .command("extract")
    .description("extract the figure claims of articles; write them to standard output")
    .argument("<input...>", "files, directories, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("jsonl"))
    .option("--no-tracks", "do not group claims into tracked figures (streams: nothing is held in memory)")
    .addHelpText("after", `
Each claim is written with the keys: article, in, start, end, mention, low, high,
qualifier, counts, subject, event, source, modality, track (start and end are
UTF-16 offsets into the body, or into the title when "in" is "title").

Examples:
  $ tally extract examples/
  $ tally extract --format table examples/01-crues-vallee-de-la-sarne.txt
  $ tally extract wire.jsonl | head -n 3`)
    .action(async (inputs: string[], options: { format: Format; tracks: boolean }) => {
      setExitCode(await extract(inputs, options.format, options.tracks, streamWriter(process.stdout)));
    });

  const db = () => new Option("--db <path>", "the ledger's SQLite file (default: $TALLY_DB, else tally.db)");
  const databaseUrl = () =>
    new Option("--database-url <url>", "a PostgreSQL ledger instead of the SQLite file (default: $TALLY_DATABASE_URL)").argParser(
      (value: string) => {
        if (!isDatabaseUrl(value)) throw new InvalidArgumentError("a database URL starts with postgres:// or postgresql://");
        return value;
      },
    );
  const ledgerFormat = () => new Option("-f, --format <format>", "output format").choices(LEDGER_FORMATS).default("table");
  const count = (name: string) => (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
    return n;
  };
  const isoDate = (value: string): string => {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new InvalidArgumentError("dates are YYYY, YYYY-MM or YYYY-MM-DD");
    return value;
  };

  program
    .command("ingest")
    .description("read articles, extract their figures and store them in the ledger")
    .argument("<input...>", "files, directories, http(s) URLs, or - for standard input")
    .addOption(db())
    .addOption(databaseUrl())
    .option("--workers <n>", "analysis threads, which also store into a SQLite file (0: all in this thread; default for large inputs: one per core for SQLite, every core but one for PostgreSQL)", count("--workers"))
    .option("--no-progress", "no progress bar or progress lines")
    .action(async (inputs: string[], options: DbOption & { workers?: number; progress: boolean }) => {
      setExitCode(await ingest(inputs, options, streamWriter(process.stdout)));
    });

  program
    .command("search")
    .description("full-text search over article text and claim sentences (accents ignored)")
    .argument("<query...>", "words to look for")
    .addOption(db())
    .addOption(databaseUrl())
    .addOption(ledgerFormat())
    .option("--limit <n>", "at most this many hits", count("--limit"), 20)
    .action(async (words: string[], options: DbOption & { format: LedgerFormat; limit: number }) => {
      setExitCode(await query(options, streamWriter(process.stdout), async (s) => formatHits(await s.search(words.join(" "), { limit: options.limit }), options.format)));
    });

  program
    .command("claims")
    .description("the figure claims in the ledger, filtered")
    .addOption(db())
    .addOption(databaseUrl())
    .addOption(ledgerFormat())
    .option("--article <id>", "claims of one article")
    .option("--source <text>", "source contains this text (case and accents ignored)")
    .option("--counts <noun>", "what is counted (English noun, as stored)")
    .addOption(new Option("--modality <m>", "status of the counted event").choices(["stated", "unconfirmed", "possible", "denied"]))
    .option("--language <code>", "article language (fr, en)")
    .option("--since <date>", "published on or after", isoDate)
    .option("--until <date>", "published on or before", isoDate)
    .option("--limit <n>", "at most this many claims", count("--limit"), 100)
    .option("--offset <n>", "skip this many first", count("--offset"), 0)
    .action(async (options: DbOption & ClaimFilter & { format: LedgerFormat }) => {
      const { db: _db, databaseUrl: _url, format, ...filter } = options;
      setExitCode(await query(options, streamWriter(process.stdout), async (s) => formatClaims(await s.claims(filter), format)));
    });

  program
    .command("articles")
    .description("the articles in the ledger, with every outlet that published a duplicate")
    .addOption(db())
    .addOption(databaseUrl())
    .addOption(ledgerFormat())
    .option("--language <code>", "article language (fr, en)")
    .option("--limit <n>", "at most this many articles", count("--limit"), 100)
    .option("--offset <n>", "skip this many first", count("--offset"), 0)
    .action(async (options: DbOption & { format: LedgerFormat; language?: string; limit: number; offset: number }) => {
      setExitCode(await query(options, streamWriter(process.stdout), async (s) => formatArticles(await s.articles(options), options.format)));
    });

  program
    .command("stats")
    .description("what the ledger holds")
    .addOption(db())
    .addOption(databaseUrl())
    .addOption(ledgerFormat())
    .action(async (options: DbOption & { format: LedgerFormat }) => {
      setExitCode(await query(options, streamWriter(process.stdout), async (s) => formatStats(await s.stats(), options.format)));
    });

  program
    .command("demo")
    .description("extract the example articles, print their figures, and store them in the ledger")
    .argument("[dir]", "a folder of articles", defaultExamplesDir())
    .addOption(db())
    .addOption(databaseUrl())
    .action(async (dir: string, options: DbOption) => {
      setExitCode(await demo(dir, options, streamWriter(process.stdout)));
    });

  registerTrackCommands(program, {
    dbOption: db,
    databaseUrlOption: databaseUrl,
    count,
    isoDate,
    render: (options, view) => query(options, streamWriter(process.stdout), view),
    setExitCode,
  });

  // Distributed ingestion on PostgreSQL (src/distributed): jobs in the ledger's database, any number of workers.
  const needsDatabaseUrl = (command: string, options: DbOption): string => {
    const url = ledgerLocation(options).databaseUrl;
    if (url === null) throw new Error(`${command} works on a PostgreSQL ledger: give --database-url or set TALLY_DATABASE_URL`);
    return url;
  };
  program
    .command("enqueue")
    .description("split inputs into ingest jobs (WARC record ranges, batches of files) on the PostgreSQL ledger's queue")
    .argument("<input...>", "files, directories or http(s) URLs, at paths every worker can read")
    .addOption(databaseUrl())
    .option("--records-per-job <n>", "WARC records per job", count("--records-per-job"), 500)
    .option("--files-per-job <n>", "files (or URLs) per job", count("--files-per-job"), 200)
    .option("--job-timeout <seconds>", "a job running longer is taken to be lost and given to another worker", count("--job-timeout"), 1800)
    .action(async (inputs: string[], options: DbOption & { recordsPerJob: number; filesPerJob: number; jobTimeout: number }) => {
      const { enqueue } = await import("../distributed/enqueue.js");
      const summary = await enqueue(inputs, {
        databaseUrl: needsDatabaseUrl("tally enqueue", options), recordsPerJob: options.recordsPerJob, filesPerJob: options.filesPerJob,
        jobTimeoutSeconds: options.jobTimeout, write: (text) => process.stdout.write(text), reportError,
      });
      setExitCode(summary.errors > 0 ? EXIT_INPUT_FAILED : EXIT_OK);
    });

  program
    .command("worker")
    .description("run ingest jobs from the PostgreSQL ledger's queue until stopped (Ctrl-C), on as many machines as you like")
    .addOption(databaseUrl())
    .option("--concurrency <n>", "jobs run at once by this process", count("--concurrency"), 1)
    .option("--threads <n>", "analysis threads per job (0: in the job's own thread)", count("--threads"), 0)
    .option("--exit-when-done", "stop when no job is waiting or running anywhere")
    .action(async (options: DbOption & { concurrency: number; threads: number; exitWhenDone?: boolean }) => {
      const { runWorker } = await import("../distributed/worker.js");
      const summary = await runWorker({
        databaseUrl: needsDatabaseUrl("tally worker", options), concurrency: Math.max(1, options.concurrency),
        analysisThreads: options.threads, exitWhenDone: options.exitWhenDone === true,
        write: (text) => process.stdout.write(text), reportError,
      });
      setExitCode(summary.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK);
    });

  program
    .command("serve")
    .description("serve the JSON API and the web page (http://127.0.0.1:5178/ by default)")
    .addOption(db())
    .addOption(databaseUrl())
    .option("--port <n>", "port to listen on (0: any free port)", (value: string) => {
      const n = count("--port")(value);
      if (n > 65535) throw new InvalidArgumentError("--port must be at most 65535");
      return n;
    }, 5178)
    .option("--host <address>", "address to listen on (loopback by default: the ledger is not exposed to the network)", "127.0.0.1")
    .option("--ingest <input...>", "ingest these inputs before serving (as tally ingest)")
    .action(async (options: DbOption & { port: number; host: string; ingest?: string[] }) => {
      const { runServe } = await import("../server/serve.js");
      setExitCode(await runServe({
        ...ledgerLocation(options), port: options.port, host: options.host, ingest: options.ingest,
        write: (text) => process.stdout.write(text), reportError,
      }));
    });

  return program;
}

async function main(argv: readonly string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE; // commander has said why
    process.stderr.write(`tally: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT_FAILED;
  }
}

process.exitCode = await main(process.argv);
