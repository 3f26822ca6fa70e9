/**
 * The company sheet: what `halqa company ID --json` prints and `/api/company/{id}` returns. One
 * entity seen through every analysis, each on the same as-of date and value basis: its reported
 * financials (every financial record, generically by metric and period), its deals in and out on the
 * flows engine's current view (with what is left out and why), what it pays and receives by year,
 * the circular share of its receipts (proportional tracing), the money loops through it, the sites it
 * operates, develops or owns, its losses in the deterministic stress scenarios given, and every
 * source cited, numbered.
 */

import { compareText } from "../compare.ts";
import { type Amount, amountOf, sumAmounts, ZERO } from "../dataset/figures.ts";
import { statusAsOf } from "../dataset/status.ts";
import { ConvergenceError, ModelError } from "../errors.ts";
import { type Basis, expandFlows, type FlowRow, layerFigure } from "../flows/expand.ts";
import { isUndated } from "../flows/undated.ts";
import type { MoneyLoop } from "../loops/money-loops.ts";
import type { Dataset } from "../model/dataset.ts";
import type { DealStatus } from "../model/deal.ts";
import type { Scenario } from "../model/scenario.ts";
import { runScenario } from "../stress/run-scenario.ts";
import { firstDay } from "../time/dates.ts";
import { circularityReport } from "./circularity-report.ts";
import { type CitedSource, SourceCollector } from "./cited-sources.ts";
import { companyFinancials, type FinancialLine } from "./company-financials.ts";
import { exclusionParams, type Localized } from "./deal-timeline.ts";
import { loopsReport } from "./loops-report.ts";

export type CompanyDeal = {
  deal: string;
  title: Localized;
  type: string;
  status: DealStatus | null;
  counterparties: string[];
  /** What the totals count on the basis (zero when all of it is left out). */
  counted: Amount;
  excluded: { reason: string; amount: Amount; params: Record<string, string | number | boolean> }[];
  /** Some figure behind the amount is an estimate (an analyst's or halqa's), not a party's statement. */
  estimate: boolean;
  sources: string[];
};

export type CompanySite = {
  id: string;
  name: Localized;
  roles: ("operator" | "developer" | "owner")[];
  country: string;
  region: string | null;
  /** The last capacity figure dated on or before the as-of date (null: none yet). */
  capacity: { date: string; unit: string; amount: Amount; sources: string[] } | null;
  /** Power secured (grid, on-site, PPAs), by unit. */
  power: { unit: string; amount: Amount }[];
};

export type CompanyStress = {
  scenario: string;
  title: Localized;
  file: string;
  /** null when the run failed (did not converge, bad input); `failure` says why. */
  loss: number | null;
  capital: number | null;
  share: number | null;
  defaultWave: number | null;
  failure: string | null;
};

export type CompanyReport = {
  asOf: string;
  basis: Basis;
  year: number | null;
  unit: "USD";
  entity: {
    id: string;
    name: Localized;
    kind: string;
    ticker: string | null;
    country: string | null;
    aliases: string[];
    parent: string | null;
    note: string | null;
  };
  financials: FinancialLine[];
  deals: {
    in: CompanyDeal[];
    out: CompanyDeal[];
    other: { deal: string; title: Localized; status: DealStatus | null; roles: string[] }[];
  };
  totals: { receives: Amount; pays: Amount };
  byYear: { year: number; receives: Amount; pays: Amount }[];
  /**
   * Contracts paid over time whose term the data does not give (a compute, chip, lease or power contract
   * with no end): counted in the totals, placed in no year — the year it was announced is not when it falls due.
   */
  undated: { receives: Amount; pays: Amount };
  circularity: {
    /** Money passing through it: its receipts plus what it pays beyond them (money from outside). */
    receipts: number;
    inflow: number;
    outside: number;
    selfShare: number;
    outsideShare: number;
    origins: { origin: string; share: number }[];
  } | null;
  loops: { found: number; truncated: boolean; shown: MoneyLoop[] };
  sites: CompanySite[];
  stress: CompanyStress[];
  sources: CitedSource[];
};

export type StressInput = {
  scenarios: readonly { file: string; scenario: Scenario }[];
  /** Resolves `{from}` fractions (the schema's resolveFraction bound to the dataset). */
  fraction: (f: number | { from: string }) => number;
};

