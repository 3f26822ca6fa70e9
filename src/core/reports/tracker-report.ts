/**
 * `halqa tracker` as one pure call, shared by the command line, the API (GET /api/tracker) and the
 * dashboard: the thresholds from their cited parameters (tracker-*-threshold), the operators to show
 * (everyone with an observation, plus every AI lab, hyperscaler and neocloud, so an operator no source
 * measures is listed as unknown rather than left out), each operator's signals over time and stage
 * (tracker.ts, stage.ts), and the seed article's 24–36-month window from the Broadcom announcement
 * (window.ts). Method: docs/methods/tracker.md. O(observations · log observations + entities).
 */

import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";
import { SIGNALS, type Signal, type Thresholds } from "../tracker/stage.ts";
import { type OperatorTrack, type TrackerObservation, trackOperators } from "../tracker/tracker.ts";
import { type CriticalWindow, criticalWindow } from "../tracker/window.ts";
import { type Headline, type ReportLayout, table } from "./layout.ts";

export const THRESHOLD_PARAMETERS: Readonly<Record<Signal, string>> = {
  utilisation: "tracker-utilisation-threshold",
  "power-coverage": "tracker-power-coverage-threshold",
  "usage-revenue-share": "tracker-usage-revenue-threshold",
};
const OPERATOR_KINDS = new Set(["ai-lab", "hyperscaler", "neocloud"]);
export const WINDOW_INDICATOR = "openai-build-out-critical-window";
/** The seed article counts the window from OpenAI's Broadcom announcement. */
export const WINDOW_START_DEAL = "openai-broadcom-10gw";

export type TrackerReport = {
  asOf: string;
  thresholds: Thresholds;
  window: CriticalWindow | null;
  operators: OperatorTrack[];
};

/** The thresholds, or the ids of the parameters the dataset lacks. */
export function trackerThresholds(
  dataset: Pick<Dataset, "parameters">,
): { ok: true; thresholds: Thresholds } | { ok: false; missing: string[] } {
  const thresholds = {} as Thresholds;
  const missing: string[] = [];
  for (const signal of SIGNALS) {
    const p = dataset.parameters.find((x) => x.id === THRESHOLD_PARAMETERS[signal]);
    if (p) thresholds[signal] = amountOf(p.figure).value;
    else missing.push(THRESHOLD_PARAMETERS[signal]);
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, thresholds };
}

export function trackerWindow(
  dataset: Pick<Dataset, "indicators" | "deals">,
  asOf: string,
): CriticalWindow | null {
  const indicator = dataset.indicators.find((i) => i.id === WINDOW_INDICATOR);
  const deal = dataset.deals.find((d) => d.id === WINDOW_START_DEAL);
  if (!indicator || !deal) return null;
  const { low, high } = amountOf(indicator.figure);
  return criticalWindow(deal.announced, { low, high }, asOf);
}

/** The report as `halqa tracker --json` prints it; `entity` narrows it to one operator. */
export function trackerReport(
  dataset: Pick<Dataset, "parameters" | "indicators" | "deals" | "entities">,
  observations: readonly TrackerObservation[],
  thresholds: Thresholds,
  options: { asOf: string; entity?: string | undefined },
): TrackerReport {
  const entities = options.entity
    ? [options.entity]
    : [
        ...new Set([
          ...observations.map((o) => o.entity),
          ...dataset.entities.filter((e) => OPERATOR_KINDS.has(e.kind)).map((e) => e.id),
        ]),
      ];
  return {
    asOf: options.asOf,
    thresholds,
    window: trackerWindow(dataset, options.asOf),
    operators: trackOperators(observations, entities, thresholds),
  };
}

/** One operator's latest value of a signal, as a share (the file holds percent), or null when absent. */
function latestShare(op: OperatorTrack, signal: Signal): number | null {
  const o = op.latest[signal];
  return o ? o.value / 100 : null;
}

/**
 * What no source reports, said once instead of cell by cell: the signals no operator has a value for,
 * and the operators with no value of any signal. Most of the tracker is unknown today (40 of 42 cells
 * with the bundled data); a table of "absent" cells would hide the two values that exist.
 */
export type TrackerGaps = { unreported: Signal[]; silent: string[] };

export function trackerGaps(r: TrackerReport): TrackerGaps {
  return {
    unreported: SIGNALS.filter((s) => r.operators.every((op) => !op.latest[s])),
    silent: r.operators.filter((op) => op.history.length === 0).map((op) => op.entity),
  };
}

