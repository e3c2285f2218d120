/**
 * The web page in a real browser (Debian's Chromium, driven by
 * playwright-core) against the real server on a fresh ledger of the
 * examples: home, a track's chart and table, a point's sentence in its
 * article, a correction that survives a re-ingest, the audit, an article
 * that tries to inject HTML, keyboard use and a phone-sized window.
 * Screenshots of each view go to test-artifacts/e2e/.
 */
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { defaultAssetsDir } from "../../src/server/assets.js";
import { EXAMPLES, startFixture, XSS_ID, type Fixture } from "../api/fixture.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ARTIFACTS = join(ROOT, "test-artifacts", "e2e");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const missingBrowser = !existsSync(CHROMIUM);
// In CI the browser must be there (.ci/run installs it); on a developer's machine without it, the suite says it is skipped.
const skip = missingBrowser && !process.env.CI ? `no Chromium at ${CHROMIUM} (apt-get install chromium)` : false;

interface Entry {
  date: string | null;
  claim: { article: string; in: string; start: number; end: number; low: number | null; high: number | null; mention: string; sentenceText: string; review?: { action: string; correction?: { low?: number | null; high?: number | null } | null } | null };
}

const refOf = (c: { in: string; start: number; end: number }) => `${c.in}:${c.start}:${c.end}`;

/** The estimates the chart can draw: dated, with a value (after corrections). */
function drawable(entries: readonly Entry[]): Entry[] {
  return entries.filter((e) => {
    const fix = e.claim.review?.action === "correct" ? (e.claim.review.correction ?? {}) : {};
    const low = fix.low !== undefined ? fix.low : e.claim.low;
    const high = fix.high !== undefined ? fix.high : e.claim.high;
    return e.date !== null && !Number.isNaN(new Date(e.date).getTime()) && (low !== null || high !== null);
  });
}

