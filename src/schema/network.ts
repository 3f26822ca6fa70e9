/**
 * The plain financial network file (docs/network-format.md): nodes with their balance sheet,
 * interbank liabilities, holdings, dependencies, shocks and the model to run. Checks beyond the
 * shape raise halqa codes: `negative-amount`, `self-liability`, `holdings-over-100`,
 * `unknown-node` and `duplicate-node`. `parseNetwork` is the boundary: it returns the network ready
 * for `indexNetwork`, or every problem at once.
 */
import { z } from "zod";
import type { PathSegment } from "../core/dataset/problem.ts";
import type { FinancialNetwork } from "../core/model/network.ts";
import { ALWAYS, isNum, issue } from "./primitives.ts";
import type { Expect, Same } from "./same-type.ts";

const amount = z.number().superRefine((value, ctx) => {
  if (value < 0) issue(ctx, "negative-amount", [], { value });
});
const NodeId = z.string().trim().min(1).max(200);

const NetworkNodeSchema = z.strictObject({
  id: NodeId,
  // Absent balances are 0: DebtRank and Furfine read neither, and a bank with no outside assets or
  // debts is a real case (docs/network-format.md).
  externalAssets: amount.default(0),
  externalLiabilities: amount.default(0),
  capital: z.number().optional(),
  debt: amount.optional(),
  threshold: z.number().optional(),
  failureCost: amount.optional(),
  weight: amount.optional(),
  volatility: amount.optional(),
});

const LiabilitySchema = z.strictObject({ debtor: NodeId, creditor: NodeId, amount });
const HoldingSchema = z.strictObject({
  holder: NodeId,
  issuer: NodeId,
  share: z.number().min(0).max(1),
  kind: z.enum(["equity", "debt"]),
});
const DependencySchema = z.strictObject({ holder: NodeId, issuer: NodeId, weight: amount });
const ShockSchema = z.strictObject({
  node: NodeId,
  externalAssets: z.number().optional(),
  equityLoss: z.number().min(0).max(1).optional(),
  default: z.boolean().optional(),
});
/**
 * The model and its options. Options with a fixed set of values are checked here, with their path
 * (`model.valuation`); solvers check the rest. NEVA's are listed in docs/network-format.md.
 */
export const MODEL_CHOICE_OPTIONS = {
  externalSeniority: z.enum(["pari-passu", "senior"]).optional(),
  valuation: z.enum(["eisenberg-noe", "furfine", "black-cox", "linear-debtrank"]).optional(),
  blackCoxAssets: z.enum(["external", "total"]).optional(),
};
const ModelSchema = z.looseObject({ name: z.string().min(1), ...MODEL_CHOICE_OPTIONS });

type Ref = { id: unknown; path: PathSegment[] };

export const NetworkFileSchema = z
  .strictObject({
    nodes: z.array(NetworkNodeSchema).min(1),
    liabilities: z.array(LiabilitySchema).default([]),
    holdings: z.array(HoldingSchema).default([]),
    dependencies: z.array(DependencySchema).default([]),
    shocks: z.array(ShockSchema).default([]),
    model: ModelSchema.optional(),
  })
  .superRefine((file, ctx) => checkReferences(ctx, file as Partial<NetworkFile>), ALWAYS);

export type NetworkFile = z.infer<typeof NetworkFileSchema>;
type _NetworkMatches = Expect<Same<Omit<NetworkFile, "model">, FinancialNetwork>>;

