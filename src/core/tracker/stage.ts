/**
 * The tracker's composite stage from the three signals of a move from circular to self-funding that
 * the seed article names (data-centre utilisation, power-contract coverage, usage-linked enterprise
 * revenue share), each compared with its threshold (cited parameters tracker-*-threshold):
 *
 * - no signal known → `unknown` (nothing is inferred from absence);
 * - all three known and all at or above their thresholds → `self-funding`;
 * - at least one known signal at or above its threshold → `transitioning`;
 * - otherwise (every known signal below) → `circular`.
 *
 * `self-funding` needs all three, because the article's test is that they move together; one strong
 * signal with the others absent is evidence of a transition, not of its end. O(1).
 */

export const SIGNALS = ["utilisation", "power-coverage", "usage-revenue-share"] as const;
export type Signal = (typeof SIGNALS)[number];

export const STAGES = ["circular", "transitioning", "self-funding", "unknown"] as const;
export type Stage = (typeof STAGES)[number];

/** Threshold of each signal, in percent. */
export type Thresholds = Record<Signal, number>;

export type StageResult = { stage: Stage; met: Signal[]; unmet: Signal[]; absent: Signal[] };

export function classifyStage(values: Partial<Record<Signal, number>>, thresholds: Thresholds): StageResult {
  const met: Signal[] = [];
  const unmet: Signal[] = [];
  const absent: Signal[] = [];
  for (const signal of SIGNALS) {
    const value = values[signal];
    if (value === undefined) absent.push(signal);
    else if (value >= thresholds[signal]) met.push(signal);
    else unmet.push(signal);
  }
  const stage: Stage =
    absent.length === SIGNALS.length
      ? "unknown"
      : met.length === SIGNALS.length
        ? "self-funding"
        : met.length > 0
          ? "transitioning"
          : "circular";
  return { stage, met, unmet, absent };
}
