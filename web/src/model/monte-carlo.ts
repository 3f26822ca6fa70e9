/**
 * The stress page's Monte Carlo run, on the client side: the scenario sent to POST
 * /api/stress/monte-carlo and the shapes that come back. A bundled scenario with distributions is sent
 * by id; the scenario built on the page is made uncertain first — each shock size becomes a
 * triangular distribution centred on the size set (the mode), `spread` percentage points either side
 * for a fraction (kept inside [0, 1]), `spread` per cent of the months either side for a delay (kept
 * inside [0, horizon]). A triangular distribution is the simplest one with a most likely value and
 * hard bounds, which is what a reader states when asked "about how big, and at most?". Outright
 * defaults stay certain. O(S) for S shocks.
 */
import type { MonteCarloReport } from "@core/reports/monte-carlo-report.ts";
import type { MonteCarloSummary } from "@core/stress/monte-carlo/index.ts";
import type { Distribution } from "@schema/distribution.ts";
import type { Scenario } from "@schema/scenario.ts";

/** The report a job ends with (`halqa stress FILE --runs N --json`); NaN arrives as null. */
export type { MonteCarloReport };

export type Progress = { done: number; runs: number; rate: number; eta: number | null };

/** What the server's event stream says, in order: progress, then one of the last three. */
export type JobEvent =
  | { type: "progress"; data: Progress }
  | { type: "result"; data: MonteCarloReport }
  | { type: "error"; data: { code: string; message: string; params: Record<string, unknown> } }
  | { type: "cancelled"; data: { reason: "request" | "time-limit"; result: MonteCarloReport } };

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A triangular distribution around `mode`, `half` either side, kept inside [low, high]. */
function around(mode: number, half: number, low: number, high: number): Distribution {
  return {
    dist: "triangular",
    min: round(clamp(mode - half, low, high)),
    mode: round(clamp(mode, low, high)),
    max: round(clamp(mode + half, low, high)),
  };
}

/**
 * The scenario with each shock size uncertain: `spread` is in percentage points (1–50) for
 * fractions and in per cent of the months for delays, which stay within `horizonMonths`.
 */
export function withUncertainty(scenario: Scenario, spread: number, horizonMonths: number): Scenario {
  const s = spread / 100;
  const shocks = scenario.shocks.map((shock) => {
    if ("fraction" in shock && typeof shock.fraction === "number")
      return { ...shock, fraction: around(shock.fraction, s, 0, 1) };
    if ("months" in shock && typeof shock.months === "number")
      return { ...shock, months: around(shock.months, shock.months * s, 0, horizonMonths) };
    return shock;
  });
  // The schema of a scenario with distributions is wider than Scenario's: the server checks it.
  return { ...scenario, id: `${scenario.id}-uncertain`, shocks } as unknown as Scenario;
}

/** Is there anything to sample? A distribution whose bounds meet samples one value only. */
export function samplesSomething(scenario: Scenario): boolean {
  return scenario.shocks.some((shock) => {
    const value = "fraction" in shock ? shock.fraction : "months" in shock ? shock.months : undefined;
    const d = value as unknown as Distribution | undefined;
    return typeof d === "object" && d !== null && "dist" in d && d.dist === "triangular" && d.max > d.min;
  });
}

/** Parses one server-sent event's data into a typed event; undefined for names it does not know. */
export function jobEvent(type: string, data: string): JobEvent | undefined {
  if (type !== "progress" && type !== "result" && type !== "error" && type !== "cancelled") return undefined;
  return { type, data: JSON.parse(data) } as JobEvent;
}

/** The histogram as rows: from, to, samples (for its text alternative and its CSV). */
export function histogramRows(summary: MonteCarloSummary): [number, number, number][] {
  const { edges, counts } = summary.histogram;
  return counts.map((count, i) => [edges[i] as number, edges[i + 1] as number, count]);
}

/** The bin a loss falls in (the last one for the largest loss), for marking VaR and ES on the bars. */
export function binOf(summary: MonteCarloSummary, loss: number): number {
  const { edges, counts } = summary.histogram;
  if (counts.length === 0) return -1;
  for (let i = counts.length - 1; i >= 0; i--) if (loss >= (edges[i] as number)) return i;
  return 0;
}
