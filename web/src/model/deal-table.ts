/**
 * The data page's rows: every deal with its status on the as-of date and its own USD money on the
 * basis on the current view (overlaps not removed: how `/api/deals` and `datasetStats` size a deal),
 * searched over ids, titles and party names in both languages, and sorted.
 */
import { statusAsOf } from "@core/dataset/status.ts";
import { type Basis, expandFlows, ownAmountsByDeal } from "@core/flows/expand.ts";
import { firstDay } from "@core/time/dates.ts";
import type { Deal } from "@schema/deal.ts";
import type { Model } from "../data/model.ts";
import type { SortKey } from "../state/view.ts";
import { DEAL_STATUSES, DEAL_TYPES } from "./enums.ts";

export type DealRow = {
  deal: Deal;
  status: string;
  /** Null when the deal moves no cash on this basis (shares, chips, GW only). */
  amount: number | null;
  /** Some of that amount is an estimate (an analyst's or ours), not a value a party stated. */
  estimate: boolean;
  parties: string[];
  sources: string[];
};

export function dealRows(model: Model, basis: Basis, asOf: string): DealRow[] {
  // One pass over the whole dataset, so each deal's lineage (replacements, revisions) resolves.
  const flows = expandFlows(model.dataset, { basis, asOf });
  const own = ownAmountsByDeal(flows);
  const estimated = new Set(flows.rows.filter((r) => r.estimate).map((r) => r.deal));
  return model.dataset.deals.map((deal) => ({
    deal,
    status: statusAsOf(deal, asOf) ?? "unreported",
    amount: own.get(deal.id)?.value ?? null,
    estimate: estimated.has(deal.id),
    parties: [...new Set(deal.parties.map((p) => p.entity))],
    sources: deal.sources,
  }));
}

export function searchRows(model: Model, rows: readonly DealRow[], query: string): DealRow[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === "") return [...rows];
  return rows.filter((row) => {
    const names = row.parties.flatMap((id) => {
      const e = model.entities.get(id);
      return e ? [id, e.name.en, e.name.ar] : [id];
    });
    return [row.deal.id, row.deal.title.en, row.deal.title.ar, ...names].some((text) =>
      text.toLocaleLowerCase().includes(needle),
    );
  });
}

const STATUS_ORDER = [...DEAL_STATUSES, "unreported"];

export function sortRows(
  rows: DealRow[],
  key: SortKey,
  desc: boolean,
  title: (row: DealRow) => string,
): DealRow[] {
  const compare = (a: DealRow, b: DealRow): number => {
    switch (key) {
      case "deal":
        return title(a).localeCompare(title(b));
      case "type":
        return DEAL_TYPES.indexOf(a.deal.type) - DEAL_TYPES.indexOf(b.deal.type);
      case "status":
        return STATUS_ORDER.indexOf(a.status as never) - STATUS_ORDER.indexOf(b.status as never);
      case "announced":
        return firstDay(a.deal.announced) - firstDay(b.deal.announced);
      case "amount":
        return (a.amount ?? -1) - (b.amount ?? -1);
    }
  };
  // Ties fall back to the id, so the order is the same in every browser and language.
  return rows.sort((a, b) => (desc ? -compare(a, b) : compare(a, b)) || (a.deal.id < b.deal.id ? -1 : 1));
}
