/**
 * @module cli/format-table
 * Figure claims as text for people: fixed-width columns (so a table can be
 * written one row at a time, as claims stream in) and, under each row, the
 * sentence shortened around the figure, which is marked `[like this]`.
 * Everything fits a 100-column terminal. Pure functions: strings in, strings out.
 */
import type { Analysis, Article, FigureClaim, Modality, Qualifier } from "../core/types.js";

export const EXCERPT_WIDTH = 80;
const GAP = "  ";
const INDENT = "    ";

// ------------------------------------------------------------ values

/** `12 000`, `2.5`, `1.3M`, `2.5bn`: grouped by spaces, at most two decimals, millions and billions short. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${trimDecimals(n / 1e9)}bn`;
  if (abs >= 1e6) return `${trimDecimals(n / 1e6)}M`;
  return trimDecimals(n);
}

function trimDecimals(n: number): string {
  const [whole = "0", decimals] = (Math.round(n * 100) / 100).toFixed(2).replace(/\.?0+$/, "").split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sign}${grouped}${decimals ? `.${decimals}` : ""}`;
}

function unitSuffix(counts: string | null): string {
  if (counts === "percent") return "%";
  if (counts === "percentage points") return " pp";
  return "";
}

/** The value in a compact form: `12 000`, `~500`, `>10 000`, `≤12 000`, `1 500–2 000`, `1 000s` (vague). */
export function formatValue(claim: Pick<FigureClaim, "low" | "high" | "qualifier" | "counts">): string {
  const unit = unitSuffix(claim.counts);
  const show = (n: number): string => `${formatNumber(n)}${unit}`;
  const { low, high } = claim;
  const either = low ?? high;
  if (either === null) return "?";
  const spanned = low !== null && high !== null && low !== high ? `${show(low)}–${show(high)}` : null;
  switch (claim.qualifier) {
    case "exact":
      return spanned ?? show(either);
    case "range":
      return spanned ?? show(either);
    case "approx":
      return spanned ? `~${spanned}` : `~${show(either)}`;
    case "more_than":
      return `>${show(low ?? either)}`;
    case "up_to":
      return `≤${show(high ?? either)}`;
    case "vague":
      return `${formatNumber(either)}s${unit}`; // "des milliers" → 1 000s
  }
}

// ------------------------------------------------------------ cells and excerpts

