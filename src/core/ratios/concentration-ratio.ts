/**
 * CoreWeave's customer concentration: the shares of its contracted backlog by customer, recomputed
 * from the deals (committed basis, all years), and its HHI, beside the shares the press reported
 * (Microsoft 62% of 2024 revenue; the largest customer above 85% of backlog at the start of 2025 and
 * under 35% by Q3 2025).
 */

import { expandFlows } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import { hhi, shares } from "../network/concentration.ts";
import { financialInput, financials, type Ratio, type RatioInput, type RatioText, text } from "./inputs.ts";

const BACKLOG_TYPES = new Set(["compute-commitment", "lease"]);

export function concentrationRatio(dataset: Dataset, asOf: string, entity = "coreweave"): Ratio {
  // Backlog is what customers contracted to pay for capacity: loans and equity are not customers.
  const types = new Map(dataset.deals.map((d) => [d.id, d.type]));
  const rows = expandFlows(dataset, { basis: "committed", asOf, entity }).rows.filter(
    (r) => r.to === entity && BACKLOG_TYPES.has(types.get(r.deal) ?? ""),
  );
  const byCustomer = new Map<string, { amount: number; sources: Set<string>; deals: Set<string> }>();
  for (const r of rows) {
    const c = byCustomer.get(r.from) ?? { amount: 0, sources: new Set<string>(), deals: new Set<string>() };
    c.amount += r.amount.value;
    for (const s of r.sources) c.sources.add(s);
    c.deals.add(r.deal);
    byCustomer.set(r.from, c);
  }
  const customers = [...byCustomer].filter(([, c]) => c.amount > 0);
  const published: RatioInput[] = [
    ...financials(dataset, entity, "customer-share").map((f) =>
      financialInput(
        f,
        f.counterparty
          ? text("input.customerShare", { customer: f.counterparty, entity })
          : text("input.unnamedCustomerShare", { entity }),
      ),
    ),
    ...financials(dataset, entity, "other")
      .filter((f) => /share of backlog/i.test(f.label ?? ""))
      .map((f) => financialInput(f, backlogLabel(f.label))),
  ];
  if (customers.length === 0) {
    return {
      id: `${entity}-customer-concentration`,
      value: null,
      unit: "HHI",
      formula: "report.ratios.formula.hhiNoPayments",
      inputs: [],
      published,
      missing: [text("missingInput.noCommittedPayments", { entity })],
    };
  }
  const split = shares(customers.map(([key, c]) => ({ key, amount: c.amount })));
  const index = hhi(split.map((s) => s.share));
  const inputs: RatioInput[] = split.map((s) => ({
    label: text("input.backlogShare", { customer: s.key, share: s.share }),
    value: s.amount,
    unit: "USD",
    from: `deals:${[...(byCustomer.get(s.key)?.deals ?? [])].join(",")}`,
    sources: [...(byCustomer.get(s.key)?.sources ?? [])],
  }));
  return {
    id: `${entity}-customer-concentration`,
    value: index.hhi,
    unit: "HHI",
    formula: "report.ratios.formula.hhi",
    inputs,
    published,
    missing: [],
    // Words are the faces': the note is a message key with the largest customer (an entity id), its share and the index.
    note: {
      key: "report.ratios.note.concentration",
      values: {
        customer: split[0]?.key ?? "",
        share: split[0]?.share ?? 0,
        equivalent: index.equivalentCount,
        points: index.points,
      },
    },
  };
}

/** The press's backlog-share figures: the data's qualifier names which share (words the catalogue holds when it knows them). */
function backlogLabel(label: string | undefined): RatioText {
  return /largest customer/i.test(label ?? "")
    ? text("input.largestCustomerBacklogShare")
    : text("input.dataLabel", { label: label ?? "" });
}
