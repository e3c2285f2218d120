/**
 * @module server/app
 * The HTTP application: the JSON API under /api (described at
 * /api/openapi.json) and the built web page, from one origin. It reads the
 * ledger only through the Store interface, awaiting every call.
 *
 * Security: every parameter is validated (400 with the parameter and the
 * reason); request bodies are limited (413); only the files of the built
 * page are served, by exact path; every response carries a restrictive
 * Content-Security-Policy (no inline or remote script, no remote anything)
 * and no-sniff/no-frame headers; a write from another origin is refused.
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type * as z from "zod";
import type { ClaimReview, Store, StoredClaim, TimelineEntry } from "../store/store.js";
import type { Asset } from "./assets.js";
import { openApiDocument } from "./openapi.js";
import {
  DEFAULT_LIMIT, articlesQuery, claimsQuery, contradictionsQuery, describeIssues, emptyQuery, entitiesQuery, idParam,
  reviewBody, reviewsQuery, searchQuery, timelineQuery, tracksQuery,
} from "./schemas.js";

/** Largest request body accepted (a review is a few hundred bytes). */
export const MAX_BODY_BYTES = 16 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** An error with the HTTP status and the message the client is told. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 413 | 415,
    message: string,
    readonly issues?: readonly { parameter: string; message: string }[],
  ) {
    super(message);
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = describeIssues(result.error);
  throw new ApiError(400, `invalid ${where}: ${issues.map((i) => (i.message.includes(i.parameter) ? i.message : `${i.parameter}: ${i.message}`)).join("; ")}`, issues);
}

/** The query string as one value per name; a name given twice is an error, not silently one of its values. */
function queryOf(c: Context, schema: z.ZodType): unknown {
  const all = c.req.queries();
  const single: Record<string, string> = {};
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1) throw new ApiError(400, `invalid query: ${name} is given more than once`, [{ parameter: name, message: "given more than once" }]);
    single[name] = values[0] ?? "";
  }
  return parse(schema, single, "query");
}

function pathId(c: Context, name: string): string {
  return parse(idParam, c.req.param(name), `path parameter ${name}`);
}

/** A page of a list: the items, where it starts, and whether more follow. */
interface Page<T> {
  readonly items: readonly T[];
  readonly limit: number;
  readonly offset: number;
  readonly more: boolean;
}

/** Asks for one more than the page holds, to tell whether more follow. */
async function paged<T>(
  query: { readonly limit?: number; readonly offset?: number },
  fetch: (limit: number, offset: number) => Promise<readonly T[]> | readonly T[],
): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const rows = await fetch(limit + 1, offset);
  return { items: rows.slice(0, limit), limit, offset, more: rows.length > limit };
}

function keyOf(claim: { article: string; in: string; start: number; end: number }): string {
  return `${claim.article}\u0000${claim.in}\u0000${claim.start}\u0000${claim.end}`;
}

/**
 * Claims as every view shows them: with their latest review. Claims read by
 * queries that do not join reviews themselves (review === undefined) get it
 * from the reviews of their articles.
 */
async function withReviews(store: Store, claims: readonly StoredClaim[]): Promise<StoredClaim[]> {
  const articles = new Set(claims.filter((claim) => claim.review === undefined).map((claim) => claim.article));
  if (articles.size === 0) return [...claims];
  const latest = new Map<string, ClaimReview>();
  for (const article of articles) {
    for (const entry of await store.reviews({ article })) {
      const key = keyOf(entry.review);
      if (!latest.has(key)) latest.set(key, entry.review); // newest first
    }
  }
  return claims.map((claim) => (claim.review === undefined ? { ...claim, review: latest.get(keyOf(claim)) ?? null } : claim));
}

async function entriesWithReviews(store: Store, entries: readonly TimelineEntry[]): Promise<TimelineEntry[]> {
  const claims = await withReviews(store, entries.map((entry) => entry.claim));
  return entries.map((entry, i) => ({ ...entry, claim: claims[i]! }));
}

export interface AppOptions {
  readonly store: Store;
  /** The built page's files by URL path (server/assets). */
  readonly assets: ReadonlyMap<string, Asset>;
}

