import { describe, expect, it } from "vitest";
import { z } from "zod";
import { problemsFromZod } from "./zod-problems.ts";

const Schema = z.strictObject({ amount: z.number(), name: z.string() });
const codes = (value: unknown, reportInput = false) => {
  const parsed = Schema.safeParse(value, { reportInput });
  return parsed.success
    ? []
    : problemsFromZod(parsed.error.issues, "f").map((p) => [p.code, p.path, p.params]);
};

describe("problemsFromZod", () => {
  it("calls Infinity and NaN not finite, with or without the input reported, never 'required'", () => {
    for (const reportInput of [false, true]) {
      expect(codes({ amount: Number.POSITIVE_INFINITY, name: "x" }, reportInput)).toEqual([
        ["not-finite", ["amount"], { value: "Infinity" }],
      ]);
      expect(codes({ amount: Number.NaN, name: "x" }, reportInput)).toEqual([
        ["not-finite", ["amount"], { value: "NaN" }],
      ]);
    }
  });
  it("keeps 'required' for a field that is really absent", () => {
    expect(codes({ name: "x" })).toEqual([["required", ["amount"], { field: "amount" }]]);
  });
});