describe("the web page in Chromium", { skip }, () => {
  let fx: Fixture;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    assert.ok(!missingBrowser, `Chromium is required at ${CHROMIUM}`);
    if (!existsSync(join(defaultAssetsDir(), "index.html"))) {
      execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts"], { cwd: ROOT, stdio: "inherit" });
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    fx = await startFixture();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // playwright-core gives every launch a fresh temporary profile (user data dir).
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    await fx?.close();
  });

  const api = async <T>(path: string): Promise<T> => (await (await fetch(fx.base + path)).json()) as T;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  let trackId = "";
  let trackLabel = "";

  it("home lists the tracked figures with their range, sources and a sparkline", async () => {
    await page.goto(`${fx.base}/#/`);
    const rows = page.locator('[data-testid="tracks"] tbody tr');
    await rows.first().waitFor();
    const tracks = await api<{ items: { id: string; label: string; claims: number; spark: unknown[] }[] }>("/api/tracks?limit=200");
    assert.equal(await rows.count(), tracks.items.length, "one row per track");
    assert.ok((await page.locator("svg.spark").count()) > 0, "sparklines are drawn");
    // The most estimated track with several dated values, for the next steps.
    const chosen = tracks.items.find((t) => t.spark.length >= 3) ?? tracks.items[0]!;
    trackId = chosen.id;
    trackLabel = chosen.label;
    await shot("home");
  });

  it("a track shows one chart mark per estimate, each linked to its row in the table", async () => {
    await page.locator(`[data-testid="tracks"] a[href="#/track/${encodeURIComponent(trackId)}"]`).first().click();
    await page.locator('[data-testid="estimates-chart"]').waitFor();
    assert.equal(await page.locator("h1").textContent(), trackLabel);
    const timeline = await api<{ entries: Entry[]; contradictions: unknown[] }>(`/api/tracks/${encodeURIComponent(trackId)}`);
    const expected = drawable(timeline.entries);
    const marks = page.locator('[data-testid="estimates-chart"] a');
    assert.equal(await marks.count(), expected.length, "one mark per dated claim");
    assert.equal(await page.locator('[data-testid="claims"] tbody tr').count(), timeline.entries.length, "one row per claim");
    const markLinks = (await marks.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? a.getAttribute("xlink:href")))).sort();
    const rowLinks = (await page.locator('[data-testid="claims"] tbody td a').evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort();
    for (const link of markLinks) assert.ok(rowLinks.includes(link), `${link} is in the table`);
    assert.equal(new Set(markLinks).size, markLinks.length, "no claim drawn twice");
    assert.match(await page.locator('[data-testid="corroboration"]').innerText(), /\d+\s+independent source/);
    await shot("track");
  });

  it("the as-of slider shows the track as it stood on an earlier date", async () => {
    const full = await page.locator('[data-testid="estimates-chart"] a').count();
    const slider = page.locator("#as-of");
    await slider.focus();
    await page.keyboard.press("Home"); // the earliest date, by keyboard
    await page.waitForFunction(() => location.hash.includes("as_of="));
    const asOf = new URLSearchParams((await page.evaluate(() => location.hash)).split("?")[1]).get("as_of")!;
    const timeline = await api<{ entries: Entry[] }>(`/api/tracks/${encodeURIComponent(trackId)}?as_of=${asOf}`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="estimates-chart"] a').length === n, drawable(timeline.entries).length);
    assert.ok(drawable(timeline.entries).length <= full);
    await shot("track-as-of");
    await page.goto(`${fx.base}/#/track/${encodeURIComponent(trackId)}`);
    await page.locator('[data-testid="estimates-chart"] a').first().waitFor();
  });

  let articleId = "";
  let claimRef = "";

  it("clicking a point opens its article scrolled to the sentence, highlighted", async () => {
    // A point (a vertical interval has no width for the pointer to aim at in the test; a person clicks its stroke).
    const mark = page.locator('[data-testid="estimates-chart"] a:has(circle), [data-testid="estimates-chart"] a:has(path)').first();
    const href = (await mark.evaluate((a) => a.getAttribute("href") ?? a.getAttribute("xlink:href")))!;
    await mark.click();
    await page.waitForFunction(() => location.hash.startsWith("#/article/"));
    assert.equal(await page.evaluate(() => location.hash), href);
    const params = new URLSearchParams(href.split("?")[1]);
    claimRef = params.get("claim")!;
    articleId = decodeURIComponent(href.slice("#/article/".length).split("?")[0]!);
    const target = page.locator(`mark.figure.target[data-ref="${claimRef}"]`);
    await target.waitFor();
    const detail = await api<{ claims: Entry["claim"][] }>(`/api/articles/${encodeURIComponent(articleId)}`);
    const claim = detail.claims.find((c) => refOf(c) === claimRef)!;
    assert.equal(await target.textContent(), claim.mention, "the highlighted figure is the claim's characters");
    const sentence = (await page.locator(".in-target").allTextContents()).join("");
    assert.equal(sentence, claim.sentenceText, "the claim's whole sentence is highlighted");
    assert.ok(await target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), "scrolled into view");
    assert.ok(await target.evaluate((el) => document.activeElement === el), "focused for the keyboard");
    assert.match(await page.locator('[data-testid="claim-fields"]').innerText(), new RegExp(claim.mention.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await shot("article");
  });

  it("hovering or focusing another figure shows its fields", async () => {
    const others = page.locator(`mark.figure:not([data-ref="${claimRef}"])`);
    if ((await others.count()) === 0) return;
    // Unpin by reloading without a target, then hover.
    await page.goto(`${fx.base}/#/article/${encodeURIComponent(articleId)}`);
    const other = page.locator("mark.figure").nth(0);
    await other.hover();
    assert.match(await page.locator('[data-testid="claim-fields"] h2').innerText(), new RegExp((await other.textContent())!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ref ?? null);
    if (focused) assert.ok(await page.locator('[data-testid="claim-fields"]').isVisible());
  });

  it("a correction is stored, shown in the views and the audit, and survives a re-ingest", async () => {
    await page.goto(`${fx.base}/#/article/${encodeURIComponent(articleId)}?claim=${claimRef}`);
    await page.locator(`mark.figure.target[data-ref="${claimRef}"]`).waitFor();
    await page.getByRole("button", { name: "Correct…" }).click();
    const form = page.locator("form.correct");
    await form.locator('input[name="low"]').fill("4321");
    await form.locator('input[name="high"]').fill("4321");
    await form.locator('input[name="note"]').fill("e2e correction");
    await form.getByRole("button", { name: "Save correction" }).click();
    await page.locator(`mark.figure.corrected[data-ref="${claimRef}"]`).waitFor();
    assert.match(await page.locator('[data-testid="claim-fields"]').innerText(), /4,321/);

    // Re-ingest the examples in another process, as a person would.
    execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", "--db", fx.db, "--no-progress", "--workers", "0", EXAMPLES], { cwd: ROOT, stdio: "pipe" });
    await page.reload();
    const corrected = page.locator(`mark.figure.corrected[data-ref="${claimRef}"]`);
    await corrected.waitFor();
    assert.match(await page.locator('[data-testid="claim-fields"]').innerText(), /4,321[\s\S]*corrected|corrected[\s\S]*4,321/);

    await page.goto(`${fx.base}/#/track/${encodeURIComponent(trackId)}`);
    const row = page.locator(`[data-testid="claims"] tbody tr[data-ref="${claimRef}"]`).first();
    await row.waitFor();
    assert.match(await row.innerText(), /4,321/);
    assert.match(await row.innerText(), /corrected/);

    await page.goto(`${fx.base}/#/audit`);
    const audit = page.locator('[data-testid="audit"] tbody tr').first();
    await audit.waitFor();
    assert.match(await audit.innerText(), /correct[\s\S]*e2e correction/);
    await shot("audit");
  });

  it("renders an article that holds <script> and <img onerror> as text", async () => {
    await page.goto(`${fx.base}/#/article/${XSS_ID}`);
    const body = page.locator('[data-testid="article-body"]');
    await body.waitFor();
    assert.match((await page.locator("h1").textContent()) ?? "", /<script>window.__pwned = "title"<\/script><img src=x onerror=/);
    assert.match((await body.textContent()) ?? "", /<script>window.__pwned = "body"<\/script>/);
    assert.equal(await page.locator("main img, main script").count(), 0, "no element made from the text");
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null), null, "nothing ran");
    await shot("xss-article");
    await page.goto(`${fx.base}/#/search?q=pwned`);
    await page.locator(".hits li").first().waitFor();
    assert.equal(await page.locator("main img, main script").count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null), null);
  });

  it("French and English articles side by side; a chart point works from the keyboard", async () => {
    await page.goto(`${fx.base}/#/articles`);
    await page.locator('section[lang="fr"] li').first().waitFor();
    assert.ok((await page.locator('section[lang="en"] li').count()) > 0);
    await shot("articles");
    await page.goto(`${fx.base}/#/track/${encodeURIComponent(trackId)}`);
    const mark = page.locator('[data-testid="estimates-chart"] a').first();
    await mark.waitFor();
    await mark.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash.startsWith("#/article/"));
  });

  it("is readable in a phone-sized window: nothing wider than the screen", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, hash] of [
      ["phone-home", "#/"],
      ["phone-track", `#/track/${encodeURIComponent(trackId)}`],
      ["phone-article", `#/article/${encodeURIComponent(articleId)}?claim=${claimRef}`],
    ] as const) {
      await page.goto(`${fx.base}/${hash}`);
      await page.locator("main h1").first().waitFor();
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `${name}: the page is ${overflow}px wider than the window`);
      await shot(name);
    }
  });

  it("raised no page error, console error or dialog (CSP violations included)", () => {
    assert.deepEqual(problems, []);
  });
});
