/**
 * @module server/openapi
 * The OpenAPI 3.1 document of the API, built from the same zod schemas that
 * validate the requests (server/schemas), so what it says is what is checked.
 */
import * as z from "zod";
import {
  articlesQuery, claimsQuery, contradictionsQuery, entitiesQuery, reviewBody, reviewsQuery, searchQuery, timelineQuery, tracksQuery,
} from "./schemas.js";

type JsonSchema = Record<string, unknown>;

function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return json;
}

/** Query parameters from a strict object schema of strings. */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: json.required?.includes(name) ?? false,
      schema: rest,
      ...(description === undefined ? {} : { description }),
    };
  });
}

const idPath = (name: string, description: string): JsonSchema => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string", minLength: 1, maxLength: 1000 },
});

const ERROR = { $ref: "#/components/schemas/Error" };
const PAGE = { $ref: "#/components/schemas/Page" };

function json(description: string, schema: JsonSchema = { type: "object" }): JsonSchema {
  return { description, content: { "application/json": { schema } } };
}

function get(summary: string, parameters: JsonSchema[], ok: JsonSchema, notFound = false): JsonSchema {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: ok,
        400: json("a parameter is wrong: the message names it and says why", ERROR),
        ...(notFound ? { 404: json("no such item", ERROR) } : {}),
      },
    },
  };
}

let cached: JsonSchema | null = null;

export function openApiDocument(): JsonSchema {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Tally API",
      version: "1",
      description:
        "The ledger of figures: articles with the spans of their claims, claims, tracked figures with their timelines, " +
        "contradictions, entities, full-text search, and people's reviews of claims. Lists are paginated with limit and " +
        "offset and answer {items, limit, offset, more}. Every view across articles takes as_of (YYYY, YYYY-MM or YYYY-MM-DD).",
    },
    paths: {
      "/api/stats": get("what the ledger holds", [], json("counts")),
      "/api/articles": get("articles, in the order they were stored", queryParameters(articlesQuery), json("a page of articles", PAGE)),
      "/api/articles/{id}": get(
        "one article: its body and the spans of its claims (with their latest review), entities and quotes",
        [idPath("id", "the article id")],
        json("the article"),
        true,
      ),
      "/api/claims": get("figure claims, filtered as the CLI's tally claims", queryParameters(claimsQuery), json("a page of claims", PAGE)),
      "/api/tracks": get(
        "tracked figures, most estimated first, with their latest estimate range and a sparkline's points",
        queryParameters(tracksQuery),
        json("a page of tracks", PAGE),
      ),
      "/api/tracks/{id}": get(
        "a track's timeline: every estimate, the latest by source, corroboration and contradictions",
        [idPath("id", "the track id"), ...queryParameters(timelineQuery)],
        json("the timeline"),
        true,
      ),
      "/api/contradictions": get("estimates of the same quantity that clash", queryParameters(contradictionsQuery), json("a page of contradictions", PAGE)),
      "/api/entities": get("people, organisations, places and countries named", queryParameters(entitiesQuery), json("a page of entities", PAGE)),
      "/api/search": get("full-text search over article text and claim sentences (accents ignored)", queryParameters(searchQuery), json("hits", PAGE)),
      "/api/reviews": {
        ...get("the audit: every review, newest first, with the claim as stored now", queryParameters(reviewsQuery), json("a page of reviews", PAGE)),
        post: {
          summary: "review a claim: confirm, correct (value, counts, source, modality, track) or reject it",
          requestBody: { required: true, content: { "application/json": { schema: inputSchema(reviewBody) } } },
          responses: {
            201: json("the review as stored, with its time"),
            400: json("the review is malformed: the message says why", ERROR),
            403: json("sent from another origin", ERROR),
            404: json("no claim has that article and those offsets", ERROR),
            413: json("the body is too large", ERROR),
            415: json("the body is not application/json", ERROR),
          },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: { type: "string" },
            issues: {
              type: "array",
              items: { type: "object", properties: { parameter: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
        Page: {
          type: "object",
          required: ["items", "limit", "offset", "more"],
          properties: {
            items: { type: "array", items: {} },
            limit: { type: "integer" },
            offset: { type: "integer" },
            more: { type: "boolean", description: "whether items follow this page" },
          },
        },
      },
    },
  };
  return cached;
}
