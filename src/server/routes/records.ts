/** The record routes: the normalized dataset, its summary, entities and deals. */
import { AsOfQuery, DealsQuery, EntitiesQuery, NoQuery, StatsQuery } from "../../schema/api.ts";
import {
  datasetModelRoute,
  datasetRoute,
  dealRoute,
  dealsRoute,
  entitiesRoute,
  entityRoute,
  statsRoute,
} from "../handlers/records.ts";
import { arr, int, nullable, obj, ref, str } from "../openapi-schemas.ts";
import { anyObject, asOf, type Route, route } from "./route.ts";

const dealSummary = obj({
  id: str(),
  title: ref("Localized"),
  type: str(),
  status: nullable(str("Status on asOf; null when the deal was reported later.")),
  announced: str(),
  parties: arr({ type: "object", properties: { id: str(), name: ref("Localized"), role: str() } }),
  flows: int("Number of flows."),
  usd: ref("PerBasisAmount"),
});
const dealLink = {
  type: "object",
  description: "A deal seen from the entity, with its flows that touch it.",
};

export const RECORD_ROUTES: Route[] = [
  route({
    path: "/api/dataset",
    operationId: "dataset",
    tag: "data",
    summary: "The normalized dataset",
    description:
      "Every record with references resolved and each deal's status on asOf: the same document as `halqa data export` (format halqa.dataset, docs/data-format.md).",
    query: AsOfQuery,
    example: "asOf=2026-06-30",
    response: {
      description: "The normalized export.",
      schema: {
        type: "object",
        properties: {
          format: str(),
          version: int(),
          asOf,
          sources: arr(anyObject("A source record.")),
          entities: arr(anyObject("An entity with parent and sponsors resolved.")),
          deals: arr(anyObject("A deal with parties, flows, figures and status history.")),
          financials: arr(anyObject("A reported financial figure.")),
          indicators: arr(anyObject("A market indicator.")),
          sites: arr(anyObject("A data-centre site.")),
          parameters: arr(anyObject("A modelling parameter.")),
        },
        required: ["format", "version", "asOf", "sources", "entities", "deals"],
      },
    },
    errors: [],
    handle: ({ data, asOf }) => datasetRoute(data, asOf),
  }),
  route({
    path: "/api/dataset/model",
    operationId: "datasetModel",
    tag: "data",
    summary: "The raw dataset, as the core functions take it",
    description:
      "Every collection of every dataset file merged, as the loader produces it and before any analysis: deals keep their full status history and unresolved ids, and no date is applied. It is the input of halqa's core functions; the dashboard fetches it once and computes flows, loops and circularity in the browser. Its shape is the dataset file format (docs/data-format.md).",
    query: NoQuery,
    response: {
      description: "The merged dataset.",
      schema: {
        type: "object",
        properties: {
          sources: arr(anyObject("A source record, as in the dataset files.")),
          entities: arr(anyObject("An entity record.")),
          deals: arr(anyObject("A deal record with its status history and flows.")),
          financials: arr(anyObject("A reported financial figure.")),
          indicators: arr(anyObject("A market indicator.")),
          sites: arr(anyObject("A data-centre site.")),
          parameters: arr(anyObject("A modelling parameter.")),
          translations: arr(
            anyObject("The Arabic of one English text of the data ({en, ar}), keyed by the English."),
          ),
        },
        required: ["sources", "entities", "deals", "financials", "indicators", "sites", "parameters"],
      },
    },
    errors: [],
    handle: ({ data }) => datasetModelRoute(data),
  }),
  route({
    path: "/api/stats",
    operationId: "stats",
    tag: "data",
    summary: "What the dataset holds",
    description:
      "Counts, USD money per value basis with overlapping reports counted once, contingent guarantees, GW promised, the largest deals and the sources by outlet (`halqa data stats`).",
    query: StatsQuery,
    example: "top=5",
    response: {
      description: "The summary.",
      schema: ref("StatsReport"),
    },
    errors: [],
    handle: ({ data, asOf, query }) => statsRoute(data, asOf, query),
  }),
  route({
    path: "/api/entities",
    operationId: "entities",
    tag: "data",
    summary: "Entities",
    description:
      "Every entity, with how many deals it receives something in, gives something in, or is only a party to.",
    query: EntitiesQuery,
    example: "kind=chipmaker",
    response: {
      description: "The entities.",
      schema: obj({
        asOf,
        count: int(),
        entities: arr({
          type: "object",
          properties: {
            id: str(),
            name: ref("Localized"),
            kind: str(),
            deals: obj({ in: int(), out: int(), other: int() }),
          },
        }),
      }),
    },
    errors: [],
    handle: ({ data, asOf, query }) => entitiesRoute(data, asOf, query),
  }),
  route({
    path: "/api/entities/{id}",
    operationId: "entity",
    tag: "data",
    summary: "One entity and its deals",
    description:
      "The entity and its deals: `in` (some flow reaches it), `out` (some flow leaves it), `other` (a party with no flow of its own). Each deal lists only the flows that touch the entity.",
    query: AsOfQuery,
    id: { kind: "entity", description: "Entity id.", example: "nvidia" },
    response: {
      description: "The entity.",
      schema: obj({
        asOf,
        entity: anyObject("The entity record."),
        deals: obj({ in: arr(dealLink), out: arr(dealLink), other: arr(dealLink) }),
      }),
    },
    errors: [404],
    handle: ({ data, asOf, id }) => entityRoute(data, asOf, id),
  }),
  route({
    path: "/api/deals",
    operationId: "deals",
    tag: "data",
    summary: "Deals, filtered",
    description:
      "The deals with their status on asOf and their own USD money per basis (cash flows; overlaps not removed).",
    query: DealsQuery,
    example: "type=equity-investment&q=openai",
    response: {
      description: "The matching deals.",
      schema: obj({ asOf, count: int(), deals: arr(dealSummary) }),
    },
    errors: [],
    handle: ({ data, asOf, query }) => dealsRoute(data, asOf, query),
  }),
  route({
    path: "/api/deals/{id}",
    operationId: "deal",
    tag: "data",
    summary: "One deal",
    description:
      "The deal's figures per basis on every flow, its status history, every source it cites resolved, and per basis its own USD money, what the dataset's totals count of it, and the flows left out with the reason.",
    query: AsOfQuery,
    id: { kind: "deal", description: "Deal id.", example: "nvidia-openai-10gw-loi" },
    response: {
      description: "The deal.",
      schema: obj({
        asOf,
        deal: {
          type: "object",
          properties: {
            sources: arr(ref("Source")),
            flows: arr(anyObject("A flow with announced, committed and paid figures.")),
          },
        },
        money: obj({
          announced: obj({ own: ref("Amount"), counted: ref("Amount"), excluded: arr(ref("ExcludedFlow")) }),
          committed: anyObject("As announced."),
          paid: anyObject("As announced."),
        }),
      }),
    },
    errors: [404],
    handle: ({ data, asOf, id }) => dealRoute(data, asOf, id),
  }),
];
