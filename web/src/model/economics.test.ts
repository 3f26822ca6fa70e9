import { describe, expect, it } from "vitest";
import { outputCheck } from "./economics.ts";

describe("outputCheck", () => {
  it("reads a calibrated agreement as by construction, not reproduced", () => {
    expect(outputCheck({ reproduced: true, calibrated: true })).toBe("byConstruction");
    expect(outputCheck({ reproduced: true })).toBe("reproduced");
  });
  it("reads a disagreement as differs even when calibrated (an edited input moved it)", () => {
    expect(outputCheck({ reproduced: false, calibrated: true })).toBe("differs");
    expect(outputCheck({ reproduced: false })).toBe("differs");
  });
  it("has no check when nothing published is reproduced", () => {
    expect(outputCheck({})).toBeNull();
  });
});