export function createApp({ store, assets }: AppOptions): Hono {
  const app = new Hono();

  app.use("*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("X-Frame-Options", "DENY");
    c.header("Referrer-Policy", "no-referrer");
    c.header("Cross-Origin-Opener-Policy", "same-origin");
    c.header("Cross-Origin-Resource-Policy", "same-origin");
    if (c.req.path.startsWith("/api/")) c.header("Cache-Control", "no-store");
  });

  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: `request body too large: at most ${MAX_BODY_BYTES} bytes` }, 413),
    }),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.json({ error: error.message, ...(error.issues ? { issues: error.issues } : {}) }, error.status);
    }
    if (error instanceof RangeError) return c.json({ error: error.message }, 400); // the store's own checks
    console.error(error);
    return c.json({ error: "internal error" }, 500);
  });

  // ---------------------------------------------------------------- API

  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));

  app.get("/api/stats", async (c) => {
    queryOf(c, emptyQuery);
    return c.json(await store.stats());
  });

  app.get("/api/articles", async (c) => {
    const q = queryOf(c, articlesQuery) as z.output<typeof articlesQuery>;
    return c.json(await paged(q, (limit, offset) => store.articles({ limit, offset, language: q.language })));
  });

  app.get("/api/articles/:id", async (c) => {
    queryOf(c, emptyQuery);
    const id = pathId(c, "id");
    const detail = await store.article(id);
    if (detail === null) throw new ApiError(404, `no article with id ${JSON.stringify(id)}`);
    return c.json({ ...detail, claims: await withReviews(store, detail.claims) });
  });

  app.get("/api/claims", async (c) => {
    const q = queryOf(c, claimsQuery) as z.output<typeof claimsQuery>;
    const { limit: _limit, offset: _offset, ...filter } = q;
    return c.json(await paged(q, async (limit, offset) => withReviews(store, await store.claims({ ...filter, limit, offset }))));
  });

  app.get("/api/tracks", async (c) => {
    const q = queryOf(c, tracksQuery) as z.output<typeof tracksQuery>;
    const page = await paged(q, (limit, offset) => store.tracks({ limit, offset, asOf: q.as_of, query: q.query }));
    // Each track's estimates as points for a sparkline: date and range, oldest first.
    const items = [];
    for (const track of page.items) {
      const timeline = await store.timeline(track.id, { asOf: q.as_of });
      const spark = (timeline?.entries ?? [])
        .filter((entry) => entry.date !== null && entry.claim.review?.action !== "reject")
        .map((entry) => ({ date: entry.date, low: entry.claim.low, high: entry.claim.high }));
      items.push({ ...track, spark });
    }
    return c.json({ ...page, items });
  });

  app.get("/api/tracks/:id", async (c) => {
    const q = queryOf(c, timelineQuery) as z.output<typeof timelineQuery>;
    const id = pathId(c, "id");
    const timeline = await store.timeline(id, { asOf: q.as_of });
    if (timeline === null) throw new ApiError(404, `no track with id ${JSON.stringify(id)}`);
    return c.json({
      ...timeline,
      entries: await entriesWithReviews(store, timeline.entries),
      latestBySource: await entriesWithReviews(store, timeline.latestBySource),
      asOf: q.as_of ?? null,
    });
  });

  app.get("/api/contradictions", async (c) => {
    const q = queryOf(c, contradictionsQuery) as z.output<typeof contradictionsQuery>;
    return c.json(await paged(q, (limit, offset) => store.contradictions({ limit, offset, asOf: q.as_of, track: q.track })));
  });

  app.get("/api/entities", async (c) => {
    const q = queryOf(c, entitiesQuery) as z.output<typeof entitiesQuery>;
    return c.json(await paged(q, (limit, offset) => store.entities({ limit, offset, kind: q.kind, query: q.query })));
  });

  app.get("/api/search", async (c) => {
    const q = queryOf(c, searchQuery) as z.output<typeof searchQuery>;
    const limit = q.limit ?? DEFAULT_LIMIT;
    const hits = await store.search(q.q, { limit });
    return c.json({ items: hits, limit, offset: 0, more: hits.length >= limit });
  });

  app.get("/api/reviews", async (c) => {
    const q = queryOf(c, reviewsQuery) as z.output<typeof reviewsQuery>;
    return c.json(await paged(q, (limit, offset) => store.reviews({ limit, offset, article: q.article })));
  });

  app.post("/api/reviews", async (c) => {
    queryOf(c, emptyQuery);
    // A write from another site's page is refused (the browser names its origin).
    const origin = c.req.header("origin");
    if (origin !== undefined && origin !== new URL(c.req.url).origin) {
      throw new ApiError(403, "reviews are accepted only from this server's own page");
    }
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError(415, "send the review as application/json");
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      throw new ApiError(400, "invalid body: not JSON");
    }
    const input = parse(reviewBody, body, "review");
    const review = await store.review({ ...input, correction: input.correction });
    if (review === null) throw new ApiError(404, `no claim at ${input.article} ${input.in} ${input.start}-${input.end}`);
    return c.json(review, 201);
  });

  app.all("/api/*", (c) => {
    throw new ApiError(c.req.method === "GET" ? 404 : 405, `no such API route: ${c.req.method} ${c.req.path}`);
  });

  // ---------------------------------------------------------------- the page

  app.on(["GET", "HEAD"], "*", (c) => {
    const asset = assets.get(c.req.path);
    if (asset === undefined) {
      const hint = assets.size === 0 ? " (the web page is not built: run npm run build)" : "";
      return c.text(`not found${hint}\n`, 404);
    }
    c.header("Content-Type", asset.type);
    c.header("Cache-Control", asset.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    if (c.req.method === "HEAD") return c.body(null, 200);
    return c.body(new Uint8Array(asset.body), 200);
  });

  app.all("*", (c) => c.text("method not allowed\n", 405));

  return app;
}
