/**
 * The AI-economy dataset as a financial network for the contagion models (src/core/contagion).
 *
 * - Obligations (interbank liabilities, debtor → creditor), from the cash flows on one value basis
 *   (committed by default) as `expandFlows` reports them, summed over the life of each deal:
 *   purchases (compute-commitment, chip-supply, lease) are owed by the payer to the payee; credit
 *   (loan, bond, private-credit, vendor-financing) is owed by the borrower (the flow's payee) to the
 *   lender (its payer).
 * - Holdings: equity flows measured in percent give the holder (the flow's payee) that share of the
 *   issuer (its payer). Equity and warrants the data values only in USD or shares carry no share of the
 *   issuer, so they are listed as `exposures` and left out of the models.
 * - Balance sheets: capital E is the latest reported figure on or before the as-of year, in this order:
 *   book equity (`shareholders-equity`, what absorbs credit losses), else market capitalisation, else
 *   a private valuation, else E = c / (1 − c) × what the entity owes (c = `stress-capital-ratio`).
 *   Market value M (what a share-price fall marks down) is the market cap, else the valuation, else E.
 *   External assets close the balance sheet, e = max(cash, owed + E − owed to it, 0), so at baseline
 *   nobody defaults and book equity is at least E. External liabilities are 0: the data has no debt
 *   outside the network that it does not already list as a deal.
 * Every figure used is returned as an assumption with its sources.
 *
 * Reference: [1] L. Eisenberg, T. H. Noe (2001), "Systemic Risk in Financial Systems", Management
 * Science 47(2) — the balance-sheet identity the network follows.
 * Complexity: O(F) over the F flows plus O(R) over the R financial records; O(n + m) space.
 */

import type { FinancialNetwork, Holding } from "../contagion/network.ts";
import { amountOf, figureSources } from "../dataset/figures.ts";
import { ModelInputError } from "../errors.ts";
import { type Basis, expandFlows } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import type { DealType } from "../model/deal.ts";
import type { Financial } from "../model/records.ts";

export const HORIZON_PARAMETER = "stress-horizon-years";
export const CAPITAL_RATIO_PARAMETER = "stress-capital-ratio";

const PURCHASE_TYPES: ReadonlySet<DealType> = new Set(["compute-commitment", "chip-supply", "lease"]);
const CREDIT_TYPES: ReadonlySet<DealType> = new Set(["loan", "bond", "private-credit", "vendor-financing"]);

export type Assumption = {
  /** A parameter id, or `financial:<entity>:<metric>:<period>` for a figure from the financials. */
  id: string;
  value: number;
  unit: string;
  sources: string[];
  estimate: boolean;
  /** What the figure is used for. */
  use: string;
};

export type Obligation = {
  deal: string;
  type: DealType;
  kind: "purchase" | "credit";
  debtor: string;
  creditor: string;
  amount: number;
  sources: string[];
};

export type Exposure = {
  deal: string;
  holder: string;
  issuer: string;
  kind: string;
  unit: string;
  amount: number;
};

/** Where an entity's capital or market value comes from. */
export type CapitalSource = "shareholders-equity" | "market-cap" | "valuation" | "capital-ratio";

export type BalanceSheet = {
  id: string;
  /** Latest annual revenue (quarters × 4, halves × 2), 0 when the data has none. */
  revenue: number;
  cash: number;
  /** Target equity: book equity, market cap, valuation, or the capital-ratio rule (in that order). */
  equity: number;
  equityFrom: CapitalSource;
  /** Market value of the equity: market cap, else valuation, else `equity`. */
  marketValue: number;
  marketValueFrom: CapitalSource;
  owes: number;
  owed: number;
  externalAssets: number;
  /** Book equity at baseline: external assets + owed to it − owes. */
  capital: number;
};

export type StressNetwork = {
  network: FinancialNetwork;
  basis: Basis;
  asOf: string;
  obligations: Obligation[];
  exposures: Exposure[];
  sheets: BalanceSheet[];
  horizonYears: number;
  assumptions: Assumption[];
};

export type BuildOptions = {
  basis?: Basis;
  asOf: string;
  /** Values overriding the dataset's parameters, by id (kept as assumptions with no sources). */
  parameters?: Readonly<Record<string, number>>;
};

