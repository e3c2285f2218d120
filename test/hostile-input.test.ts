/**
 * @module test/hostile-input
 * Hostile input never crashes or hangs the extractor, and whatever it returns
 * is well-formed: offsets inside the text they point into, `mention` equal to
 * that slice, finite values, allowed qualifier and modality (spec/figures.md),
 * and the same output for the same input.
 *
 * Two kinds of test:
 * - properties (fast-check) over random unicode and random mixes of
 *   news-like fragments, on short texts, in this thread;
 * - adversarial single cases, megabytes long, each run in a worker thread
 *   with a deadline. node:test's `timeout` cannot interrupt synchronous code
 *   (a catastrophic regex blocks the event loop that would fire it), so the
 *   worker is what turns a hang into a failure that names its case.
 * No assertion is about speed: the bench measures that.
 */
import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import fc from "fast-check";
import { analyse } from "../src/core/analyse.js";
import type { Analysis, Article, FigureClaim, Modality, Qualifier } from "../src/core/types.js";

const QUALIFIERS: readonly Qualifier[] = ["exact", "approx", "more_than", "up_to", "range", "vague"];
const MODALITIES: readonly Modality[] = ["stated", "unconfirmed", "possible", "denied"];
const LANGUAGES = ["fr", "en"] as const;

const KB = 1024;
const MB = 1024 * KB;
/** Generous: a linear extractor needs well under a second for any case here. */
const CASE_TIMEOUT_MS = 60_000;
/** Shorter than the test's timeout, so the worker's own message (naming the hang) wins. */
const WORKER_DEADLINE_MS = 50_000;

// ------------------------------------------------------------ invariants

function articleOf(body: string, language: string | null = "fr", title: string | null = null): Article {
  return { id: "hostile", url: null, outlet: null, title, published: null, language, body };
}

/** Every property a result must have, whatever the input. */
function assertWellFormed(article: Article, analysis: Analysis): void {
  assert.equal(analysis.article, article.id, "analysis.article is the article's id");
  assert.ok(LANGUAGES.includes(analysis.language as "fr" | "en"), `language ${String(analysis.language)}`);
  assert.ok(Array.isArray(analysis.claims), "claims is an array");
  for (const claim of analysis.claims) assertClaimWellFormed(article, claim);
}

function assertClaimWellFormed(article: Article, claim: FigureClaim): void {
  const where = `claim ${JSON.stringify(claim, showNonFinite)}`;
  assert.equal(claim.article, article.id, `${where}: article id`);
  assert.ok(claim.in === "body" || claim.in === "title", `${where}: in`);
  // Offsets point into the text the claim was read from: the title for title claims.
  const text = claim.in === "title" ? article.title : article.body;
  assert.ok(text !== null, `${where}: claim read from a title the article does not have`);
  assert.ok(Number.isInteger(claim.start) && Number.isInteger(claim.end), `${where}: integer offsets`);
  assert.ok(0 <= claim.start && claim.start < claim.end && claim.end <= text.length, `${where}: offsets in [0, ${text.length}]`);
  assert.equal(text.slice(claim.start, claim.end), claim.mention, `${where}: mention is the slice`);
  assertValue(claim.low, `${where}: low`);
  assertValue(claim.high, `${where}: high`);
  if (claim.low !== null && claim.high !== null) assert.ok(claim.low <= claim.high, `${where}: low <= high`);
  const { sentence } = claim;
  assert.ok(0 <= sentence.start && sentence.end <= text.length, `${where}: sentence offsets in the text`);
  assert.ok(sentence.start <= claim.start && claim.end <= sentence.end, `${where}: sentence contains the claim`);
  assert.ok(QUALIFIERS.includes(claim.qualifier), `${where}: qualifier`);
  assert.ok(MODALITIES.includes(claim.modality), `${where}: modality`);
}

/** JSON would print NaN and Infinity as null, hiding the very fault being reported. */
function showNonFinite(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
}

/** A value is a finite number or null: never NaN, Infinity, a string or undefined. */
function assertValue(value: number | null, what: string): void {
  assert.ok(value === null || (typeof value === "number" && Number.isFinite(value)), `${what} = ${String(value)}`);
}

