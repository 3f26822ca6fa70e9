import { describe, expect, it } from "vitest";
import { solveFurfine } from "./contagion/furfine.ts";
import { indexNetwork } from "./contagion/network.ts";
import {
  ConvergenceError,
  isModelError,
  isModelErrorData,
  MODEL_INPUT_CODES,
  ModelError,
  ModelInputError,
  modelErrorFromData,
} from "./errors.ts";

describe("ModelInputError", () => {
  it("carries a code, the path of the field and the offending values, and is no RangeError", () => {
    const error = new ModelInputError("out-of-range", ["shocks", 0, "share"], { value: 1.5, min: 0, max: 1 });
    expect(error).toBeInstanceOf(ModelError);
    expect(error).not.toBeInstanceOf(RangeError);
    expect(isModelError(error)).toBe(true);
    expect(error).toMatchObject({ code: "out-of-range", path: ["shocks", 0, "share"] });
    expect(error.values).toEqual({ value: 1.5, min: 0, max: 1 });
    // For developers: where, what, the values.
    expect(error.message).toBe("shocks.0.share: out-of-range (value 1.5, min 0, max 1)");
  });

  it("crosses a thread as data and comes back the same", () => {
    const error = new ModelInputError("unknown-option", ["model"], { options: ["bogus"], allowed: ["lgd"] });
    const data = structuredClone(error.toData());
    expect(isModelErrorData(data)).toBe(true);
    const back = modelErrorFromData(data);
    expect(back).toBeInstanceOf(ModelInputError);
    expect(back.toData()).toEqual(error.toData());
  });

  it("is what a model throws for an impossible option", () => {
    const network = indexNetwork({
      nodes: [
        { id: "a", externalAssets: 1, externalLiabilities: 0 },
        { id: "b", externalAssets: 0, externalLiabilities: 0 },
      ],
      liabilities: [{ debtor: "a", creditor: "b", amount: 2 }],
      holdings: [],
      dependencies: [],
      shocks: [],
    } as never);
    expect(() => solveFurfine(network, { lgd: 2 })).toThrow(
      expect.objectContaining({ code: "out-of-range", path: ["lgd"], values: { value: 2, min: 0, max: 1 } }),
    );
  });

  it("has a kebab-case code for every kind of fault", () => {
    for (const code of MODEL_INPUT_CODES) expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });
});

describe("ConvergenceError", () => {
  it("names the method, its iterations, its last change and the tolerance", () => {
    const error = new ConvergenceError({ method: "neva", iterations: 10, residual: 0.5, tolerance: 1e-10 });
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ code: "no-convergence", method: "neva", model: "neva", converged: false });
    expect(error.values).toEqual({ method: "neva", iterations: 10, residual: 0.5, tolerance: 1e-10 });
    const back = modelErrorFromData(structuredClone(error.toData()));
    expect(back).toBeInstanceOf(ConvergenceError);
    expect(back.values).toEqual(error.values);
  });

  it("rejects data that is not a model error", () => {
    expect(isModelErrorData({ kind: "input", code: "made-up", path: [] })).toBe(false);
    expect(isModelErrorData(null)).toBe(false);
  });
});
