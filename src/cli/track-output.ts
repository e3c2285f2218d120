/**
 * @module cli/track-output
 * Formats the views across articles (tracks, a timeline with a small text
 * chart, contradictions, entities) and the exports (JSON lines, CSV,
 * schema.org ClaimReview). Pure functions: data in, text out.
 */
import { stringify } from "csv-stringify/sync";
import type { Contradiction, StoredClaim, StoredEntity, Timeline, TimelineEntry, TrackSummary } from "../store/store.js";
import { CLAIM_JSON_KEYS, claimJson } from "./claim-json.js";
import { cell, formatNumber, formatValue, truncate } from "./format-table.js";
import type { LedgerFormat } from "./ledger-output.js";

const CHART_WIDTH = 40;

function range(low: number | null, high: number | null): string {
  if (low === null && high === null) return "";
  if (low === null || high === null || low === high) return formatNumber((low ?? high)!);
  return `${formatNumber(low)}–${formatNumber(high)}`;
}

const TRACK_KEYS = ["id", "label", "claims", "articles", "sources", "low", "high", "first", "last", "related"] as const;

export function formatTracks(tracks: readonly TrackSummary[], format: LedgerFormat): string {
  switch (format) {
    case "jsonl":
      return tracks.map((t) => JSON.stringify({ ...t, latest: t.latest ? entryJson(t.latest) : null }) + "\n").join("");
    case "csv":
      return stringify(
        tracks.map((t) => ({ ...t, related: t.related.map((r) => `${r.relation}:${r.id}`).join(" ") })),
        { header: true, columns: [...TRACK_KEYS] },
      );
    case "table": {
      const head = `${cell("TRACK", 44)}  ${cell("CLAIMS", 6)}  ${cell("SOURCES", 7)}  ${cell("RANGE", 17)}  ${cell("LAST", 10)}  LABEL\n`;
      return head + tracks.map((t) =>
        `${cell(t.id, 44)}  ${cell(String(t.claims), 6)}  ${cell(String(t.sources), 7)}  ${cell(range(t.low, t.high), 17)}  ${cell((t.last ?? "").slice(0, 10), 10)}  ${truncate(t.label, 60)}\n`,
      ).join("");
    }
  }
}

function entryJson(e: TimelineEntry): Record<string, unknown> {
  return { ...claimJson(e.claim), date: e.date, date_from: e.dateFrom, original: e.original, carrier: e.carrier, outlets: e.outlets, sentence: e.claim.sentenceText };
}

/** One bar of the chart: where the estimate lies on a 0…max scale. */
export function bar(e: Pick<StoredClaim, "low" | "high" | "qualifier">, max: number, width = CHART_WIDTH): string {
  const at = (v: number): number => Math.max(0, Math.min(width - 1, Math.round((v / max) * (width - 1))));
  const cells = new Array<string>(width).fill(" ");
  const lo = e.low ?? e.high;
  const hi = e.high ?? e.low;
  if (lo === null || hi === null || max <= 0) return cells.join("");
  if (e.qualifier === "up_to") {
    for (let i = 0; i < at(hi); i++) cells[i] = "·";
    cells[at(hi)] = "┤";
  } else if (e.qualifier === "more_than") {
    cells[at(lo)] = "├";
    for (let i = at(lo) + 1; i < width; i++) cells[i] = "·";
  } else if (lo !== hi || e.qualifier === "vague") {
    const end = e.qualifier === "vague" ? Math.min(max, lo * 10) : hi;
    for (let i = at(lo); i <= at(end); i++) cells[i] = "─";
    cells[at(lo)] = "├";
    cells[at(end)] = "┤";
  } else {
    cells[at(lo)] = "●";
  }
  return cells.join("");
}

function relationWords(relation: string): string {
  const words: Record<string, string> = {
    part_of: "part of", has_part: "has part", addition_to: "adds to", has_addition: "added to by", related: "related",
  };
  return words[relation] ?? relation;
}

