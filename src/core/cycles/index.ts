/** Cycle enumeration: simple (Johnson, hop-bounded) and time-respecting cycles on the shared CSR. */
export { BoundedSearch } from "./bounded-cycles.ts";
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