export type CompanyOptions = {
  asOf: string;
  basis: Basis;
  year?: number;
  /** Loops listed (the largest first); the count covers all. */
  loopLimit?: number;
  stress?: StressInput;
};

type CompanyData = Pick<Dataset, "deals" | "entities" | "sources" | "financials" | "parameters" | "sites">;

export function companyReport(
  dataset: CompanyData,
  id: string,
  options: CompanyOptions,
): CompanyReport | undefined {
  const entity = dataset.entities.find((e) => e.id === id);
  if (!entity) return undefined;
  const { asOf, basis } = options;
  const window = options.year !== undefined ? { fromYear: options.year, toYear: options.year } : {};
  const sources = new SourceCollector();
  // Cited in the order the sheet shows them, so the source numbers rise down the page.
  const financials = companyFinancials(dataset.financials, id, options.year, sources.cite);
  const flows = expandFlows(dataset, { basis, asOf, entity: id, ...window });
  const dealsIn = groupDeals(
    dataset,
    basis,
    flows.rows.filter((r) => r.to === id),
    flows.excluded.filter((e) => e.to === id),
    id,
    asOf,
    sources.cite,
  );
  const dealsOut = groupDeals(
    dataset,
    basis,
    flows.rows.filter((r) => r.from === id),
    flows.excluded.filter((e) => e.from === id),
    id,
    asOf,
    sources.cite,
  );
  const seen = new Set([...dealsIn, ...dealsOut].map((d) => d.deal));
  const types = new Map(dataset.deals.map((d) => [d.id, d.type]));
  const other = dataset.deals
    .filter((d) => !seen.has(d.id) && statusAsOf(d, asOf) !== undefined)
    .filter(
      (d) => d.parties.some((p) => p.entity === id) || d.flows.some((f) => f.from === id || f.to === id),
    )
    .map((d) => {
      sources.cite(d.sources);
      return {
        deal: d.id,
        title: d.title,
        status: statusAsOf(d, asOf) ?? null,
        roles: [...new Set(d.parties.filter((p) => p.entity === id).map((p) => p.role))],
      };
    });
  const tracing = circularityReport(dataset, { basis, asOf, entity: id, ...window }).nodes[0];
  const loops = loopsReport(dataset, { basis, asOf, entity: id, limit: options.loopLimit ?? 10, ...window });
  return {
    asOf,
    basis,
    year: options.year ?? null,
    unit: "USD",
    entity: {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      ticker: entity.ticker ?? null,
      country: entity.country ?? null,
      aliases: entity.aliases ?? [],
      parent: entity.parent ?? null,
      note: entity.note ?? null,
    },
    financials,
    deals: { in: dealsIn, out: dealsOut, other },
    totals: {
      receives: sumAmounts(dealsIn.map((d) => d.counted)),
      pays: sumAmounts(dealsOut.map((d) => d.counted)),
    },
    byYear: byYear(
      flows.rows.filter((r) => !isUndated(r, types)),
      id,
    ),
    undated: {
      receives: sumAmounts(flows.rows.filter((r) => r.to === id && isUndated(r, types)).map((r) => r.amount)),
      pays: sumAmounts(flows.rows.filter((r) => r.from === id && isUndated(r, types)).map((r) => r.amount)),
    },
    circularity: tracing
      ? {
          receipts: tracing.throughput,
          inflow: tracing.inflow,
          outside: tracing.outside,
          selfShare: tracing.selfShare,
          outsideShare: tracing.outsideShare,
          origins: tracing.origins.map((o) => ({ origin: o.origin, share: o.share })),
        }
      : null,
    loops: { found: loops.found, truncated: loops.truncated, shown: loops.loops },
    sites: companySites(dataset.sites, id, asOf, sources.cite),
    stress: options.stress ? companyStress(dataset, id, asOf, options.stress) : [],
    sources: sources.list(dataset),
  };
}