/** Code points, so an accent or a `€` counts as one column. */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** `text` cut to `max` columns, `…` marking the cut. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  return `${Array.from(text).slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** `text` on one line, cut or padded to exactly `size` columns. */
export function cell(text: string, size: number): string {
  const fitted = truncate(collapseSpace(text).trim(), size);
  return fitted + " ".repeat(size - width(fitted));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The sentence around a span, about `maxWidth` characters centred on it, cut at
 * word boundaries when it has to be cut, `…` where it was cut, the span in
 * `[ ]`, white space (line breaks too) shown as one space.
 */
export function excerpt(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  span: { readonly start: number; readonly end: number },
  maxWidth = EXCERPT_WIDTH,
): string {
  const clamp = (i: number): number => Math.min(Math.max(i, 0), text.length);
  const spanStart = clamp(span.start);
  const spanEnd = Math.max(spanStart, clamp(span.end));
  // A sentence that does not hold its span is widened to hold it, not trusted.
  const from = Math.min(clamp(sentence.start), spanStart);
  const to = Math.max(clamp(sentence.end), spanEnd);
  let start = from;
  let end = to;
  if (end - start > maxWidth) {
    // Share the room left by the span between its sides; a short side gives its share to the other.
    const room = Math.max(0, maxWidth - (spanEnd - spanStart));
    const roomBefore = spanStart - from;
    const roomAfter = to - spanEnd;
    let left = Math.ceil(room / 2);
    let right = room - left;
    if (roomBefore < left) [left, right] = [roomBefore, right + left - roomBefore];
    if (roomAfter < right) [left, right] = [Math.min(roomBefore, left + right - roomAfter), roomAfter];
    start = spanStart - left;
    end = spanEnd + right;
    if (start > from) start = wordStartAfter(text, start, spanStart);
    if (end < to) end = wordEndBefore(text, end, spanEnd);
  }
  if (start > 0 && start < text.length && isLowSurrogate(text.charCodeAt(start))) start += 1;
  if (end < text.length && end > 0 && isLowSurrogate(text.charCodeAt(end))) end -= 1;
  const before = collapseSpace(text.slice(start, spanStart)).trimStart();
  const mention = collapseSpace(text.slice(spanStart, spanEnd));
  const after = collapseSpace(text.slice(spanEnd, end)).trimEnd();
  return `${start > from ? "…" : ""}${before}[${mention}]${after}${end < to ? "…" : ""}`;
}

/** Moves a cut forward to the start of the next word, if one starts before `limit`. */
function wordStartAfter(text: string, cut: number, limit: number): number {
  if (/\s/.test(text[cut - 1] ?? " ")) return cut;
  for (let i = cut; i < limit; i += 1) if (/\s/.test(text[i]!)) return i + 1;
  return cut;
}

/** Moves a cut back to the end of the previous word, if one ends after `limit`. */
function wordEndBefore(text: string, cut: number, limit: number): number {
  if (/\s/.test(text[cut] ?? " ")) return cut;
  for (let i = cut - 1; i > limit; i -= 1) if (/\s/.test(text[i]!)) return i;
  return cut;
}

/** The text a claim's offsets point into. */
export function claimText(article: Pick<Article, "body" | "title">, claim: Pick<FigureClaim, "in">): string {
  return claim.in === "title" ? (article.title ?? "") : article.body;
}

// ------------------------------------------------------------ rows

export interface TableColumn {
  readonly title: string;
  readonly width: number;
  readonly value: (claim: FigureClaim) => string;
}

const orDash = (value: string | null): string => value ?? "—";

const COLUMN = {
  article: { title: "ARTICLE", width: 12, value: (c: FigureClaim) => c.article },
  value: { title: "VALUE", width: 12, value: formatValue },
  qualifier: { title: "QUALIFIER", width: 9, value: (c: FigureClaim) => c.qualifier },
  counts: { title: "COUNTS", width: 13, value: (c: FigureClaim) => orDash(c.counts) },
  event: { title: "EVENT", width: 11, value: (c: FigureClaim) => orDash(c.event) },
  source: { title: "SOURCE", width: 16, value: (c: FigureClaim) => orDash(c.source) },
  modality: { title: "MODALITY", width: 11, value: (c: FigureClaim) => c.modality },
} satisfies Record<string, TableColumn>;

/** `tally extract --format table`: one table over every article. */
export const EXTRACT_COLUMNS: readonly TableColumn[] = [
  COLUMN.article, COLUMN.value, COLUMN.qualifier, COLUMN.counts, COLUMN.event, COLUMN.source, COLUMN.modality,
];

/** `tally demo`: one table per article, so no article column and more room for the rest. */
export const ARTICLE_COLUMNS: readonly TableColumn[] = [
  { ...COLUMN.value, width: 14 },
  COLUMN.qualifier,
  { ...COLUMN.counts, width: 16 },
  { ...COLUMN.event, width: 13 },
  { ...COLUMN.source, width: 22 },
  COLUMN.modality,
];

function line(cells: readonly string[]): string {
  return `${cells.join(GAP).trimEnd()}\n`;
}

/** The header line and its underline. */
export function tableHeader(columns: readonly TableColumn[]): string {
  return (
    line(columns.map((c) => cell(c.title, c.width))) +
    line(columns.map((c) => "─".repeat(c.width)))
  );
}

/** A claim's row, then its excerpt on the next line. */
export function tableRow(columns: readonly TableColumn[], claim: FigureClaim, article: Pick<Article, "body" | "title">): string {
  const row = line(columns.map((c) => cell(c.value(claim), c.width)));
  const where = excerpt(claimText(article, claim), claim.sentence, claim, EXCERPT_WIDTH);
  return `${row}${INDENT}${claim.in === "title" ? "(title) " : ""}${where}\n`;
}

// ------------------------------------------------------------ demo summary

/** One article's heading: date, outlet, language, id, then its title and how many figures. */
export function articleHeading(article: Article, analysis: Pick<Analysis, "language" | "claims">): string {
  const facts = [article.published ?? "undated", article.outlet ?? "no outlet", analysis.language, article.id];
  const count = analysis.claims.length;
  const title = article.title === null ? "" : `${INDENT}${truncate(collapseSpace(article.title).trim(), 96 - INDENT.length)}\n`;
  return `▌ ${truncate(facts.join(" · "), 96)}\n${title}${INDENT}${count} figure${count === 1 ? "" : "s"}\n`;
}

export interface Totals {
  articles: number;
  claims: number;
  byQualifier: Map<Qualifier, number>;
  byModality: Map<Modality, number>;
}

export function emptyTotals(): Totals {
  return { articles: 0, claims: 0, byQualifier: new Map(), byModality: new Map() };
}

/** Adds one article's claims to the totals (in place: the demo's only running state). */
export function addToTotals(totals: Totals, claims: readonly FigureClaim[]): void {
  totals.articles += 1;
  totals.claims += claims.length;
  for (const c of claims) {
    totals.byQualifier.set(c.qualifier, (totals.byQualifier.get(c.qualifier) ?? 0) + 1);
    totals.byModality.set(c.modality, (totals.byModality.get(c.modality) ?? 0) + 1);
  }
}

const QUALIFIER_ORDER: readonly Qualifier[] = ["exact", "approx", "more_than", "up_to", "range", "vague"];
const MODALITY_ORDER: readonly Modality[] = ["stated", "unconfirmed", "possible", "denied"];

function tally<K extends string>(order: readonly K[], counts: ReadonlyMap<K, number>): string {
  const parts = order.filter((k) => (counts.get(k) ?? 0) > 0).map((k) => `${k} ${counts.get(k)}`);
  return parts.length === 0 ? "none" : parts.join(" · ");
}

export function formatTotals(totals: Totals): string {
  const s = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  return (
    `Totals: ${s(totals.articles, "article")}, ${s(totals.claims, "figure claim")}\n` +
    `  by qualifier: ${tally(QUALIFIER_ORDER, totals.byQualifier)}\n` +
    `  by modality:  ${tally(MODALITY_ORDER, totals.byModality)}\n`
  );
}
