/**
 * Circularity by proportional flow tracing: how much of each entity's money is its own money coming
 * back after passing through other balance sheets, how much first arrives from each other entity's
 * outside money, and how much comes from outside the network directly.
 *
 * Model. W_ij is the total i pays j. Inflow I_i = Σ_j W_ji, outflow O_i = Σ_j W_ij; outside money
 * e_i = max(0, O_i − I_i) enters the network at i, leakage l_i = max(0, I_i − O_i) leaves it there,
 * and throughput T_i = I_i + e_i = O_i + l_i. Every node mixes what it receives, so a dollar at i
 * moves to j with probability P_ij = W_ij / T_i and leaves with probability l_i / T_i: an absorbing
 * Markov chain whose fundamental matrix N = (I − P)⁻¹ counts the expected visits N_ki to i of a
 * dollar entering at k (the entry itself included). Then T_i = Σ_k e_k N_ki and, since a dollar from
 * k ever reaches i with probability N_ki / N_ii and then returns N_ii − 1 times on average,
 *   self_i = (1 − 1/N_ii) T_i,   from_{k,i} = e_k N_ki / N_ii (k ≠ i),   outside_i = e_i,
 * which sum to T_i. Shares divide by Σ_k e_k N_ki (T_i up to rounding) so that they sum to 1.
 * The round-trip multiplier is M = Σ_ij W_ij / Σ_i e_i: revenue recognised inside the network per
 * dollar that enters it — without closed circulations, the expected number of payments an outside
 * dollar makes before it leaves (1 only when no one who receives also pays on; L for a chain of L).
 *
 * Closed circulations. Nodes whose money can never leave (no path to a node with leakage) make
 * I − P singular. A closed set has no payment out of it, and since none of its nodes leaks, no
 * payment into it either: it is a balanced circulation with no outside money. Its nodes are reported
 * with selfShare 1 and listed in `closed`; their flow still counts in M (so a network made only of
 * circulations has M = Infinity). Leakage below LEAK_TOLERANCE of a node's throughput counts as none,
 * so that sums of decimal amounts that balance on paper are not treated as a leak of 10⁻¹⁷.
 *
 * The system is block diagonal over weakly connected components, each solved densely (LU with
 * partial pivoting); a component of more than DENSE_LIMIT open nodes is refused with its size.
 *
 * Complexity: O(m log m + n) to aggregate plus O(c³) time and O(c²) space per component of c nodes
 * (finding who reaches whom in it, so that a share is zero exactly where N_ki is, is O(c·(c + m_c))).
 *
 * References:
 * 1. J. Bialek (1996). "Tracing the flow of electricity". IEE Proceedings – Generation, Transmission
 *    and Distribution 143(4), 313–320. (Proportional sharing.)
 * 2. W. Leontief (1936). "Quantitative input and output relations in the economic system of the
 *    United States". Review of Economics and Statistics 18(3), 105–125. (The same accounting.)
 * 3. J. G. Kemeny, J. L. Snell (1960). Finite Markov Chains, ch. III (the fundamental matrix and
 *    first-passage probabilities N_ki / N_ii). Van Nostrand.
 */
import { compareText } from "../compare.ts";
import type { EdgeList } from "../graph/edge-list.ts";
import { balances } from "./balances.ts";
import { CircularityError } from "./error.ts";
import { luFactor, luSolveMany } from "./linear.ts";
import { simpleDigraph, type WeightedDigraph } from "./simple-digraph.ts";
import { type Adjacency, adjacency, reachesLeak, reachWithin, weakComponents } from "./structure.ts";

/** Largest component (in open nodes) solved by the dense O(c³) method. */
export const DENSE_LIMIT = 2000;
/** Leakage below this fraction of throughput is rounding, not money leaving. */
export const LEAK_TOLERANCE = 1e-12;
/** Origin shares below this are rounding noise of the solve and are omitted. */
const SHARE_FLOOR = 1e-12;
/** Largest relative gap between T_i and Σ_k e_k N_ki accepted from the solve. */
const RESIDUAL_TOLERANCE = 1e-6;
/** Columns of N solved together (see luSolveMany). */
const BLOCK = 64;

export type Origin = { origin: string; share: number };

export type NodeTrace = {
  id: string;
  inflow: number;
  outflow: number;
  /** Money entering the network at this node: max(0, outflow − inflow). */
  outside: number;
  /** Money leaving the network at this node: max(0, inflow − outflow). */
  leakage: number;
  /** inflow + outside = outflow + leakage. */
  throughput: number;
  /** Share of throughput that is the node's own money coming back (0 when throughput is 0). */
  selfShare: number;
  /** Share of throughput entering from outside the network at this node. */
  outsideShare: number;
  /** Shares first arriving from money that entered at other nodes; largest first, zeros omitted. */
  origins: Origin[];
};

export type TracingResult = {
  nodes: NodeTrace[];
  /** Σ W / Σ e; null when nothing flows, Infinity when money flows but none enters from outside. */
  multiplier: number | null;
  totalFlow: number;
  outsideTotal: number;
  /** Closed circulations (money that never entered and never leaves), as groups of node ids. */
  closed: string[][];
};

/** Traces the proportional mixing of every entity's money through the network of `list`. */
export function traceFlows(list: EdgeList): TracingResult {
  return traceGraph(simpleDigraph(list), list.nodeIds);
}

