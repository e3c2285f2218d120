/**
 * @module cli/track-commands
 * The commands across articles: `tracks`, `timeline`, `contradictions`,
 * `entities` and `export`. Registered on the program by cli/main, which
 * gives the shared pieces (the --db option, opening the store, writing).
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import type { Store, TimelineEntry } from "../store/store.js";
import { LEDGER_FORMATS, type LedgerFormat } from "./ledger-output.js";
import { claimJson } from "./claim-json.js";
import { stringify } from "csv-stringify/sync";
import { CLAIM_JSON_KEYS } from "./claim-json.js";
import { claimReviewJson, formatContradictions, formatEntities, formatTimeline, formatTracks } from "./track-output.js";

export interface CommandContext {
  readonly dbOption: () => Option;
  readonly databaseUrlOption: () => Option;
  readonly count: (name: string) => (value: string) => number;
  readonly isoDate: (value: string) => string;
  /** Opens the store, renders, writes; returns the exit code. */
  readonly render: (options: { readonly db?: string; readonly databaseUrl?: string }, view: (store: Store) => Promise<string>) => Promise<number>;
  readonly setExitCode: (code: number) => void;
}

const EXPORT_FORMATS = ["jsonl", "csv", "claimreview"] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every claim of the ledger as a timeline entry (its own source as original), in storage order. */
async function allEntries(store: Store): Promise<{ entry: TimelineEntry; article: { url: string | null; title: string | null; published: string | null } }[]> {
  const articles = new Map((await store.articles()).map((a) => [a.id, a]));
  return (await store.claims()).map((claim) => {
    const a = articles.get(claim.article);
    return {
      entry: { claim, date: claim.published, dateFrom: claim.published ? "published" : null, original: claim.source, carrier: null, outlets: a?.outlets ?? [] },
      article: { url: a?.url ?? null, title: a?.title ?? null, published: a?.published ?? null },
    };
  });
}

export async function formatExport(store: Store, format: ExportFormat): Promise<string> {
  await store.resolveTracks({ ifChanged: true });
  const all = await allEntries(store);
  switch (format) {
    case "jsonl":
      return all.map(({ entry }) => JSON.stringify({ ...claimJson(entry.claim), published: entry.claim.published, sentence: entry.claim.sentenceText, review: entry.claim.review ?? null }) + "\n").join("");
    case "csv":
      return stringify(all.map(({ entry }) => ({ ...claimJson(entry.claim), published: entry.claim.published, sentence: entry.claim.sentenceText, review: entry.claim.review?.action ?? "" })), {
        header: true, columns: [...CLAIM_JSON_KEYS, "published", "sentence", "review"],
      });
    case "claimreview":
      return all.map(({ entry, article }) => JSON.stringify(claimReviewJson(entry, article)) + "\n").join("");
  }
}

export function registerTrackCommands(program: Command, ctx: CommandContext): void {
  const format = () => new Option("-f, --format <format>", "output format").choices(LEDGER_FORMATS).default("table");
  const asOf = () => new Option("--as-of <date>", "only what had been published by this date (YYYY, YYYY-MM or YYYY-MM-DD)").argParser(ctx.isoDate);

  program
    .command("tracks")
    .description("tracked figures: claims across articles that estimate the same quantity")
    .addOption(ctx.dbOption())
    .addOption(ctx.databaseUrlOption())
    .addOption(format())
    .addOption(asOf())
    .option("--query <text>", "label contains this text")
    .option("--limit <n>", "at most this many tracks", ctx.count("--limit"), 50)
    .option("--offset <n>", "skip this many first", ctx.count("--offset"), 0)
    .action(async (o: { db?: string; databaseUrl?: string; format: LedgerFormat; asOf?: string; query?: string; limit: number; offset: number }) => {
      ctx.setExitCode(await ctx.render(o, async (s) => formatTracks(await s.tracks(o), o.format)));
    });

  program
    .command("timeline")
    .description("one tracked figure's estimates over time, by source, with related tracks and contradictions")
    .argument("<track>", "a track id (see tally tracks)")
    .addOption(ctx.dbOption())
    .addOption(ctx.databaseUrlOption())
    .addOption(format())
    .addOption(asOf())
    .action(async (track: string, o: { db?: string; databaseUrl?: string; format: LedgerFormat; asOf?: string }) => {
      let found = true;
      const code = await ctx.render(o, async (s) => {
        const t = await s.timeline(track, o);
        if (t === null) {
          found = false;
          return "";
        }
        return formatTimeline(t, o.format);
      });
      if (!found) {
        process.stderr.write(`tally: ${track}: no such track (see tally tracks)\n`);
        ctx.setExitCode(1);
        return;
      }
      ctx.setExitCode(code);
    });

  program
    .command("contradictions")
    .description("estimates of one figure, close in time, from different sources, that cannot both be right")
    .addOption(ctx.dbOption())
    .addOption(ctx.databaseUrlOption())
    .addOption(format())
    .addOption(asOf())
    .option("--track <id>", "only this track")
    .option("--limit <n>", "at most this many", ctx.count("--limit"), 50)
    .action(async (o: { db?: string; databaseUrl?: string; format: LedgerFormat; asOf?: string; track?: string; limit: number }) => {
      ctx.setExitCode(await ctx.render(o, async (s) => formatContradictions(await s.contradictions(o), o.format)));
    });

  program
    .command("entities")
    .description("people, organisations and places the ledger's articles name")
    .addOption(ctx.dbOption())
    .addOption(ctx.databaseUrlOption())
    .addOption(format())
    .option("--query <text>", "name contains this text")
    .option("--limit <n>", "at most this many", ctx.count("--limit"), 100)
    .action(async (o: { db?: string; databaseUrl?: string; format: LedgerFormat; query?: string; limit: number }) => {
      ctx.setExitCode(await ctx.render(o, async (s) => formatEntities(await s.entities(o), o.format)));
    });

  program
    .command("export")
    .description("every claim of the ledger, as JSON lines, CSV or schema.org ClaimReview JSON-LD (one per line)")
    .addOption(ctx.dbOption())
    .addOption(ctx.databaseUrlOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(EXPORT_FORMATS).default("jsonl"))
    .action(async (o: { db?: string; databaseUrl?: string; format: ExportFormat }) => {
      if (!EXPORT_FORMATS.includes(o.format)) throw new InvalidArgumentError("unknown format");
      ctx.setExitCode(await ctx.render(o, (s) => formatExport(s, o.format)));
    });
}
