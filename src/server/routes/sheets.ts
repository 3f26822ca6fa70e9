/** The company sheet, the deal timeline and the changes digest (`halqa company|deal|changes --json`). */
import { AsOfQuery, ChangesQuery, CompanyQuery } from "../../schema/api.ts";
import { changesRoute, companyRoute, dealTimelineRoute } from "../handlers/sheets.ts";
import { arr, int, map, nullable, obj, ref, str } from "../openapi-schemas.ts";
import { anyObject, asOf, basis, type Route, route } from "./route.ts";

const sources = arr(
  obj({
    n: int("Its number in the report."),
    id: str(),
    publisher: str(),
    title: str(),
    date: nullable(str()),
    url: nullable(str()),
  }),
  "Every source the report cites, numbered in the order first cited.",
);

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
      schema: obj({
        asOf,
        basis,
        year: nullable(int()),
        entity: anyObject("The entity: id, names, kind, ticker, country, aliases."),
        financials: arr(anyObject("A financial record: metric, period, unit, amount, flags, sources.")),
        deals: obj({
          in: arr(anyObject("A deal paying it: counted amount, exclusions with reasons, sources.")),
          out: arr(anyObject("A deal it pays in.")),
          other: arr(anyObject("A deal it is party to with no USD cash of its own on the basis.")),
        }),
        totals: obj({ receives: ref("Amount"), pays: ref("Amount") }),
        byYear: arr(obj({ year: int(), receives: ref("Amount"), pays: ref("Amount") })),
        circularity: nullable(anyObject("Receipts, own-money-back share, outside share and origins.")),
        loops: obj({ found: int(), truncated: { type: "boolean" }, shown: arr(anyObject("A money loop.")) }),
        sites: arr(
          anyObject("A site it operates, develops or owns, with capacity online and power secured."),
        ),
        stress: arr(anyObject("Its loss in one deterministic scenario (or why the run failed).")),
        sources,
      }),
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
      schema: obj({
        asOf,
        deal: anyObject("Id, titles, type, announcement date, period, confidence, notes."),
        status: nullable(str("Status on asOf; null before the deal was reported.")),
        latestStatus: str(),
        events: arr(anyObject("A status event: date, status, note, sources, after asOf or not.")),
        figures: arr(anyObject("A figure of a flow on one layer, with alternatives.")),
        links: arr(anyObject("A link to another deal, out (this deal names it) or in (it names this deal).")),
        counts: arr(anyObject("Per basis: each flow counted, excluded with a reason code, or why not.")),
        sources,
      }),
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
      schema: obj({
        since: str(),
        until: str(),
        entity: nullable(str()),
        count: int(),
        byKind: map(int()),
        changes: arr(anyObject("One change: date, kind, deal, title, parties, amount, sources.")),
        sources,
      }),
    },
    errors: [],
    handle: ({ data, asOf, query }) => changesRoute(data, asOf, query),
  }),
];
