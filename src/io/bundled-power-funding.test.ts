/**
 * Power and funding on the bundled dataset: relations that stay true when deals are revised (the
 * exact figures move with the data; the ones measured on 2026-12-06 are in comments).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { powerBalance } from "../core/power/balance.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadDataset } from "./load-dataset.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";

const AS_OF = "2026-12-06";
let data: Dataset;

beforeAll(async () => {
  const result = await loadDataset(BUNDLED_DATA_DIR);
  if (!result.ok) throw new Error("bundled dataset invalid");
  data = result.dataset;
});

describe("power on the bundled data: every GW once", () => {
  it("OpenAI's 2030 GW are at most the naive sum and at least its largest layer", () => {
    const r = powerBalance(data, {
      basis: "announced",
      asOf: AS_OF,
      fromYear: 2030,
      toYear: 2030,
      entity: "openai",
    });
    const y = r.years[0];
    if (!y) throw new Error("no year");
    // Measured 2026-12-06: 26 GW counted of 37.7 GW summed (chips 26, campuses 7.2, Oracle contract 4.5).
    expect(y.capacityGw).toBeLessThan(y.naiveGw);
    expect(y.capacityGw).toBeGreaterThanOrEqual(Math.max(...Object.values(y.byLayer)) - 1e-9);
    expect(y.sameGw).toBeCloseTo(y.naiveGw - y.capacityGw, 9);
    // Every GW removed is shown against the line it is the same as, with that line's sources.
    const removed = r.campuses.flatMap((c) => c.sameAs).reduce((s, x) => s + x.gw, 0);
    expect(removed).toBeCloseTo(y.sameGw, 9);
    for (const c of r.campuses.filter((x) => x.sameAs.length > 0)) {
      expect(c.layer).not.toBe("campus");
      expect(c.sources.length).toBeGreaterThan(0);
    }
  });

  it("the whole dataset counts no more than its layers and owners add up to the total", () => {
    for (const basis of ["announced", "committed"] as const) {
      const r = powerBalance(data, { basis, asOf: AS_OF, fromYear: 2024, toYear: 2030 });
      for (const y of r.years) {
        expect(y.capacityGw).toBeLessThanOrEqual(y.naiveGw + 1e-9);
        expect(y.strandedGw).toBeCloseTo(Math.max(0, y.capacityGw - y.securedGw), 9);
      }
      const last = r.years[r.years.length - 1];
      const owners = r.owners.reduce((s, o) => s + o.countedGw, 0);
      expect(owners).toBeCloseTo(last?.capacityGw ?? Number.NaN, 9);
    }
  });
});
