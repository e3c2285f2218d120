/**
 * @module cli/ledger-output
 * Formats what the ledger returns (claims, articles, search hits, stats) as
 * a table for people, JSON lines or CSV. Pure functions: text in, text out.
 */
import { stringify } from "csv-stringify/sync";
import type { FigureClaim } from "../core/types.js";
import type { SearchHit, StoreStats, StoredArticle, StoredClaim } from "../store/store.js";
import { CLAIM_JSON_KEYS, claimJson } from "./claim-json.js";
import { EXTRACT_COLUMNS, cell, tableHeader, tableRow, truncate } from "./format-table.js";

export const LEDGER_FORMATS = ["table", "jsonl", "csv"] as const;
export type LedgerFormat = (typeof LEDGER_FORMATS)[number];

/** A stored claim seen as a claim of its own sentence, so the table can show it in context. */
function inSentence(claim: StoredClaim): { claim: FigureClaim; article: { body: string; title: null } } {
  const shift = claim.sentence.start;
  return {
    claim: { ...claim, in: "body", start: claim.start - shift, end: claim.end - shift, sentence: { start: 0, end: claim.sentenceText.length } },
    article: { body: claim.sentenceText, title: null },
  };
}

export function formatClaims(claims: readonly StoredClaim[], format: LedgerFormat): string {
  switch (format) {
    case "jsonl":
      return claims.map((c) => JSON.stringify(claimJson(c)) + "\n").join("");
    case "csv":
      return stringify(
        claims.map((c) => ({ ...claimJson(c), published: c.published, sentence: c.sentenceText })),
        { header: true, columns: [...CLAIM_JSON_KEYS, "published", "sentence"] },
      );
    case "table":
      return tableHeader(EXTRACT_COLUMNS) + claims.map((c) => {
        const { claim, article } = inSentence(c);
        return tableRow(EXTRACT_COLUMNS, claim, article);
      }).join("");
  }
}

const ARTICLE_KEYS = ["id", "published", "language", "outlet", "title", "duplicateOf", "outlets", "url"] as const;

export function formatArticles(articles: readonly StoredArticle[], format: LedgerFormat): string {
  switch (format) {
    case "jsonl":
      return articles.map((a) => JSON.stringify(a) + "\n").join("");
    case "csv":
      return stringify(articles.map((a) => ({ ...a, outlets: a.outlets.join(" ") })), { header: true, columns: [...ARTICLE_KEYS] });
    case "table": {
      const head = `${cell("ID", 24)}  ${cell("DATE", 10)}  ${cell("LANG", 4)}  ${cell("OUTLET", 22)}  TITLE\n`;
      return head + articles.map((a) => {
        const also = a.outlets.filter((o) => o !== a.outlet);
        const dup = a.duplicateOf ? `  (repeats ${a.duplicateOf})` : "";
        const more = also.length ? `\n${" ".repeat(26)}also published by: ${also.join(", ")}` : "";
        return `${cell(a.id, 24)}  ${cell((a.published ?? "").slice(0, 10), 10)}  ${cell(a.language ?? "", 4)}  ${cell(a.outlet ?? "", 22)}  ${truncate(a.title ?? "", 60)}${dup}${more}\n`;
      }).join("");
    }
  }
}

export function formatHits(hits: readonly SearchHit[], format: LedgerFormat): string {
  const rows = hits.map((h) => ({ kind: h.kind, article: h.article, title: h.title, snippet: h.snippet, mention: h.claim?.mention ?? null }));
  switch (format) {
    case "jsonl":
      return hits.map((h) => JSON.stringify(h.claim ? { ...h, claim: claimJson(h.claim) } : h) + "\n").join("");
    case "csv":
      return stringify(rows, { header: true, columns: ["kind", "article", "title", "snippet", "mention"] });
    case "table":
      return rows.map((r) => `${cell(r.kind, 7)}  ${cell(r.article, 24)}  ${truncate(r.snippet.replace(/\s+/g, " "), 90)}\n`).join("");
  }
}

export function formatStats(stats: StoreStats, format: LedgerFormat): string {
  const flat: Record<string, string | number> = {
    articles: stats.articles, duplicates: stats.duplicates, outlets: stats.outlets, claims: stats.claims, tracks: stats.tracks, schema_version: stats.schemaVersion,
    ...Object.fromEntries(Object.entries(stats.byLanguage).map(([k, v]) => [`language_${k}`, v])),
    ...Object.fromEntries(Object.entries(stats.byModality).map(([k, v]) => [`modality_${k}`, v])),
  };
  switch (format) {
    case "jsonl":
      return JSON.stringify(stats) + "\n";
    case "csv":
      return stringify(Object.entries(flat).map(([key, value]) => ({ key, value })), { header: true, columns: ["key", "value"] });
    case "table": {
      const by = (r: Readonly<Record<string, number>>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(" · ") || "—";
      return [
        `articles    ${stats.articles} (and ${stats.duplicates} duplicates linked to them)`,
        `outlets     ${stats.outlets}`,
        `claims      ${stats.claims}`,
        `tracks      ${stats.tracks}`,
        `languages   ${by(stats.byLanguage)}`,
        `modality    ${by(stats.byModality)}`,
        `schema      version ${stats.schemaVersion}`,
      ].join("\n") + "\n";
    }
  }
}
