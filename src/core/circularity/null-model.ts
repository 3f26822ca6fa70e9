/**
 * Is the observed circularity more than the degrees alone would give? A null model by degree-
 * preserving rewiring: each sample rewires the observed graph W (rewire.ts: every node keeps its
 * in- and out-degree, every payment its payer and amount) and traces it again (tracing.ts) and
 * weighs its loops again (loop-attribution.ts). Each node's mixing self-share, its own money back
 * along loops, and the network's round-trip multiplier are compared with their null distributions by a one-sided Monte Carlo p-value, p = (1 + #{samples ≥ observed}) / (samples + 1),
 * which counts the observation as one of the draws and so is never 0 [2].
 *
 * Samples are independent: each starts again from the observed graph, after swapsPerEdge · m
 * attempted swaps. A sample counts as "≥ observed" within a relative 10⁻⁹, so that a sample equal
 * to the observation up to rounding (a graph too rigid to rewire) is not counted as smaller.
 *
 * Parameters: samples (≥ 1), seed (any safe integer; the result is a pure function of it),
 * swapsPerEdge (attempted swaps per edge, default 10), onProgress (called after each sample).
 * Complexity: O(samples · (swapsPerEdge · m + tracing)), tracing being O(c³) per component of c
 * nodes; O(n + m) space besides tracing's.
 *
 * References:
 * 1. S. Maslov, K. Sneppen (2002). "Specificity and stability in topology of protein networks".
 *    Science 296(5569), 910–913.
 * 2. B. V. North, D. Curtis, P. C. Sham (2002). "A note on the calculation of empirical P values
 *    from Monte Carlo procedures". American Journal of Human Genetics 71(2), 439–441.
 */
import type { EdgeList } from "../graph/edge-list.ts";
import { createRng } from "../random.ts";
import { balances } from "./balances.ts";
import { CircularityError } from "./error.ts";
import { loopAttribution } from "./loop-attribution.ts";
import { rewire } from "./rewire.ts";
import { simpleDigraph, type WeightedDigraph } from "./simple-digraph.ts";
import { traceGraph } from "./tracing.ts";

export type NullModelOptions = {
  samples: number;
  seed: number;
  swapsPerEdge?: number;
  onProgress?: (done: number) => void;
};

export type ShareNull = {
  observed: number;
  nullMean: number;
  /** Standard deviation of the null draws (divided by the number of samples). */
  nullSd: number;
  pValue: number;
};

/** The mixing self-share's null (the fields at the top level) and the loop share's (`loops`). */
export type NodeNull = ShareNull & { id: string; loops: ShareNull };

export type MultiplierNull = {
  /** null when nothing flows (then so is everything else). */
  observed: number | null;
  /** Infinity when some sample has no outside money. */
  nullMean: number | null;
  /** null when nothing flows or when some sample's multiplier is Infinity. */
  nullSd: number | null;
  pValue: number | null;
};

export type NullModelResult = {
  nodes: NodeNull[];
  multiplier: MultiplierNull;
  samples: number;
  swapsPerEdge: number;
  /** Fraction of attempted swaps carried out: near 0 means the graph can hardly be rewired. */
  acceptance: number;
  /** False when some loop search (observed or sampled) stopped at its limit: loop p-values are then rough. */
  loopSearchComplete: boolean;
};

export const DEFAULT_SWAPS_PER_EDGE = 10;