/**
 * The headline lines and the operators' table: only the operators a source measures and only the
 * signals some source reports (trackerGaps names the rest); a signal an operator lacks reads
 * "absent", never zero. Each operator's history is TRACKER_HISTORY_LAYOUT.
 */
export function trackerLayout(r: TrackerReport): ReportLayout<TrackerReport> {
  const gaps = trackerGaps(r);
  const reported = SIGNALS.filter((s) => !gaps.unreported.includes(s));
  return {
    id: "tracker",
    title: "report.tracker.title",
    headlines: (data) => [
      { key: "report.tracker.heading", values: { asOf: { value: data.asOf, unit: "date" } } },
    ],
    tables: [
      table({
        id: "operators",
        title: "report.tracker.operators",
        empty: "report.tracker.noneMeasured",
        rows: (data: TrackerReport) => data.operators.filter((op) => op.history.length > 0),
        columns: [
          { id: "operator", label: "report.tracker.operator", unit: "entity", value: (op) => op.entity },
          ...reported.map((signal) => ({
            id: signal,
            label: `report.tracker.signals.${signal}`,
            unit: "share" as const,
            value: (op: OperatorTrack) => latestShare(op, signal),
            mark: (op: OperatorTrack) => (op.latest[signal]?.estimate ? "≈" : undefined),
            missing: "report.tracker.absent",
          })),
          {
            id: "stage",
            label: "report.tracker.stage",
            unit: "message",
            value: (op) => `report.tracker.stages.${op.stage.stage}`,
          },
          {
            id: "basis",
            label: "report.tracker.basis",
            unit: "text",
            // How many signals the stage rests on, "1/3": digits and a slash read the same in both languages.
            value: (op) => `${op.stage.met.length + op.stage.unmet.length}/${SIGNALS.length}`,
          },
        ],
      }),
    ],
  };
}

/**
 * The thresholds line and the critical-window line, as headline lines (shares and months as numbers,
 * the window's dates as the ISO dates the method note cites).
 */
export function trackerNotes(r: TrackerReport): Headline[] {
  const lines: Headline[] = [
    {
      key: "report.tracker.thresholds",
      values: Object.fromEntries(
        SIGNALS.map((s) => [
          s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
          { value: r.thresholds[s] / 100, unit: "share" as const },
        ]),
      ),
    },
    { key: "report.tracker.absentNote", values: {} },
  ];
  const w = r.window;
  if (w)
    lines.push({
      key: "report.tracker.window",
      values: {
        low: { value: w.months.low, unit: "number" },
        high: { value: w.months.high, unit: "number" },
        start: { value: w.start, unit: "date" },
        earliest: { value: w.endEarliest, unit: "date" },
        latest: { value: w.endLatest, unit: "date" },
        elapsed: { value: Math.round(w.monthsElapsed * 10) / 10, unit: "number" },
        left: { value: Math.round(Math.max(0, w.monthsLeft.toLatest) * 10) / 10, unit: "number" },
      },
    });
  return lines;
}

/** One operator's observations over time (data: the operator): a table per operator. */
export const TRACKER_HISTORY_LAYOUT: ReportLayout<OperatorTrack> = {
  id: "tracker",
  title: "report.tracker.history",
  tables: [
    table({
      id: "history",
      title: "report.tracker.history",
      empty: "report.tracker.noObservations",
      rows: (op: OperatorTrack) => op.history,
      columns: [
        {
          id: "period",
          label: "report.tracker.period",
          unit: "period",
          value: (o: TrackerObservation) => o.period,
        },
        {
          id: "signal",
          label: "report.tracker.signal",
          unit: "message",
          value: (o) => `report.tracker.signals.${o.signal}`,
        },
        {
          id: "value",
          label: "report.tracker.value",
          unit: "share",
          value: (o) => o.value / 100,
          // "≈": derived from the sources' figures rather than stated by them.
          mark: (o) => (o.estimate ? "≈" : undefined),
        },
        { id: "sources", label: "report.tracker.sources", unit: "source", value: (o) => o.sources.join(" ") },
        {
          id: "note",
          label: "report.tracker.note",
          unit: "text",
          value: (o) => o.note ?? null,
          optional: true,
        },
      ],
    }),
  ],
};
