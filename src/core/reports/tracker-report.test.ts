/** The tracker report on the tiny dataset and three observations, checked by hand; its layout's keys. */
import { beforeAll, describe, expect, it } from "vitest";
import { hasMessage } from "../../i18n/message.ts";
import { loadTiny } from "../../testing/tiny.ts";
import type { Dataset } from "../model/dataset.ts";
import { SIGNALS } from "../tracker/stage.ts";
import type { TrackerObservation } from "../tracker/tracker.ts";
import { layoutKeys } from "./layout-keys.ts";
import {
  TRACKER_HISTORY_LAYOUT,
  trackerGaps,
  trackerLayout,
  trackerNotes,
  trackerReport,
  trackerThresholds,
} from "./tracker-report.ts";

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

const obs = (entity: string, period: string, value: number, estimate = false): TrackerObservation => ({
  entity,
  period,
  signal: "usage-revenue-share",
  value,
  unit: "percent",
  sources: ["press-a"],
  estimate,
});
const THRESHOLDS = { utilisation: 70, "power-coverage": 90, "usage-revenue-share": 50 };
const OBSERVATIONS = [obs("lab", "2024", 40), obs("lab", "2025", 80, true), obs("chips", "2025", 10)];

describe("trackerReport", () => {
  it("lists observed entities and every lab and cloud, with the latest value and the stage", () => {
    const r = trackerReport(tiny, OBSERVATIONS, THRESHOLDS, { asOf: "2026-06-30" });
    // chips is observed; lab (ai-lab) and cloud (hyperscaler) are operators even when unmeasured.
    expect(r.operators.map((o) => o.entity)).toEqual(["lab", "chips", "cloud"]);
    const [lab, chips, cloud] = r.operators;
    expect(lab?.latest["usage-revenue-share"]?.value).toBe(80); // 2025 beats 2024
    expect(lab?.stage.stage).toBe("transitioning"); // 80 % ≥ 50 %: one signal met
    expect(chips?.stage.stage).toBe("circular"); // 10 % < 50 %
    expect(cloud?.stage.stage).toBe("unknown");
    expect(r.window).toBeNull(); // the tiny data has no Broadcom deal
    const one = trackerReport(tiny, OBSERVATIONS, THRESHOLDS, { asOf: "2026-06-30", entity: "cloud" });
    expect(one.operators.map((o) => o.entity)).toEqual(["cloud"]);
  });

  it("names the threshold parameters a dataset lacks", () => {
    expect(trackerThresholds(tiny)).toEqual({
      ok: false,
      missing: [
        "tracker-utilisation-threshold",
        "tracker-power-coverage-threshold",
        "tracker-usage-revenue-threshold",
      ],
    });
  });

  it("names once what no source reports: the signals nobody measures and the operators nobody measures", () => {
    const r = trackerReport(tiny, OBSERVATIONS, THRESHOLDS, { asOf: "2026-06-30" });
    expect(trackerGaps(r)).toEqual({ unreported: ["utilisation", "power-coverage"], silent: ["cloud"] });
    const utilisation = { ...obs("cloud", "2025", 75), signal: "utilisation" as const };
    const more = trackerReport(tiny, [...OBSERVATIONS, utilisation], THRESHOLDS, { asOf: "2026-06-30" });
    expect(trackerGaps(more)).toEqual({ unreported: ["power-coverage"], silent: [] });
    // The table then has the utilisation column, and "absent" (null) where an operator lacks it.
    const [operators] = trackerLayout(more).tables;
    expect(operators?.columns.map((c) => c.id)).toEqual([
      "operator",
      "utilisation",
      "usage-revenue-share",
      "stage",
      "basis",
    ]);
    expect(operators?.rows(more).map((row) => operators.columns[1]?.value(row))).toEqual([null, null, 0.75]);
  });

  it("lays the measured operators out as shares, the stage as a message key and what it rests on", () => {
    // Changed with issue 15: only the reported signals and the measured operators are in the table
    // (the rest are named once by trackerGaps), so a row is no longer a line of "absent" cells.
    const r = trackerReport(tiny, OBSERVATIONS, THRESHOLDS, { asOf: "2026-06-30" });
    const [operators] = trackerLayout(r).tables;
    const cells = operators?.rows(r).map((row) => operators.columns.map((c) => c.value(row)));
    expect(cells).toEqual([
      ["lab", 0.8, "report.tracker.stages.transitioning", "1/3"],
      ["chips", 0.1, "report.tracker.stages.circular", "1/3"],
    ]);
    expect(operators?.columns.map((c) => c.mark?.(r.operators[0]))).toEqual([
      undefined,
      "≈",
      undefined,
      undefined,
    ]);
    const [thresholds] = trackerNotes(r);
    expect(thresholds?.values).toEqual({
      utilisation: { value: 0.7, unit: "share" },
      powerCoverage: { value: 0.9, unit: "share" },
      usageRevenueShare: { value: 0.5, unit: "share" },
    });
    const history = TRACKER_HISTORY_LAYOUT.tables[0];
    expect(
      history
        ?.rows(r.operators[0] as never)
        .map((o: TrackerObservation) => history.columns.map((c) => c.value(o))),
    ).toEqual([
      ["2024", "report.tracker.signals.usage-revenue-share", 0.4, "press-a", null],
      ["2025", "report.tracker.signals.usage-revenue-share", 0.8, "press-a", null],
    ]);
  });

  it("has every message it uses in both languages", () => {
    const r = trackerReport(tiny, OBSERVATIONS, THRESHOLDS, { asOf: "2026-06-30" });
    const keys = [
      ...layoutKeys(trackerLayout(r), r),
      "report.tracker.noneMeasured",
      "report.tracker.unreported",
      "report.tracker.silent",
      ...layoutKeys(TRACKER_HISTORY_LAYOUT, r.operators[0] as never),
      ...trackerNotes(r).map((h) => h.key),
      "report.tracker.window",
      ...SIGNALS.map((s) => `report.tracker.signals.${s}`),
      ...["circular", "transitioning", "self-funding", "unknown"].map((s) => `report.tracker.stages.${s}`),
    ];
    for (const key of keys)
      expect([key, hasMessage("en", key), hasMessage("ar", key)]).toEqual([key, true, true]);
  });
});
