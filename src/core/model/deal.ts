/**
 * Deals: the centre of the model. A deal has parties, a dated status history, links to other deals
 * and flows. A flow moves one kind of thing from one entity to another in one unit, with its value
 * layers kept apart: `announced` ("up to"), `committed` (binding) and `paid` (to date).
 */
import type { DEAL_STATUSES, DEAL_TYPES } from "./enums.ts";
import type { Figure } from "./figure.ts";
import type { Confidence, Id, IsoDate, Localized, Unit } from "./primitives.ts";

export type DealType = (typeof DEAL_TYPES)[number];
export type DealStatus = (typeof DEAL_STATUSES)[number];
export type FlowKind = "cash" | "equity" | "warrant" | "compute" | "chips" | "memory" | "power" | "guarantee";

export type PartyRole =
  | "investor"
  | "investee"
  | "buyer"
  | "seller"
  | "supplier"
  | "customer"
  | "lender"
  | "borrower"
  | "lessor"
  | "lessee"
  | "guarantor"
  | "beneficiary"
  | "sponsor"
  | "vehicle"
  | "developer"
  | "operator"
  | "arranger"
  | "acquirer"
  | "target"
  | "partner"
  | "issuer"
  | "grantee";

export type LinkType = "funds" | "overlaps" | "replaces" | "part-of";

export type Period = {
  start: IsoDate;
  end?: IsoDate | undefined;
  /** Length in years, when the source gives a term instead of an end date. */
  years?: number | undefined;
};

export type ScheduleEntry = {
  year: number;
  /** Relative weight of this year; weights are normalised so the years sum to the flow's amount. */
  share: number;
};

export type Flow = {
  /** Local id within the deal; defaults to the flow's position. */
  id?: Id | undefined;
  kind: FlowKind;
  from: Id;
  to: Id;
  unit: Unit;
  announced?: Figure | undefined;
  committed?: Figure | undefined;
  paid?: Figure | undefined;
  /** True when the flow happens only if a condition is met (a milestone, a GW deployed, a share price). */
  conditional: boolean;
  condition?: string | undefined;
  /** Overrides the deal's period for this flow. */
  period?: Period | undefined;
  /** How the amount falls across years (weights); without it the amount is spread evenly over the period. */
  schedule?: ScheduleEntry[] | undefined;
  note?: string | undefined;
};

export type StatusEvent = {
  status: DealStatus;
  date: IsoDate;
  sources?: Id[] | undefined;
  note?: string | undefined;
};

export type Party = { entity: Id; role: PartyRole; note?: string | undefined };

export type DealLink = { type: LinkType; deal: Id; note?: string | undefined };

export type Deal = {
  id: Id;
  title: Localized;
  type: DealType;
  announced: IsoDate;
  period?: Period | undefined;
  /** Dated history, oldest first; the last event on or before the as-of date is the deal's status. */
  status: StatusEvent[];
  parties: Party[];
  flows: Flow[];
  links?: DealLink[] | undefined;
  sources: Id[];
  confidence?: Confidence | undefined;
  notes?: string | undefined;
};
