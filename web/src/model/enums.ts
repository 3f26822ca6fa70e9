/**
 * The data's enumerations as the dashboard groups them. The lists repeat the schema's enums (the
 * browser takes only types from src/schema, so that zod stays out of the bundle); the type checks
 * below fail the build if the schema gains a value the lists lack, and a test compares them.
 */
import type { DealStatus, DealType } from "@schema/deal.ts";
import type { EntityKind } from "@schema/entity.ts";

export const DEAL_TYPES = [
  "equity-investment",
  "compute-commitment",
  "chip-supply",
  "vendor-financing",
  "warrant",
  "lease",
  "loan",
  "bond",
  "private-credit",
  "guarantee",
  "spv-financing",
  "power-purchase",
  "acquisition",
  "partnership",
  "revenue-share",
  "licensing",
  "divestment",
  "joint-venture",
] as const satisfies readonly DealType[];

export const DEAL_STATUSES = [
  "rumored",
  "talks",
  "loi",
  "mou",
  "announced",
  "signed",
  "closed",
  "funded",
  "revised",
  "terminated",
] as const satisfies readonly DealStatus[];

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

// Compile-time completeness: a schema value missing from a list above is a type error here.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
export const TYPES_COMPLETE: Missing<DealType, (typeof DEAL_TYPES)[number]> = true;
export const STATUSES_COMPLETE: Missing<DealStatus, (typeof DEAL_STATUSES)[number]> = true;
