import type { Figure } from "./figure.ts";
import type { Id, Localized } from "./primitives.ts";

export type EntityKind =
  | "ai-lab"
  | "chipmaker"
  | "hyperscaler"
  | "neocloud"
  | "datacenter-developer"
  | "power"
  | "investor"
  | "lender"
  | "spv"
  | "government"
  | "index"
  | "other";

export type GuaranteeKind =
  | "residual-value-guarantee"
  | "backstop"
  | "completion-guarantee"
  | "lease"
  | "payment-guarantee"
  | "other";

/** A promise a sponsor gives to (or for) a vehicle: e.g. Meta's 16-year residual value guarantee. */
export type Guarantee = {
  kind: GuaranteeKind;
  amount?: Figure | undefined;
  /** Term in years. */
  termYears?: number | undefined;
  /** The deal that records the guarantee, when there is one. */
  deal?: Id | undefined;
  note?: string | undefined;
};

/** A sponsor of an SPV or JV, with its stake in percent. */
export type Sponsor = {
  entity: Id;
  stakePct?: number | undefined;
  guarantees?: Guarantee[] | undefined;
  note?: string | undefined;
};

export type Entity = {
  id: Id;
  name: Localized;
  kind: EntityKind;
  /** Exchange ticker, e.g. NASDAQ:NVDA. */
  ticker?: string | undefined;
  /** ISO 3166 alpha-2 country of headquarters. */
  country?: string | undefined;
  aliases?: string[] | undefined;
  /** The group the entity belongs to (AWS → Amazon). */
  parent?: Id | undefined;
  sponsors?: Sponsor[] | undefined;
  note?: string | undefined;
};
