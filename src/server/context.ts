/**
 * What the route handlers share: the dataset (loaded once), the stress scenarios offered with it, the
 * set of entity ids for validation, and
 * per as-of date the views that several routes read (the normalized export and the USD money flows
 * per basis), memoized for the last few dates so a dashboard's burst of requests computes them once.
 */
import { type NormalizedDataset, normalizeDataset } from "../core/dataset/normalize.ts";
import { type Basis, expandFlows, type FlowResult } from "../core/flows/expand.ts";
import { type MarketFiles, NO_MARKET_FILES } from "../io/market-files.ts";
import type { ScenarioCatalogue } from "../io/scenario-files.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { canonicalJson, hashText, memoLast } from "./cache.ts";

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
  /** tracker.csv and index-weights.csv of the dataset folder (empty when the folder has none). */
  marketFiles: MarketFiles;
  view: (asOf: string) => AsOfView;
};

export function dataContext(
  dataset: Dataset,
  extras: { scenarios?: ScenarioCatalogue; marketFiles?: MarketFiles } = {},
): DataContext {
  const scenarios = extras.scenarios ?? { scenarios: [], monteCarlo: [], skipped: [] };
  const marketFiles = extras.marketFiles ?? NO_MARKET_FILES;
  const noScenarios = scenarios.scenarios.length === 0 && scenarios.skipped.length === 0;
  // The scenarios and the CSV files are part of the data: a changed tracker.csv must change every ETag.
  const extra = {
    ...(noScenarios ? {} : { scenarios }),
    // Hashed under "money", its key before the rename, so that ETags stay as they were.
    ...(marketFiles === NO_MARKET_FILES ? {} : { money: marketFiles }),
  };
  return {
    dataset,
    scenarios,
    marketFiles,
    hash: hashText(canonicalJson(Object.keys(extra).length === 0 ? dataset : { dataset, ...extra })),
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
