/**
 * Own money back along loops: for each entity X, the part of its throughput that leaves X and comes
 * back to X along a simple cycle through X, each cycle carrying its pro-rata share along that cycle
 * only. This is the traceable counterpart of proportional tracing's self-share (tracing.ts): a
 * reader can follow every dollar of it round a named loop, and an entity on no loop gets 0.
 *
 * Model. With throughput T and P_uv = W_uv / T_u (the share of what passes u that u pays v; rows of P
 * sum to at most 1), a simple cycle C = (v₀ → v₁ → … → v₀) returns the fraction
 *   ρ_C = Π_{(u,v) ∈ C} P_uv
 * of whatever passes any of its nodes back to that node — the product does not depend on where the
 * cycle is entered. Entity X's own money back is Σ_{C ∋ X} ρ_C · T_X, its share Σ_{C ∋ X} ρ_C. Each
 * cycle's amount at X is at most its bottleneck min_{(u,v) ∈ C} W_uv, since what travels on after
 * each step is at most that step's payment.
 *
 * Relation to the mixing share. Read P as the transition matrix of an absorbing Markov chain (a dollar
 * at u moves to v with probability P_uv) [1, 3]: ρ_C is the probability of one first-return walk of X,
 * distinct cycles are distinct walks, so Σ_{C ∋ X} ρ_C ≤ f_X, X's first-return probability. Since
 * the mixing self-share is 1 − 1/N_XX = f_X, the loop share never exceeds the mixing self-share; the
 * gap is money that comes back only along walks that repeat some other node (a loop inside a loop).
 * Cycle-based decompositions of the same kind: Ulanowicz's cycle analysis of flow networks [4] and
 * Finn's cycling index [5]; loops are enumerated with Johnson's algorithm [2] or its hop-bounded
 * variant (src/core/cycles).
 *
 * Complexity: O((n + m)(c + 1)) for c cycles of at most `maxLength` nodes, plus O(c · L) to weigh them.
 * The enumeration stops after `maxCycles` cycles and says so (`complete: false`): shares are then
 * lower bounds.
 *
 * References:
 * 1. J. Bialek (1996). "Tracing the flow of electricity". IEE Proc. Gener. Transm. Distrib. 143(4).
 * 2. D. B. Johnson (1975). "Finding all the elementary circuits of a directed graph". SIAM J.
 *    Comput. 4(1), 77–84.
 * 3. J. G. Kemeny, J. L. Snell (1960). Finite Markov Chains, ch. III. Van Nostrand.
 * 4. R. E. Ulanowicz (1983). "Identifying the structure of cycling in ecosystems". Mathematical
 *    Biosciences 65(2), 219–237.
 * 5. J. T. Finn (1976). "Measures of ecosystem structure and function derived from analysis of flows".
 *    Journal of Theoretical Biology 56(2), 363–380.
 */
import { compareText } from "../compare.ts";
import { simpleCycles } from "../cycles/simple-cycles.ts";
import { buildCsr } from "../graph/csr.ts";
import type { Balances } from "./balances.ts";
import type { WeightedDigraph } from "./simple-digraph.ts";

export const DEFAULT_LOOP_LENGTH = 8;
export const DEFAULT_MAX_CYCLES = 200_000;
export const DEFAULT_TOP = 5;

export type LoopAttributionOptions = {
  /** Longest loop followed, in entities (= payments). */
  maxLength?: number;
  /** Stop after this many loops (shares become lower bounds). */
  maxCycles?: number;
  /** Loops kept per entity, largest first. */
  top?: number;
};

/** One loop through an entity, read from that entity round and back to it. */
export type LoopContribution = {
  /** Entity ids in payment order, starting (and implicitly ending) at the entity itself. */
  path: string[];
  /** Throughput of the entity that comes back along this loop: ρ_C · T. */
  amount: number;
  /** amount / T = ρ_C, the same for every entity on the loop. */
  share: number;
  /** The smallest payment on the loop: the most that could go all the way round. */
  bottleneck: number;
};

export type NodeLoops = {
  /** Σ over loops through the entity of ρ_C: own money back along loops, as a share of throughput. */
  share: number;
  amount: number;
  /** Loops through the entity (all of them, not only the ones listed). */
  count: number;
  /** The largest loops, by amount. */
  top: LoopContribution[];
};

