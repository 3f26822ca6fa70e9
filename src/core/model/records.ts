/**
 * The records beside deals: company financials, market and macro indicators, data-centre sites with
 * their power, and cited parameters (unit converters). Each quantity is a figure with its sources.
 */
import type { Figure } from "./figure.ts";
import type { Id, IsoDate, Localized, Unit } from "./primitives.ts";

export type FinancialMetric =
  | "revenue"
  | "revenue-run-rate"
  | "segment-revenue"
  | "net-income"
  | "operating-income"
  | "operating-cash-flow"
  | "free-cash-flow"
  | "cash-burn"
  | "cash"
  | "capex"
  | "compute-cost"
  | "inference-cost"
  | "r-and-d"
  | "sales-and-marketing"
  | "stock-compensation"
  | "rpo"
  | "backlog"
  | "debt"
  | "valuation"
  | "market-cap"
  | "shareholders-equity"
  | "market-cap-change"
  | "gross-margin"
  | "customer-share"
  | "investment-holdings"
  | "investment-commitments"
  | "infrastructure-commitments"
  | "headcount"
  | "other";

/**
 * A financial period: 2024, 2025-H1, 2025-Q3, FY2026, FY2026-Q3, a month or a day (point-in-time
 * figures), or a range of years (2025-2028, cumulative figures).
 */
export type FinancialPeriod = string;

/** A financial is a figure (which may be negative) with its context, so the YAML stays flat. */
export type Financial = Figure & {
  entity: Id;
  metric: FinancialMetric;
  period: FinancialPeriod;
  unit: Unit;
  /** Free label when `metric` is `other` or needs a qualifier ("Data Center", "API"). */
  label?: string | undefined;
  /** The counterparty for `customer-share` (whose share of the entity's revenue). */
  counterparty?: Id | undefined;
  /** True for forecasts and plans rather than reported results. */
  forecast?: boolean | undefined;
  /** The last day of a fiscal-year period, so that fiscal years can be laid over calendar-year flows. */
  periodEnd?: IsoDate | undefined;
};

export type IndicatorKind = "forecast" | "observation" | "estimate" | "ratio";
export type IndicatorTopic =
  | "power"
  | "capex"
  | "funding"
  | "revenue"
  | "market"
  | "credit"
  | "macro"
  | "compute"
  | "adoption";

export type Indicator = {
  id: Id;
  name: Localized;
  /** Who published the figure (an entity or an outlet by name). */
  by: string;
  kind: IndicatorKind;
  unit: Unit;
  /** May be negative (growth rates, balances). */
  figure: Figure;
  /** The year or period the figure is about (2030, 2025-2028). */
  period?: FinancialPeriod | undefined;
  /** For growth figures: the base year. */
  baseYear?: number | undefined;
  region?: string | undefined;
  topic: IndicatorTopic;
  note?: string | undefined;
};

export type PowerKind =
  | "grid"
  | "onsite-gas"
  | "onsite-other"
  | "ppa-nuclear"
  | "ppa-gas"
  | "ppa-renewable"
  | "ppa-other";

export type PowerStatus =
  | "requested"
  | "planned"
  | "approved"
  | "under-construction"
  | "operating"
  | "contested";

/** A source of power for a site, in MW or GW. */
export type SitePower = Figure & {
  kind: PowerKind;
  unit: "MW" | "GW";
  /** When the power is (or is expected to be) available. */
  date?: IsoDate | undefined;
  status?: PowerStatus | undefined;
  counterparty?: Id | undefined;
  deal?: Id | undefined;
  /** Number of turbines, engines or units, when the source counts them. */
  units?: number | undefined;
};

/** Capacity online (cumulative) at a site by a date. */
export type SiteCapacity = Figure & { date: IsoDate; unit: "MW" | "GW" };

export type Site = {
  id: Id;
  name: Localized;
  operators: Id[];
  developer?: Id | undefined;
  owner?: Id | undefined;
  location: { country: string; region?: string | undefined; place?: string | undefined };
  capacity: SiteCapacity[];
  power: SitePower[];
  deals?: Id[] | undefined;
  note?: string | undefined;
};

/** A cited constant (a unit converter, a price): one figure in one unit. */
export type Parameter = {
  id: Id;
  name: Localized;
  unit: Unit;
  figure: Figure;
  description?: string | undefined;
};
