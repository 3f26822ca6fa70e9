/** The company sheet, the deal timeline and the changes digest (`halqa company|deal|changes --json`). */
import { AsOfQuery, ChangesQuery, CompanyQuery } from "../../schema/api.ts";
import { changesRoute, companyRoute, dealTimelineRoute } from "../handlers/sheets.ts";
import { ref } from "../openapi-schemas.ts";
import { type Route, route } from "./route.ts";

export const SHEET_ROUTES: Route[] = [
  route({
    path: "/api/company/{id}",
    operationId: "company",
    tag: "data",
    summary: "One company's sheet",
    description:
      "The entity's financial records by metric and period, its deals in and out on the flows engine's current view (what is counted, what is left out and why), what it pays and receives by year, the circular share of its receipts, the money loops through it, its sites, its losses in the offered deterministic stress scenarios, and every source, numbered. `id` may be an id or a name in English or Arabic (any case); an unknown or ambiguous name answers 404 with the closest entities in `details.matches`. The same object as `halqa company ID --json`.",
    query: CompanyQuery,
    id: { kind: "name", description: "Entity id, or its name in English or Arabic.", example: "oracle" },
    example: "basis=committed",
    response: {
      description: "The company sheet.",
      schema: ref("CompanyReport"),
    },
    errors: [404],
    handle: ({ data, asOf, id, query }) => companyRoute(data, asOf, id, query),
  }),
  route({
    path: "/api/deals/{id}/timeline",
    operationId: "dealTimeline",
    tag: "data",
    summary: "One deal's timeline and what counts",
    description:
      "The deal's dated status events with notes and sources, each figure with its range, quote and the other sources' figures, its links in both directions (replaces / replaced by, funds / funded by, overlaps, part of), and per value basis what the flows engine counts of each flow on asOf or the reason code it is left out for. The same object as `halqa deal ID --json`.",
    query: AsOfQuery,
    id: { kind: "deal", description: "Deal id.", example: "nvidia-openai-10gw-loi" },
    response: {
      description: "The deal timeline.",
      schema: ref("DealReport"),
    },
    errors: [404],
    handle: ({ data, asOf, id }) => dealTimelineRoute(data, asOf, id),
  }),
  route({
    path: "/api/changes",
    operationId: "changes",
    tag: "data",
    summary: "What changed in a window",
    description:
      "Every deal status event (reported, LOI, signed, revised, closed, terminated …) and every replacement dated inside [since, until], newest first, each with the deal's title, parties, announced USD amount and sources. The same object as `halqa changes --json`.",
    query: ChangesQuery,
    example: "since=2026-01-01&until=2026-06-30",
    response: {
      description: "The changes digest.",
      schema: ref("ChangesReport"),
    },
    errors: [],
    handle: ({ data, asOf, query }) => changesRoute(data, asOf, query),
  }),
];
