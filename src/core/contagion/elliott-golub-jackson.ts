/**
 * Elliott–Golub–Jackson cascades: organisations hold shares of one another; when an organisation's
 * market value falls below its threshold it fails and loses a failure cost, which lowers the value
 * of everyone holding it, possibly pushing them below their thresholds in the next wave.
 *
 * Values. With e_i the organisation's own (external, shocked) assets and b_i its failure cost when
 * failed (else 0):
 * - from cross-holdings (`source: "holdings"`): C_ij = share of j's equity held by i (holdings of kind
 *   equity), Ĉ_jj = 1 − Σ_i C_ij the part of j held by outside investors. Book values solve
 *   V = C·V + (e − b); market values are v = Ĉ·V = Ĉ(I − C)⁻¹(e − b). Total market value equals total
 *   own assets net of failure costs, since the columns of Ĉ(I − C)⁻¹ sum to 1.
 * - from a given dependency matrix (`source: "dependencies"`): v = A·(e − b) with A_ij the given
 *   `weight` of holder i on issuer j; A_jj, if not given, is 1 − Σ_{i≠j} A_ij.
 * Failure: i fails when v_i < θ_i (`threshold`; absent means never), or when a shock forces it;
 * `failAtThreshold: true` also fails v_i = θ_i. The hierarchy of failures starts with no one failed,
 * charges the failure costs of every failed organisation, revalues, and repeats; failures only grow,
 * so this reaches the best-case (greatest-value) equilibrium. Wave t = the organisations that first
 * fail in the t-th valuation.
 *
 * Reference: [1] M. Elliott, B. Golub & M. O. Jackson (2014), "Financial networks and contagion",
 * American Economic Review 104(10), 3115–3153.
 *
 * Complexity: each valuation is O(n + h) from dependencies, or O((n + h)·k) from h holdings with k
 * inner iterations (geometric in the spectral radius of C); at most n + 1 waves. Space O(n + h).
 */
import { ModelInputError } from "../errors.ts";
import { emptyNode, fixedPoint, type ModelResult } from "./fixed-point.ts";
import type { IndexedNetwork } from "./network.ts";

export type ElliottGolubJacksonOptions = {
  /** Where the dependencies come from; default "holdings" when the network has equity holdings. */
  source?: "holdings" | "dependencies";
  /** Does a value exactly at the threshold fail? Default false (strictly below fails). */
  failAtThreshold?: boolean;
  tolerance?: number;
  maxIterations?: number;
};

type Sparse = { row: Int32Array; col: Int32Array; weight: Float64Array };

function sparse(entries: { holder: number; issuer: number; weight: number }[]): Sparse {
  return {
    row: Int32Array.from(entries, (e) => e.holder),
    col: Int32Array.from(entries, (e) => e.issuer),
    weight: Float64Array.from(entries, (e) => e.weight),
  };
}

/** Column sums Σ_i M_ij of the off-diagonal entries, checked to be at most 1. */
/** `what` names the input the matrix came from ("holdings", "dependencies"): the path of a fault. */
function offDiagonalColumnSums(n: number, m: Sparse, what: string): Float64Array {
  const sums = new Float64Array(n);
  for (let e = 0; e < m.weight.length; e++) {
    const w = m.weight[e] as number;
    if (!(w >= 0)) throw new ModelInputError("negative", [what], { value: w });
    const j = m.col[e] as number;
    if (m.row[e] !== j) sums[j] = (sums[j] as number) + w;
  }
  sums.forEach((s, j) => {
    if (s > 1 + 1e-12) throw new ModelInputError("over-held", [what], { node: j, share: s });
  });
  return sums;
}

/** A valuation: own assets net of failure costs in, market values out. */
type Valuation = (net: Float64Array, out: Float64Array) => void;

