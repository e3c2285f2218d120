/**
 * @module bench/bench
 * Extraction throughput of Tally's pure core, against the peer
 * `@microsoft/recognizers-text-number`, on one core (the main thread, no
 * workers), in words per second (words = whitespace-separated tokens).
 *
 * Run: `npm run bench`. Prints readable lines, then ends with one line of
 * JSON holding every figure, each key named with its unit, for scripts.
 *
 * Method: one warm-up pass (lets the JIT settle and fills lazy tables),
 * then timed passes with `process.hrtime.bigint()`; the median is reported
 * because it ignores a pass disturbed by GC or a noisy neighbour. The peer
 * is far slower, so it is timed on a fixed prefix of the corpus (stated in
 * the output) to keep the whole bench near two minutes.
 */
import { Culture, NumberRecognizer } from "@microsoft/recognizers-text-number";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { analyse } from "../src/core/analyse.js";
import type { Article } from "../src/core/types.js";
import { buildCorpus, type Corpus, type CorpusArticle } from "./corpus.js";

const CORPUS_MIN_BYTES = 5_000_000;
/** The peer reads the same 5 MB as the extractor (the issue compares them on the same text); it is slow, so fewer runs. */
const EXTRACT_RUNS = 5;
const PEER_RUNS = 2;
const MB = 1_000_000;

/** What one pass over a corpus returns: the work done, so it cannot be optimised away. */
type Pass = (corpus: Corpus) => number;

/** Tally's extractor over every article (figures only, the stage issue #2 measures); returns the number of claims found. */
function extractPass(corpus: Corpus): number {
  let claims = 0;
  for (const article of corpus.articles) claims += analyse(toArticle(article), { trackFeatures: false }).claims.length;
  return claims;
}

/** The whole analysis, figures and what track resolution needs of them, as ingest runs it. */
function analysePass(corpus: Corpus): number {
  let claims = 0;
  for (const article of corpus.articles) claims += analyse(toArticle(article)).claims.length;
  return claims;
}

function toArticle(article: CorpusArticle): Article {
  const { id, language, body } = article;
  return { id, url: null, outlet: null, title: null, published: null, language, body };
}

/**
 * The peer's NumberModel per language, built once here so the timed passes
 * measure recognition only, not the construction of its regex tables.
 */
function peerPass(): Pass {
  const models = {
    fr: new NumberRecognizer(Culture.French).getNumberModel(),
    en: new NumberRecognizer(Culture.English).getNumberModel(),
  };
  return (corpus) => {
    let numbers = 0;
    for (const article of corpus.articles) numbers += models[article.language].parse(article.body).length;
    return numbers;
  };
}

interface Timing {
  readonly medianSeconds: number;
  readonly runs: number;
  /** What the warm-up pass returned (claims or numbers found). */
  readonly found: number;
}

function time(pass: Pass, corpus: Corpus, runs: number): Timing {
  const found = pass(corpus);
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const begin = process.hrtime.bigint();
    pass(corpus);
    seconds.push(Number(process.hrtime.bigint() - begin) / 1e9);
  }
  return { medianSeconds: median(seconds), runs, found };
}

/** Articles in each generated ingest corpus (the issue asks for at least 20,000). */
const INGEST_ARTICLES = 20_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds to `digits` decimals; keeps the JSON readable without losing what matters. */
function round(value: number, digits = 0): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

const formatInteger = (value: number): string => Math.round(value).toLocaleString("en-US");

/** Runs the ingest bench in a child process (its peak memory is its own) and returns its JSON line. */
function ingestBench(format: "jsonl" | "warc", count: number): Record<string, number | string> {
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./ingest-bench.ts", import.meta.url)), format, String(count)], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = run.stdout.trim().split("\n").pop() ?? "";
  if (run.status !== 0 || !last.startsWith("{")) throw new Error(`ingest bench (${format}) failed: ${run.stderr.slice(-2000)}`);
  return JSON.parse(last) as Record<string, number | string>;
}

/** Articles ingested by each PostgreSQL run (bench/pg-bench): fewer than SQLite's, as two runs are made (1 and 2 workers). */
const PG_INGEST_ARTICLES = 4_000;

/** Runs bench/pg-bench (PostgreSQL, 1 and 2 workers) in a child process; its JSON line, or why it was skipped. */
function pgIngestBench(count: number): Record<string, number | string> {
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./pg-bench.ts", import.meta.url)), String(count)], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = run.stdout.trim().split("\n").pop() ?? "";
  if (run.status !== 0 || !last.startsWith("{")) throw new Error(`PostgreSQL ingest bench failed: ${run.stderr.slice(-2000)}`);
  return JSON.parse(last) as Record<string, number | string>;
}

