import { ConvergenceError } from "@core/errors.ts";
import { describe, expect, it, vi } from "vitest";
import { failureReason } from "./failure.ts";

describe("failureReason", () => {
  it("phrases a model error by its code", () => {
    const error = new ConvergenceError({ method: "neva", iterations: 2, residual: 0.5, tolerance: 1e-10 });
    expect(failureReason(error, "ar")).toContain("لم يتقارب neva خلال تكرارين");
  });

  it("calls a bug a bug, never the reader's input, and keeps its text out of the page", () => {
    const console = vi.spyOn(globalThis.console, "error").mockImplementation(() => {});
    const reason = failureReason(new RangeError("matrix has 3 entries, not 2²"), "en");
    expect(reason).toContain("this is a bug in halqa, not in your input");
    expect(reason).not.toContain("matrix");
    expect(console).toHaveBeenCalledOnce();
    console.mockRestore();
  });
});
