/**
 * The summary of a Monte Carlo stress run from its partial result (./accumulate.ts): the system loss
 * distribution (mean, quantiles, VaR and ES at 95% and 99%), the unfunded total, per entity the default
 * probability with its standard error and Wilson interval and the quantiles of its loss, and the
 * sensitivity ranking (Spearman's ρ of each sampled input with the system loss, by |ρ|), and a
 * histogram of the system loss in HISTOGRAM_BINS equal bins (./histogram.ts) for charts. Estimators
 * and their conventions: ./statistics.ts and docs/methods/monte-carlo.md.
 * Chunks are first put in sample order, so the summary is a function of the set of samples only.
 * Complexity: O(N log N · (1 + k)) for N samples and k inputs, plus O(L log L) over the L non-zero
 * entity losses.
 */
import type { Chunk, Partial } from "./accumulate.ts";
import { type Histogram, histogram } from "./histogram.ts";
import type { SampledInput } from "./inputs.ts";
import { proportion, quantileSorted, sortedMean, spearman, tailRisk } from "./statistics.ts";

export const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;
/** Bins of the system-loss histogram: enough to show the shape, few enough to read each bar. */
export const HISTOGRAM_BINS = 40;

export type Distribution1D = {
  mean: number;
  quantiles: { p: number; value: number }[];
  var95: number;
  es95: number;
  var99: number;
  es99: number;
};

export type EntityRisk = {
  entity: string;
  defaults: number;
  defaultProbability: number;
  standardError: number;
  wilson95: [number, number];
  meanLoss: number;
  loss50: number;
  loss95: number;
  loss99: number;
};

export type Sensitivity = { input: string; path: string; rho: number | null };

export type MonteCarloSummary = {
  samples: number;
  systemLoss: Distribution1D;
  unfunded: { mean: number; p95: number; p99: number };
  entities: EntityRisk[];
  sensitivity: Sensitivity[];
  /** The system loss in HISTOGRAM_BINS equal-width bins, from the smallest loss to the largest (USD). */
  histogram: Histogram;
};

function distribution(sorted: Float64Array): Distribution1D {
  const t95 = tailRisk(sorted, 0.95);
  const t99 = tailRisk(sorted, 0.99);
  return {
    mean: sortedMean(sorted),
    quantiles: QUANTILES.map((p) => ({ p, value: quantileSorted(sorted, p) })),
    var95: t95.var,
    es95: t95.es,
    var99: t99.var,
    es99: t99.es,
  };
}

export function summarize(
  partial: Partial,
  entities: readonly string[],
  inputs: readonly SampledInput[],
): MonteCarloSummary {
  const chunks = [...partial.chunks].sort((a, b) => a.from - b.from);
  const samples = chunks.reduce((s, c) => s + c.count, 0);
  const k = partial.inputs;
  const system = new Float64Array(samples);
  const unfunded = new Float64Array(samples);
  const columns = Array.from({ length: k }, () => new Float64Array(samples));
  const defaults = new Float64Array(partial.entities);
  const losses: number[][] = Array.from({ length: partial.entities }, () => []);
  let at = 0;
  for (const c of chunks) {
    system.set(c.systemLoss, at);
    unfunded.set(c.unfunded, at);
    for (let s = 0; s < c.count; s++)
      for (let j = 0; j < k; j++) (columns[j] as Float64Array)[at + s] = c.inputs[s * k + j] as number;
    for (let i = 0; i < partial.entities; i++)
      defaults[i] = (defaults[i] as number) + (c.defaults[i] as number);
    addLosses(c, losses);
    at += c.count;
  }
  const sensitivity = inputs
    .map((input, j) => {
      const rho = spearman(columns[j] as Float64Array, system);
      return { input: input.label, path: input.path.join("."), rho: Number.isNaN(rho) ? null : rho };
    })
    .sort((a, b) => Math.abs(b.rho ?? -1) - Math.abs(a.rho ?? -1));
  const sortedSystem = Float64Array.from(system).sort();
  const sortedUnfunded = Float64Array.from(unfunded).sort();
  return {
    samples,
    systemLoss: distribution(sortedSystem),
    unfunded: {
      mean: sortedMean(sortedUnfunded),
      p95: quantileSorted(sortedUnfunded, 0.95),
      p99: quantileSorted(sortedUnfunded, 0.99),
    },
    entities: entities
      .map((entity, i) => entityRisk(entity, defaults[i] as number, losses[i] as number[], samples))
      .filter((e) => e.defaults > 0 || e.meanLoss > 0)
      .sort((a, b) => b.defaultProbability - a.defaultProbability || b.meanLoss - a.meanLoss),
    sensitivity,
    histogram: histogram(sortedSystem, HISTOGRAM_BINS),
  };
}

function addLosses(c: Chunk, losses: number[][]): void {
  for (let j = 0; j < c.lossEntity.length; j++)
    (losses[c.lossEntity[j] as number] as number[]).push(c.lossValue[j] as number);
}

/** An entity's risk; its losses list only the non-zero ones, the other samples lost nothing. */
function entityRisk(entity: string, defaults: number, nonZero: number[], samples: number): EntityRisk {
  const sorted = new Float64Array(samples);
  sorted.set(Float64Array.from(nonZero).sort(), samples - nonZero.length);
  const p = proportion(defaults, samples);
  return {
    entity,
    defaults,
    defaultProbability: p.p,
    standardError: p.se,
    wilson95: [p.low, p.high],
    meanLoss: sortedMean(sorted),
    loss50: quantileSorted(sorted, 0.5),
    loss95: quantileSorted(sorted, 0.95),
    loss99: quantileSorted(sorted, 0.99),
  };
}
