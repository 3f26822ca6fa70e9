/**
 * The power report, defined once: `halqa power --json` and `GET /api/power` answer the same object; the
 * builder and the request checks on the tiny dataset; the page's window and regions are the report's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { bundledFaces, type Faces } from "../../testing/faces.ts";
import { loadTiny } from "../../testing/tiny.ts";
import type { Dataset } from "../model/dataset.ts";
import { POWER_WINDOW, powerReport, powerRequestProblems, powerWindow, siteRegions } from "./power-report.ts";

describe("power: the CLI's --json is the API's body", () => {
  let faces: Faces;
  beforeAll(async () => {
    faces = await bundledFaces();
  });

  it.each([
    [[], ""],
    [["--basis", "committed", "--from", "2025", "--to", "2028"], "?basis=committed&from=2025&to=2028"],
    [["--delay-months", "12", "--region", "texas"], "?delayMonths=12&region=texas"],
  ])("halqa power %j = /api/power%s", async (args, query) => {
    const cli = await faces.cli(["power", ...args]);
    const api = await faces.api(`/api/power${query}`);
    expect(cli).toEqual(api);
  });
});

describe("powerReport on the tiny dataset", () => {
  let tiny: Dataset;
  beforeAll(async () => {
    tiny = await loadTiny();
  });

  it("Cloud's 1 GW campus, its 2 GW contract with Lab, and 500 MW of approved grid power from 2027", () => {
    const r = powerReport(tiny, { basis: "announced", asOf: "2026-06-30", fromYear: 2026, toYear: 2028 });
    // Campus 1 + contract 2 = 3 GW as reported; the contract's 1 GW on its seller's campus counts once: 2 GW.
    expect(r.years.map((y) => [y.year, y.naiveGw, y.sameGw, y.capacityGw, y.securedGw])).toEqual([
      [2026, 3, 1, 2, 0],
      [2027, 3, 1, 2, 0.5],
      [2028, 3, 1, 2, 0.5],
    ]);
    // The kinds add up to the secured GW of each year: here all of it is grid.
    expect(r.securedByKind).toEqual([{ kind: "grid", gw: [0, 0.5, 0.5] }]);
  });

  it("names the site it does not know, with the close ids, and the regions when none matches", () => {
    expect(siteRegions(tiny)).toEqual(["TX", "US"]);
    expect(powerRequestProblems(tiny, { site: "big" })).toEqual([
      { code: "unknown-site", params: { id: "big", close: ["big-campus"] } },
    ]);
    expect(powerRequestProblems(tiny, { delayMonths: 6, region: "tx" })).toEqual([]);
    expect(powerRequestProblems(tiny, { delayMonths: 6, region: "Ohio" })).toEqual([
      { code: "no-site-in-region", params: { region: "Ohio", regions: ["TX", "US"] } },
    ]);
    // A region without a delay selects nothing to delay: not a problem of the data.
    expect(powerRequestProblems(tiny, { region: "Ohio" })).toEqual([]);
  });

  it("fills the window as the command line does: 2024–2030, a later `from` alone ends there", () => {
    expect(powerWindow()).toEqual(POWER_WINDOW);
    expect(powerWindow(2032)).toEqual({ fromYear: 2032, toYear: 2032 });
    expect(powerWindow(2025, 2026)).toEqual({ fromYear: 2025, toYear: 2026 });
  });
});
