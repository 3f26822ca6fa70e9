/**
 * Circularity a reader can trace: proportional tracing (tracing.ts) with, beside it, the loops that
 * carry each entity's own money back (loop-attribution.ts) and the chains behind each origin share
 * (origin-paths.ts). The loop share is the headline: it is never larger than the mixing self-share,
 * it is 0 for an entity on no loop, and every dollar of it is listed along a named loop. The mixing
 * shares stay as the secondary, clearly labelled measure. docs/methods/circularity.md explains both.
 */
import type { EdgeList } from "../graph/edge-list.ts";
import { balances } from "./balances.ts";
import { type LoopAttributionOptions, loopAttribution, type NodeLoops } from "./loop-attribution.ts";
import { type OriginPathOptions, originPaths, type PathContribution, payersOf } from "./origin-paths.ts";
import { simpleDigraph } from "./simple-digraph.ts";
import { type NodeTrace, type Origin, type TracingResult, traceGraph } from "./tracing.ts";

export type AttributionOptions = {
  loops?: LoopAttributionOptions;
  paths?: OriginPathOptions;
  /** Search origin paths only for these entities (all entities with receipts when omitted). */
  pathsFor?: readonly string[];
};

export type TracedOrigin = Origin & {
  /**
   * Part of the mixing share carried by simple paths from the origin (≤ share; = share without loops);
   * null when the paths of this entity were not searched.
   */
  traced: number | null;
  /** The largest of those paths, with their amounts. */
  paths: PathContribution[];
};

export type AttributedNode = Omit<NodeTrace, "origins"> & {
  /** Own money back along simple loops through the entity (the traceable measure). */
  loops: NodeLoops;
  /** Mixing origin shares, each with the chains that carry it. */
  origins: TracedOrigin[];
  /** False when the path search for this entity stopped at its step limit. */
  pathsComplete: boolean;
};

export type Attribution = Omit<TracingResult, "nodes"> & {
  nodes: AttributedNode[];
  loopSearch: { cycles: number; maxLength: number; complete: boolean };
};

export function attributeCircularity(list: EdgeList, options: AttributionOptions = {}): Attribution {
  const graph = simpleDigraph(list);
  const money = balances(graph);
  const tracing = traceGraph(graph, list.nodeIds);
  const loops = loopAttribution(graph, list.nodeIds, money, options.loops);
  const payers = payersOf(graph);
  const wanted = options.pathsFor ? new Set(options.pathsFor) : null;
  const nodes = tracing.nodes.map((node, i): AttributedNode => {
    const search =
      node.origins.length > 0 && (wanted === null || wanted.has(node.id))
        ? originPaths(payers, list.nodeIds, money, i, options.paths)
        : null;
    return {
      ...node,
      loops: loops.nodes[i] as NodeLoops,
      origins: node.origins.map((o) => {
        const found = search?.origins.get(o.origin);
        if (search === null) return { ...o, traced: null, paths: [] };
        return { ...o, traced: Math.min(o.share, found?.share ?? 0), paths: found?.paths ?? [] };
      }),
      pathsComplete: search?.complete ?? true,
    };
  });
  return {
    ...tracing,
    nodes,
    loopSearch: { cycles: loops.cycles, maxLength: loops.maxLength, complete: loops.complete },
  };
}
