/**
 * The data's enumerations as the dashboard groups them. The value lists come from
 * src/core/model/enums.ts, which holds no zod, so the schemas and the browser share one definition.
 */
import type { DealType } from "@schema/deal.ts";
import type { EntityKind } from "@schema/entity.ts";

export { DEAL_STATUSES, DEAL_TYPES } from "@core/model/enums.ts";

/** Deal types in seven colour groups: the Okabe–Ito palette has eight colours, one kept for emphasis. */
export const TYPE_GROUPS = ["equity", "compute", "chips", "credit", "guarantee", "power", "other"] as const;
export type TypeGroup = (typeof TYPE_GROUPS)[number];

export const TYPE_GROUP: Readonly<Record<DealType, TypeGroup>> = {
  "equity-investment": "equity",
  warrant: "equity",
  acquisition: "equity",
  "joint-venture": "equity",
  divestment: "equity",
  "compute-commitment": "compute",
  lease: "compute",
  "chip-supply": "chips",
  "vendor-financing": "credit",
  loan: "credit",
  bond: "credit",
  "private-credit": "credit",
  "spv-financing": "credit",
  guarantee: "guarantee",
  "power-purchase": "power",
  partnership: "other",
  "revenue-share": "other",
  licensing: "other",
};

/** Entity kinds in the groups the loop map places together on its circle, in circle order. */
export const KIND_GROUPS = [
  "labs",
  "chips",
  "clouds",
  "neoclouds",
  "builders",
  "power",
  "financiers",
  "spv",
  "other",
] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

export const KIND_GROUP: Readonly<Record<EntityKind, KindGroup>> = {
  "ai-lab": "labs",
  chipmaker: "chips",
  hyperscaler: "clouds",
  neocloud: "neoclouds",
  "datacenter-developer": "builders",
  power: "power",
  investor: "financiers",
  lender: "financiers",
  government: "financiers",
  spv: "spv",
  index: "other",
  other: "other",
};
