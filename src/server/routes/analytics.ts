/** The analytics routes: flows, loops, circularity, exposure, rankings and the published ratios. */
import {
  AsOfQuery,
  CircularityQuery,
  ExposureQuery,
  FlowsQuery,
  LoopsQuery,
  RankQuery,
} from "../../schema/api.ts";
import { badRequest } from "../errors.ts";
import {
  circularityRoute,
  exposureRoute,
  flowsRoute,
  loopsRoute,
  rankingsRoute,
  ratiosRoute,
} from "../handlers/analytics.ts";
import { ref } from "../openapi-schemas.ts";
import { type Route, route } from "./route.ts";

export const ANALYTICS_ROUTES: Route[] = [
  route({
    path: "/api/flows",
    operationId: "flows",
    tag: "analytics",
    summary: "Dated flows per year",
    description:
      "The flows the deals imply, spread over years, on one value basis, with the excluded ones and why (`halqa flows --json`; docs/methods/flows.md).",
    query: FlowsQuery,
    example: "basis=committed&from=2025&to=2027",
    response: {
      description: "The flows.",
      schema: ref("FlowsReport"),
    },
    errors: [],
    handle: ({ data, asOf, query }) => flowsRoute(data, asOf, query),
  }),
  route({
    path: "/api/loops",
    operationId: "loops",
    tag: "analytics",
    summary: "Money loops",
    description:
      "Cycles of the money graph, largest bottleneck first (`halqa loops --json`; docs/methods/loops.md).",
    query: LoopsQuery,
    example: "maxLength=4&limit=5",
    response: {
      description: "The loops found.",
      schema: ref("LoopsReport"),
    },
    errors: [],
    handle: ({ data, asOf, query }) => loopsRoute(data, asOf, query),
  }),
  route({
    path: "/api/circularity",
    operationId: "circularity",
    tag: "analytics",
    summary: "Circularity",
    description:
      'How much of each entity\'s receipts is its own money coming back: first along named loops through it (`loops`, traceable), then under proportional mixing (`selfShare`, `origins`, each origin with the chains that carry it); the round-trip multiplier; and optionally a degree-preserving null model (`halqa circularity --json`; docs/methods/circularity.md). Infinite values are the string "Infinity".',
    query: CircularityQuery,
    example: "nullModel=99&seed=7",
    response: {
      description: "The tracing.",
      schema: ref("CircularityReport"),
    },
    errors: [422],
    handle: ({ data, asOf, query }) => circularityRoute(data, asOf, query),
  }),
  route({
    path: "/api/exposure/{id}",
    operationId: "exposure",
    tag: "analytics",
    summary: "One entity's exposure",
    description:
      "Shares of reported revenue per fiscal year (from investees, outside the dataset, disclosed customers; `year` keeps one), customers and suppliers with shares of the dataset's flows and HHI, vendor financing, off-balance-sheet items and network ranks (`halqa exposure ID --json`; docs/methods/exposure.md).",
    query: ExposureQuery,
    id: { kind: "entity", description: "Entity id.", example: "nvidia" },
    response: {
      description: "The exposure.",
      schema: ref("ExposureReport"),
    },
    errors: [404],
    handle: ({ data, asOf, id, query }) => exposureRoute(data, asOf, id, query),
  }),
  route({
    path: "/api/exposure",
    operationId: "exposureRank",
    tag: "analytics",
    summary: "Rank every entity (rank=1)",
    description:
      "The same answer as /api/rankings; without rank=1 it is an error, since an entity id is needed.",
    query: RankQuery,
    example: "rank=1",
    response: { description: "The ranking.", schema: ref("RankingsReport") },
    errors: [],
    handle: ({ data, asOf, query }) => {
      if (!query.rank) throw badRequest("exposure-target", "rank");
      return rankingsRoute(data, asOf, query);
    },
  }),
  route({
    path: "/api/rankings",
    operationId: "rankings",
    tag: "analytics",
    summary: "Rankings",
    description:
      "Every entity's PageRank, betweenness and circular share with ranks, by PageRank (`halqa exposure --rank --json`).",
    query: ExposureQuery,
    response: { description: "The ranking.", schema: ref("RankingsReport") },
    errors: [],
    handle: ({ data, asOf, query }) => rankingsRoute(data, asOf, query),
  }),
  route({
    path: "/api/ratios",
    operationId: "ratios",
    tag: "analytics",
    summary: "Published ratios, recomputed",
    description:
      "The ratios of the circular-economy debate recomputed from the data, with inputs, sources and the published figure (`halqa ratios --json`; docs/methods/ratios.md).",
    query: AsOfQuery,
    response: {
      description: "The ratios.",
      schema: ref("RatiosReport"),
    },
    errors: [],
    handle: ({ data, asOf }) => ratiosRoute(data, asOf),
  }),
];
