/**
 * The numbers the dashboard must show, computed here by src/core from the bundled dataset with the
 * same inputs as the page (basis, as-of date, year, samples, seed), and formatted with the page's own
 * Intl formatters in each language.
 */
import { nullModel, traceFlows } from "../../src/core/circularity/index.ts";
import { entityExposure } from "../../src/core/exposure/entity-exposure.ts";
import { type Basis, expandFlows } from "../../src/core/flows/expand.ts";
import { findMoneyLoops } from "../../src/core/loops/money-loops.ts";
import { moneyGraph } from "../../src/core/network/money-graph.ts";
import { flowsReport } from "../../src/core/reports/flows-report.ts";
import { datasetStats } from "../../src/core/stats/summary.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { loadDataset } from "../../src/io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../../src/io/paths.ts";
import type { Dataset } from "../../src/schema/dataset-file.ts";
import { formatNumber, formatPercent, formatRatio, formatUsd, formatYear } from "../../web/src/format.ts";

export const AS_OF = "2026-11-21";

export async function bundled(): Promise<Dataset> {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error(`bundled dataset invalid: ${loaded.problems.length} problems`);
  return loaded.dataset;
}

export function overviewFigures(dataset: Dataset, basis: Basis, lang: Lang) {
  const stats = datasetStats(dataset, { asOf: AS_OF, top: 0 });
  const cash = moneyGraph(dataset, { basis, asOf: AS_OF, kinds: ["cash"] });
  const loops = findMoneyLoops(moneyGraph(dataset, { basis, asOf: AS_OF }), { maxLength: 6 }).loops;
  return {
    announced: formatUsd(lang, stats.money.announced.value),
    committed: formatUsd(lang, stats.money.committed.value),
    gigawatts: formatNumber(lang, stats.gigawatts.committed.value),
    multiplier: formatRatio(lang, traceFlows(cash.list).multiplier),
    loops: formatNumber(lang, loops.length, 0),
    loopKeys: loops.map((l) => l.entities.join(">")),
  };
}

export function circularShare(dataset: Dataset, entity: string, basis: Basis, lang: Lang): string {
  const { list } = moneyGraph(dataset, { basis, asOf: AS_OF, kinds: ["cash"] });
  const node = traceFlows(list).nodes.find((n) => n.id === entity);
  return formatPercent(lang, node?.selfShare ?? 0);
}

export function topCustomerShare(dataset: Dataset, entity: string, basis: Basis, lang: Lang): string {
  const first = entityExposure(dataset, entity, { basis, asOf: AS_OF }).customers.counterparties[0];
  return formatPercent(lang, first?.share ?? 0);
}

/** A year's total on the Flows page: the flows report's, term contracts with no known years apart. */
export function yearTotal(dataset: Dataset, basis: Basis, year: number, lang: Lang) {
  const result = flowsReport(dataset, { basis, asOf: AS_OF, year });
  const payers = new Set(result.rows.map((r) => r.from));
  return {
    total: formatUsd(lang, result.total.value),
    year: formatYear(lang, year),
    payers: payers.size,
    undated: formatUsd(lang, result.undatedTotal.value),
  };
}

export function nullPValue(
  dataset: Dataset,
  basis: Basis,
  samples: number,
  seed: number,
  lang: Lang,
): string {
  const { list } = moneyGraph(dataset, { basis, asOf: AS_OF, kinds: ["cash"] });
  return formatRatio(lang, nullModel(list, { samples, seed }).multiplier.pValue, 3);
}

/** The deal with the most own money on a basis (its cash flows alone), as the data table sorts it. */
export function largestDeal(dataset: Dataset, basis: Basis): string {
  const sized = dataset.deals.map((deal) => ({
    id: deal.id,
    amount: expandFlows({ deals: [deal] }, { basis, asOf: AS_OF }).total.value,
  }));
  sized.sort((a, b) => b.amount - a.amount || (a.id < b.id ? -1 : 1));
  return sized[0]?.id ?? "";
}
