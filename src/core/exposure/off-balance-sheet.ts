/**
 * Off-balance-sheet roll-up for a sponsor: the vehicles it sponsors (with their debt), the guarantees
 * and backstops it gives, its leases, and the residual value guarantees it wrote. Amounts come from
 * the deals on the chosen basis; promises whose amount no source states are listed, not guessed.
 */

import type { FlowRow } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";

export type ContingentItem = {
  kind: "spv-debt" | "guarantee" | "backstop" | "lease" | "residual-value-guarantee" | "sponsor-guarantee";
  /** The vehicle or counterparty. */
  counterparty: string;
  /** USD, or null when no source states the amount. */
  amount: number | null;
  deals: string[];
  note?: string;
};

export type OffBalanceSheet = {
  vehicles: { id: string; stakePct: number | null; debt: number; deals: string[] }[];
  items: ContingentItem[];
  /** Sum of the items with a stated amount. */
  knownTotal: number;
  /** Items with no stated amount. */
  unpriced: number;
};

const DEBT_TYPES = new Set(["loan", "bond", "private-credit", "spv-financing"]);

export function offBalanceSheet(
  dataset: Dataset,
  entity: string,
  rows: readonly FlowRow[],
  guaranteeRows: readonly FlowRow[],
): OffBalanceSheet {
  const deals = new Map(dataset.deals.map((d) => [d.id, d]));
  const vehicles = dataset.entities
    .filter((e) => e.sponsors?.some((s) => s.entity === entity))
    .map((spv) => {
      const sponsor = spv.sponsors?.find((s) => s.entity === entity);
      const debtRows = rows.filter((r) => r.to === spv.id && DEBT_TYPES.has(deals.get(r.deal)?.type ?? ""));
      return {
        id: spv.id,
        stakePct: sponsor?.stakePct ?? null,
        debt: debtRows.reduce((sum, r) => sum + r.amount.value, 0),
        deals: [...new Set(debtRows.map((r) => r.deal))],
        guarantees: sponsor?.guarantees ?? [],
      };
    });

  const items: ContingentItem[] = [];
  const guaranteeDeals = new Set(guaranteeRows.filter((g) => g.from === entity).map((g) => g.deal));
  for (const v of vehicles) {
    if (v.debt > 0) items.push({ kind: "spv-debt", counterparty: v.id, amount: v.debt, deals: v.deals });
    for (const g of v.guarantees) {
      // A sponsor guarantee recorded as a deal is listed once, from the deal, with its amount.
      if (g.deal !== undefined && guaranteeDeals.has(g.deal)) continue;
      items.push({
        kind: g.kind === "residual-value-guarantee" ? "residual-value-guarantee" : "sponsor-guarantee",
        counterparty: v.id,
        amount: g.amount ? (g.amount.value ?? g.amount.high ?? g.amount.low ?? null) : null,
        deals: g.deal ? [g.deal] : [],
        ...(g.note ? { note: g.note } : {}),
      });
    }
  }
  const byDeal = new Map<string, { to: string; amount: number }>();
  for (const r of guaranteeRows.filter((g) => g.from === entity)) {
    const seen = byDeal.get(r.deal) ?? { to: r.to, amount: 0 };
    seen.amount += r.amount.value;
    byDeal.set(r.deal, seen);
  }
  for (const [deal, g] of byDeal) {
    const backstop = /backstop/i.test(`${deals.get(deal)?.id} ${deals.get(deal)?.title.en}`);
    items.push({
      kind: backstop ? "backstop" : "guarantee",
      counterparty: g.to,
      amount: g.amount,
      deals: [deal],
    });
  }
  const leases = rows.filter((r) => r.from === entity && deals.get(r.deal)?.type === "lease");
  for (const deal of new Set(leases.map((r) => r.deal))) {
    const amount = leases.filter((r) => r.deal === deal).reduce((sum, r) => sum + r.amount.value, 0);
    items.push({
      kind: "lease",
      counterparty: leases.find((r) => r.deal === deal)?.to ?? "",
      amount,
      deals: [deal],
    });
  }
  return {
    vehicles: vehicles.map(({ guarantees: _g, ...v }) => v),
    items,
    knownTotal: items.reduce((sum, i) => sum + (i.amount ?? 0), 0),
    unpriced: items.filter((i) => i.amount === null).length,
  };
}
