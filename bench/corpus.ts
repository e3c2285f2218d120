/**
 * @module bench/corpus
 * Builds a benchmark corpus from the texts the project already holds: the
 * hand-annotated development articles (`shared/gold/*-articles.jsonl`) and the
 * bundled examples (`examples/*.txt`, `examples/*.jsonl`), repeated until the
 * corpus reaches a requested size. Shared by every bench (extract, ingest…),
 * so they all measure over the same text.
 *
 * Reads files (this is a shell, not the pure core); never writes.
 */
import { readdir, readFile } from "node:fs/promises";

/** One article of the corpus: just what a bench needs to feed an extractor. */
export interface CorpusArticle {
  readonly id: string;
  /** Always fr or en: the peer needs a culture, so undeclared text is guessed. */
  readonly language: "fr" | "en";
  readonly published: string | null;
  readonly body: string;
}

export interface Corpus {
  readonly articles: readonly CorpusArticle[];
  readonly words: number;
  /** UTF-8 bytes, the size a file of this text would have on disk. */
  readonly bytes: number;
}

export const DEFAULT_GOLD_DIR = new URL("../../shared/gold/", import.meta.url);
export const DEFAULT_EXAMPLES_DIR = new URL("../examples/", import.meta.url);

/** Words are whitespace-separated tokens: the unit every throughput here is given in. */
export function countWords(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) words++;
  return words;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Totals of a list of articles, as a Corpus. */
export function measure(articles: readonly CorpusArticle[]): Corpus {
  let words = 0;
  let bytes = 0;
  for (const article of articles) {
    words += countWords(article.body);
    bytes += utf8Bytes(article.body);
  }
  return { articles, words, bytes };
}

/**
 * The distinct source articles, development set first then examples, in a
 * stable order (sorted file names) so every run measures the same text.
 */
export async function loadSourceArticles(
  goldDir: URL = DEFAULT_GOLD_DIR,
  examplesDir: URL = DEFAULT_EXAMPLES_DIR,
): Promise<CorpusArticle[]> {
  const development = await loadJsonlFolder(goldDir, (name) => name.endsWith("-articles.jsonl"));
  const exampleLines = await loadJsonlFolder(examplesDir, (name) => name.endsWith(".jsonl"));
  const exampleTexts = await loadTextFolder(examplesDir);
  return [...development, ...exampleLines, ...exampleTexts];
}

/**
 * Repeats the source articles, whole, until the corpus holds at least
 * `minBytes`. Repeats get distinct ids (`id#2`) so nothing downstream can
 * mistake them for the same article (e.g. a cache keyed by id).
 */
export function repeatToSize(sources: readonly CorpusArticle[], minBytes: number): Corpus {
  const nonEmpty = sources.filter((article) => article.body.length > 0);
  if (nonEmpty.length === 0) throw new Error("bench corpus: no source articles with text");
  const articles: CorpusArticle[] = [];
  let bytes = 0;
  for (let round = 1; bytes < minBytes; round++) {
    for (const article of nonEmpty) {
      articles.push(round === 1 ? article : { ...article, id: `${article.id}#${round}` });
      bytes += utf8Bytes(article.body);
    }
  }
  return measure(articles);
}

/** The shortest prefix of a corpus holding at least both `minBytes` and `minWords`. */
export function prefixOf(corpus: Corpus, minBytes: number, minWords: number): Corpus {
  const articles: CorpusArticle[] = [];
  let words = 0;
  let bytes = 0;
  for (const article of corpus.articles) {
    if (bytes >= minBytes && words >= minWords) break;
    articles.push(article);
    words += countWords(article.body);
    bytes += utf8Bytes(article.body);
  }
  return { articles, words, bytes };
}

/** The standard bench corpus: every source, repeated to `minBytes`. */
export async function buildCorpus(minBytes: number): Promise<Corpus> {
  return repeatToSize(await loadSourceArticles(), minBytes);
}

// ---------------------------------------------------------------- loading

/** File names in a folder, sorted; none when the folder is absent (examples are optional). */
async function listFiles(dir: URL, keep: (name: string) => boolean): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter(keep).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function loadJsonlFolder(dir: URL, keep: (name: string) => boolean): Promise<CorpusArticle[]> {
  const articles: CorpusArticle[] = [];
  for (const name of await listFiles(dir, keep)) {
    const text = await readFile(new URL(name, dir), "utf8");
    text.split("\n").forEach((line, index) => {
      const article = parseNewsPleaseLine(line, `${name}:${index + 1}`);
      if (article) articles.push(article);
    });
  }
  return articles;
}

/** A news-please JSON line → article; blank lines and lines without `maintext` are skipped. */
function parseNewsPleaseLine(line: string, where: string): CorpusArticle | null {
  if (line.trim() === "") return null;
  const record = JSON.parse(line) as Record<string, unknown>;
  if (typeof record.maintext !== "string") return null;
  const body = record.maintext;
  return {
    id: typeof record.id === "string" ? record.id : where,
    language: asLanguage(record.language) ?? guessLanguage(body),
    published: typeof record.date_publish === "string" ? record.date_publish : null,
    body,
  };
}

async function loadTextFolder(dir: URL): Promise<CorpusArticle[]> {
  const articles: CorpusArticle[] = [];
  for (const name of await listFiles(dir, (file) => file.endsWith(".txt"))) {
    const body = await readFile(new URL(name, dir), "utf8");
    articles.push({ id: name.replace(/\.txt$/, ""), language: guessLanguage(body), published: leadingDate(body), body });
  }
  return articles;
}

/**
 * The `date YYYY-MM-DD` first line of a plain-text article, if any. The line
 * stays in the body, as for the seeds: offsets count it (spec/figures.md).
 */
function leadingDate(body: string): string | null {
  const match = /^ ?date (\d{4}(?:-\d{2}){0,2})\s*(?:\n|$)/.exec(body);
  return match?.[1] ?? null;
}

function asLanguage(value: unknown): "fr" | "en" | null {
  if (typeof value !== "string") return null;
  const code = value.slice(0, 2).toLowerCase();
  return code === "fr" || code === "en" ? code : null;
}

/**
 * A crude fr/en guess for undeclared text, by counting frequent function words.
 * Good enough to route an example to the peer's culture; it is not the
 * product's language identification and does not need to be.
 */
function guessLanguage(text: string): "fr" | "en" {
  const french = text.match(/\b(?:le|la|les|des|et|est|une|dans|selon)\b/gi)?.length ?? 0;
  const english = text.match(/\b(?:the|and|is|of|in|to|according)\b/gi)?.length ?? 0;
  return english > french ? "en" : "fr";
}
