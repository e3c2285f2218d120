/**
 * @module ingest/read-text-article
 * A plain-text article: the whole text is the body, exactly as read (offsets
 * count every character, the date line included). Two things are read from
 * it, and neither is removed from the body:
 * - `published`, from a first line starting `date YYYY-MM` or `date YYYY-MM-DD`
 *   (one leading space allowed, as some seeds have; text may follow on the line);
 *   else from a dateline near the top: a short line that gives a full date
 *   ("18 octobre, 2024 / Entrevue", "October 18, 2024");
 * - `title`, for display: the first line after a date-only line (or the first
 *   line when there is no date), when it is short and a blank line follows it,
 *   as headlines are written in the examples. It stays in the body, so the
 *   core reads its figures once, as body text.
 * `language` is left null: the core identifies it from the text.
 */
import { readTimeRef } from "../core/tracks/time-ref.js";
import type { Article } from "../core/types.js";
import { LANGUAGES } from "../lang/registry.js";

const DATE_LINE = /^ ?date (\d{4})-(\d{2})(?:-(\d{2}))?(?=\s|$)/;
/** Longer than this, a first line is a paragraph, not a headline. */
const TITLE_MAX = 200;

/** `YYYY-MM` or `YYYY-MM-DD` from a leading date line, or null. */
export function publishedFromDateLine(text: string): string | null {
  const m = DATE_LINE.exec(text);
  if (!m) return null;
  const [, year, month, day] = m;
  if (Number(month) < 1 || Number(month) > 12) return null;
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return null;
  return day === undefined ? `${year}-${month}` : `${year}-${month}-${day}`;
}

/** How far down a dateline may stand, and how long it may be. */
const DATELINE_LINES = 6;
const DATELINE_MAX = 60;

/** A full date on a short line near the top, in any language Tally knows. */
export function publishedFromDateline(text: string): string | null {
  const lines = text.split(/\r?\n/, DATELINE_LINES);
  for (const line of lines) {
    if (line.trim() === "" || line.length > DATELINE_MAX) continue;
    for (const lang of LANGUAGES) {
      const date = readTimeRef(lang.tracks, line, null);
      if (date !== null && date.length === 10) return date;
    }
  }
  return null;
}

/** The headline: a short line followed by a blank line, at the top (after a date-only line). */
export function headlineOf(text: string): string | null {
  const lines = text.split(/\r?\n/);
  let first = 0;
  const dateMatch = DATE_LINE.exec(text);
  if (dateMatch) {
    if (lines[0]!.slice(dateMatch[0].length).trim() !== "") return null; // the date line goes on with the text
    first = 1;
  }
  const candidate = lines[first]?.trim() ?? "";
  const next = lines[first + 1];
  if (candidate === "" || candidate.length > TITLE_MAX || next === undefined || next.trim() !== "") return null;
  return candidate;
}

/** The article a plain-text file holds; `text` is the decoded file, BOM already removed. */
export function textArticle(text: string, id: string): Article {
  return {
    id,
    url: null,
    outlet: null,
    title: headlineOf(text),
    published: publishedFromDateLine(text) ?? publishedFromDateline(text),
    language: null,
    body: text,
  };
}