/** Compares each node's self-share and the multiplier with `samples` degree-preserving rewirings. */
export function nullModel(list: EdgeList, options: NullModelOptions): NullModelResult {
  const { samples, seed, swapsPerEdge = DEFAULT_SWAPS_PER_EDGE, onProgress } = options;
  if (!Number.isSafeInteger(samples) || samples < 1) {
    throw new CircularityError({ code: "invalid-option", option: "samples", value: samples });
  }
  if (!Number.isSafeInteger(seed))
    throw new CircularityError({ code: "invalid-option", option: "seed", value: seed });
  if (!(swapsPerEdge >= 0 && swapsPerEdge <= 1e6)) {
    throw new CircularityError({ code: "invalid-option", option: "swapsPerEdge", value: swapsPerEdge });
  }
  const graph = simpleDigraph(list);
  const observed = traceGraph(graph, list.nodeIds);
  const n = graph.n;
  const attempts = Math.round(swapsPerEdge * graph.src.length);
  const rng = createRng(seed);

  const observedShare = Float64Array.from(observed.nodes, (node) => node.selfShare);
  const shares = new Welford(n);
  const atLeastShare = new Int32Array(n);
  const observedLoops = loopShares(graph, list.nodeIds);
  let loopSearchComplete = observedLoops.complete;
  const loopDraws = new Welford(n);
  const atLeastLoops = new Int32Array(n);
  const multipliers = new Welford(1);
  let infiniteSamples = 0;
  let atLeastMultiplier = 0;
  let accepted = 0;
  const draw = new Float64Array(1);
  for (let s = 0; s < samples; s++) {
    const sample = rewire(graph, attempts, rng);
    accepted += sample.accepted;
    const traced = traceGraph(sample.graph, list.nodeIds);
    const selfShares = Float64Array.from(traced.nodes, (node) => node.selfShare);
    shares.add(selfShares);
    for (let i = 0; i < n; i++) {
      if (atLeast(selfShares[i] as number, observedShare[i] as number))
        atLeastShare[i] = (atLeastShare[i] as number) + 1;
    }
    const loops = loopShares(sample.graph, list.nodeIds);
    loopSearchComplete &&= loops.complete;
    loopDraws.add(loops.shares);
    for (let i = 0; i < n; i++) {
      if (atLeast(loops.shares[i] as number, observedLoops.shares[i] as number))
        atLeastLoops[i] = (atLeastLoops[i] as number) + 1;
    }
    const mult = traced.multiplier;
    if (mult !== null && observed.multiplier !== null) {
      if (mult === Number.POSITIVE_INFINITY) infiniteSamples++;
      else {
        draw[0] = mult;
        multipliers.add(draw);
      }
      if (atLeast(mult, observed.multiplier)) atLeastMultiplier++;
    }
    onProgress?.(s + 1);
  }

  const pValue = (count: number) => (1 + count) / (samples + 1);
  return {
    nodes: observed.nodes.map((node, i) => ({
      id: node.id,
      observed: node.selfShare,
      nullMean: shares.mean(i),
      nullSd: shares.sd(i),
      pValue: pValue(atLeastShare[i] as number),
      loops: {
        observed: observedLoops.shares[i] as number,
        nullMean: loopDraws.mean(i),
        nullSd: loopDraws.sd(i),
        pValue: pValue(atLeastLoops[i] as number),
      },
    })),
    multiplier:
      observed.multiplier === null
        ? { observed: null, nullMean: null, nullSd: null, pValue: null }
        : {
            observed: observed.multiplier,
            nullMean: infiniteSamples > 0 ? Number.POSITIVE_INFINITY : multipliers.mean(0),
            nullSd: infiniteSamples > 0 ? null : multipliers.sd(0),
            pValue: pValue(atLeastMultiplier),
          },
    samples,
    swapsPerEdge,
    acceptance: attempts > 0 ? accepted / (attempts * samples) : 0,
    loopSearchComplete,
  };
}

/** Each node's own money back along loops in `graph` (no loops kept, only their sums). */
function loopShares(graph: WeightedDigraph, nodeIds: string[]): { shares: Float64Array; complete: boolean } {
  const result = loopAttribution(graph, nodeIds, balances(graph), { top: 0 });
  return { shares: Float64Array.from(result.nodes, (node) => node.share), complete: result.complete };
}

/** `x ≥ observed` up to rounding; Infinity is matched only by Infinity. */
function atLeast(x: number, observed: number): boolean {
  if (observed === Number.POSITIVE_INFINITY) return x === Number.POSITIVE_INFINITY;
  return x >= observed - 1e-9 * Math.max(1, Math.abs(observed));
}

/** Running means and variances of k series (Welford 1962), stable for many samples. */
class Welford {
  private count = 0;
  private readonly means: Float64Array;
  private readonly squares: Float64Array;
  constructor(k: number) {
    this.means = new Float64Array(k);
    this.squares = new Float64Array(k);
  }
  add(values: Float64Array): void {
    this.count++;
    for (let i = 0; i < values.length; i++) {
      const x = values[i] as number;
      const mean = this.means[i] as number;
      const delta = x - mean;
      const next = mean + delta / this.count;
      this.means[i] = next;
      this.squares[i] = (this.squares[i] as number) + delta * (x - next);
    }
  }
  mean(i: number): number {
    return this.count > 0 ? (this.means[i] as number) : Number.NaN;
  }
  sd(i: number): number {
    return this.count > 0 ? Math.sqrt((this.squares[i] as number) / this.count) : Number.NaN;
  }
}
