/**
 * The money balance of every node of W: inflow, outflow, outside money e = max(0, O − I), leakage
 * l = max(0, I − O) and throughput T = I + e = O + l. Shared by proportional tracing and by the
 * loop and path attribution, so both divide by the same T. O(n + m).
 */
import type { WeightedDigraph } from "./simple-digraph.ts";

export type Balances = {
  inflow: Float64Array;
  outflow: Float64Array;
  outside: Float64Array;
  leakage: Float64Array;
  throughput: Float64Array;
  totalFlow: number;
  outsideTotal: number;
};

export function balances({ n, src, dst, amount }: WeightedDigraph): Balances {
  const inflow = new Float64Array(n);
  const outflow = new Float64Array(n);
  let totalFlow = 0;
  for (let e = 0; e < src.length; e++) {
    const w = amount[e] as number;
    outflow[src[e] as number] = (outflow[src[e] as number] as number) + w;
    inflow[dst[e] as number] = (inflow[dst[e] as number] as number) + w;
    totalFlow += w;
  }
  const outside = new Float64Array(n);
  const leakage = new Float64Array(n);
  const throughput = new Float64Array(n);
  let outsideTotal = 0;
  for (let i = 0; i < n; i++) {
    const gap = (outflow[i] as number) - (inflow[i] as number);
    outside[i] = Math.max(0, gap);
    leakage[i] = Math.max(0, -gap);
    throughput[i] = (inflow[i] as number) + (outside[i] as number);
    outsideTotal += outside[i] as number;
  }
  return { inflow, outflow, outside, leakage, throughput, totalFlow, outsideTotal };
}
