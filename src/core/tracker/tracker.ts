/**
 * The tracker (docs/methods/tracker.md): per operator, each of the three signals over time from the
 * tracker's observations, the latest value of each (or absent: a value no source makes public is
 * never filled in), and the composite stage from the latest values. Periods are ordered by when they
 * end ("2025-H1" before "2025", "FY2026-Q3" by its fiscal year). O(observations · log observations).
 */
import { ModelInputError } from "../errors.ts";
import { classifyStage, SIGNALS, type Signal, type StageResult, type Thresholds } from "./stage.ts";

export type TrackerObservation = {
  entity: string;
  period: string;
  signal: Signal;
  /** In percent. */
  value: number;
  unit: "percent";
  sources: string[];
  estimate: boolean;
  note?: string;
  /** Line in tracker.csv, for readers who check the row. */
  line?: number;
};

export type OperatorTrack = {
  entity: string;
  latest: Record<Signal, TrackerObservation | null>;
  history: TrackerObservation[];
  stage: StageResult;
};

/** A number that orders periods by their end: 2025-H1 → 2025.5, 2025 → 2026, 2025-2028 → 2029. */
export function periodEnd(period: string): number {
  const m = /^(?:FY)?(\d{4})(?:-(H[12]|Q[1-4]|\d{2}(?:-\d{2})?|\d{4}))?$/.exec(period);
  if (!m) throw new ModelInputError("invalid-period", [], { value: period });
  const year = Number(m[1]);
  const rest = m[2];
  if (rest === undefined) return year + 1;
  if (rest.startsWith("H")) return year + Number(rest.slice(1)) / 2;
  if (rest.startsWith("Q")) return year + Number(rest.slice(1)) / 4;
  if (/^\d{4}$/.test(rest)) return Number(rest) + 1;
  const [month = "12"] = rest.split("-");
  return year + Number(month) / 12;
}

export function trackOperators(
  observations: readonly TrackerObservation[],
  entities: readonly string[],
  thresholds: Thresholds,
): OperatorTrack[] {
  return entities.map((entity) => {
    const history = observations
      .filter((o) => o.entity === entity)
      .sort((a, b) => periodEnd(a.period) - periodEnd(b.period) || a.signal.localeCompare(b.signal));
    const latest = Object.fromEntries(SIGNALS.map((s) => [s, null])) as Record<
      Signal,
      TrackerObservation | null
    >;
    for (const o of history) latest[o.signal] = o;
    const values: Partial<Record<Signal, number>> = {};
    for (const s of SIGNALS) {
      const o = latest[s];
      if (o) values[s] = o.value;
    }
    return { entity, latest, history, stage: classifyStage(values, thresholds) };
  });
}
