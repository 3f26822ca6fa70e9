/**
 * The HTTP API: a Hono app over Web Request/Response, so tests call `app.request()` without a socket
 * and the same app runs under any adapter. Every route of ROUTES is a GET that validates its query
 * with the zod schema of src/schema/api.ts, answers from the core functions, and carries a strong
 * ETag of (dataset, version, route, query). The few POST_ROUTES compute on a JSON body the client
 * sends (a scenario, a network), store nothing and are never cached. One `onError` boundary turns
 * every failure into `{ error: { code, message, path?, details? } }` in the request's language.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getConnInfo } from "@hono/node-server/conninfo";
import { type Context, Hono } from "hono";
import { infinityAsString } from "../core/json/json-infinity.ts";
import { LANGUAGES } from "../i18n/index.ts";
import type { MarketFiles } from "../io/market-files.ts";
import { PACKAGE_ROOT } from "../io/paths.ts";
import type { ScenarioCatalogue } from "../io/scenario-files.ts";
import { NoQuery } from "../schema/api.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { readJsonBody } from "./body.ts";
import { BodyCache, canonicalJson, etagOf, ifNoneMatch } from "./cache.ts";
import { chooseEncoding, compressedBody, isCompressible } from "./compress-static.ts";
import {
  type ComputeLimits,
  createPostCompute,
  DEFAULT_COMPUTE_LIMITS,
  type PostCompute,
} from "./compute/threads.ts";
import { dataContext } from "./context.ts";
import { renderDocsPage } from "./docs-page.ts";
import { ApiError, badRequest, errorBody, queryProblems, toApiError } from "./errors.ts";
import { marketPostRoute } from "./handlers/market-analyses.ts";
import {
  applySecurityHeaders,
  askedForUnknownLanguage,
  enforceBodyLimit,
  enforceQueryEncoding,
  enforceReadOnly,
  requestLanguage,
} from "./http.ts";
import { readMarketBody } from "./market-body.ts";
import { createJobManager, type JobLimits, type JobManager } from "./monte-carlo/jobs.ts";
import { type OpenApiDocument, openApiDocument } from "./openapi.ts";
import { POST_ROUTES, type PostRoute, ROUTES, type Route } from "./routes/index.ts";
import { MARKET_POST_PATH, withMarketPost } from "./routes/market-post.ts";
import { isMonteCarloPath, monteCarloPaths, registerMonteCarloRoutes } from "./routes/monte-carlo.ts";
import { serveStatic, warmStatic, webRoot } from "./static.ts";

/** halqa's version, read once from package.json (a fixed path: no request value reaches it). */
export const VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")).version;

/** Answers may be reused for a minute, then revalidated with If-None-Match (a 304 costs no analysis). */
export const CACHE_CONTROL = "public, max-age=60";

export type AppOptions = {
  dataset: Dataset;
  /** The stress scenarios offered (loaded by serve.ts from the scenarios folder); default none. */
  scenarios?: ScenarioCatalogue;
  /** The folder's tracker.csv and index-weights.csv (serve.ts loads them); default none. */
  marketFiles?: MarketFiles;
  /** Today's ISO date: the default asOf (injected so tests pin it). */
  today: () => string;
  /** A folder of static files (the dashboard) served for non-/api paths, with SPA fallback. */
  webDir?: string;
  /** Where unexpected errors go (default: console.error); the client only sees `internal-error`. */
  log?: (error: unknown) => void;
  /** The Monte Carlo jobs (serve.ts passes its own, to stop them on close); default: a new manager. */
  jobs?: JobManager;
  /** Limits of a new job manager (src/server/monte-carlo/jobs.ts, DEFAULT_JOB_LIMITS). */
  monteCarlo?: Partial<JobLimits>;
  /** The heavy POST routes' compute threads (serve.ts passes its own, to stop them on close). */
  compute?: PostCompute;
  /** Limits of new compute threads (src/server/compute/threads.ts, DEFAULT_COMPUTE_LIMITS). */
  computeLimits?: Partial<ComputeLimits>;
  /** The client a request comes from (Monte Carlo jobs are limited per client): default its address. */
  clientOf?: (c: Context) => string;
};

/** The remote address of the socket (never a header a client could forge); "local" without one. */
function remoteAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    return "local";
  }
}

const toHonoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

