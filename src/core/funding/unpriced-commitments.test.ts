/**
 * A purchase whose buyer the data names "customer" is the customer's commitment too: Microsoft's
 * 20-year Crane PPA (role customer, no price) was missing from its unpriced commitments. In a
 * financing deal the customer is the end user of what the money builds, and owes nothing in it.
 */
import { describe, expect, it } from "vitest";
import type { Deal } from "../model/deal.ts";
import { unpricedCommitments } from "./unpriced-commitments.ts";

function deal(id: string, type: Deal["type"], role: Deal["parties"][number]["role"]): Deal {
  return {
    id,
    title: { en: id, ar: id },
    type,
    announced: "2024-09",
    period: { start: "2028", years: 20 },
    status: [{ status: "signed", date: "2024-09" }],
    parties: [
      { entity: "power-co", role: type === "loan" ? "lender" : "supplier" },
      { entity: "cloud", role },
    ],
    flows: [
      {
        kind: "power",
        from: "power-co",
        to: "cloud",
        unit: "MW",
        committed: { value: 835, sources: ["s"] },
        announced: { value: 835, sources: ["s"] },
      },
    ],
    sources: ["s"],
  } as Deal;
}

const options = {
  entity: "cloud",
  basis: "committed" as const,
  asOf: "2026-12-07",
  fromYear: 2027,
  toYear: 2029,
};

describe("unpriced commitments", () => {
  it("counts a binding PPA whose buyer is recorded as customer, from its start", () => {
    const out = unpricedCommitments([deal("ppa", "power-purchase", "customer")], options);
    expect([...out]).toEqual([
      [2028, ["ppa"]],
      [2029, ["ppa"]],
    ]);
  });

  it("does not count the end user named customer in a financing deal", () => {
    expect(unpricedCommitments([deal("loan", "loan", "customer")], options).size).toBe(0);
  });
});