function groupDeals(
  dataset: Pick<Dataset, "deals">,
  basis: Basis,
  rows: readonly FlowRow[],
  excluded: ReturnType<typeof expandFlows>["excluded"],
  id: string,
  asOf: string,
  cite: (ids: readonly string[]) => string[],
): CompanyDeal[] {
  const byDeal = new Map<string, CompanyDeal>();
  const byId = new Map(dataset.deals.map((d) => [d.id, d]));
  const line = (dealId: string, counterparty: string): CompanyDeal => {
    let entry = byDeal.get(dealId);
    if (!entry) {
      const deal = byId.get(dealId);
      entry = {
        deal: dealId,
        title: deal?.title ?? { en: dealId, ar: dealId },
        type: deal?.type ?? "",
        status: deal ? (statusAsOf(deal, asOf) ?? null) : null,
        counterparties: [],
        counted: ZERO,
        excluded: [],
        estimate: false,
        sources: [],
      };
      byDeal.set(dealId, entry);
    }
    if (counterparty !== id && !entry.counterparties.includes(counterparty))
      entry.counterparties.push(counterparty);
    return entry;
  };
  for (const row of rows) {
    const entry = line(row.deal, row.from === id ? row.to : row.from);
    entry.counted = sumAmounts([entry.counted, row.amount]);
    for (const s of row.sources) if (!entry.sources.includes(s)) entry.sources.push(s);
  }
  for (const e of excluded) {
    const entry = line(e.deal, e.from === id ? e.to : e.from);
    entry.excluded.push({ reason: e.reason, amount: e.amount, params: exclusionParams(e) });
    for (const s of e.sources) if (!entry.sources.includes(s)) entry.sources.push(s);
  }
  const list = [...byDeal.values()];
  for (const d of list) {
    const flows = byId.get(d.deal)?.flows ?? [];
    d.estimate = flows.some(
      (f) => (f.from === id || f.to === id) && f.unit === "USD" && layerFigure(f, basis)?.estimate === true,
    );
    cite(d.sources);
  }
  return list.sort((a, b) => b.counted.value - a.counted.value || compareText(a.deal, b.deal));
}

function byYear(rows: readonly FlowRow[], id: string) {
  const years = new Map<number, { receives: Amount[]; pays: Amount[] }>();
  for (const row of rows) {
    const y = years.get(row.year) ?? { receives: [], pays: [] };
    (row.to === id ? y.receives : y.pays).push(row.amount);
    years.set(row.year, y);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, y]) => ({ year, receives: sumAmounts(y.receives), pays: sumAmounts(y.pays) }));
}

function companySites(
  sites: Dataset["sites"],
  id: string,
  asOf: string,
  cite: (ids: readonly string[]) => string[],
): CompanySite[] {
  return sites
    .filter((s) => s.operators.includes(id) || s.developer === id || s.owner === id)
    .map((s) => {
      const roles: CompanySite["roles"] = [];
      if (s.operators.includes(id)) roles.push("operator");
      if (s.developer === id) roles.push("developer");
      if (s.owner === id) roles.push("owner");
      // Capacity figures are cumulative: the last one dated by the as-of date is what is online.
      const online = s.capacity.filter((c) => firstDay(c.date) <= firstDay(asOf));
      const last = online.sort((a, b) => firstDay(a.date) - firstDay(b.date))[online.length - 1];
      const power = new Map<string, Amount[]>();
      for (const p of s.power) {
        power.set(p.unit, [...(power.get(p.unit) ?? []), amountOf(p)]);
        cite(p.sources);
      }
      return {
        id: s.id,
        name: s.name,
        roles,
        country: s.location.country,
        region: s.location.region ?? null,
        capacity: last
          ? { date: last.date, unit: last.unit, amount: amountOf(last), sources: cite(last.sources) }
          : null,
        power: [...power.entries()].map(([unit, amounts]) => ({ unit, amount: sumAmounts(amounts) })),
      };
    });
}

function companyStress(dataset: CompanyData, id: string, asOf: string, stress: StressInput): CompanyStress[] {
  return stress.scenarios.map(({ file, scenario }) => {
    const base = { scenario: scenario.id, title: scenario.title, file };
    try {
      const result = runScenario(dataset, scenario, { asOf, fraction: stress.fraction });
      const loss = result.losses.find((l) => l.entity === id);
      const wave = result.defaults.find((d) => d.entity === id)?.wave ?? null;
      return {
        ...base,
        loss: loss?.loss ?? 0,
        capital: loss?.capital ?? null,
        share: loss?.share ?? null,
        defaultWave: wave,
        failure: null,
      };
    } catch (error) {
      // A scenario that does not converge or does not fit the data is reported, not dropped; a bug is thrown.
      if (!(error instanceof ModelError)) throw error;
      return {
        ...base,
        loss: null,
        capital: null,
        share: null,
        defaultWave: null,
        failure: error instanceof ConvergenceError ? "not-converged" : "invalid-input",
      };
    }
  });
}
