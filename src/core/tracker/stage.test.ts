/** The stage rules by hand, and as properties against a literal reading of the documented rule. */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { classifyStage, SIGNALS, type Signal, type Thresholds } from "./stage.ts";
import { periodEnd, trackOperators } from "./tracker.ts";
import { addMonths, criticalWindow } from "./window.ts";

const T: Thresholds = { utilisation: 70, "power-coverage": 90, "usage-revenue-share": 50 };

describe("classifyStage", () => {
  it("nothing known → unknown; all met → self-funding; one met → transitioning; none met → circular", () => {
    expect(classifyStage({}, T).stage).toBe("unknown");
    expect(classifyStage({ utilisation: 70, "power-coverage": 90, "usage-revenue-share": 50 }, T).stage).toBe(
      "self-funding",
    );
    expect(classifyStage({ "usage-revenue-share": 80 }, T).stage).toBe("transitioning");
    expect(classifyStage({ "usage-revenue-share": 27 }, T)).toEqual({
      stage: "circular",
      met: [],
      unmet: ["usage-revenue-share"],
      absent: ["utilisation", "power-coverage"],
    });
  });

  it("two met with the third absent is a transition, not self-funding", () => {
    expect(classifyStage({ utilisation: 99, "power-coverage": 100 }, T).stage).toBe("transitioning");
  });

  const value = fc.option(fc.double({ min: 0, max: 150, noNaN: true }), { nil: undefined });
  const values = fc.record({ utilisation: value, "power-coverage": value, "usage-revenue-share": value });
  const thresholds = fc.record({
    utilisation: fc.double({ min: 0, max: 100, noNaN: true }),
    "power-coverage": fc.double({ min: 0, max: 150, noNaN: true }),
    "usage-revenue-share": fc.double({ min: 0, max: 100, noNaN: true }),
  });

  it("matches the documented rule, and raising a value never lowers the stage", () => {
    const rank = { unknown: -1, circular: 0, transitioning: 1, "self-funding": 2 } as const;
    fc.assert(
      fc.property(values, thresholds, fc.constantFrom(...SIGNALS), (v, t, raised) => {
        const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Partial<
          Record<Signal, number>
        >;
        const r = classifyStage(clean, t);
        const known = SIGNALS.filter((s) => clean[s] !== undefined);
        const met = known.filter((s) => (clean[s] as number) >= t[s]);
        const expected =
          known.length === 0
            ? "unknown"
            : met.length === 3
              ? "self-funding"
              : met.length > 0
                ? "transitioning"
                : "circular";
        expect(r.stage).toBe(expected);
        expect(r.met.length + r.unmet.length + r.absent.length).toBe(3);
        if (clean[raised] !== undefined) {
          const up = classifyStage({ ...clean, [raised]: (clean[raised] as number) + 10 }, t);
          expect(rank[up.stage]).toBeGreaterThanOrEqual(rank[r.stage]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("tracker over time", () => {
  it("orders periods by their end and keeps the latest per signal", () => {
    expect(periodEnd("2025-H1")).toBeLessThan(periodEnd("2025"));
    expect(periodEnd("2024")).toBeLessThan(periodEnd("2025-Q1"));
    expect(periodEnd("2025-2028")).toBe(2029);
    const obs = (period: string, value: number) => ({
      entity: "lab",
      period,
      signal: "usage-revenue-share" as const,
      value,
      unit: "percent" as const,
      sources: ["s"],
      estimate: false,
    });
    const [lab, other] = trackOperators([obs("2025", 60), obs("2024", 20)], ["lab", "other"], T);
    expect(lab?.latest["usage-revenue-share"]?.value).toBe(60);
    expect(lab?.history.map((o) => o.period)).toEqual(["2024", "2025"]);
    expect(lab?.stage.stage).toBe("transitioning");
    expect(other?.stage.stage).toBe("unknown");
    expect(other?.latest.utilisation).toBeNull();
  });
});

describe("critical window", () => {
  it("24–36 months from 2025-10-13 ends between 2027-10-13 and 2028-10-13", () => {
    const w = criticalWindow("2025-10-13", { low: 24, high: 36 }, "2026-10-13");
    expect([w.endEarliest, w.endLatest]).toEqual(["2027-10-13", "2028-10-13"]);
    expect(w.monthsElapsed).toBeCloseTo(12, 1);
    expect(w.monthsLeft.toLatest).toBeCloseTo(24, 1);
  });

  it("clamps to the month's last day and rejects low > high", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-12-15", 1)).toBe("2026-01-15");
    expect(() => criticalWindow("2025-10-13", { low: 36, high: 24 }, "2026-01-01")).toThrow(ModelInputError);
  });
});
