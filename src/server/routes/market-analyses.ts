/**
 * The market-analysis routes: economics (inputs overridden from the query), the tracker, and the market report
 * — GET on the bundled snapshot; POST /api/market (market-body.ts, registered in app.ts) on CSV text
 * the client sends.
 */
import { z } from "zod";
import { EXPOSURE_MEASURES } from "../../core/market/loop-exposure.ts";
import { AsOfParam, LangParam } from "../../schema/api.ts";
import { economicsRoute, marketRoute, trackerRoute } from "../handlers/market-analyses.ts";
import { ref } from "../openapi-schemas.ts";
import { type QuerySchema, type Route, route } from "./route.ts";

/** `lang`, and any other name is an input key (checked by the handler against the report's keys). */
export const EconomicsQuery = z.object({ lang: LangParam }).catchall(z.string()) as unknown as QuerySchema;

export const TrackerQuery = z.strictObject({
  lang: LangParam,
  asOf: AsOfParam,
  entity: z
    .string()
    .max(120, { error: "too-big" })
    .optional()
    .meta({ description: "One operator, with every observation over time." }),
});

export const MarketQuery = z.strictObject({
  lang: LangParam,
  asOf: AsOfParam,
  measure: z.enum(EXPOSURE_MEASURES, { error: "invalid-choice" }).default("membership").meta({
    description:
      "Exposure from the deals: membership (on any loop counts in full) or revenue-share (loop receipts ÷ revenue).",
  }),
});

export const MARKET_ANALYSIS_ROUTES: Route[] = [
  route({
    path: "/api/economics",
    operationId: "economics",
    tag: "analytics",
    summary: "Unit economics and the revenue-needed analyses",
    description:
      "The published 'revenue needed' analyses (JPMorgan, Bain, Sequoia, Morgan Stanley, depreciation life) and unit economics, recomputed from their sourced inputs (`halqa economics --json`; docs/methods/economics.md). Any input can be changed with a query parameter named by its key, as `--set` does: `?jpmorgan-target-return=12&bain-dc-capex-per-year-2030=600B` (a plain number, optionally suffixed K, M, B or T; percents as 12 for 12%). `keys` lists every key; an unknown key or a value that is not a number is a 400 listing every problem.",
    query: EconomicsQuery,
    example: "jpmorgan-target-return=12",
    response: {
      description: "The report.",
      schema: ref("EconomicsReport"),
    },
    errors: [],
    handle: ({ data, query }) => economicsRoute(data, query as Record<string, unknown>),
  }),
  route({
    path: "/api/tracker",
    operationId: "tracker",
    tag: "analytics",
    summary: "From circular to self-funding: the three signals",
    description:
      "Utilisation, power-contract coverage and usage-linked revenue per operator over time (from tracker.csv), the latest of each (null when no source gives it: absent, never zero), the stage and its thresholds, and the 24–36-month critical window (`halqa tracker --json`; docs/methods/tracker.md).",
    query: TrackerQuery,
    example: "entity=openai",
    response: {
      description: "The tracker.",
      schema: ref("TrackerReport"),
    },
    errors: [422],
    handle: ({ data, asOf, query }) => trackerRoute(data, data.marketFiles, asOf, query.entity),
  }),
  route({
    path: "/api/market",
    operationId: "market",
    tag: "analytics",
    summary: "Concentration, and an index fund's share in the loop",
    description:
      "The published concentration figures with their sources, and the share of a passive S&P 500 fund that sits in the loop, Σ weight × exposure, on the bundled weights snapshot (`halqa market --json`; docs/methods/market.md). POST the same path with your own weights or exposures as CSV text.",
    query: MarketQuery,
    example: "measure=revenue-share",
    response: {
      description: "The market report.",
      schema: ref("MarketReport"),
    },
    errors: [],
    handle: ({ data, asOf, query }) => marketRoute(data, data.marketFiles, asOf, query.measure),
  }),
];
