/**
 * The funding report, defined once: `halqa funding ID --json` and `GET /api/funding/{id}` answer the
 * same object for the same options; the runway's month as every face prints it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { bundledFaces, type Faces } from "../../testing/faces.ts";
import { runwayMonth } from "./funding-report.ts";

describe("funding: the CLI's --json is the API's body", () => {
  let faces: Faces;
  beforeAll(async () => {
    faces = await bundledFaces();
  });

  it.each([
    ["openai", [], ""],
    ["openai", ["--growth", "0.5", "--from", "2025", "--to", "2029"], "?growth=0.5&from=2025&to=2029"],
    ["coreweave", ["--basis", "committed"], "?basis=committed"],
  ])("halqa funding %s %j = the API with the query %s", async (id, args, query) => {
    const cli = await faces.cli(["funding", id, ...args]);
    const api = await faces.api(`/api/funding/${id}${query}`);
    expect(cli).toEqual(api);
  });
});

describe("runwayMonth", () => {
  it("names the month a fractional year falls in", () => {
    // 0.5 of a year is past six months: July; the last instant of a year is still December.
    expect([runwayMonth(2027.5), runwayMonth(2024), runwayMonth(2024.999), runwayMonth(2026.08)]).toEqual([
      "2027-07",
      "2024-01",
      "2024-12",
      "2026-01",
    ]);
  });
});
