/**
 * NEVA network valuation: node equities E solve E = Φ(E) with
 *
 *   Φ(E)_i = e_i + Σ_j A_ij · V(E_j, j) − L_i,
 *
 * where e_i is external assets, A_ij what j owes i, L_i all of i's liabilities and V ∈ [0, 1] the value
 * of one unit of claim on j given j's equity. V is pluggable (neva-valuations.ts): Eisenberg–Noe,
 * Furfine, the ex-ante Black–Cox valuation of the `neva` package, linear DebtRank, or any
 * non-decreasing function. Iteration starts from the book equities (every claim at face value), the
 * top of the lattice, so a non-decreasing V converges down to the greatest fixed point.
 *
 * Conventions:
 * - `externalSeniority` (default "pari-passu", as Eisenberg–Noe): with "senior", external creditors
 *   are paid first, so the Eisenberg–Noe valuation shares only assets − external debt among the
 *   interbank creditors. Payments reported are what creditors hold at value: L_i · V pari passu;
 *   min(L_i^e, E_i + L_i) + L_i^ib · V when external creditors are senior.
 * - `zeroEquityIsDefault` (default false): whether E = 0 is a default, both for the valuations'
 *   solvency test and for the reported flag.
 * - A shock's `default: true` marks the node defaulted at wave 0 and values claims on it as on a
 *   defaulter (neva-valuations.ts);
 *   `equityLoss` removes that fraction of the node's book equity from its external assets before
 *   valuation. The relative loss reported is DebtRank's h: the share of the book equity before any
 *   shock that is lost (the shock included). Unknown valuation names and other choices are errors, never a silent default.
 *
 * Reference: [1] P. Barucca, M. Bardoscia, F. Caccioli, M. D'Errico, G. Visentin, G. Caldarelli,
 * S. Battiston (2020), "Network valuation in financial systems", Mathematical Finance 30(4),
 * 1181–1204.
 *
 * Complexity: O(iterations · m) time over the m liabilities, O(n + m) space.
 */
import { ModelInputError } from "../errors.ts";
import type { ExternalSeniority } from "./eisenberg-noe.ts";
import type { ModelResult, NodeResult } from "./fixed-point.ts";
import { DEFAULT_TOLERANCE, emptyNode, fixedPoint } from "./fixed-point.ts";
import type { IndexedNetwork } from "./network.ts";
import {
  BLACK_COX_ASSETS,
  type BlackCoxAssets,
  blackCoxValuation,
  eisenbergNoeValuation,
  furfineValuation,
  linearDebtRankValuation,
  relativeEquityLoss,
  slackOf,
  solvent,
  VALUATION_NAMES,
  type ValuationContext,
  type ValuationFn,
  type ValuationName,
} from "./neva-valuations.ts";

export type { ValuationContext, ValuationFn } from "./neva-valuations.ts";
export { eisenbergNoeValuation, furfineValuation } from "./neva-valuations.ts";

export type NevaOptions = {
  valuation?: ValuationName | ValuationFn;
  /** Who shares a defaulter's assets: all creditors pro rata (default) or external creditors first. */
  externalSeniority?: ExternalSeniority;
  /** Furfine: fraction lost on a defaulted claim (default 1). */
  lgd?: number;
  /** Black–Cox: horizon in years (default 1). */
  maturity?: number;
  /** Black–Cox: asset drift per year (default 0). */
  drift?: number;
  /** Black–Cox and linear DebtRank: recovery on a claim whose debtor fails (default 0). */
  recovery?: number;
  /** Black–Cox: which assets diffuse, the external ones (default, as the `neva` package) or all. */
  blackCoxAssets?: BlackCoxAssets;
  zeroEquityIsDefault?: boolean;
  tolerance?: number;
  maxIterations?: number;
};

