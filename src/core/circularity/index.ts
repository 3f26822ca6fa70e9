/** Circularity: proportional flow tracing of each entity's money and its degree-preserving null model. */
export {
  type AttributedNode,
  type Attribution,
  type AttributionOptions,
  attributeCircularity,
  type TracedOrigin,
} from "./attribution.ts";
export { type Balances, balances } from "./balances.ts";
export { CircularityError, type CircularityProblem } from "./error.ts";
export {
  type LoopAttribution,
  type LoopAttributionOptions,
  type LoopContribution,
  loopAttribution,
  type NodeLoops,
} from "./loop-attribution.ts";
export {
  DEFAULT_SWAPS_PER_EDGE,
  type MultiplierNull,
  type NodeNull,
  type NullModelOptions,
  type NullModelResult,
  nullModel,
  type ShareNull,
} from "./null-model.ts";
export {
  type NodePaths,
  type OriginPathOptions,
  type OriginPaths,
  originPaths,
  type PathContribution,
  payersOf,
} from "./origin-paths.ts";
export { type Rewired, rewire } from "./rewire.ts";
export { simpleDigraph, type WeightedDigraph } from "./simple-digraph.ts";
export {
  DENSE_LIMIT,
  LEAK_TOLERANCE,
  type NodeTrace,
  type Origin,
  type TracingResult,
  traceFlows,
  traceGraph,
} from "./tracing.ts";