async function main(): Promise<void> {
  const corpus = await buildCorpus(CORPUS_MIN_BYTES);
  const peerCorpus = corpus;

  const extract = time(extractPass, corpus, EXTRACT_RUNS);
  const analysis = time(analysePass, corpus, EXTRACT_RUNS);
  const peer = time(peerPass(), peerCorpus, PEER_RUNS);
  const analyseWordsPerS = corpus.words / analysis.medianSeconds;

  const extractWordsPerS = corpus.words / extract.medianSeconds;
  const extractMbPerS = corpus.bytes / MB / extract.medianSeconds;
  const peerWordsPerS = peerCorpus.words / peer.medianSeconds;
  const ratio = extractWordsPerS / peerWordsPerS;
  const claimsPer1kWords = (extract.found / corpus.words) * 1000;

  console.log(`corpus: ${corpus.articles.length} articles, ${(corpus.bytes / MB).toFixed(2)} MB, ${formatInteger(corpus.words)} words (one core, main thread)`);
  console.log(
    `extract: ${formatInteger(extractWordsPerS)} words/s, ${extractMbPerS.toFixed(2)} MB/s ` +
      `(${(corpus.bytes / MB).toFixed(2)} MB, ${formatInteger(corpus.words)} words, median of ${extract.runs} runs; ` +
      `${claimsPer1kWords.toFixed(2)} claims per 1k words)`,
  );
  console.log(
    `peer recognizers-text-number: ${formatInteger(peerWordsPerS)} words/s ` +
      `(NumberModel fr/en, on the same text: ${peerCorpus.articles.length} articles, ` +
      `${(peerCorpus.bytes / MB).toFixed(2)} MB, ${formatInteger(peerCorpus.words)} words, median of ${peer.runs} runs)`,
  );
  console.log(`ratio: ${ratio.toFixed(1)}× (extract vs peer, words/s)`);
  console.log(`analyse (figures + track features): ${formatInteger(analyseWordsPerS)} words/s, median of ${analysis.runs} runs`);
  const ingestJsonl = ingestBench("jsonl", INGEST_ARTICLES);
  const ingestWarc = ingestBench("warc", INGEST_ARTICLES);
  for (const r of [ingestJsonl, ingestWarc]) {
    console.log(
      `ingest ${r.format}: ${formatInteger(Number(r.articles_per_s))} articles/s, ${r.mb_per_s} MB/s, peak RSS ${r.peak_rss_mb} MB, ` +
        `${r.cpu_ms_per_article} ms CPU per article (all threads) ` +
        `(${r.articles} articles of ~4 KB, ${r.input_mb} MB, ${r.claims} claims, ${r.failed} failed, ${r.seconds} s, SQLite)`,
    );
  }
  const pgIngest = pgIngestBench(PG_INGEST_ARTICLES);
  if (typeof pgIngest.skipped === "string") {
    console.log(`ingest on PostgreSQL: skipped (${pgIngest.skipped})`);
  } else {
    console.log(
      `ingest warc on PostgreSQL: ${formatInteger(Number(pgIngest.pg_ingest_articles_per_s_1_worker))} articles/s with 1 worker, ` +
        `${formatInteger(Number(pgIngest.pg_ingest_articles_per_s_2_workers))} articles/s with 2 workers ` +
        `(${pgIngest.articles} articles, ${pgIngest.input_mb} MB, ${pgIngest.claims} claims; enqueue to the last worker's exit: ` +
        `${pgIngest.seconds_1_worker} s and ${pgIngest.seconds_2_workers} s; SQLite above: ${formatInteger(Number(ingestWarc.articles_per_s))} articles/s)`,
    );
  }
  // A throughput with no claims found measures an empty pipeline, not the extractor.
  if (extract.found === 0) console.log("warning: the extractor found no claims; its figure is not meaningful yet");
  console.log(
    JSON.stringify({
      extract_words_per_s: round(extractWordsPerS),
      extract_mb_per_s: round(extractMbPerS, 2),
      peer_words_per_s: round(peerWordsPerS),
      extract_vs_peer: round(ratio, 1),
      analyse_words_per_s: round(analyseWordsPerS),
      corpus_words: corpus.words,
      corpus_mb: round(corpus.bytes / MB, 2),
      peer_corpus_words: peerCorpus.words,
      peer_corpus_mb: round(peerCorpus.bytes / MB, 3),
      claims_per_1k_words: round(claimsPer1kWords, 2),
      extract_runs: extract.runs,
      peer_runs: peer.runs,
      ingest_articles: INGEST_ARTICLES,
      ingest_articles_per_s: ingestJsonl.articles_per_s,
      ingest_mb_per_s: ingestJsonl.mb_per_s,
      ingest_peak_rss_mb: ingestJsonl.peak_rss_mb,
      ingest_cpu_ms_per_article: ingestJsonl.cpu_ms_per_article,
      ingest_warc_articles_per_s: ingestWarc.articles_per_s,
      ingest_warc_mb_per_s: ingestWarc.mb_per_s,
      ingest_warc_peak_rss_mb: ingestWarc.peak_rss_mb,
      ingest_warc_cpu_ms_per_article: ingestWarc.cpu_ms_per_article,
      pg_ingest_articles: typeof pgIngest.skipped === "string" ? null : PG_INGEST_ARTICLES,
      pg_ingest_articles_per_s_1_worker: pgIngest.pg_ingest_articles_per_s_1_worker ?? null,
      pg_ingest_articles_per_s_2_workers: pgIngest.pg_ingest_articles_per_s_2_workers ?? null,
      node: process.version,
    }),
  );
}

await main();