export function solveNeva(network: IndexedNetwork, options: NevaOptions = {}): ModelResult {
  const valuationName =
    typeof options.valuation === "function" ? "custom" : (options.valuation ?? "eisenberg-noe");
  const externalSeniority = options.externalSeniority ?? "pari-passu";
  const blackCoxAssets = options.blackCoxAssets ?? "external";
  const lgd = options.lgd ?? 1;
  const maturity = options.maturity ?? 1;
  const drift = options.drift ?? 0;
  const recovery = options.recovery ?? 0;
  const zeroEquityIsDefault = options.zeroEquityIsDefault ?? false;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  checkChoice("valuation", valuationName, [...VALUATION_NAMES, "custom"]);
  checkChoice("externalSeniority", externalSeniority, ["pari-passu", "senior"]);
  checkChoice("blackCoxAssets", blackCoxAssets, BLACK_COX_ASSETS);
  for (const [name, value] of [
    ["lgd", lgd],
    ["recovery", recovery],
  ] as const) {
    if (!isFraction(value))
      throw new ModelInputError("out-of-range", [name], { value: shown(value), min: 0, max: 1 });
  }
  if (!(typeof maturity === "number" && maturity >= 0)) {
    throw new ModelInputError("negative", ["maturity"], { value: shown(maturity) });
  }
  if (!(typeof drift === "number" && Number.isFinite(drift))) {
    throw new ModelInputError("not-finite", ["drift"], { value: shown(drift) });
  }
  const valuation = pickValuation(options.valuation, { lgd, maturity, drift, recovery, blackCoxAssets });
  const { n } = network;
  const liabilities = Float64Array.from(
    network.interbankLiabilities,
    (x, i) => x + (network.externalLiabilities[i] as number),
  );
  const { interbankAssets } = network;
  const external = Float64Array.from(network.externalAssets, (e, i) => {
    const book = e + (interbankAssets[i] as number) - (liabilities[i] as number);
    return e - (network.equityLoss[i] as number) * Math.max(0, book);
  });
  const book = Float64Array.from(
    external,
    (e, i) => e + (interbankAssets[i] as number) - (liabilities[i] as number),
  );
  const bookEquityBefore = Float64Array.from(
    network.externalAssetsBefore,
    (e, i) => e + (interbankAssets[i] as number) - (liabilities[i] as number),
  );
  const context: ValuationContext = {
    network,
    liabilities,
    externalAssets: external,
    bookEquityBefore,
    externalSeniority,
    zeroEquityIsDefault,
    tolerance,
  };
  const { offsets, creditor, amount } = network.liabilities;
  const values = new Float64Array(n);
  const wave = Int32Array.from(network.forcedDefault, (f) => (f ? 0 : -1));
  const map = (x: Float64Array, out: Float64Array) => {
    for (let j = 0; j < n; j++) values[j] = checked(valuation(x[j] as number, j, context), j, network);
    for (let i = 0; i < n; i++) out[i] = (external[i] as number) - (liabilities[i] as number);
    for (let d = 0; d < n; d++) {
      const v = values[d] as number;
      for (let k = offsets[d] as number; k < (offsets[d + 1] as number); k++) {
        const j = creditor[k] as number;
        out[j] = (out[j] as number) + v * (amount[k] as number);
      }
    }
  };
  const insolvent = (x: Float64Array, i: number) => !solvent(x[i] as number, i, context);
  for (let i = 0; i < n; i++) if (wave[i] === -1 && insolvent(book, i)) wave[i] = 1;
  const solved = fixedPoint(`neva/${valuationName}`, book, map, {
    tolerance,
    maxIterations: options.maxIterations,
    onIteration: (iteration, x) => {
      // Iteration k computes the equities after k rounds of revaluation: a node first insolvent
      // there falls in wave k + 1 (wave 1 is insolvency at book values).
      for (let i = 0; i < n; i++) {
        if (wave[i] === -1 && insolvent(x, i)) wave[i] = iteration + 1;
      }
    },
  });
  const equity = solved.x;
  const nodes: NodeResult[] = [];
  let defaults = 0;
  let equityTotal = 0;
  let externalPaid = 0;
  for (let i = 0; i < n; i++) {
    const e = equity[i] as number;
    const v = checked(valuation(e, i, context), i, network);
    const defaulted = wave[i] !== -1;
    const { toExternal, toInterbank } = paid(network, i, e, v, externalSeniority);
    externalPaid += toExternal;
    if (defaulted) defaults++;
    equityTotal += Math.max(0, e);
    nodes.push({
      ...emptyNode(network.ids[i] as string),
      payments: toExternal + toInterbank,
      recoveryRate: v,
      netWorth: e,
      equity: Math.max(0, e),
      defaulted,
      wave: defaulted ? (wave[i] as number) : null,
      relativeLoss: relativeEquityLoss(
        e,
        bookEquityBefore[i] as number,
        slackOf(liabilities[i] as number, tolerance),
      ),
      value: e,
    });
  }
  return {
    model: "neva",
    converged: true,
    iterations: solved.iterations,
    nodes,
    totals: { defaults, equity: equityTotal, externalPaid },
    options: {
      valuation: valuationName,
      externalSeniority,
      lgd,
      maturity,
      drift,
      recovery,
      blackCoxAssets,
      zeroEquityIsDefault,
      tolerance,
    },
  };
}

function checked(v: number, j: number, network: IndexedNetwork): number {
  if (!(v >= 0 && v <= 1)) {
    throw new RangeError(`neva: valuation of node "${network.ids[j]}" is ${v}, outside [0, 1]`);
  }
  return v;
}

const isFraction = (x: unknown) => typeof x === "number" && x >= 0 && x <= 1;

/** An option's value as plain data for the error (options arrive untyped from files and requests). */
const shown = (x: unknown): string | number => (typeof x === "number" ? x : (JSON.stringify(x) ?? String(x)));

function checkChoice(option: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new ModelInputError("invalid-option", [option], { value: shown(value), allowed: [...allowed] });
  }
}

type Parameters = {
  lgd: number;
  maturity: number;
  drift: number;
  recovery: number;
  blackCoxAssets: BlackCoxAssets;
};

function pickValuation(choice: NevaOptions["valuation"], p: Parameters): ValuationFn {
  if (typeof choice === "function") return choice;
  switch (choice ?? "eisenberg-noe") {
    case "furfine":
      return furfineValuation(p.lgd);
    case "black-cox":
      return blackCoxValuation({ ...p, assets: p.blackCoxAssets });
    case "linear-debtrank":
      return linearDebtRankValuation(p.recovery);
    default:
      return eisenbergNoeValuation;
  }
}

/**
 * What node i's creditors hold at value when one unit of interbank claim on it is worth v. Pari
 * passu every creditor holds v per unit owed. With senior external creditors they are paid from the
 * assets (E + L at value) first, and the interbank creditors hold v per unit.
 */
function paid(network: IndexedNetwork, i: number, equity: number, v: number, seniority: ExternalSeniority) {
  const ext = network.externalLiabilities[i] as number;
  const ib = network.interbankLiabilities[i] as number;
  if (seniority === "pari-passu") return { toExternal: ext * v, toInterbank: ib * v };
  return { toExternal: Math.min(ext, Math.max(0, equity + ext + ib)), toInterbank: ib * v };
}