export function formatTimeline(t: Timeline, format: LedgerFormat): string {
  if (format === "jsonl") {
    return JSON.stringify({ track: { ...t.track, latest: undefined }, corroboration: t.corroboration }) + "\n" +
      t.entries.map((e) => JSON.stringify(entryJson(e)) + "\n").join("");
  }
  if (format === "csv") {
    return stringify(t.entries.map(entryJson), { header: true, columns: [...CLAIM_JSON_KEYS, "date", "date_from", "original", "carrier", "outlets", "sentence"] });
  }
  const max = Math.max(0, ...t.entries.map((e) => {
    const v = e.claim.high ?? e.claim.low ?? 0;
    return e.claim.qualifier === "vague" ? v * 2 : v;
  }));
  const lines = [`${t.track.label}  (${t.track.id})`];
  lines.push(`${t.entries.length} estimates from ${t.track.sources} sources in ${t.track.articles} articles; corroborated by ${t.corroboration.count} independent source${t.corroboration.count === 1 ? "" : "s"}${t.corroboration.count ? `: ${t.corroboration.sources.join(", ")}` : ""}`);
  lines.push("");
  lines.push(`${cell("DATE", 11)}  ${cell("VALUE", 20)}  ${cell("MODALITY", 11)}  ${cell("SOURCE", 36)}  ${cell("ARTICLE", 14)}  0${" ".repeat(CHART_WIDTH - 2 - formatNumber(max).length)}${formatNumber(max)}`);
  for (const e of t.entries) {
    const source = e.carrier ? `${e.original ?? "?"} via ${e.carrier}` : (e.original ?? `(own voice: ${e.outlets[0] ?? e.claim.article})`);
    const date = (e.date ?? "undated").slice(0, 10) + (e.dateFrom === "text" ? "*" : "");
    lines.push(`${cell(date, 11)}  ${cell(formatValue(e.claim), 20)}  ${cell(e.claim.modality, 11)}  ${cell(source, 36)}  ${cell(e.claim.article, 14)}  ${bar(e.claim, max)}`);
  }
  lines.push("", "* the date the text gives for the figure; otherwise the article's publication date.");
  if (t.track.related.length) {
    lines.push("", "Related tracks:");
    for (const r of t.track.related) lines.push(`  ${cell(relationWords(r.relation), 12)}  ${r.id}  ${r.label}`);
  }
  if (t.contradictions.length) {
    lines.push("", "Contradictions:");
    for (const c of t.contradictions) lines.push(`  ${c.reason}`);
  }
  return lines.join("\n") + "\n";
}

export function formatContradictions(list: readonly Contradiction[], format: LedgerFormat): string {
  const rows = list.map((c) => ({
    track: c.track, label: c.label, reason: c.reason,
    a_article: c.a.claim.article, a_mention: c.a.claim.mention, a_source: c.a.original, a_date: c.a.date, a_sentence: c.a.claim.sentenceText,
    b_article: c.b.claim.article, b_mention: c.b.claim.mention, b_source: c.b.original, b_date: c.b.date, b_sentence: c.b.claim.sentenceText,
  }));
  switch (format) {
    case "jsonl":
      return rows.map((r) => JSON.stringify(r) + "\n").join("");
    case "csv":
      return stringify(rows, { header: true });
    case "table":
      return rows.map((r) => `${r.label} (${r.track})\n  ${r.reason}\n  A ${r.a_article}: ${truncate(r.a_sentence, 110)}\n  B ${r.b_article}: ${truncate(r.b_sentence, 110)}\n`).join("\n");
  }
}

export function formatEntities(list: readonly StoredEntity[], format: LedgerFormat): string {
  switch (format) {
    case "jsonl":
      return list.map((e) => JSON.stringify(e) + "\n").join("");
    case "csv":
      return stringify(list.map((e) => ({ ...e, aliases: e.aliases.join(" | "), roles: e.roles.join(" | ") })), { header: true, columns: ["key", "name", "kind", "articles", "mentions", "aliases", "roles"] });
    case "table":
      return `${cell("NAME", 44)}  ${cell("KIND", 12)}  ${cell("ARTICLES", 8)}  ALIASES\n` +
        list.map((e) => `${cell(e.name, 44)}  ${cell(e.kind, 12)}  ${cell(String(e.articles), 8)}  ${truncate(e.aliases.filter((a) => a !== e.name).join(", "), 60)}\n`).join("");
  }
}

/**
 * schema.org ClaimReview, one JSON-LD object per claim: the claim as it
 * appears, who made it, where it appeared. Tally reviews nothing itself: a
 * rating is given only when a person reviewed the claim.
 */
export function claimReviewJson(e: TimelineEntry, article: { url: string | null; title: string | null; published: string | null }): Record<string, unknown> {
  const review = e.claim.review ?? null;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: e.claim.sentenceText,
    ...(review ? { reviewRating: { "@type": "Rating", alternateName: review.action, ...(review.note ? { ratingExplanation: review.note } : {}) }, datePublished: review.createdAt } : {}),
    itemReviewed: {
      "@type": "Claim",
      text: e.claim.mention,
      ...(e.original ? { author: { "@type": "Organization", name: e.original } } : {}),
      ...(e.date ? { datePublished: e.date } : {}),
      appearance: {
        "@type": "CreativeWork",
        ...(article.url ? { url: article.url } : {}),
        ...(article.title ? { headline: article.title } : {}),
        ...(article.published ? { datePublished: article.published } : {}),
        ...(e.outlets[0] ? { publisher: { "@type": "Organization", name: e.outlets[0] } } : {}),
        identifier: e.claim.article,
      },
    },
    additionalProperty: [
      { "@type": "PropertyValue", name: "value", value: formatValue(e.claim) },
      { "@type": "PropertyValue", name: "modality", value: e.claim.modality },
      ...(e.claim.track ? [{ "@type": "PropertyValue", name: "track", value: e.claim.track }] : []),
    ],
  };
}