/** traceFlows on an already aggregated graph W (used by the null model on each rewired sample). */
export function traceGraph(graph: WeightedDigraph, nodeIds: string[]): TracingResult {
  const { n, src } = graph;
  const { inflow, outflow, outside, leakage, throughput, totalFlow, outsideTotal } = balances(graph);

  const open = reachesLeak(graph, leakage, throughput, LEAK_TOLERANCE);
  const component = weakComponents(graph);
  const groups = new Map<number, number[]>();
  const closedGroups = new Map<number, string[]>();
  for (let i = 0; i < n; i++) {
    if (!((throughput[i] as number) > 0)) continue;
    const root = component[i] as number;
    const target = open[i] ? groups : closedGroups;
    if (!target.has(root)) target.set(root, []);
    if (open[i]) groups.get(root)?.push(i);
    else closedGroups.get(root)?.push(nodeIds[i] as string);
  }
  for (const nodes of groups.values()) {
    if (nodes.length > DENSE_LIMIT) {
      throw new CircularityError({ code: "too-large", n: nodes.length, limit: DENSE_LIMIT });
    }
  }

  const selfShare = new Float64Array(n);
  const outsideShare = new Float64Array(n);
  const origins: Origin[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) if ((throughput[i] as number) > 0 && !open[i]) selfShare[i] = 1;
  const local = new Int32Array(n).fill(-1);
  for (const nodes of groups.values()) {
    for (let r = 0; r < nodes.length; r++) local[nodes[r] as number] = r;
  }
  const flows = { graph, out: adjacency(n, src), local, outside, throughput, nodeIds };
  for (const nodes of groups.values()) solveComponent(nodes, flows, selfShare, outsideShare, origins);

  return {
    nodes: nodeIds.map((id, i) => ({
      id,
      inflow: inflow[i] as number,
      outflow: outflow[i] as number,
      outside: outside[i] as number,
      leakage: leakage[i] as number,
      throughput: throughput[i] as number,
      selfShare: selfShare[i] as number,
      outsideShare: outsideShare[i] as number,
      origins: origins[i] as Origin[],
    })),
    multiplier: totalFlow > 0 ? totalFlow / outsideTotal : null,
    totalFlow,
    outsideTotal,
    closed: [...closedGroups.values()],
  };
}

type Flows = {
  graph: WeightedDigraph;
  /** Out-edges of each node. */
  out: Adjacency;
  /** Position of each node in its component's system, −1 outside every system. */
  local: Int32Array;
  outside: Float64Array;
  throughput: Float64Array;
  nodeIds: string[];
};

/** Solves (I − P) N = I column by column on one component's open nodes and fills their shares. */
function solveComponent(
  nodes: number[],
  { graph, out, local, outside, throughput, nodeIds }: Flows,
  selfShare: Float64Array,
  outsideShare: Float64Array,
  origins: Origin[][],
): void {
  const c = nodes.length;
  const a = new Float64Array(c * c);
  for (let r = 0; r < c; r++) {
    a[r * c + r] = 1;
    const v = nodes[r] as number;
    const t = throughput[v] as number;
    for (let p = out.offsets[v] as number; p < (out.offsets[v + 1] as number); p++) {
      const edge = out.edges[p] as number;
      const s = local[graph.dst[edge] as number] as number;
      // Payments into a closed circulation cannot come back, so for the open part they leave.
      if (s >= 0) a[r * c + s] = (a[r * c + s] as number) - (graph.amount[edge] as number) / t;
    }
  }
  const factors = luFactor(a, c);
  const e = Float64Array.from(nodes, (v) => outside[v] as number);
  // N_ki is zero exactly when k's money cannot reach i; the solve leaves rounding there instead.
  // Only rows with outside money (e_k > 0) are read besides the diagonal N_ii.
  const reach = reachWithin(nodes, out, graph.dst, local, e);
  for (let start = 0; start < c; start += BLOCK) {
    const width = Math.min(BLOCK, c - start);
    const unit = new Float64Array(c * width);
    for (let t = 0; t < width; t++) unit[(start + t) * width + t] = 1;
    // Column t of the block is column i = nodes[start + t] of N: entry k·width + t is N_ki.
    const block = luSolveMany(factors, unit, width);
    for (let t = 0; t < width; t++) {
      const column = (k: number) => (reach[k * c + start + t] === 1 ? (block[k * width + t] as number) : 0);
      const r = start + t;
      const node = nodes[r] as number;
      let reconstructed = 0;
      for (let k = 0; k < c; k++) reconstructed += (e[k] as number) * column(k);
      const through = throughput[node] as number;
      if (!(Math.abs(reconstructed - through) <= RESIDUAL_TOLERANCE * through)) {
        throw new CircularityError({
          code: "ill-conditioned",
          node: nodeIds[node] as string,
          throughput: through,
          reconstructed,
        });
      }
      const nii = column(r);
      selfShare[node] = Math.max(0, 1 - 1 / nii);
      outsideShare[node] = (e[r] as number) / reconstructed;
      const list: Origin[] = [];
      for (let k = 0; k < c; k++) {
        if (k === r || (e[k] as number) === 0) continue;
        const share = ((e[k] as number) * column(k)) / (nii * reconstructed);
        if (share > SHARE_FLOOR) list.push({ origin: nodeIds[nodes[k] as number] as string, share });
      }
      origins[node] = list.sort((x, y) => y.share - x.share || compareText(x.origin, y.origin));
    }
  }
}
