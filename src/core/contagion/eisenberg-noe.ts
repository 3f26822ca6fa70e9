/**
 * Eisenberg–Noe clearing: the greatest payment vector p with p = min(p̄, max(0, e + Πᵀp)), found by
 * the fictitious default algorithm — each round pins the solvent nodes at full payment, clears the
 * defaulters among themselves from the top, and adds every node whose assets then fall short of p̄.
 * The round in which a node joins the default set is its wave.
 *
 * Conventions (explicit options):
 * - `externalSeniority` (default "pari-passu"): Eisenberg & Noe pay all creditors of a node pro rata,
 *   external ones included, so p̄ = interbank + external liabilities. With "senior", external
 *   creditors are paid first and interbank creditors share only what is left.
 * - `zeroEquityIsDefault` (default false): a node defaults when it pays less than p̄; with true, a node
 *   left with exactly zero net worth also counts as defaulted (its payments are unchanged).
 * A shock's `default: true` marks the node defaulted at wave 0; a defaulter pays all its assets up to
 * p̄, so its payments follow the same clearing. `equityLoss` shocks play no part in clearing.
 *
 * Reference: [1] L. Eisenberg, T. H. Noe (2001), "Systemic Risk in Financial Systems", Management
 * Science 47(2), 236–249 (Theorem 2: greatest clearing vector; Section 3: fictitious default algorithm).
 *
 * Complexity: at most n rounds, each a fixed-point solve of O(iterations · m) time over the m
 * liabilities; O(n + m) extra space.
 */
import type { FixedPointOptions, ModelResult, NodeResult } from "./fixed-point.ts";
import { clearedNode, DEFAULT_TOLERANCE, fixedPoint } from "./fixed-point.ts";
import type { IndexedNetwork, SparseLiabilities } from "./network.ts";

export type ExternalSeniority = "pari-passu" | "senior";

export type EisenbergNoeOptions = {
  externalSeniority?: ExternalSeniority;
  zeroEquityIsDefault?: boolean;
  tolerance?: number;
  maxIterations?: number;
};

/** Interbank income of every node when each debtor i pays `paid[i]` spread over `cap[i]` pro rata. */
export function interbankIncome(
  sparse: SparseLiabilities,
  paid: Float64Array,
  cap: Float64Array,
  out: Float64Array,
): void {
  out.fill(0);
  const { offsets, creditor, amount } = sparse;
  for (let i = 0; i < cap.length; i++) {
    const c = cap[i] as number;
    if (c <= 0) continue;
    const ratio = (paid[i] as number) / c;
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const j = creditor[k] as number;
      out[j] = (out[j] as number) + ratio * (amount[k] as number);
    }
  }
}

/** True when `have` falls short of `owe` by more than the tolerance (relative to the amount owed). */
export function fallsShort(have: number, owe: number, tolerance: number): boolean {
  return have < owe - tolerance * Math.max(1, owe);
}

export function solveEisenbergNoe(network: IndexedNetwork, options: EisenbergNoeOptions = {}): ModelResult {
  const externalSeniority = options.externalSeniority ?? "pari-passu";
  const zeroEquityIsDefault = options.zeroEquityIsDefault ?? false;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const fp: FixedPointOptions = { tolerance, maxIterations: options.maxIterations };
  const { n, externalAssets: e, externalLiabilities: ext, interbankLiabilities: ib } = network;
  const senior = externalSeniority === "senior";
  const total = Float64Array.from(ib, (x, i) => x + (ext[i] as number));
  // The state is what each node pays to the creditors who share pro rata: everyone (pari passu), or
  // the interbank creditors after the senior external ones.
  const cap = senior ? ib : total;
  const sparse = network.liabilities;
  const income = new Float64Array(n);
  const wave = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (network.forcedDefault[i]) wave[i] = 0;
  const inDefault = new Uint8Array(n);
  let state: Float64Array = Float64Array.from(cap);
  let iterations = 0;
  for (let round = 1; ; round++) {
    const solved = fixedPoint(
      "eisenberg-noe",
      state,
      (x, out) => {
        interbankIncome(sparse, x, cap, income);
        for (let i = 0; i < n; i++) {
          const c = cap[i] as number;
          if (!inDefault[i]) out[i] = c;
          else {
            const left = (e[i] as number) + (income[i] as number) - (senior ? (ext[i] as number) : 0);
            out[i] = Math.min(c, Math.max(0, left));
          }
        }
      },
      fp,
    );
    iterations += solved.iterations;
    state = solved.x;
    interbankIncome(sparse, state, cap, income);
    let added = 0;
    for (let i = 0; i < n; i++) {
      if (inDefault[i]) continue;
      if (fallsShort((e[i] as number) + (income[i] as number), total[i] as number, tolerance)) {
        inDefault[i] = 1;
        if (wave[i] === -1) wave[i] = round;
        added++;
      }
    }
    if (added === 0) break;
  }
  const nodes: NodeResult[] = [];
  let paidTotal = 0;
  let owedTotal = 0;
  let externalPaid = 0;
  let defaults = 0;
  const zeroRound = lastWave(wave) + 1;
  for (let i = 0; i < n; i++) {
    const assets = (e[i] as number) + (income[i] as number);
    const owed = total[i] as number;
    const s = state[i] as number;
    const toExternal = senior
      ? Math.min(ext[i] as number, assets)
      : owed > 0
        ? (s * (ext[i] as number)) / owed
        : 0;
    const payments = senior ? toExternal + s : s;
    const netWorth = assets - owed;
    const defaulted =
      inDefault[i] === 1 ||
      wave[i] === 0 ||
      (zeroEquityIsDefault && !fallsShort(0, netWorth, tolerance) && owed > 0);
    if (defaulted && wave[i] === -1) wave[i] = zeroRound;
    if (defaulted) defaults++;
    paidTotal += payments;
    owedTotal += owed;
    externalPaid += toExternal;
    nodes.push(
      clearedNode(network.ids[i] as string, { payments, owed, netWorth, defaulted, wave: wave[i] as number }),
    );
  }
  return {
    model: "eisenberg-noe",
    converged: true,
    iterations,
    nodes,
    totals: {
      payments: paidTotal,
      liabilities: owedTotal,
      shortfall: owedTotal - paidTotal,
      externalPaid,
      defaults,
    },
    options: { externalSeniority, zeroEquityIsDefault, tolerance },
  };
}

/**
 * A node whose net worth is exactly zero is never short in the fictitious default algorithm; when
 * zero equity counts as default it is reported in the last round, after every shortfall is known.
 */
function lastWave(wave: Int32Array): number {
  let last = 0;
  for (const w of wave) if (w > last) last = w;
  return last;
}
