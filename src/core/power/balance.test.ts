import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataset, deal, ENERGY_PARAMETERS_FIXTURE, site } from "../../testing/power-fixture.ts";
import { ModelInputError } from "../errors.ts";
import type { Site } from "../model/records.ts";
import { powerBalance } from "./balance.ts";
import { annualEnergyBillUsd } from "./energy-bill.ts";

/** The worked example of docs/methods/power.md. */
const EXAMPLE = dataset({
  parameters: ENERGY_PARAMETERS_FIXTURE,
  sites: [
    site("campus", {
      deals: ["lease"],
      capacity: [
        { date: "2026-06", unit: "GW", value: 1, sources: ["s"] },
        { date: "2028", unit: "GW", value: 2, sources: ["s"] },
      ],
      power: [
        { kind: "onsite-gas", unit: "GW", value: 0.5, date: "2026", status: "operating", sources: ["s"] },
        { kind: "grid", unit: "GW", value: 1, date: "2028", status: "approved", sources: ["s"] },
        { kind: "ppa-gas", unit: "GW", value: 3, status: "requested", sources: ["s"] },
      ],
    } as Partial<Site>),
  ],
  deals: [
    deal("lease", [{ kind: "compute", from: "cloud", to: "lab", unit: "GW", value: 1.5 }], {
      period: { start: "2027", years: 5 },
    }),
    // Bought by another lab, which neither runs nor leases the campus: its GW are not the campus's.
    deal("chips", [
      {
        kind: "chips",
        from: "vendor",
        to: "lab-2",
        unit: "GW",
        value: 2,
        schedule: [
          { year: 2026, share: 1 },
          { year: 2027, share: 1 },
        ],
      },
    ]),
    deal("ppa", [{ kind: "power", from: "gen", to: "lab", unit: "MW", value: 300 }], {
      type: "power-purchase",
      period: { start: "2026", years: 10 },
    }),
  ],
});

const OPTIONS = { basis: "committed" as const, asOf: "2025-06-01", fromYear: 2025, toYear: 2029 };

