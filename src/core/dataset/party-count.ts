/**
 * How many parties a set of deals has: each deal's distinct entities, summed over the deals. The
 * faces word "the parties" by it, and Arabic needs it: the dual «الطرفان» names exactly two parties,
 * the plural «الأطراف» three or more (docs/arabic-style.md, Parties). A sentence about several deals
 * speaks of all their parties, so it is plural from two deals on.
 */
import type { Deal } from "../model/deal.ts";

export function partyCount(deals: readonly Pick<Deal, "id" | "parties">[], ids: readonly string[]): number {
  const wanted = new Set(ids);
  let count = 0;
  for (const deal of deals) if (wanted.has(deal.id)) count += new Set(deal.parties.map((p) => p.entity)).size;
  return count;
}