export function networkFromDataset(
  dataset: Pick<Dataset, "deals" | "entities" | "financials" | "parameters">,
  options: BuildOptions,
): StressNetwork {
  const basis = options.basis ?? "committed";
  const assumptions: Assumption[] = [];
  const param = (id: string, use: string) => {
    const a = parameterAssumption(dataset, id, use, options.parameters);
    assumptions.push(a);
    return a.value;
  };
  const horizonYears = param(HORIZON_PARAMETER, "revenue over the commitments; share of a delay");
  const ratio = param(CAPITAL_RATIO_PARAMETER, "capital where no valuation is reported");
  if (!(horizonYears > 0)) {
    throw new ModelInputError("not-positive", ["parameters", HORIZON_PARAMETER], { value: horizonYears });
  }
  if (!(ratio >= 0 && ratio < 1)) {
    const bounds = { value: ratio, min: 0, max: 1, maxExcluded: true };
    throw new ModelInputError("out-of-range", ["parameters", CAPITAL_RATIO_PARAMETER], bounds);
  }

  const { obligations, exposures, holdings } = dealLinks(dataset, basis, options.asOf);
  const owes = new Map<string, number>();
  const owed = new Map<string, number>();
  for (const o of obligations) {
    owes.set(o.debtor, (owes.get(o.debtor) ?? 0) + o.amount);
    owed.set(o.creditor, (owed.get(o.creditor) ?? 0) + o.amount);
  }
  const year = Number(options.asOf.slice(0, 4));
  const sheets = dataset.entities.map((entity): BalanceSheet => {
    const id = entity.id;
    const latest = (metric: Financial["metric"]) => latestFigure(dataset.financials, id, metric, year);
    const revenue = latest("revenue");
    const cash = latest("cash");
    const book = latest("shareholders-equity");
    const marketCap = latest("market-cap");
    const valuation = latest("valuation");
    const capitalFigure = book ?? marketCap ?? valuation;
    const marketFigure = marketCap ?? valuation;
    const out = owes.get(id) ?? 0;
    const inn = owed.get(id) ?? 0;
    for (const [f, use, factor] of [
      [revenue, "annual revenue", revenue ? annualFactor(revenue.period) : 1],
      [cash, "cash (floor of external assets)", 1],
      [book, "capital (book equity)", 1],
      [marketFigure, book ? "market value (share-price shocks)" : "capital and market value", 1],
    ] as const) {
      if (f) assumptions.push(financialAssumption(f, use, factor));
    }
    const equity = capitalFigure ? amountOf(capitalFigure).value : (ratio / (1 - ratio)) * out;
    const equityFrom = capitalFigure ? (capitalFigure.metric as CapitalSource) : "capital-ratio";
    const cashValue = cash ? amountOf(cash).value : 0;
    const externalAssets = Math.max(cashValue, out + equity - inn, 0);
    return {
      id,
      revenue: revenue ? amountOf(revenue).value * annualFactor(revenue.period) : 0,
      cash: cashValue,
      equity,
      equityFrom,
      marketValue: marketFigure ? amountOf(marketFigure).value : equity,
      marketValueFrom: marketFigure ? (marketFigure.metric as CapitalSource) : equityFrom,
      owes: out,
      owed: inn,
      externalAssets,
      capital: externalAssets + inn - out,
    };
  });
  const network: FinancialNetwork = {
    nodes: sheets.map((s) => ({
      id: s.id,
      externalAssets: s.externalAssets,
      externalLiabilities: 0,
      capital: s.capital,
    })),
    liabilities: obligations.map((o) => ({ debtor: o.debtor, creditor: o.creditor, amount: o.amount })),
    holdings,
    dependencies: [],
    shocks: [],
  };
  return { network, basis, asOf: options.asOf, obligations, exposures, sheets, horizonYears, assumptions };
}

function dealLinks(dataset: Pick<Dataset, "deals">, basis: Basis, asOf: string) {
  const types = new Map(dataset.deals.map((d) => [d.id, d.type]));
  const flows = expandFlows(dataset, { basis, asOf, kinds: ["cash", "equity", "warrant"] });
  const byDeal = new Map<string, Obligation>();
  const exposures = new Map<string, Exposure>();
  const shares = new Map<string, Holding>();
  for (const row of flows.rows) {
    const type = types.get(row.deal);
    if (type === undefined || row.from === row.to) continue;
    if (row.kind === "cash" && (PURCHASE_TYPES.has(type) || CREDIT_TYPES.has(type))) {
      const credit = CREDIT_TYPES.has(type);
      const debtor = credit ? row.to : row.from;
      const creditor = credit ? row.from : row.to;
      const key = `${row.deal}\u0000${debtor}\u0000${creditor}`;
      const seen = byDeal.get(key);
      if (seen) seen.amount += row.amount.value;
      else
        byDeal.set(key, {
          deal: row.deal,
          type,
          kind: credit ? "credit" : "purchase",
          debtor,
          creditor,
          amount: row.amount.value,
          sources: row.sources,
        });
    } else if (row.kind === "cash" && type === "equity-investment") {
      // Cash paid for shares whose share of the issuer the data does not give: an exposure.
      addExposure(exposures, row.deal, row.flow, row.from, row.to, "equity", row.unit, row.amount.value);
    } else if (row.kind === "equity" || row.kind === "warrant") {
      addExposure(exposures, row.deal, row.flow, row.to, row.from, row.kind, row.unit, row.amount.value);
    }
  }
  // The expansion runs over USD by default; percent and share units need their own passes.
  for (const unit of ["percent", "shares"] as const) {
    for (const row of expandFlows(dataset, { basis, asOf, unit, kinds: ["equity", "warrant"] }).rows) {
      if (row.from === row.to) continue;
      const key = `${row.deal}\u0000${row.flow}`;
      if (unit === "percent" && row.kind === "equity") {
        const seen = shares.get(key);
        if (seen) seen.share += row.amount.value / 100;
        else
          shares.set(key, {
            holder: row.to,
            issuer: row.from,
            share: row.amount.value / 100,
            kind: "equity",
          });
      } else
        addExposure(exposures, row.deal, row.flow, row.to, row.from, row.kind, row.unit, row.amount.value);
    }
  }
  return {
    obligations: [...byDeal.values()].filter((o) => o.amount > 0),
    exposures: [...exposures.values()],
    holdings: [...shares.values()]
      .filter((h) => h.share > 0)
      .map((h) => ({ ...h, share: Math.min(1, h.share) })),
  };
}

