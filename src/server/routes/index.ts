/**
 * Every route of the API, in the order the docs list them: the records, the analytics, the stress
 * scenarios, and the server's own (health, this document, its page). POST_ROUTES are the routes that
 * compute on a body the client sends (a scenario run, a network solve).
 */
import { NoQuery } from "../../schema/api.ts";
import { bool, obj, str } from "../openapi-schemas.ts";
import { ANALYTICS_ROUTES } from "./analytics.ts";
import { BRIEF_ROUTES } from "./brief.ts";
import { MARKET_ANALYSIS_ROUTES } from "./market-analyses.ts";
import { POWER_ROUTES } from "./power.ts";
import { RECONCILE_ROUTES } from "./reconcile.ts";
import { RECORD_ROUTES } from "./records.ts";
import { anyObject, type Route, route } from "./route.ts";
import { SHEET_ROUTES } from "./sheets.ts";
import { POST_ROUTES, SCENARIO_ROUTES } from "./stress.ts";

export type { PostInput, PostRoute } from "./post-route.ts";
export type { HandlerInput, QuerySchema, Route } from "./route.ts";
export { POST_ROUTES };

export const ROUTES: Route[] = [
  route({
    path: "/api/health",
    operationId: "health",
    tag: "meta",
    summary: "Is the server up",
    description: "Answers as long as the server runs; `version` is halqa's.",
    query: NoQuery,
    response: { description: "The server is up.", schema: obj({ ok: bool(), version: str() }) },
    errors: [],
    handle: ({ meta }) => ({ ok: true, version: meta.version }),
  }),
  ...RECORD_ROUTES,
  ...SHEET_ROUTES,
  ...BRIEF_ROUTES,
  ...ANALYTICS_ROUTES,
  ...RECONCILE_ROUTES,
  ...SCENARIO_ROUTES,
  ...MARKET_ANALYSIS_ROUTES,
  ...POWER_ROUTES,
  route({
    path: "/api/openapi.json",
    operationId: "openapi",
    tag: "meta",
    summary: "This API, as OpenAPI 3.1",
    description:
      "The document the docs page is made from; parameter schemas come from the validation schemas themselves.",
    query: NoQuery,
    response: { description: "An OpenAPI 3.1 document.", schema: anyObject("OpenAPI 3.1.") },
    errors: [],
    handle: ({ meta }) => meta.openapi(),
  }),
  route({
    path: "/api/docs",
    operationId: "docs",
    tag: "meta",
    summary: "This API, as a page",
    description:
      "The OpenAPI document rendered as one self-contained HTML page (no scripts, nothing loaded from elsewhere).",
    query: NoQuery,
    response: { description: "An HTML page.", schema: str(), html: true },
    errors: [],
    handle: ({ meta }) => meta.docs(),
  }),
];
