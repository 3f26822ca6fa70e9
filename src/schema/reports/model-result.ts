/**
 * What a contagion model returns (core's ModelResult): `halqa network solve --json`, POST
 * /api/network/solve, and the `result` of a stress run. Every model gives the same node fields (those it
 * does not compute are null); its totals and the conventions it ran with depend on the model, so the
 * result is a union discriminated by `model` (docs/methods/stress.md).
 */
import { z } from "zod";

const n = z.number();
const node = z.strictObject({
  id: z.string(),
  payments: n.nullable(),
  recoveryRate: n.nullable(),
  netWorth: n.nullable(),
  equity: n.nullable(),
  defaulted: z.boolean(),
  wave: z.number().int().nullable().describe("The round in which the node defaulted; null if it did not."),
  relativeLoss: n.nullable().describe("DebtRank's relative equity loss in [0, 1]."),
  value: n.nullable(),
});

/** One model's result: its name, its totals and the options it ran with (defaults filled in). */
function result<M extends string, T extends z.ZodRawShape, O extends z.ZodRawShape>(
  model: readonly M[],
  totals: T,
  options: O,
) {
  return z.strictObject({
    model: z.enum(model as unknown as [M, ...M[]]),
    converged: z.literal(true),
    iterations: z.number().int(),
    nodes: z.array(node),
    totals: z.strictObject(totals),
    options: z.strictObject(options),
  });
}

const clearing = { zeroEquityIsDefault: z.boolean(), tolerance: n };

export const ModelResult = z.discriminatedUnion("model", [
  result(
    ["eisenberg-noe"],
    { payments: n, liabilities: n, shortfall: n, externalPaid: n, defaults: n },
    { externalSeniority: z.enum(["pari-passu", "senior"]), ...clearing },
  ),
  result(
    ["rogers-veraart"],
    { payments: n, liabilities: n, shortfall: n, defaults: n },
    { alpha: n, beta: n, ...clearing },
  ),
  result(["furfine"], { defaults: n, interbankLoss: n, rounds: n }, { lgd: n, ...clearing }),
  result(
    ["debtrank", "debtrank-linear"],
    { debtRank: n, initialLoss: n, totalLoss: n, distressed: n, defaulted: n, rounds: n },
    { recovery: n.optional().describe("Linear DebtRank only.") },
  ),
  result(
    ["neva"],
    { defaults: n, equity: n },
    {
      valuation: z.string(),
      lgd: n,
      maturity: n,
      drift: n,
      recovery: n,
      ...clearing,
    },
  ),
  result(
    ["elliott-golub-jackson"],
    { failures: n, waves: n, totalValue: n, failureCosts: n },
    { source: z.enum(["holdings", "dependencies"]), failAtThreshold: z.boolean() },
  ),
  result(
    ["cross-holdings"],
    { defaults: n, equityValue: n, debtValue: n },
    { zeroEquityIsDefault: z.boolean() },
  ),
]);