/** The query as a record of single values; a parameter given twice is an error, not a silent pick. */
function queryRecord(params: URLSearchParams): Record<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of params) {
    if (values.has(name)) throw badRequest("repeated-parameter", name, { name });
    values.set(name, value);
  }
  // fromEntries makes own properties even of "__proto__", so the strict schema sees every name.
  return Object.fromEntries(values);
}

function errorResponse(error: ApiError, request: Request): Response {
  const accept = request.headers.get("accept-language");
  const lang = requestLanguage(request.url, accept);
  const body = errorBody(error, lang);
  if (askedForUnknownLanguage(request.url, accept)) {
    // Which of halqa's languages the client reads is unknown: the message in each, English first.
    const others = LANGUAGES.filter((other) => other !== lang).map((other) => errorBody(error, other));
    body.error.message = [body.error.message, ...others.map((b) => b.error.message)].join("\n");
  }
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      ...error.headers,
    },
  });
}

export function createApp(options: AppOptions): Hono {
  const data = dataContext(options.dataset, {
    ...(options.scenarios ? { scenarios: options.scenarios } : {}),
    ...(options.marketFiles ? { marketFiles: options.marketFiles } : {}),
  });
  const root = options.webDir === undefined ? undefined : webRoot(options.webDir);
  if (root !== undefined) void warmStatic(root);
  const log = options.log ?? ((error: unknown) => console.error(error));
  const cache = new BodyCache();
  const jobs =
    options.jobs ??
    createJobManager({
      dataset: options.dataset,
      ...(options.monteCarlo ? { limits: options.monteCarlo } : {}),
      log,
    });
  const postCompute =
    options.compute ??
    createPostCompute(
      POST_ROUTES,
      { dataset: options.dataset, scenarios: data.scenarios, marketFiles: data.marketFiles },
      { ...DEFAULT_COMPUTE_LIMITS, ...options.computeLimits },
      data,
    );
  let openapi: OpenApiDocument | undefined;
  let docs: string | undefined;
  const examples = Object.fromEntries(ROUTES.map((r) => [r.path, r.example]));
  const meta = {
    version: VERSION,
    openapi: () => {
      openapi ??= withMarketPost(openApiDocument(ROUTES, VERSION, POST_ROUTES, monteCarloPaths(jobs.limits)));
      return openapi;
    },
    docs: () => {
      docs ??= renderDocsPage(meta.openapi(), examples);
      return docs;
    },
  };

  async function answer(route: Route, request: Request, id: string): Promise<Response> {
    const url = new URL(request.url);
    const sent = queryRecord(url.searchParams);
    const parsed = route.query.safeParse(sent, { reportInput: true });
    if (!parsed.success) {
      throw new ApiError(400, queryProblems(parsed.error.issues, Object.keys(route.query.shape), sent));
    }
    // A name the parse dropped without an issue can only be "__proto__" (an object key that zod's
    // output cannot hold): refuse it rather than answer as if it had not been sent.
    const dropped = [...url.searchParams.keys()].find((name) => !Object.hasOwn(parsed.data, name));
    if (dropped !== undefined) throw badRequest("reserved-parameter", dropped, { name: dropped });
    const { lang: _lang, ...query } = parsed.data as Record<string, unknown>;
    if (typeof query.entity === "string" && !data.entityIds.has(query.entity)) {
      throw badRequest("unknown-entity", "entity", { id: query.entity });
    }
    if (route.id?.kind === "entity" && !data.entityIds.has(id)) {
      throw new ApiError(404, { code: "unknown-entity", path: "id", params: { id } });
    }
    if (route.id?.kind === "deal" && !data.dealIds.has(id)) {
      throw new ApiError(404, { code: "unknown-deal", path: "id", params: { id } });
    }
    const asOf = typeof query.asOf === "string" ? query.asOf : options.today();
    const lang = requestLanguage(request.url, request.headers.get("accept-language"));
    const key = canonicalJson({
      version: VERSION,
      data: data.hash,
      path: route.path,
      id,
      query: { ...query, asOf },
      ...(route.localized ? { lang } : {}),
    });
    const etag = etagOf(key);
    const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL };
    if (ifNoneMatch(request.headers.get("if-none-match"), etag))
      return new Response(null, { status: 304, headers });
    let body = cache.get(key);
    if (body === undefined) {
      const result = route.handle({ data, asOf, query: query as never, id, meta, lang });
      body = typeof result === "string" ? result : JSON.stringify(result, infinityAsString);
      cache.set(key, body);
    }
    const type = route.response.html ? "text/html; charset=utf-8" : "application/json; charset=utf-8";
    // A string's length in UTF-16 units is at most its UTF-8 length: no copy just to measure it.
    if (!isCompressible(type, body.length))
      return new Response(body, { status: 200, headers: { ...headers, "Content-Type": type } });
    // Large answers (the dashboard's 0.8 MB dataset) go compressed to a client that reads it; the
    // compressed body is kept per ETag, so each answer is compressed once.
    const encoding = chooseEncoding(request.headers.get("accept-encoding"));
    const varied = { ...headers, "Content-Type": type, Vary: "Accept-Encoding" };
    if (encoding === undefined) return new Response(body, { status: 200, headers: varied });
    const packed = await compressedBody(etag, encoding, Buffer.from(body), "fast");
    // Another encoding is another representation: its validator is weak (RFC 9110 §8.8.1), and
    // If-None-Match compares weakly, so either still revalidates.
    const compressed = { ...varied, ETag: `W/${etag}`, "Content-Encoding": encoding };
    return new Response(packed, { status: 200, headers: compressed });
  }

  /** A POST route's answer: computed on the body off the main thread (429 when busy), never cached. */
  async function compute(route: PostRoute, request: Request): Promise<Response> {
    const url = new URL(request.url);
    const parsed = NoQuery.safeParse(queryRecord(url.searchParams), { reportInput: true });
    if (!parsed.success) throw new ApiError(400, queryProblems(parsed.error.issues, ["lang"]));
    const body = await readJsonBody(request);
    const text = await postCompute.answer({
      path: route.path,
      today: options.today(),
      body: JSON.stringify(body),
    });
    return new Response(text, {
      status: 200,
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  }

  const postPaths = new Set(POST_ROUTES.map((r) => r.path));
  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    applySecurityHeaders(c.res.headers);
  });
  app.use("*", async (c, next) => {
    if (c.req.path.startsWith("/api")) enforceQueryEncoding(c.req.url);
    // The Monte Carlo routes check their own methods and bodies (registerMonteCarloRoutes).
    if (isMonteCarloPath(c.req.path)) return next();
    if (c.req.method === "POST" && c.req.path === MARKET_POST_PATH) {
      // POST /api/market reads its own body, with its own limit (market-body.ts).
    } else if (postPaths.has(c.req.path)) {
      // A POST route reads its own body, with its own limit; any other method is refused with Allow.
      if (c.req.method !== "POST")
        throw new ApiError(405, { code: "post-only", params: { method: c.req.method } }, { Allow: "POST" });
    } else {
      await enforceBodyLimit(c.req.raw);
      enforceReadOnly(c.req.method, c.req.path === MARKET_POST_PATH ? "GET, HEAD, POST" : undefined);
    }
    await next();
  });
  for (const route of ROUTES) {
    app.get(toHonoPath(route.path), (c) => answer(route, c.req.raw, c.req.param("id") ?? ""));
  }
  for (const route of POST_ROUTES) app.post(route.path, (c) => compute(route, c.req.raw));
  app.post(MARKET_POST_PATH, async (c) => {
    const url = new URL(c.req.url);
    const unknown = [...url.searchParams.keys()].filter((name) => name !== "lang");
    if (unknown.length > 0)
      throw new ApiError(
        400,
        unknown.map((name) => ({
          code: "unknown-parameter",
          path: name,
          params: { name, allowed: ["lang"] },
        })),
      );
    const input = await readMarketBody(c.req.raw);
    const result = marketPostRoute(data, data.marketFiles, options.today(), input);
    return new Response(JSON.stringify(result, infinityAsString), {
      status: 200,
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  });
  registerMonteCarloRoutes(app, {
    data,
    jobs,
    today: options.today,
    clientOf: options.clientOf ?? remoteAddress,
  });
  if (root !== undefined) {
    app.get("*", (c) => {
      const path = new URL(c.req.url).pathname;
      if (path === "/api" || path.startsWith("/api/"))
        throw new ApiError(404, { code: "not-found", params: { path } });
      return serveStatic(
        root,
        path,
        c.req.header("if-none-match") ?? null,
        c.req.header("accept-encoding") ?? null,
      );
    });
  }
  app.notFound((c) =>
    errorResponse(new ApiError(404, { code: "not-found", params: { path: c.req.path } }), c.req.raw),
  );
  app.onError((error, c) => {
    const apiError = toApiError(error);
    if (apiError.status >= 500) log(error);
    return errorResponse(apiError, c.req.raw);
  });
  return app;
}
