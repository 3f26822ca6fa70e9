/**
 * What the route handlers share: the dataset (loaded once), the stress scenarios offered with it, the
 * set of entity ids for validation, and
 * per as-of date the views that several routes read (the normalized export and the USD money flows
 * per basis), memoized for the last few dates so a dashboard's burst of requests computes them once.
 */
import { type NormalizedDataset, normalizeDataset } from "../core/dataset/normalize.ts";
import { type Basis, expandFlows, type FlowResult } from "../core/flows/expand.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { canonicalJson, hashText, memoLast } from "./cache.ts";
import type { ScenarioCatalogue } from "./scenarios.ts";

export type DealView = NormalizedDataset["deals"][number];

export type AsOfView = {
  normalized: NormalizedDataset;
  deals: Map<string, DealView>;
  /** The dataset's USD money flows on a basis (overlaps removed), as `halqa flows` computes them. */
  money: (basis: Basis) => FlowResult;
};

export type DataContext = {
  dataset: Dataset;
  /** The stress scenarios offered (GET /api/scenarios) and those left out, with their problems. */
  scenarios: ScenarioCatalogue;
  /** Hash of the dataset's content (and of the scenarios, when there are any): part of every ETag. */
  hash: string;
  entityIds: ReadonlySet<string>;
  dealIds: ReadonlySet<string>;
  view: (asOf: string) => AsOfView;
};

export function dataContext(
  dataset: Dataset,
  scenarios: ScenarioCatalogue = { scenarios: [], monteCarlo: [], skipped: [] },
): DataContext {
  const empty = scenarios.scenarios.length === 0 && scenarios.skipped.length === 0;
  return {
    dataset,
    scenarios,
    hash: hashText(canonicalJson(empty ? dataset : { dataset, scenarios })),
    entityIds: new Set(dataset.entities.map((e) => e.id)),
    dealIds: new Set(dataset.deals.map((d) => d.id)),
    view: memoLast((asOf) => {
      const normalized = normalizeDataset(dataset, asOf);
      const money = new Map<Basis, FlowResult>();
      return {
        normalized,
        deals: new Map(normalized.deals.map((d) => [d.id, d])),
        money: (basis) => {
          const known = money.get(basis) ?? expandFlows(dataset, { basis, asOf });
          money.set(basis, known);
          return known;
        },
      };
    }),
  };
}
