import { z } from "zod";
import type { EntityKind as EntityKindModel, Entity as EntityModel } from "../core/model/entity.ts";
import { Figure } from "./figure.ts";
import { ALWAYS, Id, isNum, issue, Localized } from "./primitives.ts";
import type { Expect, Same } from "./same-type.ts";

export const EntityKind = z.enum([
  "ai-lab",
  "chipmaker",
  "hyperscaler",
  "neocloud",
  "datacenter-developer",
  "power",
  "investor",
  "lender",
  "spv",
  "government",
  "index",
  "other",
]);

export const GuaranteeKind = z.enum([
  "residual-value-guarantee",
  "backstop",
  "completion-guarantee",
  "lease",
  "payment-guarantee",
  "other",
]);

/** A promise a sponsor gives to (or for) a vehicle: e.g. Meta's 16-year residual value guarantee. */
export const Guarantee = z.strictObject({
  kind: GuaranteeKind,
  amount: Figure.optional(),
  /** Term in years. */
  termYears: z.number().positive().optional(),
  /** The deal that records the guarantee, when there is one. */
  deal: Id.optional(),
  note: z.string().optional(),
});

/** A sponsor of an SPV or JV, with its stake in percent. */
export const Sponsor = z.strictObject({
  entity: Id,
  stakePct: z.number().min(0).optional(),
  guarantees: z.array(Guarantee).optional(),
  note: z.string().optional(),
});

export const Entity = z
  .strictObject({
    id: Id,
    name: Localized,
    kind: EntityKind,
    /** Exchange ticker, e.g. NASDAQ:NVDA. */
    ticker: z.string().trim().min(1).optional(),
    /** ISO 3166 alpha-2 country of headquarters. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    aliases: z.array(z.string().trim().min(1)).optional(),
    /** The group the entity belongs to (AWS → Amazon). */
    parent: Id.optional(),
    sponsors: z.array(Sponsor).optional(),
    note: z.string().optional(),
  })
  .superRefine((entity, ctx) => {
    const stakes = Array.isArray(entity.sponsors) ? entity.sponsors : [];
    stakes.forEach((s, i) => {
      if (isNum(s?.stakePct) && s.stakePct > 100) {
        issue(ctx, "percent-over-100", ["sponsors", i, "stakePct"], { value: s.stakePct });
      }
    });
    const total = stakes.reduce((sum, s) => sum + (isNum(s?.stakePct) ? s.stakePct : 0), 0);
    // A little slack: published stakes are rounded (e.g. 33.3 + 33.3 + 33.4).
    if (total > 100 + 1e-6) issue(ctx, "stakes-over-100", ["sponsors"], { total });
  }, ALWAYS);

export type Entity = EntityModel;
export type EntityKind = EntityKindModel;
type _EntityMatches = Expect<Same<z.output<typeof Entity>, EntityModel>>;