/** Well-formed, deterministic, and the input left untouched. */
function checkInThisThread(article: Article): void {
  const copy = structuredClone(article);
  const first = analyse(article);
  assertWellFormed(article, first);
  assert.deepStrictEqual(analyse(copy), first, "same input, same output");
  assert.deepStrictEqual(article, copy, "analyse leaves its input unchanged");
}

// ------------------------------------------------------------ properties

/** Fragments of the kind news text is made of, and the characters that break naive tokenizers. */
const NEWS_FRAGMENTS = [
  "12 000", "1,3 million", "100.000", "10,000", "2,5", "1.5", "-79%", "3e", "G20", "Su-27", "2024",
  "plus de", "jusqu'à", "jusqu’à", "selon", "entre", "et", "environ", "des milliers de", "up to", "at least",
  "hundreds of", "soldats", "morts", "euros", "millions d'euros", "trois mille", "a dozen", "la moitié",
  "%", "€", "$", "£", "«", "»", '"', "“", "”", "'", "’", "(", ")", ".", ",", ";", ":", "!", "?", "…", "-", "–",
  " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u202F", "\u2009", "\u200B", "\uFEFF",
  "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029",
  "\uD800", "\uDC00", "\uDBFF\uDFFF", // lone and paired surrogates
  "\u202E", "\u200F", "مليون", "١٢٣٬٤٥٦", "٣٠٠ قتيل", "שלושה אלפים", // right-to-left
  "一万二千", "３０００人", "百万", "二〇二四年", // CJK and full-width digits
  "😀", "👍🏽", "🇫🇷", "1️⃣", "👨‍👩‍👧", "e\u0301", // emoji, ZWJ sequences, combining marks
];

/** Any UTF-16 code unit, lone surrogates included: `fc.string` alone never produces those. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_FRAGMENTS) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.nat(999)).map(([whole, part]) => `${whole},${part}`) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 8 }) },
);

/** Fragments glued with nothing between them, so numbers touch letters, quotes and control characters. */
const newsLikeText = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: anyCodeUnit, maxLength: 300 }),
  newsLikeText,
  fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(" ")), // the same, spaced as prose
);

const anyArticle = fc.record({
  id: fc.string({ maxLength: 12 }),
  url: fc.constant(null),
  outlet: fc.constant(null),
  title: fc.option(anyText, { nil: null, freq: 4 }),
  published: fc.constant(null),
  language: fc.constantFrom("fr", "en", null, "de", "", "FR", "en-GB"),
  body: anyText,
}, { noNullPrototype: true }); // plain objects, as a reader would build: the input-unchanged check compares prototypes

/** The failing assertion's message is in the report, not only the counterexample. */
const PROPERTY_RUNS = { numRuns: 300, includeErrorInReport: true } as const;

describe("hostile input: properties", () => {
  test("any text, any language: claims well-formed, output deterministic", { timeout: CASE_TIMEOUT_MS }, () => {
    fc.assert(fc.property(anyArticle, (article) => checkInThisThread(article)), PROPERTY_RUNS);
  });

  test("mixes of news fragments in French and English", { timeout: CASE_TIMEOUT_MS }, () => {
    const article = fc.tuple(newsLikeText, fc.constantFrom(...LANGUAGES)).map(([body, language]) => articleOf(body, language));
    fc.assert(fc.property(article, (one) => checkInThisThread(one)), PROPERTY_RUNS);
  });
});

// ------------------------------------------------------------ adversarial cases

/** `unit` repeated until the text holds at least `length` code units. */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

const NEWS_PARAGRAPH =
  "Selon le ministère, plus de 12 000 soldats auraient été déployés.\n" +
  "Up to 1,500 troops had arrived, the NIS said; jusqu'à 1,3 million d'euros « d'aide ».\n" +
  "Entre 25 000 et 30 000 personnes, soit 12 % de la population.\n";

const MIXED_SCRIPTS =
  "12 000 soldats، ١٢٣ ألف جندي، 一万二千人 ont fui; ３０００人; שלושה אלפים 500 חיילים; " +
  "12 000 Soldaten; 十二万; Ⅻ légions; 1,3 млн рублей; 🇺🇦 4 morts 😢, 70 blessés. ";

interface AdversarialCase {
  readonly name: string;
  readonly body: () => string;
}

