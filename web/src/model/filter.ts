/**
 * The explorer's filters applied to the raw dataset before any analysis: deals of the chosen types,
 * with the chosen status on the as-of date, announced within the chosen months. The result is again a
 * `Dataset`, so every core function runs on it unchanged (overlaps are then resolved among the deals
 * kept, as they would be in a dataset holding only those deals).
 */
import { statusAsOf } from "@core/dataset/status.ts";
import { firstDay, lastDay } from "@core/time/dates.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import type { DealStatus, DealType } from "@schema/deal.ts";

export type DealFilter = {
  asOf: string;
  types: readonly DealType[] | null;
  statuses: readonly DealStatus[] | null;
  /** Months "YYYY-MM", inclusive; null is open. */
  from: string | null;
  to: string | null;
};

export function filterDeals(dataset: Dataset, filter: DealFilter): Dataset {
  const types = filter.types ? new Set(filter.types) : null;
  const statuses = filter.statuses ? new Set(filter.statuses) : null;
  const start = filter.from ? firstDay(filter.from) : Number.NEGATIVE_INFINITY;
  const end = filter.to ? lastDay(filter.to) : Number.POSITIVE_INFINITY;
  const deals = dataset.deals.filter((deal) => {
    if (types && !types.has(deal.type)) return false;
    if (statuses) {
      const status = statusAsOf(deal, filter.asOf);
      if (status === undefined || !statuses.has(status)) return false;
    }
    const day = firstDay(deal.announced);
    return day >= start && day <= end;
  });
  return deals.length === dataset.deals.length ? dataset : { ...dataset, deals };
}

/** Today in the reader's time zone, as an ISO date: the as-of date when the URL gives none. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