describe("power balance: the worked example", () => {
  const r = powerBalance(EXAMPLE, OPTIONS);
  const year = (y: number) => r.years.find((x) => x.year === y);

  it("counts a campus that is also a deal once, at the larger of the two each year", () => {
    const campus = r.campuses.find((c) => c.id === "campus");
    expect(campus).toMatchObject({ rule: "larger", flows: ["lease/f1"], capacityGw: 2 });
    expect(r.years.map((y) => y.capacityGw)).toEqual([0, 2, 3.5, 4, 4]);
  });

  it("secures dated power with a secured status, PPAs included; requested power is not secured", () => {
    expect(r.years.map((y) => Number(y.securedGw.toFixed(9)))).toEqual([0, 0.8, 0.8, 1.8, 1.8]);
    expect(r.supply.find((s) => s.kind === "ppa-gas")).toMatchObject({ secured: false });
  });

  it("derives coverage, stranded GW, the off-grid share and unknown power", () => {
    expect(year(2025)).toMatchObject({ coverage: null, strandedGw: 0, offGridShare: null });
    expect(year(2026)?.coverage).toBeCloseTo(0.4, 12);
    expect(year(2026)?.strandedGw).toBeCloseTo(1.2, 12);
    expect(year(2026)?.offGridShare).toBeCloseTo(0.625, 12);
    expect(year(2026)?.unknownPowerGw).toBe(1);
    expect(year(2028)?.coverage).toBeCloseTo(0.45, 12);
  });

  it("keeps power at a campus of unknown capacity out of the coverage, stated apart; its GW are unknown, not 0", () => {
    const turbines = site("turbines", {
      power: [
        { kind: "onsite-gas", unit: "GW", value: 0.4, date: "2026", status: "contested", sources: ["s"] },
      ],
    } as Partial<Site>);
    const withTurbines = powerBalance({ ...EXAMPLE, sites: [...EXAMPLE.sites, turbines] }, OPTIONS);
    const at = (y: number) => withTurbines.years.find((x) => x.year === y);
    expect(at(2026)?.securedGw).toBeCloseTo(year(2026)?.securedGw ?? Number.NaN, 12);
    expect(at(2026)?.coverage).toBeCloseTo(0.4, 12);
    expect(at(2026)?.securedNoCapacityGw).toBeCloseTo(0.4, 12);
    expect(year(2026)?.securedNoCapacityGw).toBe(0);
    expect(withTurbines.campuses.find((c) => c.id === "turbines")).toMatchObject({ capacityKnown: false });
    expect(withTurbines.campuses.find((c) => c.id === "campus")).toMatchObject({ capacityKnown: true });
  });

  it("bills the energy: 2 GW × 8760 h × 50% × 1.2 × $100/MWh ≈ $1.05B", () => {
    expect(year(2026)?.energyMwh).toBeCloseTo(10_512_000, 3);
    expect(year(2026)?.energyBillUsd).toBeCloseTo(1.0512e9, 0);
    expect(annualEnergyBillUsd(1, 1, 1, 1)).toBe(8_760_000);
  });

  it("leaves the bill empty and names the parameters when the dataset lacks them", () => {
    const bare = powerBalance({ ...EXAMPLE, parameters: [] }, OPTIONS);
    expect(bare.years[1]?.energyBillUsd).toBeNull();
    expect(bare.missingParameters).toHaveLength(3);
  });

  it("filters by entity and by site", () => {
    const vendor = powerBalance(EXAMPLE, { ...OPTIONS, entity: "vendor" });
    expect(vendor.years.map((y) => y.capacityGw)).toEqual([0, 1, 2, 2, 2]);
    expect(vendor.years.every((y) => y.securedGw === 0)).toBe(true);
    const campus = powerBalance(EXAMPLE, { ...OPTIONS, site: "campus" });
    expect(campus.years.map((y) => y.capacityGw)).toEqual([0, 1, 1.5, 2, 2]);
    expect(campus.supply.map((s) => s.id)).toEqual(["campus/1", "campus/2", "campus/3"]);
  });

  it("delays the campus and its grid connection by 24 months, not what is already on", () => {
    const d = powerBalance(EXAMPLE, { ...OPTIONS, delay: { months: 24, region: "texas" } });
    expect(d.delay?.sites).toEqual(["campus"]);
    expect(d.years.map((y) => y.capacityGw)).toEqual([0, 1, 2, 3, 3.5]);
    expect(d.years.map((y) => y.delayedGw)).toEqual([0, 1, 1.5, 1, 0.5]);
    expect(Number(d.years[3]?.securedGw.toFixed(9))).toBe(0.8);
    const elsewhere = powerBalance(EXAMPLE, { ...OPTIONS, delay: { months: 24, region: "Ohio" } });
    expect(elsewhere.years.every((y) => y.delayedGw === 0)).toBe(true);
  });

  it("counts chips the campus's tenant bought as the campus's GW: every GW once", () => {
    // The same chip order, bought by the lab that leases the campus: the chips fill the campus.
    const own = dataset({
      ...EXAMPLE,
      deals: EXAMPLE.deals.map((d) =>
        d.id === "chips" ? { ...d, flows: d.flows.map((f) => ({ ...f, to: "lab" })) } : d,
      ),
    });
    const r2 = powerBalance(own, OPTIONS);
    // campus max(site, lease) = 0, 1, 1.5, 2, 2; chips 0, 1, 2, 2, 2; each year the larger.
    expect(r2.years.map((y) => y.capacityGw)).toEqual([0, 1, 2, 2, 2]);
    expect(r2.years.map((y) => y.naiveGw)).toEqual([0, 2, 3.5, 4, 4]);
    expect(r2.years.map((y) => y.sameGw)).toEqual([0, 1, 1.5, 2, 2]);
    const chips = r2.campuses.find((c) => c.id === "chips/f1");
    expect(chips).toMatchObject({ layer: "chips", capacityGw: 2, countedGw: 0 });
    expect(chips?.sameAs).toEqual([{ host: "campus", gw: 2 }]);
    expect(r2.owners).toEqual([
      { entity: "op", naiveGw: 2, countedGw: 2, byLayer: { campus: 2, compute: 0, chips: 0 } },
      { entity: "lab", naiveGw: 2, countedGw: 0, byLayer: { campus: 0, compute: 0, chips: 2 } },
    ]);
    // The example's own reading: a stranger's chips are not the campus's GW.
    expect(r.years.map((y) => y.sameGw)).toEqual([0, 0, 0, 0, 0]);
  });

  it("rejects a window that ends before it starts", () => {
    expect(() => powerBalance(EXAMPLE, { ...OPTIONS, fromYear: 2030, toYear: 2029 })).toThrow(
      ModelInputError,
    );
  });
});

