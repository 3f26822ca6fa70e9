/**
 * Deals: the centre of the data model. A deal has parties, a dated status history, links to other
 * deals and flows. A flow moves one kind of thing (cash, chips, compute, power, …) from one entity to
 * another in one unit, with its value layers kept apart: `announced` ("up to"), `committed`
 * (binding) and `paid` (to date).
 */
import { z } from "zod";
import type * as model from "../core/model/deal.ts";
import { DEAL_STATUSES, DEAL_TYPES } from "../core/model/enums.ts";
import { firstDay, lastDay } from "../core/time/dates.ts";
import { checkPercent, Figure } from "./figure.ts";
import { ALWAYS, Id, IsoDate, issue, isValidIsoDate, Localized, Unit } from "./primitives.ts";
import type { Expect, Same } from "./same-type.ts";

export const DealType = z.enum(DEAL_TYPES);

/** Lifecycle of a deal, in the order a deal usually moves through it. */
export const DealStatus = z.enum(DEAL_STATUSES);

export const FlowKind = z.enum([
  "cash",
  "equity",
  "warrant",
  "compute",
  "chips",
  "memory",
  "power",
  "guarantee",
]);

/** Which units each flow kind may be measured in. Money moves as cash; goods move in their own units. */
export const UNITS_BY_FLOW_KIND: Readonly<Record<FlowKind, readonly Unit[]>> = {
  cash: ["USD"],
  equity: ["USD", "shares", "percent"],
  warrant: ["shares", "USD"],
  compute: ["USD", "GW", "MW", "GPUs", "units"],
  chips: ["USD", "GPUs", "units", "GW", "MW"],
  memory: ["USD", "wafers-per-month", "units"],
  power: ["MW", "GW", "MWh", "TWh", "USD", "units"],
  guarantee: ["USD"],
};

export const PartyRole = z.enum([
  "investor",
  "investee",
  "buyer",
  "seller",
  "supplier",
  "customer",
  "lender",
  "borrower",
  "lessor",
  "lessee",
  "guarantor",
  "beneficiary",
  "sponsor",
  "vehicle",
  "developer",
  "operator",
  "arranger",
  "acquirer",
  "target",
  "partner",
  "issuer",
  "grantee",
]);

export const LinkType = z.enum(["funds", "overlaps", "replaces", "part-of"]);

export const Period = z
  .strictObject({
    start: IsoDate,
    end: IsoDate.optional(),
    /** Length in years, when the source gives a term instead of an end date. */
    years: z.number().positive().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.end !== undefined && p.years !== undefined) issue(ctx, "period-overdetermined", ["years"]);
    if (validDate(p.end) && validDate(p.start) && lastDay(p.end) < firstDay(p.start)) {
      issue(ctx, "period-end-before-start", ["end"], { start: p.start, end: p.end });
    }
  }, ALWAYS);

function validDate(x: unknown): x is string {
  return typeof x === "string" && isValidIsoDate(x);
}

export const ScheduleEntry = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  /** Relative weight of this year; weights are normalised so the years sum to the flow's amount. */
  share: z.number().positive(),
});

export const Flow = z
  .strictObject({
    /** Local id within the deal; defaults to the flow's position. */
    id: Id.optional(),
    kind: FlowKind,
    from: Id,
    to: Id,
    unit: Unit,
    announced: Figure.optional(),
    committed: Figure.optional(),
    paid: Figure.optional(),
    /** True when the flow happens only if a condition is met (a milestone, a GW deployed, a share price). */
    conditional: z.boolean().default(false),
    condition: z.string().optional(),
    /** Overrides the deal's period for this flow. */
    period: Period.optional(),
    /** How the amount falls across years (weights); without it the amount is spread evenly over the period. */
    schedule: z.array(ScheduleEntry).min(1).optional(),
    note: z.string().optional(),
  })
  .superRefine((flow, ctx) => {
    const units = UNITS_BY_FLOW_KIND[flow.kind] as readonly Unit[] | undefined;
    if (units && !units.includes(flow.unit)) {
      issue(ctx, "unit-kind-mismatch", ["unit"], { unit: flow.unit, kind: flow.kind });
    }
    if (flow.from === flow.to) issue(ctx, "self-flow", ["to"], { entity: flow.to });
    if (!flow.announced && !flow.committed && !flow.paid) issue(ctx, "flow-empty");
    for (const layer of ["announced", "committed", "paid"] as const) {
      checkPercent(flow[layer], flow.unit, ctx, [layer]);
    }
    const years = new Set<number>();
    (Array.isArray(flow.schedule) ? flow.schedule : []).forEach((entry, i) => {
      if (years.has(entry?.year))
        issue(ctx, "schedule-duplicate-year", ["schedule", i, "year"], { year: entry.year });
      years.add(entry?.year);
    });
  }, ALWAYS);

export const StatusEvent = z.strictObject({
  status: DealStatus,
  date: IsoDate,
  sources: z.array(Id).optional(),
  note: z.string().optional(),
});

export const Party = z.strictObject({ entity: Id, role: PartyRole, note: z.string().optional() });

export const DealLink = z.strictObject({ type: LinkType, deal: Id, note: z.string().optional() });

export const Deal = z
  .strictObject({
    id: Id,
    title: Localized,
    type: DealType,
    announced: IsoDate,
    period: Period.optional(),
    /** Dated history, oldest first; the last event on or before the as-of date is the deal's status. */
    status: z.array(StatusEvent).min(1),
    parties: z.array(Party).min(1),
    flows: z.array(Flow).default([]),
    links: z.array(DealLink).optional(),
    sources: z.array(Id).min(1, { error: "deal-unsourced" }),
    confidence: z.enum(["high", "medium", "low"]).optional(),
    notes: z.string().optional(),
  })
  .superRefine((deal, ctx) => {
    const history = Array.isArray(deal.status) ? deal.status : [];
    history.forEach((event, i) => {
      const previous = history[i - 1];
      if (
        validDate(event?.date) &&
        validDate(previous?.date) &&
        firstDay(event.date) < firstDay(previous.date)
      ) {
        issue(ctx, "status-out-of-order", ["status", i, "date"], {
          date: event.date,
          previous: previous.date,
        });
      }
    });
    const flowIds = new Set<string>();
    (Array.isArray(deal.flows) ? deal.flows : []).forEach((flow, i) => {
      if (typeof flow?.id !== "string") return;
      if (flowIds.has(flow.id)) issue(ctx, "duplicate-id", ["flows", i, "id"], { id: flow.id });
      flowIds.add(flow.id);
    });
  }, ALWAYS);

export type Deal = model.Deal;
export type Flow = model.Flow;
export type DealType = model.DealType;
export type DealStatus = model.DealStatus;
export type FlowKind = model.FlowKind;
export type Period = model.Period;
export type DealLink = model.DealLink;
type _DealMatches = Expect<Same<z.output<typeof Deal>, model.Deal>>;
type _FlowKindMatches = Expect<Same<z.output<typeof FlowKind>, model.FlowKind>>;
