/**
 * A loop whose step is a purchase funded by a replaced deal says so: OpenAI's 10 GW of Nvidia systems
 * was funded by the $100B LOI that the $30B equity replaced, and the loop OpenAI → Nvidia → OpenAI
 * read as if that financing still stood.
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/dataset.ts";
import type { Deal } from "../model/deal.ts";
import { moneyGraph } from "../network/money-graph.ts";
import { findMoneyLoops, loopCaveats } from "./money-loops.ts";

function deal(id: string, from: string, to: string, value: number, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    title: { en: id, ar: id },
    type: "equity-investment",
    announced: "2025-09",
    status: [{ status: "signed", date: "2025-09" }],
    parties: [
      { entity: from, role: "investor" },
      { entity: to, role: "investee" },
    ],
    flows: [{ kind: "cash", from, to, unit: "USD", announced: { value, sources: ["s"] } }],
    sources: ["s"],
    ...extra,
  } as Deal;
}

const entities = ["chips", "lab"].map((id) => ({ id, names: { en: id, ar: id }, kind: "other" }));
const loi = deal("loi", "chips", "lab", 100, {
  status: [{ status: "loi", date: "2025-09" }],
  links: [{ type: "funds", deal: "purchase" }],
});
const equity = deal("equity", "chips", "lab", 30, {
  announced: "2026-02",
  status: [{ status: "closed", date: "2026-02" }],
  links: [{ type: "replaces", deal: "loi" }],
});
const purchase = deal("purchase", "lab", "chips", 500, { type: "chip-supply" });

const caveats = (asOf: string) => {
  const graph = moneyGraph({ entities, deals: [loi, equity, purchase] } as unknown as Dataset, {
    basis: "announced",
    asOf,
  });
  const [loop] = findMoneyLoops(graph, { maxLength: 4 }).loops;
  return loop ? loopCaveats(loop) : [];
};

describe("loops: a purchase whose financing was replaced", () => {
  it("is named among what the loop rests on once the replacement is reported", () => {
    expect(caveats("2026-12-07")).toContainEqual({ kind: "financing-replaced", from: "lab", to: "chips" });
  });

  it("is not named before the replacement", () => {
    expect(caveats("2025-12-31").map((c) => c.kind)).not.toContain("financing-replaced");
  });
});
