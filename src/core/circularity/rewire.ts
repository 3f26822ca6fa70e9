/**
 * Degree-preserving rewiring of a weighted simple digraph by double-edge swaps: pick two edges
 * a→b and c→d at random and replace them by a→d and c→b. Every node keeps its out-degree and its
 * in-degree; each edge keeps its source and its amount, so out-strengths (what each node pays) are
 * kept too, while who receives it is shuffled. A swap that would create a self-loop (a = d or c = b)
 * or a second edge between the same ordered pair is rejected, so the graph stays simple. A rejected
 * attempt still counts: the proposal is symmetric, so the chain's stationary distribution is uniform
 * over the digraphs it can reach. (For directed graphs, double swaps alone cannot always reach every
 * simple digraph with the same degrees — reversing a directed triangle needs a triple swap, see [3].)
 *
 * Parameters: the graph (left unchanged), the number of attempted swaps and a seeded generator.
 * Complexity: O(m) to copy and index the edges, then O(1) expected time per attempt; O(m) space.
 *
 * References:
 * 1. S. Maslov, K. Sneppen (2002). "Specificity and stability in topology of protein networks".
 *    Science 296(5569), 910–913.
 * 2. R. Milo, N. Kashtan, S. Itzkovitz, M. E. J. Newman, U. Alon (2003). "On the uniform generation
 *    of random graphs with prescribed degree sequences". arXiv:cond-mat/0312028.
 * 3. A. R. Rao, R. Jana, S. Bandyopadhyay (1996). "A Markov chain Monte Carlo method for generating
 *    random (0,1)-matrices with given marginals". Sankhyā A 58(2), 225–242.
 */
import type { Rng } from "../random.ts";
import type { WeightedDigraph } from "./simple-digraph.ts";

export type Rewired = {
  graph: WeightedDigraph;
  /** Swaps carried out (attempts minus rejections). */
  accepted: number;
};

/** A rewired copy of `graph` after `attempts` attempted double-edge swaps. */
export function rewire(graph: WeightedDigraph, attempts: number, rng: Rng): Rewired {
  const { n } = graph;
  const src = graph.src.slice();
  const dst = graph.dst.slice();
  const m = src.length;
  // An ordered pair (u, v) as one number: exact for n < 2^26, far beyond the dense tracing limit.
  const present = new Set<number>();
  for (let e = 0; e < m; e++) present.add((src[e] as number) * n + (dst[e] as number));
  let accepted = 0;
  if (m >= 2) {
    for (let t = 0; t < attempts; t++) {
      const i = rng.int(m);
      const j = rng.int(m);
      const a = src[i] as number;
      const b = dst[i] as number;
      const c = src[j] as number;
      const d = dst[j] as number;
      // Also rejects i = j and shared endpoints (a = c or b = d), where a→d or c→b already exists.
      if (a === d || c === b || present.has(a * n + d) || present.has(c * n + b)) continue;
      present.delete(a * n + b);
      present.delete(c * n + d);
      present.add(a * n + d);
      present.add(c * n + b);
      dst[i] = d;
      dst[j] = b;
      accepted++;
    }
  }
  return { graph: { n, src, dst, amount: graph.amount.slice() }, accepted };
}
