import { beforeAll, describe, expect, it } from "vitest";
import { bundledFaces, type Faces } from "./faces.ts";

let faces: Faces;
beforeAll(async () => {
  faces = await bundledFaces();
});

describe("bundledFaces", () => {
  it("runs the command line and the API on the same bundled data", async () => {
    const cli = (await faces.cli(["summary"])) as { asOf: string };
    expect(cli.asOf).toBe("2026-06-30");
    const api = (await faces.api("/api/stats?asOf=2026-06-30")) as { asOf: string };
    expect(api.asOf).toBe("2026-06-30");
  });
});
