/**
 * @module test/conformance/readability
 * The HTML reader (ingest/read-html) against the 25 real news pages of
 * /work/shared/conformance/readability (Mozilla Readability's own test pages,
 * with the text and metadata Readability extracts; see that README).
 *
 * Each page's `source.html` goes through `articleFromHtml` as bytes, so
 * charset sniffing is exercised too (all 25 are UTF-8; 12 declare it late or
 * never, which a windows-1252 fallback would garble). Both sides are turned
 * into comparable text by the README's recipe: text nodes in order, one space
 * around block elements, every run of Unicode white space (NBSP included) to
 * one space, trimmed. The expected side is checked against the README's
 * character counts, so the normaliser itself is tested.
 *
 * Measure: token-level F1 between the two normalised texts (tokens split on
 * spaces, compared as multisets: precision = shared / ours, recall = shared /
 * expected). It forgives a moved caption and punishes lost or extra text in
 * proportion. Also reported: whether the first and last 8 tokens of the
 * expected text are in ours.
 *
 * Bars: the mean F1 must be ≥ 0.98 and every page ≥ 0.9. The reader runs
 * Readability itself, and today all 25 pages match exactly (F1 1.000), so
 * near-parity is the norm; the margin only absorbs a linkedom or Readability
 * upgrade shifting a caption or a line of furniture (one stray paragraph in
 * a 300-word page costs about 0.03). A page under 0.9 means whole
 * paragraphs lost or page chrome let in, which changes the figures read.
 * The body must also keep paragraph breaks: more than one line per page. Metadata: title must equal Readability's (white space
 * normalised) on every page; site name must equal `siteName` where that is
 * not null; the calendar date must equal `publishedTime`'s where given.
 */
import { strict as assert } from "node:assert";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import type { Article } from "../../src/core/types.js";
import { InputError } from "../../src/ingest/input-error.js";
import { articleFromHtml } from "../../src/ingest/read-html.js";

const ROOT = new URL("../../../shared/conformance/readability/test-pages/", import.meta.url);
const MEAN_BAR = 0.98;
const PAGE_BAR = 0.9;

/** README "chars" column: the normaliser must give exactly these on expected.html. */
const EXPECTED_CHARS: Readonly<Record<string, number>> = {
  "lemonde-1": 10002, "liberation-1": 1771, "videos-2": 9122, "ars-1": 3527, "bbc-1": 4973, "bug-1255978": 4152,
  "buzzfeed-1": 1789, cnet: 3571, cnn: 2022, "guardian-1": 7435, msn: 1549, "nytimes-1": 5085, "nytimes-2": 6921,
  "nytimes-3": 9745, "nytimes-4": 9993, "schema-org-context-object": 7330, "seattletimes-1": 12483, telegraph: 2980,
  theverge: 4267, "tmz-1": 838, "wapo-1": 7869, "wapo-2": 6298, "webmd-1": 2250, "webmd-2": 2427, "yahoo-2": 3326,
};

const BLOCKS = new Set(("address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form " +
  "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul").split(" "));

/** The README recipe over an HTML string. */
function normaliseHtml(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? "");
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toLowerCase();
    if (name === "script" || name === "style") return;
    const block = BLOCKS.has(name);
    if (block) parts.push(" ");
    node.childNodes.forEach(walk);
    if (block) parts.push(" ");
  };
  walk((document as unknown as Document).body);
  return normaliseText(parts.join(""));
}

function normaliseText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function tokenF1(ours: string, expected: string): { f1: number; precision: number; recall: number } {
  const a = ours.split(" ").filter(Boolean);
  const b = expected.split(" ").filter(Boolean);
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(t, n - 1);
    }
  }
  const precision = a.length === 0 ? 0 : shared / a.length;
  const recall = b.length === 0 ? 0 : shared / b.length;
  return { f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), precision, recall };
}

interface ExpectedMeta {
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang?: string | null;
}

test("readability conformance: 25 real news pages", () => {
  const pages = readdirSync(ROOT).sort();
  assert.equal(pages.length, 25);
  const scores: number[] = [];
  const failures: string[] = [];
  const rows: string[] = [];
  for (const page of pages) {
    const dir = new URL(`${page}/`, ROOT);
    const source = readFileSync(new URL("source.html", dir));
    const expectedText = normaliseHtml(readFileSync(new URL("expected.html", dir), "utf8"));
    const meta = JSON.parse(readFileSync(new URL("expected-metadata.json", dir), "utf8")) as ExpectedMeta;
    assert.equal(expectedText.length, EXPECTED_CHARS[page], `${page}: the normaliser disagrees with the README`);

    const result = articleFromHtml(source, { input: page, id: page });
    if (result instanceof InputError) {
      failures.push(`${page}: ${result.message}`);
      scores.push(0);
      continue;
    }
    const article: Article = result;
    const ours = normaliseText(article.body);
    const { f1, precision, recall } = tokenF1(ours, expectedText);
    scores.push(f1);
    const tokens = expectedText.split(" ");
    const edges = ours.includes(tokens.slice(0, 8).join(" ")) && ours.includes(tokens.slice(-8).join(" "));
    const titleOk = normaliseText(article.title ?? "") === normaliseText(meta.title ?? "");
    const siteOk = meta.siteName === null || article.outlet === meta.siteName;
    const dateOk = !meta.publishedTime || article.published?.slice(0, 10) === meta.publishedTime.slice(0, 10);
    const langOk = !meta.lang || article.language?.split("-")[0] === meta.lang.toLowerCase().split("-")[0];
    rows.push(`${page.padEnd(26)} F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)} R ${recall.toFixed(3)}) edges ${edges ? "ok" : "MISSING"} ` +
      `title ${titleOk ? "ok" : "DIFF"} site ${siteOk ? "ok" : `DIFF ${JSON.stringify(article.outlet)}`} ` +
      `date ${dateOk ? "ok" : `DIFF ${article.published}`} lang ${langOk ? "ok" : `DIFF ${article.language}`} ${ours === expectedText ? "exact" : ""}`);
    if (!article.body.includes("\n")) failures.push(`${page}: the body has no paragraph breaks`);
    if (f1 < PAGE_BAR) failures.push(`${page}: F1 ${f1.toFixed(3)} < ${PAGE_BAR}`);
    if (!titleOk) failures.push(`${page}: title ${JSON.stringify(article.title)} ≠ ${JSON.stringify(meta.title)}`);
    if (!siteOk) failures.push(`${page}: site ${JSON.stringify(article.outlet)} ≠ ${JSON.stringify(meta.siteName)}`);
    if (!dateOk) failures.push(`${page}: published ${article.published} ≠ ${meta.publishedTime}`);
    if (!langOk) failures.push(`${page}: language ${article.language} ≠ ${meta.lang}`);
  }
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  const exact = rows.filter((r) => r.endsWith("exact")).length;
  console.log(`${rows.join("\n")}\nmean token F1 ${mean.toFixed(4)} over ${scores.length} pages (bar ${MEAN_BAR}); ${exact} exact after normalisation`);
  assert.ok(mean >= MEAN_BAR, `mean F1 ${mean.toFixed(4)} < ${MEAN_BAR}`);
  assert.deepEqual(failures, []);
});