export type LoopAttribution = {
  nodes: NodeLoops[];
  cycles: number;
  maxLength: number;
  /** False when the enumeration stopped at maxCycles: shares are then lower bounds. */
  complete: boolean;
};

/** `key`: the loop's ids from its smallest id, so ties sort the same however nodes are numbered. */
type Cycle = { nodes: number[]; rho: number; bottleneck: number; key: string };

/** Own money back along the simple cycles of `graph` (node indices as in `nodeIds`). */
export function loopAttribution(
  graph: WeightedDigraph,
  nodeIds: readonly string[],
  { throughput }: Pick<Balances, "throughput">,
  options: LoopAttributionOptions = {},
): LoopAttribution {
  const maxLength = options.maxLength ?? DEFAULT_LOOP_LENGTH;
  const maxCycles = options.maxCycles ?? DEFAULT_MAX_CYCLES;
  const top = options.top ?? DEFAULT_TOP;
  const { n } = graph;
  const weight = new Map<number, number>();
  for (let e = 0; e < graph.src.length; e++)
    weight.set((graph.src[e] as number) * n + (graph.dst[e] as number), graph.amount[e] as number);
  const csr = buildCsr({
    nodeIds: [...nodeIds],
    src: graph.src,
    dst: graph.dst,
    amount: graph.amount,
    ts: new Float64Array(graph.src.length).fill(Number.NaN),
    edgeIds: null,
  });

  const share = new Float64Array(n);
  const count = new Int32Array(n);
  const kept: Cycle[][] = Array.from({ length: n }, () => []);
  let cycles = 0;
  let complete = true;
  for (const nodes of simpleCycles(csr, { maxLength })) {
    if (cycles === maxCycles) {
      complete = false;
      break;
    }
    cycles++;
    let rho = 1;
    let bottleneck = Number.POSITIVE_INFINITY;
    for (let k = 0; k < nodes.length; k++) {
      const u = nodes[k] as number;
      const w = weight.get(u * n + (nodes[(k + 1) % nodes.length] as number)) as number;
      rho *= w / (throughput[u] as number);
      bottleneck = Math.min(bottleneck, w);
    }
    const cycle = { nodes, rho, bottleneck, key: canonicalKey(nodes, nodeIds) };
    for (const v of nodes) {
      share[v] = (share[v] as number) + rho;
      count[v] = (count[v] as number) + 1;
      keepLargest(kept[v] as Cycle[], cycle, top);
    }
  }

  return {
    nodes: Array.from({ length: n }, (_, v) => {
      const t = throughput[v] as number;
      return {
        share: share[v] as number,
        amount: (share[v] as number) * t,
        count: count[v] as number,
        top: (kept[v] as Cycle[])
          .sort(byRho)
          .slice(0, top)
          .map((c) => ({
            path: rotateTo(c.nodes, v).map((i) => nodeIds[i] as string),
            amount: c.rho * t,
            share: c.rho,
            bottleneck: c.bottleneck,
          })),
      };
    }),
    cycles,
    maxLength,
    complete,
  };
}

/** Largest ρ first; ties by the ids round the loop, so the order never depends on the search. */
function byRho(a: Cycle, b: Cycle): number {
  return b.rho - a.rho || compareText(a.key, b.key);
}

function canonicalKey(nodes: number[], nodeIds: readonly string[]): string {
  const ids = nodes.map((i) => nodeIds[i] as string);
  let start = 0;
  for (let k = 1; k < ids.length; k++) if (compareText(ids[k] as string, ids[start] as string) < 0) start = k;
  return [...ids.slice(start), ...ids.slice(0, start)].join("\u0000");
}

/** Adds `cycle` to `list`, trimming it to the `top` largest once it has grown to twice that. */
function keepLargest(list: Cycle[], cycle: Cycle, top: number): void {
  if (top === 0) return;
  list.push(cycle);
  if (list.length > 2 * top) {
    list.sort(byRho);
    list.length = top;
  }
}

function rotateTo(nodes: number[], v: number): number[] {
  const at = nodes.indexOf(v);
  return [...nodes.slice(at), ...nodes.slice(0, at)];
}