function addExposure(
  exposures: Map<string, Exposure>,
  deal: string,
  flow: string,
  holder: string,
  issuer: string,
  kind: string,
  unit: string,
  amount: number,
): void {
  const key = `${deal}\u0000${flow}`;
  const seen = exposures.get(key);
  if (seen) seen.amount += amount;
  else exposures.set(key, { deal, holder, issuer, kind, unit, amount });
}

/** A cited parameter as an assumption (its value, unit, sources and estimate flag), a scenario's override first; missing, an error. */
export function parameterAssumption(
  dataset: Pick<Dataset, "parameters">,
  id: string,
  use: string,
  overrides: Readonly<Record<string, number>> | undefined,
): Assumption {
  const parameter = dataset.parameters.find((p) => p.id === id);
  const override = overrides?.[id];
  if (override !== undefined) {
    return { id, value: override, unit: parameter?.unit ?? "", sources: [], estimate: true, use };
  }
  if (!parameter) throw new ModelInputError("missing-parameter", ["parameters", id], { parameter: id });
  return {
    id,
    value: amountOf(parameter.figure).value,
    unit: parameter.unit,
    sources: figureSources(parameter.figure),
    estimate: parameter.figure.estimate ?? false,
    use,
  };
}

function financialAssumption(f: Financial, use: string, factor: number): Assumption {
  return {
    id: `financial:${f.entity}:${f.metric}:${f.period}`,
    value: amountOf(f).value * factor,
    unit: f.unit,
    sources: [...f.sources],
    estimate: f.estimate ?? false,
    use: factor === 1 ? use : `${use} (× ${factor})`,
  };
}

/**
 * The reported (not forecast) USD figure of the latest period starting in or before `year`: the
 * period that ends last, and of periods ending together the longest (a reported year beats its own
 * second half or fourth quarter, which would have to be annualised).
 */
export function latestFigure(
  financials: readonly Financial[],
  entity: string,
  metric: Financial["metric"],
  year: number,
): Financial | undefined {
  let best: Financial | undefined;
  for (const f of financials) {
    if (f.entity !== entity || f.metric !== metric || f.unit !== "USD" || f.forecast) continue;
    if (/^(?:FY)?\d{4}-\d{4}$/.test(f.period)) continue;
    if (periodYear(f.period) > year) continue;
    if (!best || periodEndKey(f.period) > periodEndKey(best.period)) best = f;
  }
  return best;
}

const periodYear = (period: string) => Number(period.replace(/^FY/, "").slice(0, 4));

/**
 * Orders periods by when they end: "2025" and "FY2025" end with their year's last month, halves and
 * quarters with theirs, a month or a date where it says. The suffix breaks ties between periods that
 * end together in favour of the longer one (year 9 > half 8 > quarter 7 > month 6), and a dated
 * figure sorts by its day. A whole year once sorted before its own halves, so OpenAI's 2025-H1
 * revenue × 2 ($8.6B) stood in for its reported 2025 revenue ($13.1B).
 */
export function periodEndKey(period: string): string {
  const rest = period.replace(/^FY/, "");
  const y = rest.slice(0, 4);
  const tail = rest.slice(4);
  const half = /^-H([12])$/.exec(tail);
  const quarter = /^-Q([1-4])$/.exec(tail);
  if (tail === "") return `${y}-12-z9`;
  if (half) return `${y}-${half[1] === "1" ? "06" : "12"}-z8`;
  if (quarter) return `${y}-${String(Number(quarter[1]) * 3).padStart(2, "0")}-z7`;
  if (/^-\d{2}$/.test(tail)) return `${y}${tail}-z6`;
  return rest;
}

/** Quarters count four times, halves twice: revenue per year. */
export function annualFactor(period: string): number {
  if (/-Q[1-4]$/.test(period)) return 4;
  if (/-H[12]$/.test(period)) return 2;
  return 1;
}
