/**
 * @module ingest/read-news-please
 * news-please-style records (`{id, url, source_domain, title, maintext,
 * date_publish, language}`) to articles, from a JSON document (one object or
 * an array of objects) or from JSON lines (one object a line).
 *
 * `maintext` becomes the body exactly as given (offsets are into it); a record
 * without a non-blank `maintext` is an error for that record only. `id` is kept
 * as given, else derived from the URL, else from the file and the record's
 * position (ingest/article-id). Optional fields of the wrong type read as
 * null rather than losing the article. Pure: the caller does the reading.
 */
import type { Article } from "../core/types.js";
import { idFromPosition, idFromUrl } from "./article-id.js";
import { InputError } from "./input-error.js";

type JsonObject = Record<string, unknown>;

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** news-please writes `2024-10-23 14:03:00`; ISO wants the `T`. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** `date_publish` as ISO, as precise as given; null when absent or unreadable. */
export function publishedFrom(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return null;
  if (ISO_DATE.test(text)) return text;
  const m = DATE_TIME.exec(text);
  if (m) return `${m[1]}T${m[2]}${m[3]?.toUpperCase() ?? ""}`;
  // Other spellings (RFC 2822 and the like) only when Date reads them; then UTC.
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function stringOrNull(value: unknown): string | null {
  if (typeof value !== "string") return null;
  return value.trim() === "" ? null : value;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

function givenId(record: JsonObject): string | null {
  const id = record["id"];
  if (typeof id === "number" && Number.isFinite(id)) return String(id);
  return stringOrNull(id);
}

/**
 * One record to an article. `input` names the record in errors (`path:line`,
 * `path[i]`, `path`); `fallbackId` is used when the record has no id and no URL.
 */
export function articleFromRecord(record: unknown, input: string, fallbackId: string): Article | InputError {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return new InputError(input, `expected a JSON object (a news-please record), found ${describeType(record)}`);
  }
  const fields = record as JsonObject;
  const id = givenId(fields);
  const named = id === null ? "" : `record ${JSON.stringify(id)}: `;
  const maintext = fields["maintext"];
  if (maintext === undefined || maintext === null) return new InputError(input, `${named}no "maintext" (the article's text)`);
  if (typeof maintext !== "string") return new InputError(input, `${named}"maintext" is ${describeType(maintext)}, not a string`);
  if (maintext.trim() === "") return new InputError(input, `${named}"maintext" is empty`);
  const url = stringOrNull(fields["url"]);
  const language = stringOrNull(fields["language"]);
  return {
    id: id ?? (url !== null ? idFromUrl(url) : fallbackId),
    url,
    outlet: stringOrNull(fields["source_domain"]),
    title: stringOrNull(fields["title"]),
    published: publishedFrom(fields["date_publish"]),
    language: language === null ? null : language.trim().toLowerCase(),
    body: maintext,
  };
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `malformed JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** A whole JSON document: one record, or an array of records (each one checked on its own). */
export function articlesFromJsonDocument(text: string, input: string, fileId: string): Array<Article | InputError> {
  const parsed = parseJson(text);
  if ("error" in parsed) return [new InputError(input, parsed.error)];
  if (!Array.isArray(parsed.value)) return [articleFromRecord(parsed.value, input, fileId)];
  if (parsed.value.length === 0) return [new InputError(input, "empty JSON array: no articles")];
  return parsed.value.map((record, index) =>
    articleFromRecord(record, `${input}[${index}]`, idFromPosition(fileId, index + 1)),
  );
}

/** One line of a JSON lines file (`lineNumber` from 1); null for a blank line. */
export function articleFromJsonLine(line: string, input: string, lineNumber: number, fileId: string): Article | InputError | null {
  if (line.trim() === "") return null;
  const where = `${input}:${lineNumber}`;
  const parsed = parseJson(line);
  if ("error" in parsed) return new InputError(where, parsed.error);
  return articleFromRecord(parsed.value, where, idFromPosition(fileId, lineNumber));
}