function holdingsValuation(network: IndexedNetwork, options: ElliottGolubJacksonOptions): Valuation {
  const { n } = network;
  const entries = network.holdings
    .filter((h) => h.kind === "equity")
    .map((h) => {
      if (h.holder === h.issuer)
        throw new ModelInputError("self-holding", ["holdings"], {
          node: network.ids[h.holder] ?? h.holder,
          kind: "equity",
        });
      return { holder: h.holder, issuer: h.issuer, weight: h.share };
    });
  const c = sparse(entries);
  const outside = Float64Array.from(offDiagonalColumnSums(n, c, "holdings"), (s) => 1 - s);
  return (net, out) => {
    const book = fixedPoint(
      "elliott-golub-jackson",
      net,
      (x, next) => {
        next.set(net);
        for (let e = 0; e < c.weight.length; e++) {
          const i = c.row[e] as number;
          next[i] = (next[i] as number) + (c.weight[e] as number) * (x[c.col[e] as number] as number);
        }
      },
      {
        ...(options.tolerance !== undefined && { tolerance: options.tolerance }),
        ...(options.maxIterations !== undefined && { maxIterations: options.maxIterations }),
      },
    ).x;
    for (let i = 0; i < n; i++) out[i] = (outside[i] as number) * (book[i] as number);
  };
}

function dependencyValuation(network: IndexedNetwork): Valuation {
  const { n } = network;
  const a = sparse(network.dependencies);
  const sums = offDiagonalColumnSums(n, a, "dependencies");
  const diagonal = Float64Array.from(sums, (s) => 1 - s);
  for (let e = 0; e < a.weight.length; e++) {
    if (a.row[e] === a.col[e]) diagonal[a.row[e] as number] = 0;
  }
  return (net, out) => {
    for (let i = 0; i < n; i++) out[i] = (diagonal[i] as number) * (net[i] as number);
    for (let e = 0; e < a.weight.length; e++) {
      const i = a.row[e] as number;
      out[i] = (out[i] as number) + (a.weight[e] as number) * (net[a.col[e] as number] as number);
    }
  };
}

export function solveElliottGolubJackson(
  network: IndexedNetwork,
  options: ElliottGolubJacksonOptions = {},
): ModelResult {
  const { n } = network;
  const source =
    options.source ?? (network.holdings.some((h) => h.kind === "equity") ? "holdings" : "dependencies");
  const failAtThreshold = options.failAtThreshold ?? false;
  const value = source === "holdings" ? holdingsValuation(network, options) : dependencyValuation(network);
  const fails = (v: number, i: number) => {
    if (network.forcedDefault[i]) return true;
    const theta = network.threshold[i] as number;
    return failAtThreshold ? v <= theta : v < theta;
  };
  const wave = new Array<number | null>(n).fill(null);
  const net = new Float64Array(n);
  let valuations = 0;
  // The outer map charges the failure costs of those who fail at the current values and revalues.
  // Failures only grow along the way (values are a non-negative combination of net assets).
  const top = new Float64Array(n);
  value(network.externalAssets, top);
  const result = fixedPoint(
    "elliott-golub-jackson",
    top,
    (v, out) => {
      valuations++;
      for (let i = 0; i < n; i++) {
        const failed = fails(v[i] as number, i);
        if (failed && wave[i] === null) wave[i] = valuations;
        net[i] = (network.externalAssets[i] as number) - (failed ? (network.failureCost[i] as number) : 0);
      }
      value(net, out);
    },
    { tolerance: 0, maxIterations: n + 2 },
  );
  let failures = 0;
  let failureCosts = 0;
  let totalValue = 0;
  let waves = 0;
  const nodes = network.ids.map((id, i) => {
    const v = result.x[i] as number;
    const failed = wave[i] !== null;
    totalValue += v;
    if (failed) {
      failures++;
      failureCosts += network.failureCost[i] as number;
      waves = Math.max(waves, wave[i] as number);
    }
    return { ...emptyNode(id), value: v, defaulted: failed, wave: wave[i] ?? null };
  });
  return {
    model: "elliott-golub-jackson",
    converged: true,
    iterations: result.iterations,
    nodes,
    totals: { failures, waves, totalValue, failureCosts },
    options: { source, failAtThreshold },
  };
}
