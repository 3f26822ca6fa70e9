/**
 * Cycle enumeration on a graph: simple cycles (Johnson without a bound; with one, and time-respecting
 * cycles, on the ledger scan's kernels in src/core/ledger).
 */
export { JohnsonSearch } from "./johnson.ts";
export {
  type CycleCounts,
  type CycleCursor,
  InvalidCycleOptionError,
  type SimpleCycleOptions,
  type TemporalCycleOptions,
} from "./options.ts";
export { countSimpleCycles, simpleCycles } from "./simple-cycles.ts";
export { stronglyConnectedComponents, TarjanScc } from "./tarjan-scc.ts";
export { countTemporalCycles, temporalCycles } from "./temporal-cycles.ts";
