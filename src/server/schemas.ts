/**
 * @module server/schemas
 * Every parameter the API takes, as zod schemas: they validate requests
 * (a 400 naming the parameter and the reason when one is wrong) and they
 * describe the API in its OpenAPI document (server/openapi), so the two
 * cannot drift apart. Query parameters arrive as strings and are checked as
 * strings before they are converted.
 */
import * as z from "zod";
import { REVIEW_ACTIONS } from "../store/store.js";

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;
const MAX_TEXT = 500;

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be from ${min} to ${max}`);

/** YYYY, YYYY-MM or YYYY-MM-DD, a real date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "dates are YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((value) => {
    const [year, month, day] = value.split("-").map(Number);
    if (month === undefined) return true;
    if (month < 1 || month > 12) return false;
    if (day === undefined) return true;
    const last = new Date(Date.UTC(year!, month, 0)).getUTCDate();
    return day >= 1 && day <= last;
  }, "not a real date");

const text = (what: string) => z.string().min(1, `${what} must not be empty`).max(MAX_TEXT, `${what} is at most ${MAX_TEXT} characters`);
const language = z.string().regex(/^[a-z]{2,3}$/, "language is a 2- or 3-letter code such as fr or en");
const modality = z.enum(["stated", "unconfirmed", "possible", "denied"]);
const entityKind = z.enum(["person", "organisation", "place", "country"]);

const page = {
  limit: wholeNumber("limit", 1, MAX_LIMIT).optional().describe(`at most this many items (1 to ${MAX_LIMIT}, default ${DEFAULT_LIMIT})`),
  offset: wholeNumber("offset", 0, 100_000_000).optional().describe("skip this many first (default 0)"),
};
const asOf = { as_of: isoDate.optional().describe("only what had been published by this date (inclusive)") };

export const articlesQuery = z.strictObject({ ...page, language: language.optional() });
export const claimsQuery = z.strictObject({
  ...page,
  article: text("article").optional().describe("claims of one article"),
  source: text("source").optional().describe("source contains this text (case and accents ignored)"),
  counts: text("counts").optional().describe("what is counted (English noun, as stored)"),
  modality: modality.optional(),
  language: language.optional(),
  since: isoDate.optional().describe("published on or after"),
  until: isoDate.optional().describe("published on or before"),
});
export const tracksQuery = z.strictObject({ ...page, ...asOf, query: text("query").optional().describe("words of the label") });
export const timelineQuery = z.strictObject({ ...asOf });
export const contradictionsQuery = z.strictObject({ ...page, ...asOf, track: text("track").optional() });
export const entitiesQuery = z.strictObject({ ...page, kind: entityKind.optional(), query: text("query").optional() });
export const searchQuery = z.strictObject({
  q: text("q").describe("words to look for (accents ignored)"),
  limit: page.limit,
});
export const reviewsQuery = z.strictObject({ ...page, article: text("article").optional() });
export const emptyQuery = z.strictObject({});

export const idParam = z.string().min(1, "the id must not be empty").max(1000, "the id is at most 1000 characters");

const nullableNumber = z.number().finite().nullable();
export const correction = z
  .strictObject({
    low: nullableNumber.optional(),
    high: nullableNumber.optional(),
    counts: z.string().max(200).nullable().optional(),
    source: z.string().max(MAX_TEXT).nullable().optional(),
    modality: modality.optional(),
    track: z.string().max(1000).nullable().optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), "a correction needs at least one field")
  .refine((c) => typeof c.low !== "number" || typeof c.high !== "number" || c.low <= c.high, "low must not be greater than high");

export const reviewBody = z
  .strictObject({
    article: idParam,
    in: z.enum(["body", "title"]),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    action: z.enum(["confirm", "correct", "reject"] satisfies typeof REVIEW_ACTIONS),
    correction: correction.optional(),
    note: z.string().max(2000).nullable().optional(),
    reviewer: z.string().max(200).nullable().optional(),
  })
  .refine((r) => r.end > r.start, { message: "end must be greater than start", path: ["end"] })
  .refine((r) => (r.action === "correct") === (r.correction !== undefined), {
    message: "a correct review needs a correction; confirm and reject take none",
    path: ["correction"],
  });

/** The first problems of a failed parse, each naming its parameter. */
export function describeIssues(error: z.ZodError): { parameter: string; message: string }[] {
  return error.issues.slice(0, 10).map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return { parameter: issue.keys.join(", "), message: `unknown parameter${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}` };
    }
    const parameter = issue.path.map(String).join(".") || "(request)";
    return { parameter, message: issue.message };
  });
}
