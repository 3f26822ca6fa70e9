/**
 * CoreWeave's customer concentration: the shares of its contracted backlog by customer, recomputed
 * from the deals (committed, less what is paid or fallen due: backlog.ts), and its HHI, beside the shares the press reported
 * (Microsoft 62% of 2024 revenue; the largest customer above 85% of backlog at the start of 2025 and
 * under 35% by Q3 2025).
 */

import type { Dataset } from "../model/dataset.ts";
import { hhi, shares } from "../network/concentration.ts";
import { type BacklogContract, contractedBacklog } from "./backlog.ts";
import { financialInput, financials, type Ratio, type RatioInput, type RatioText, text } from "./inputs.ts";
import { reportedBacklogNotes } from "./reported-backlog.ts";

export function concentrationRatio(dataset: Dataset, asOf: string, entity = "coreweave"): Ratio {
  // Backlog is what customers contracted to pay for capacity and have not paid yet (backlog.ts):
  // loans and equity are not customers, and payments already made are not backlog.
  const contracts = contractedBacklog(dataset, asOf, entity);
  const byCustomer = new Map<string, { amount: number; sources: Set<string>; deals: Set<string> }>();
  for (const r of contracts) {
    const c = byCustomer.get(r.customer) ?? {
      amount: 0,
      sources: new Set<string>(),
      deals: new Set<string>(),
    };
    c.amount += r.remaining;
    for (const s of r.sources) c.sources.add(s);
    if (r.remaining > 0) c.deals.add(r.deal);
    byCustomer.set(r.customer, c);
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
    ...financials(dataset, entity, "backlog")
      .filter((f) => f.label === undefined && !f.forecast)
      .slice(0, 1)
      .map((f) => financialInput(f, text("input.reportedBacklog", { entity, period: f.period }))),
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
  inputs.push(...basisInputs(contracts));
  const against = reportedBacklogNotes(dataset, asOf, entity);
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
    // The shares above are of the deals' backlog today; these read the deals against the company's own
    // reported backlog at its date, with the part outside the public record (reported-backlog.ts).
    ...(against.length > 0 ? { notes: against } : {}),
  };
}

/**
 * How the backlog was reached, so an analyst can redo it: what was contracted, the payments reported
 * to date, the part of the contracts' terms already run, and the contracts counted whole because the
 * data gives neither a payment nor a term (their delivery to date is unknown, not guessed).
 */
function basisInputs(contracts: readonly BacklogContract[]): RatioInput[] {
  const line = (key: string, pick: (c: BacklogContract) => number, keep: (c: BacklogContract) => boolean) => {
    const chosen = contracts.filter((c) => keep(c) && pick(c) > 0);
    if (chosen.length === 0) return [];
    return [
      {
        label: text(key, { count: new Set(chosen.map((c) => c.deal)).size }),
        value: chosen.reduce((sum, c) => sum + pick(c), 0),
        unit: "USD",
        from: `deals:${[...new Set(chosen.map((c) => c.deal))].join(",")}`,
        sources: [...new Set(chosen.flatMap((c) => c.sources))],
      },
    ];
  };
  return [
    ...line(
      "input.backlogContracted",
      (c) => c.contracted,
      () => true,
    ),
    ...line(
      "input.backlogPaid",
      (c) => c.paid,
      () => true,
    ),
    ...line(
      "input.backlogElapsed",
      (c) => c.elapsed,
      (c) => c.basis === "term",
    ),
    ...line(
      "input.backlogUntimed",
      (c) => c.remaining,
      (c) => c.basis === "untimed",
    ),
  ];
}

/** The press's backlog-share figures: the data's qualifier names which share (words the catalogue holds when it knows them). */
function backlogLabel(label: string | undefined): RatioText {
  return /largest customer/i.test(label ?? "")
    ? text("input.largestCustomerBacklogShare")
    : text("input.dataLabel", { label: label ?? "" });
}
