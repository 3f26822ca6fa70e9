import { describe, expect, it } from "vitest";
import { checkScenario, ScenarioSchema } from "../../schema/scenario.ts";
import { dataset, site } from "../../testing/power-fixture.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Site } from "../model/records.ts";
import { powerDelayLosses } from "./power-delay.ts";

const DATA = dataset({
  sites: [
    site("tx", {
      operators: ["cloud", "lab"],
      capacity: [
        { date: "2025", unit: "GW", value: 1, sources: ["s"] },
        { date: "2027", unit: "GW", value: 3, sources: ["s"] },
      ],
    } as Partial<Site>),
    site("oh", {
      location: { country: "US", region: "Ohio" },
      capacity: [{ date: "2028", unit: "MW", value: 500, sources: ["s"] }],
    } as Partial<Site>),
  ],
  parameters: [
    {
      id: "revenue-per-gw-year",
      name: { en: "r", ar: "r" },
      unit: "USD-per-GW",
      figure: { value: 12, sources: ["s"] },
    },
  ] as Dataset["parameters"],
});

describe("power-delay shock", () => {
  it("withholds GW still to come × revenue per GW-year × months / 12, split among the operators", () => {
    // Texas: 2 GW still to come (3 by 2027 less the 1 already on) × 12 × 6/12 = 12, halved per operator.
    expect(powerDelayLosses(DATA, { months: 6, region: "Texas" }, "2026-01-01")).toEqual([
      { entity: "cloud", site: "tx", gw: 2, amount: 6 },
      { entity: "lab", site: "tx", gw: 2, amount: 6 },
    ]);
    const all = powerDelayLosses(DATA, { months: 12 }, "2026-01-01");
    expect(all.find((l) => l.site === "oh")).toEqual({ entity: "op", site: "oh", gw: 0.5, amount: 6 });
    expect(powerDelayLosses(DATA, { months: 12, site: "oh" }, "2029-01-01")).toEqual([]);
  });

  it("is checked against the dataset: known site, a region some site is in, within the horizon", () => {
    const scenario = ScenarioSchema.parse({
      id: "x",
      title: { en: "x", ar: "تأخير" },
      model: { name: "eisenberg-noe" },
      shocks: [{ type: "power-delay", months: 120, site: "nowhere", region: "Atlantis" }],
    });
    const codes = checkScenario(scenario, DATA, 8).map((p) => p.code);
    expect(codes).toEqual(["unknown-site", "no-site-in-region", "delay-beyond-horizon"]);
    const bad = ScenarioSchema.safeParse({
      id: "x",
      title: { en: "x", ar: "تأخير" },
      model: { name: "eisenberg-noe" },
      shocks: [{ type: "power-delay", months: 0 }],
    });
    expect(bad.success).toBe(false);
  });
});
