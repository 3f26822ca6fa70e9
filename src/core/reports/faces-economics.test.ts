/**
 * The economics report, defined once: `halqa economics --json` and `GET /api/economics` answer the same
 * object, overrides included, for the same inputs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { bundledFaces, type Faces } from "../../testing/faces.ts";
import type { EconomicsReport } from "./economics-report.ts";

describe("economics: the CLI's --json is the API's body", () => {
  let faces: Faces;
  beforeAll(async () => {
    faces = await bundledFaces();
  });

  it("with the dataset's inputs", async () => {
    expect(await faces.cli(["economics"])).toEqual(await faces.api("/api/economics"));
  });

  it("with inputs changed (12% target return, $600B of data-centre capex a year)", async () => {
    const cli = (await faces.cli([
      "economics",
      "--set",
      "jpmorgan-target-return=12",
      "--set",
      "bain-dc-capex-per-year-2030=600B",
    ])) as EconomicsReport;
    const api = await faces.api("/api/economics?jpmorgan-target-return=12&bain-dc-capex-per-year-2030=600B");
    expect(cli).toEqual(api);
    expect(cli.overrides).toEqual({ "jpmorgan-target-return": 12, "bain-dc-capex-per-year-2030": 6e11 });
  });
});
