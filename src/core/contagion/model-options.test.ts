import { describe, expect, it } from "vitest";
import { ModelInputError } from "../errors.ts";
import { MODEL_NAMES, MODEL_OPTIONS, solveModel, unknownModelOptions } from "./models.ts";
import { indexNetwork } from "./network.ts";

const two = indexNetwork({
  nodes: [
    { id: "a", externalAssets: 2, externalLiabilities: 0 },
    { id: "b", externalAssets: 0, externalLiabilities: 0 },
  ],
  liabilities: [{ debtor: "a", creditor: "b", amount: 1 }],
  holdings: [],
  dependencies: [],
  shocks: [],
});

describe("model options", () => {
  it("names the keys a model does not read, `name` excepted", () => {
    expect(unknownModelOptions("furfine", { name: "furfine", lgd: 0.5, bogus: 1 })).toEqual(["bogus"]);
    expect(unknownModelOptions("debtrank", { lgd: 0.5 })).toEqual(["lgd"]);
    expect(unknownModelOptions("neva", { valuation: "linear-debtrank", maturity: 2 })).toEqual([]);
  });
  it("accepts every option it lists, for every model", () => {
    for (const name of MODEL_NAMES) {
      const options = Object.fromEntries(MODEL_OPTIONS[name].map((k) => [k, 1]));
      expect(unknownModelOptions(name, options)).toEqual([]);
    }
  });
  it("refuses an unknown option in solveModel itself rather than solving with defaults", () => {
    expect(() => solveModel("furfine", two, { bogus: 1 })).toThrow(ModelInputError);
    expect(solveModel("furfine", two, { lgd: 1 }).model).toBe("furfine");
  });
});
