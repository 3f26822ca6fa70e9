/**
 * The chains behind proportional tracing's origin shares: for an entity i and each origin k (an
 * entity where outside money enters), the simple payment paths k → … → i and how much of k's outside
 * money each carries to i under proportional mixing. A reader can then see that "Nvidia: 54% from
 * OpenAI" runs through OpenAI → Oracle → Nvidia and judge whether that chain is one story or two
 * unrelated contracts joined at Oracle.
 *
 * Model (as in tracing.ts and loop-attribution.ts): P_uv = W_uv / T_u. A path p = (k = v₀ → v₁ → … →
 * v_L = i) carries e_k · Π_{j<L} P_{v_j v_{j+1}} of k's outside money to i. Distinct simple paths are
 * distinct first-passage walks of the Markov chain [1, 2], so their sum never exceeds the mixing
 * amount from_{k,i} = e_k N_ki / N_ii, and equals it when the network has no loops (every walk is then
 * a simple path). The gap, when there is one, is money that went round a loop on the way.
 *
 * The search walks backwards from i over payers (depth-first, at most `maxLength` payments). A branch
 * is not followed once everything it could still carry, (max_k e_k) · Π P, falls below `floor` · T_i,
 * and the whole search stops after `maxSteps` steps (`complete: false`); both make the path sums lower
 * bounds, never larger than the truth.
 *
 * Complexity: O(number of simple paths of at most maxLength payments into i), capped by maxSteps.
 *
 * References:
 * 1. J. Bialek (1996). "Tracing the flow of electricity". IEE Proc. Gener. Transm. Distrib. 143(4).
 * 2. D. Kirschen, R. Allan, G. Strbac (1997). "Contributions of individual generators to loads and
 *    flows". IEEE Transactions on Power Systems 12(1), 52–60. (Tracing shares along paths.)
 */
import { compareText } from "../compare.ts";
import type { Balances } from "./balances.ts";
import type { WeightedDigraph } from "./simple-digraph.ts";

export const DEFAULT_PATH_LENGTH = 6;
export const DEFAULT_PATH_FLOOR = 1e-6;
export const DEFAULT_PATH_STEPS = 200_000;

export type OriginPathOptions = {
  /** Longest path followed, in payments. */
  maxLength?: number;
  /** Paths kept per origin, largest first. */
  top?: number;
  /** Branches that could carry less than this fraction of the entity's throughput are not followed. */
  floor?: number;
  /** Search steps per entity before it stops. */
  maxSteps?: number;
};

export type PathContribution = {
  /** Entity ids from the origin to the entity, in payment order. */
  path: string[];
  amount: number;
  /** amount / T_i. */
  share: number;
};

export type OriginPaths = {
  origin: string;
  /** Σ over every simple path found from this origin (not only those listed); ≤ the mixing amount. */
  amount: number;
  share: number;
  /** The largest paths, by amount. */
  paths: PathContribution[];
};

export type NodePaths = { origins: Map<string, OriginPaths>; complete: boolean };

/** In-edges of every node: payer and amount. */
export type Payers = { from: Int32Array; amount: Float64Array; offsets: Int32Array };

export function payersOf({ n, src, dst, amount }: WeightedDigraph): Payers {
  const offsets = new Int32Array(n + 1);
  for (const v of dst) offsets[v + 1] = (offsets[v + 1] as number) + 1;
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v + 1] as number) + (offsets[v] as number);
  const fill = offsets.slice(0, n);
  const from = new Int32Array(src.length);
  const weights = new Float64Array(src.length);
  for (let e = 0; e < src.length; e++) {
    const at = fill[dst[e] as number] as number;
    fill[dst[e] as number] = at + 1;
    from[at] = src[e] as number;
    weights[at] = amount[e] as number;
  }
  return { from, amount: weights, offsets };
}

/** Paths from every origin to `target`, largest first per origin. */
export function originPaths(
  payers: Payers,
  nodeIds: readonly string[],
  { outside, throughput }: Pick<Balances, "outside" | "throughput">,
  target: number,
  options: OriginPathOptions = {},
): NodePaths {
  const maxLength = options.maxLength ?? DEFAULT_PATH_LENGTH;
  const top = options.top ?? 3;
  const floor = (options.floor ?? DEFAULT_PATH_FLOOR) * (throughput[target] as number);
  let steps = options.maxSteps ?? DEFAULT_PATH_STEPS;
  let stopped = false;
  const largestOutside = outside.reduce((a, b) => Math.max(a, b), 0);
  const found = new Map<number, { amount: number; paths: FoundPath[] }>();
  const onPath = new Uint8Array(throughput.length);
  const path: number[] = [target];
  onPath[target] = 1;

  const visit = (v: number, carried: number): void => {
    for (let p = payers.offsets[v] as number; p < (payers.offsets[v + 1] as number); p++) {
      if (steps === 0) {
        stopped = true;
        return;
      }
      steps--;
      const u = payers.from[p] as number;
      if (onPath[u]) continue;
      const reach = (carried * (payers.amount[p] as number)) / (throughput[u] as number);
      if ((outside[u] as number) > 0) record(u, (outside[u] as number) * reach);
      if (path.length > maxLength - 1 || largestOutside * reach < floor || reach === 0) continue;
      path.push(u);
      onPath[u] = 1;
      visit(u, reach);
      onPath[u] = 0;
      path.pop();
    }
  };
  const record = (origin: number, amount: number): void => {
    let entry = found.get(origin);
    if (!entry) {
      entry = { amount: 0, paths: [] };
      found.set(origin, entry);
    }
    entry.amount += amount;
    if (top === 0) return;
    const nodes = [origin, ...[...path].reverse()];
    entry.paths.push({ nodes, amount, key: nodes.map((i) => nodeIds[i]).join("\u0000") });
    if (entry.paths.length > 2 * top) {
      entry.paths.sort(byAmount);
      entry.paths.length = top;
    }
  };
  visit(target, 1);

  const t = throughput[target] as number;
  const origins = new Map<string, OriginPaths>();
  for (const [k, { amount, paths }] of found) {
    const id = nodeIds[k] as string;
    origins.set(id, {
      origin: id,
      amount,
      share: amount / t,
      paths: paths
        .sort(byAmount)
        .slice(0, top)
        .map((x) => ({
          path: x.nodes.map((i) => nodeIds[i] as string),
          amount: x.amount,
          share: x.amount / t,
        })),
    });
  }
  return { origins, complete: !stopped };
}

/** `key`: the path's ids, so ties sort the same however nodes are numbered. */
type FoundPath = { nodes: number[]; amount: number; key: string };

function byAmount(a: FoundPath, b: FoundPath): number {
  return b.amount - a.amount || compareText(a.key, b.key);
}
