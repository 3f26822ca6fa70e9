import type { Deal, DealStatus } from "../model/deal.ts";
import { firstDay } from "../time/dates.ts";

/** Statuses under which a deal binds its parties; `committed` figures only count under these. */
export const BINDING_STATUSES: ReadonlySet<DealStatus> = new Set(["signed", "closed", "funded"]);

/**
 * The status of a deal on a date: the last event of its history dated on or before `asOf`, or
 * `undefined` when the deal had not been reported yet. Partial dates count from their first day.
 */
export function statusAsOf(deal: Deal, asOf: string): DealStatus | undefined {
  const cutoff = firstDay(asOf);
  let status: DealStatus | undefined;
  for (const event of deal.status) {
    if (firstDay(event.date) <= cutoff) status = event.status;
  }
  return status;
}

/** The latest status of a deal, whatever the date. */
export function latestStatus(deal: Deal): DealStatus {
  const last = deal.status[deal.status.length - 1];
  if (!last) throw new Error(`deal ${deal.id} has no status`);
  return last.status;
}

/**
 * Has the deal ever bound its parties by `asOf`? A deal revised after signing stays binding; a
 * revision of a mere LOI does not make it binding.
 */
export function isBindingAsOf(deal: Deal, asOf: string): boolean {
  const cutoff = firstDay(asOf);
  let binding = false;
  for (const event of deal.status) {
    if (firstDay(event.date) > cutoff) break;
    if (event.status === "terminated") binding = false;
    else if (event.status === "revised") continue;
    else binding = BINDING_STATUSES.has(event.status);
  }
  return binding;
}
