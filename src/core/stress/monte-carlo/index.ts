/** Monte Carlo stress runs: sampled scenarios × compiled evaluator × mergeable accumulator (docs/methods/monte-carlo.md). */
export {
  type Chunk,
  emptyPartial,
  mergePartials,
  type Partial,
  runChunk,
  runSamples,
  SampleError,
} from "./accumulate.ts";
export {
  compileScenario,
  type Evaluator,
  type EvaluatorOptions,
  newOutcome,
  type Outcome,
} from "./evaluator.ts";
export { type Histogram, histogram } from "./histogram.ts";
export { drawInputs, fixScenario, type SampledInput, sampledInputs } from "./inputs.ts";
export { sampleRng, sampleSeed } from "./sample-stream.ts";
export { gamma, moments, sampleDistribution, standardNormal, triangular } from "./samplers.ts";
export {
  type EntityRisk,
  HISTOGRAM_BINS,
  type MonteCarloSummary,
  QUANTILES,
  type Sensitivity,
  summarize,
} from "./summarize.ts";