/** Each should simply return; bodies are built lazily so only the running case holds its megabytes. */
const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  { name: "2 MB of digits", body: () => repeatTo("0123456789", 2 * MB) },
  { name: "2 MB of '1 ' pairs", body: () => repeatTo("1 ", 2 * MB) },
  { name: "1 MB of spaces", body: () => repeatTo(" ", MB) },
  { name: "1 MB of '.'", body: () => repeatTo(".", MB) },
  { name: "a 1 MB single line of words without punctuation", body: () => repeatTo("les soldats ont quitté la ville hier ", MB) },
  { name: "100,000 unbalanced « and \"", body: () => repeatTo("«", 100_000) + "selon 12 000 " + repeatTo('"', 100_000) + " 3 %" },
  { name: "100,000 interleaved unbalanced « \" with figures", body: () => repeatTo('« 12 "', 100_000 * 6) },
  { name: "200 KB of 'plus de plus de plus de'", body: () => repeatTo("plus de ", 200 * KB) + "12 000 soldats." },
  { name: "'9' × 400", body: () => "9".repeat(400) },
  { name: "'9' × 400 inside a sentence", body: () => `Il y aurait ${"9".repeat(400)} soldats, selon Kiev.` },
  { name: "'9' × 400 with a scale word and a percent", body: () => `${"9".repeat(400)} millions, ${"9".repeat(400)},5 %` },
  { name: "mixed scripts", body: () => repeatTo(MIXED_SCRIPTS, 200 * KB) },
  { name: "an empty body", body: () => "" },
  { name: "a body of only a BOM", body: () => "\uFEFF" },
  { name: "NUL characters", body: () => repeatTo("12\u0000000 soldats\u0000 plus de\u0000 3\u0000%\u0000 ", 100 * KB) },
  { name: "\\r\\n line endings", body: () => repeatTo(NEWS_PARAGRAPH.replaceAll("\n", "\r\n"), 50 * KB) },
];

/** What the worker posts back: both results, for the determinism check, or the crash. */
type WorkerReply = { readonly ok: true; readonly first: Analysis; readonly second: Analysis } | { readonly ok: false; readonly stack: string };

/**
 * Plain JS (worker eval code is CommonJS): registers tsx, since eval workers
 * do not inherit the parent's loader hooks, then analyses the article twice.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  const { register } = await import(workerData.tsxApiUrl);
  register();
  const { analyse } = await import(workerData.analyseUrl);
  try {
    const first = analyse(workerData.article);
    const second = analyse(workerData.article);
    parentPort.postMessage({ ok: true, first, second });
  } catch (error) {
    parentPort.postMessage({ ok: false, stack: error instanceof Error ? String(error.stack) : String(error) });
  }
})();
`;

/** Runs `analyse` in a worker; rejects on a crash, or on no answer before the deadline. */
function analyseInWorker(article: Article): Promise<{ first: Analysis; second: Analysis }> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      article,
      analyseUrl: new URL("../src/core/analyse.ts", import.meta.url).href,
      tsxApiUrl: import.meta.resolve("tsx/esm/api"),
    },
  });
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`analyse did not return within ${WORKER_DEADLINE_MS / 1000} s (hang or catastrophic backtracking?)`));
    }, WORKER_DEADLINE_MS);
    const settle = (outcome: () => void): void => {
      clearTimeout(deadline);
      void worker.terminate();
      outcome();
    };
    worker.once("message", (reply: WorkerReply) =>
      settle(() => (reply.ok ? resolve(reply) : reject(new Error(`analyse threw:\n${reply.stack}`)))),
    );
    worker.once("error", (error) => settle(() => reject(error)));
    worker.once("exit", (code) => settle(() => reject(new Error(`worker exited (code ${code}) without an answer`))));
  });
}

describe("hostile input: adversarial cases return, well-formed", () => {
  for (const { name, body } of ADVERSARIAL_CASES) {
    for (const language of LANGUAGES) {
      test(`${name} (${language})`, { timeout: CASE_TIMEOUT_MS }, async () => {
        const article = articleOf(body(), language);
        const { first, second } = await analyseInWorker(article);
        assertWellFormed(article, first);
        assert.deepStrictEqual(second, first, "same input, same output");
      });
    }
  }
});
