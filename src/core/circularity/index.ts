/** Circularity: proportional flow tracing of each entity's money and its degree-preserving null model. */
export { CircularityError, type CircularityProblem } from "./error.ts";
export {
  DEFAULT_SWAPS_PER_EDGE,
  type MultiplierNull,
  type NodeNull,
  type NullModelOptions,
  type NullModelResult,
  nullModel,
} from "./null-model.ts";
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
