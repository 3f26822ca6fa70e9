/**
 * The circularity analytics on the bundled dataset: the loops the source articles describe must come
 * out of the data (not be written in), and the published ratios must be recomputable from it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { traceFlows } from "../core/circularity/index.ts";
import { entityExposure } from "../core/exposure/entity-exposure.ts";
import { findMoneyLoops, type MoneyLoop } from "../core/loops/money-loops.ts";
import { moneyGraph } from "../core/network/money-graph.ts";
import { publishedRatios } from "../core/ratios/published-ratios.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadDataset } from "./load-dataset.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";

const AS_OF = "2026-11-21";
let data: Dataset;
let loops: MoneyLoop[];

beforeAll(async () => {
  const result = await loadDataset(BUNDLED_DATA_DIR);
  if (!result.ok) throw new Error("bundled dataset invalid");
  data = result.dataset;
  loops = findMoneyLoops(moneyGraph(data, { basis: "announced", asOf: AS_OF }), { maxLength: 6 }).loops;
});

/** Does some loop visit exactly these entities in this cyclic order? */
function hasLoop(...entities: string[]): boolean {
  return loops.some((loop) => {
    if (loop.entities.length !== entities.length) return false;
    const start = loop.entities.indexOf(entities[0] as string);
    return start >= 0 && entities.every((e, i) => loop.entities[(start + i) % entities.length] === e);
  });
}

describe("loops in the bundled data", () => {
  it.each([
    [["nvidia", "openai", "oracle"]],
    [["nvidia", "openai"]],
    [["amd", "openai"]],
    [["microsoft", "openai"]],
    [["amazon", "anthropic"]],
    [["nvidia", "coreweave"]],
    [["openai", "coreweave", "nvidia"]],
    [["microsoft", "coreweave", "nvidia", "openai"]],
  ])("finds %j", (entities) => {
    expect(hasLoop(...entities)).toBe(true);
  });

  it("names the deals and sources on each step of Nvidia → OpenAI → Oracle → Nvidia", () => {
    const loop = loops.find(
      (l) => l.entities.length === 3 && ["nvidia", "openai", "oracle"].every((e) => l.entities.includes(e)),
    );
    const deals = loop?.steps.flatMap((s) => s.deals.map((d) => d.deal)) ?? [];
    // Nvidia's step is its $30B of equity: the $100B LOI it replaced (Feb 2026) counts no more.
    expect(deals).toEqual(
      expect.arrayContaining([
        "openai-oracle-300b-cloud",
        "oracle-nvidia-gb200-40b",
        "nvidia-openai-30b-equity-2026",
      ]),
    );
    expect(deals).not.toContain("nvidia-openai-10gw-loi");
    expect(loop?.steps.every((s) => s.deals.every((d) => d.sources.length > 0))).toBe(true);
    expect(loop?.nonBinding).toBe(false);
  });

  it("marks the AMD warrant loop as conditional", () => {
    const loop = loops.find((l) => l.entities.length === 2 && l.entities.includes("amd"));
    expect(loop?.conditional).toBe(true);
  });
});

describe("circularity, exposure and ratios on the bundled data", () => {
  it("traces shares that sum to one, with OpenAI's and Nvidia's own money coming back", () => {
    const trace = traceFlows(moneyGraph(data, { basis: "announced", asOf: AS_OF, kinds: ["cash"] }).list);
    for (const node of trace.nodes.filter((n) => n.throughput > 0)) {
      const sum = node.selfShare + node.outsideShare + node.origins.reduce((s, o) => s + o.share, 0);
      expect(sum).toBeCloseTo(1, 9);
    }
    const share = (id: string) => trace.nodes.find((n) => n.id === id)?.selfShare ?? 0;
    // Measured 2026-12 on the current view (the replaced LOI and press-only talks out): OpenAI 5.2%.
    expect(share("openai")).toBeGreaterThan(0.02);
    expect(share("nvidia")).toBeGreaterThan(0.02);
    expect(trace.multiplier).toBeGreaterThan(1);
  });

  it("puts OpenAI first among Nvidia's customers and counts the Ohio guarantee once", () => {
    const e = entityExposure(data, "nvidia", { basis: "announced", asOf: AS_OF });
    expect(e.customers.counterparties[0]?.id).toBe("openai");
    const ohio = e.offBalanceSheet.items.filter((i) => i.counterparty === "ohio-campus-spv");
    expect(ohio).toHaveLength(1);
    expect(ohio[0]?.amount).toBe(105e9);
  });

  it("recomputes OpenAI's commitments ÷ revenue against its 2025 revenue", () => {
    const ratio = publishedRatios(data, AS_OF).find((r) => r.id === "openai-commitments-to-revenue");
    const revenue = ratio?.inputs.find((i) => i.from.startsWith("financials:openai/revenue"));
    expect(revenue?.value).toBe(13.1e9);
    expect(ratio?.value).toBeGreaterThan(50);
  });

  it("reads Oracle's RPO against its negative free cash flow", () => {
    const ratio = publishedRatios(data, AS_OF).find((r) => r.id === "oracle-rpo-to-fcf");
    expect(ratio?.value).toBeCloseTo(638e9 / -23.7e9, 6);
  });
});
