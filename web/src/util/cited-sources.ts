/**
 * The source ids a downloaded table cites, for its workbook's sources sheet, when the table is not a
 * report layout with a source column: the deals behind its rows (each deal's sources and those of its
 * flows' figures), or, for a figure computed from the whole network, every deal the view counts.
 */
import { figureSources } from "@core/dataset/figures.ts";
import type { Dataset } from "@schema/dataset-file.ts";

type Deal = Dataset["deals"][number];

function sourcesOfDeal(deal: Deal): string[] {
  const ids = [...deal.sources];
  for (const flow of deal.flows)
    for (const layer of [flow.announced, flow.committed, flow.paid])
      if (layer) ids.push(...figureSources(layer));
  return ids;
}

/** Every source the named deals cite, each once, in the order first cited (unknown deals skipped). */
export function dealSourceIds(dataset: Dataset, dealIds: Iterable<string>): string[] {
  const byId = new Map(dataset.deals.map((d) => [d.id, d]));
  const ids = new Set<string>();
  for (const id of dealIds) for (const source of sourcesOfDeal(byId.get(id) ?? NO_DEAL)) ids.add(source);
  return [...ids];
}

/** Every source of the deals announced on or before the as-of date: a table computed from them all. */
export function networkSourceIds(dataset: Dataset, asOf: string): string[] {
  return dealSourceIds(
    dataset,
    dataset.deals.filter((d) => d.announced <= asOf).map((d) => d.id),
  );
}

const NO_DEAL = { sources: [], flows: [] } as unknown as Deal;