function checkReferences(ctx: z.RefinementCtx, file: Partial<NetworkFile>): void {
  // ALWAYS runs this even when the shape failed: the body may be null, an array or a number.
  if (typeof file !== "object" || file === null || Array.isArray(file)) return;
  const ids = new Map<string, number>();
  rowsOf(file.nodes).forEach((node, i) => {
    if (typeof node?.id !== "string") return;
    const first = ids.get(node.id);
    if (first !== undefined) issue(ctx, "duplicate-node", ["nodes", i, "id"], { id: node.id, first });
    else ids.set(node.id, i);
  });
  const refs: Ref[] = [];
  const list = <T>(key: string, rows: T[] | undefined, fields: (keyof T & string)[]) =>
    rowsOf(rows).forEach((row, i) => {
      for (const f of fields) refs.push({ id: row?.[f], path: [key, i, f] });
    });
  list("liabilities", file.liabilities, ["debtor", "creditor"]);
  list("holdings", file.holdings, ["holder", "issuer"]);
  list("dependencies", file.dependencies, ["holder", "issuer"]);
  list("shocks", file.shocks, ["node"]);
  for (const ref of refs) {
    if (typeof ref.id === "string" && !ids.has(ref.id)) issue(ctx, "unknown-node", ref.path, { id: ref.id });
  }
  rowsOf(file.liabilities).forEach((l, i) => {
    if (typeof l?.debtor === "string" && l.debtor === l.creditor) {
      issue(ctx, "self-liability", ["liabilities", i], { node: l.debtor });
    }
  });
  const totals = new Map<string, { total: number; first: number }>();
  rowsOf(file.holdings).forEach((h, i) => {
    if (typeof h?.issuer !== "string" || !isNum(h.share) || h.share > 1) return;
    const key = `${h.kind}\u0000${h.issuer}`;
    const seen = totals.get(key) ?? { total: 0, first: i };
    seen.total += h.share;
    totals.set(key, seen);
  });
  for (const [key, { total, first }] of totals) {
    // A rounding slack so that shares written as thirds still add up to one.
    if (total > 1 + 1e-9) {
      const [kind, issuer] = key.split("\u0000");
      issue(ctx, "holdings-over-100", ["holdings", first, "share"], {
        issuer,
        kind,
        total: round(total * 100),
      });
    }
  }
}

/** The rows of a list field, or none when the field is not a list (its shape is reported already). */
const rowsOf = <T>(rows: T[] | undefined): T[] => (Array.isArray(rows) ? rows : []);

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A problem in a network file, before the caller adds the file name. */
export type NetworkProblem = { code: string; path: PathSegment[]; params: Record<string, unknown> };

export type ParsedNetwork =
  | {
      ok: true;
      network: FinancialNetwork /** `name` and the options of the model the file asks for. */;
      model?: Record<string, unknown>;
    }
  | { ok: false; problems: NetworkProblem[] };

export function parseNetwork(json: unknown): ParsedNetwork {
  // With the input on each issue, a wrong value (an unknown choice) is told apart from a missing one.
  const result = NetworkFileSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, problems: result.error.issues.flatMap(toProblems) };
  const { model, ...network } = result.data;
  return model === undefined ? { ok: true, network } : { ok: true, network, model };
}

function received(input: unknown): string {
  return input === null ? "null" : Array.isArray(input) ? "a list" : typeof input;
}

function toProblems(raw: z.core.$ZodIssue): NetworkProblem[] {
  const path = raw.path.filter((p): p is PathSegment => typeof p !== "symbol");
  const params = (raw as { params?: Record<string, unknown> }).params;
  if (params && typeof params.code === "string") return [{ code: params.code, path, params }];
  const input = (raw as { input?: unknown }).input;
  if ((raw.code === "invalid_type" || raw.code === "invalid_value") && input === undefined) {
    const field = path[path.length - 1];
    return [{ code: "required", path, params: { field: typeof field === "string" ? field : undefined } }];
  }
  // Infinity and NaN are numbers to JavaScript; say so rather than "expected number, found number".
  if (typeof input === "number" && !Number.isFinite(input)) {
    return [{ code: "not-finite", path, params: { value: String(input) } }];
  }
  switch (raw.code) {
    case "invalid_type":
      return [{ code: "invalid-type", path, params: { expected: raw.expected, received: received(input) } }];
    case "unrecognized_keys":
      return raw.keys.map((key) => ({
        code: "unknown-field",
        path: [...path, key],
        params: { keys: [key] },
      }));
    case "invalid_value":
      return [{ code: "invalid-enum", path, params: { values: raw.values.map(String) } }];
    case "too_small":
      return [{ code: "too-small", path, params: { minimum: String(raw.minimum) } }];
    case "too_big":
      return [{ code: "too-big", path, params: { maximum: String(raw.maximum) } }];
    default:
      return [{ code: "invalid-value", path, params: {} }];
  }
}

/**
 * The documented network: a three-node chain, one node shocked — the example body of POST
 * /api/network/solve and the upload page's example file.
 */
export const NETWORK_EXAMPLE = {
  nodes: [
    { id: "a", externalAssets: 1, externalLiabilities: 0 },
    { id: "b", externalAssets: 0, externalLiabilities: 0 },
    { id: "c", externalAssets: 0, externalLiabilities: 0 },
  ],
  liabilities: [
    { debtor: "a", creditor: "b", amount: 2 },
    { debtor: "b", creditor: "c", amount: 2 },
  ],
  shocks: [{ node: "a", externalAssets: -0.5 }],
  model: { name: "eisenberg-noe" },
};