describe("power balance: properties", () => {
  const entry = fc.record({
    year: fc.integer({ min: 2024, max: 2030 }),
    gw: fc.integer({ min: 0, max: 20 }),
  });
  it("coverage ≥ 0, stranded = max(0, committed − secured), a campus = max(site, deal)", () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 4 }),
        fc.array(entry, { maxLength: 3 }),
        entry,
        (cap, pow, d) => {
          const data = dataset({
            sites: [
              site("x", {
                deals: ["d"],
                capacity: cap.map((c) => ({
                  date: String(c.year),
                  unit: "GW",
                  value: c.gw / 2,
                  sources: ["s"],
                })),
                power: pow.map((p) => ({
                  kind: "grid",
                  unit: "GW",
                  value: p.gw / 4,
                  date: String(p.year),
                  sources: ["s"],
                })),
              } as Partial<Site>),
            ],
            deals: [
              deal("d", [{ kind: "compute", from: "c", to: "l", unit: "GW", value: d.gw }], {
                period: { start: String(d.year) },
              }),
            ],
          });
          const r = powerBalance(data, {
            basis: "committed",
            asOf: "2031-01-01",
            fromYear: 2024,
            toYear: 2030,
          });
          for (const y of r.years) {
            if (y.capacityGw > 0) expect(y.coverage).toBeGreaterThanOrEqual(0);
            else expect(y.coverage).toBeNull();
            expect(y.strandedGw).toBe(Math.max(0, y.capacityGw - y.securedGw));
            // Brute force: the site's cumulative level (its latest entry by then) against the deal's.
            const latest = [...cap].filter((c) => c.year <= y.year).sort((a, b) => a.year - b.year);
            const byYear = new Map(latest.map((c) => [c.year, c.gw / 2]));
            const siteLevel = [...byYear.values()].at(-1) ?? 0;
            const dealLevel = d.year <= y.year ? d.gw : 0;
            expect(y.capacityGw).toBeCloseTo(Math.max(siteLevel, dealLevel), 9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("power balance: chips deliveries with no known years", () => {
  // 3 GW of chips "from mid-2026", multi-year, no end (as OpenAI's AMD and Nvidia orders): placed in
  // 2026 they had made the lab's 2026 capacity 3 GW where nothing dates any of it.
  const undatedChips = deal("order", [{ kind: "chips", from: "vendor", to: "lab", unit: "GW", value: 3 }], {
    type: "chip-supply",
    period: { start: "2026-07" },
  });
  const datedChips = deal("rollout", [{ kind: "chips", from: "vendor", to: "lab", unit: "GW", value: 2 }], {
    type: "chip-supply",
    period: { start: "2026-01", end: "2027-12" },
  });
  const data = dataset({ deals: [undatedChips, datedChips] });
  const options = { basis: "committed" as const, asOf: "2025-06-01", fromYear: 2025, toYear: 2028 };

  it("leaves them out of every year and lists them with their start", () => {
    const r = powerBalance(data, options);
    // Only the dated rollout: 1 GW by the end of 2026, 2 GW from 2027 (spread evenly by days).
    expect(r.years.map((y) => Number(y.capacityGw.toFixed(6)))).toEqual([0, 1, 2, 2]);
    expect(r.undated).toMatchObject({
      deliveries: [{ flow: "order/f1", deal: "order", from: "vendor", to: "lab", gw: 3, startYear: 2026 }],
      lastYear: 2028,
    });
    expect(r.undated?.withThemGw).toBeCloseTo(5, 12);
    expect(r.undated?.addedGw).toBeCloseTo(3, 12);
    // Nothing of it in any year, so it is not a row of the campus table.
    expect(r.campuses.map((c) => c.id)).toEqual(["rollout/f1"]);
  });

  it("adds only what no dated campus holds: chips that fill a campus already counted add nothing", () => {
    const campus = site("campus", {
      operators: ["lab"],
      capacity: [{ date: "2026", unit: "GW", value: 4, sources: ["s"] }],
    } as Partial<Site>);
    const r = powerBalance(dataset({ deals: [undatedChips], sites: [campus] }), options);
    expect(r.years.map((y) => y.capacityGw)).toEqual([0, 4, 4, 4]);
    expect(r.undated?.withThemGw).toBeCloseTo(4, 12);
    expect(r.undated?.addedGw).toBeCloseTo(0, 12);
  });

  it("does not list one that starts after the window, as no later deal is", () => {
    expect(powerBalance(data, { ...options, toYear: 2025 }).undated).toBeNull();
  });

  it("counts them from their start where a total is asked for (undated: at-start)", () => {
    const r = powerBalance(data, { ...options, undated: "at-start" });
    expect(r.years.map((y) => Number(y.capacityGw.toFixed(6)))).toEqual([0, 4, 5, 5]);
    expect(r.undated).toBeNull();
  });

  it("keeps a capacity contract with no end as capacity reserved from its start", () => {
    const open = deal("reserved", [{ kind: "compute", from: "cloud", to: "lab", unit: "GW", value: 1 }], {
      period: { start: "2026-07" },
    });
    const r = powerBalance(dataset({ deals: [open] }), options);
    expect(r.years.map((y) => y.capacityGw)).toEqual([0, 1, 1, 1]);
    expect(r.undated).toBeNull();
  });
});
