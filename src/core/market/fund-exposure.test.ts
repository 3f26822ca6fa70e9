/** The fund's loop share by hand and as properties: in [0, 1], monotone in weights and exposures. */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { fundLoopShare } from "./fund-exposure.ts";

describe("fundLoopShare", () => {
  it("6.6% Nvidia fully in the loop and 7.6% Apple not in it → 6.6% of the fund", () => {
    const r = fundLoopShare(
      [
        { entity: "apple", weight: 0.076 },
        { entity: "nvidia", weight: 0.066 },
        { entity: "tesla", weight: 0.02 },
      ],
      new Map([
        ["nvidia", 1],
        ["apple", 0],
      ]),
    );
    expect(r.share).toBeCloseTo(0.066, 12);
    expect(r.covered).toBeCloseTo(0.162, 12);
    expect(r.rows.map((x) => [x.entity, x.exposure])).toEqual([
      ["nvidia", 1],
      ["apple", 0],
      ["tesla", null],
    ]);
  });

  it("rejects weights over 100% in all, and exposures outside [0, 1]", () => {
    expect(() =>
      fundLoopShare(
        [
          { entity: "a", weight: 0.7 },
          { entity: "b", weight: 0.4 },
        ],
        new Map(),
      ),
    ).toThrow(ModelInputError);
    expect(() => fundLoopShare([{ entity: "a", weight: 0.1 }], new Map([["a", 1.5]]))).toThrow(
      ModelInputError,
    );
  });

  const holdings = fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 })
    .map((ws) => {
      const total = ws.reduce((s, w) => s + w, 0);
      const scale = total > 1 ? 1 / total : 1;
      return ws.map((w, i) => ({ entity: `e${i}`, weight: w * scale * 0.999 }));
    });
  const exposures = fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), {
    minLength: 8,
    maxLength: 8,
  });

  it("lies in [0, Σ weights] ⊆ [0, 1], equals the brute-force sum, and never falls when a weight rises", () => {
    fc.assert(
      fc.property(
        holdings,
        exposures,
        fc.nat(7),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (hs, es, k, t) => {
          const map = new Map<string, number>();
          es.forEach((e, i) => {
            if (e !== undefined) map.set(`e${i}`, e);
          });
          const r = fundLoopShare(hs, map);
          const brute = hs.reduce((s, h) => s + h.weight * (map.get(h.entity) ?? 0), 0);
          expect(r.share).toBeCloseTo(brute, 12);
          expect(r.share).toBeGreaterThanOrEqual(0);
          expect(r.share).toBeLessThanOrEqual(r.covered + 1e-12);
          expect(r.covered).toBeLessThanOrEqual(1);
          const i = k % hs.length;
          const h = hs[i] as { entity: string; weight: number };
          const room = 1 - r.covered;
          const raised = hs.map((x, j) => (j === i ? { ...x, weight: h.weight + t * room } : x));
          expect(fundLoopShare(raised, map).share).toBeGreaterThanOrEqual(r.share - 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });
});
