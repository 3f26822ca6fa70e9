/**
 * The review corrections of issue 11 §5 held as relations on the bundled dataset, so that a later edit
 * cannot quietly undo them. Each test asserts a structure or an inequality that stays true when the
 * current view of the deals changes totals (no exact bundled totals here, except where a comment gives
 * the figure measured when the correction was made).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { amountOf } from "../core/dataset/figures.ts";
import { expandFlows } from "../core/flows/expand.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import type { Deal, Flow } from "../schema/deal.ts";
import type { Figure } from "../schema/figure.ts";
import { loadDataset } from "./load-dataset.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";

let data: Dataset;

beforeAll(async () => {
  const result = await loadDataset(BUNDLED_DATA_DIR);
  if (!result.ok) throw new Error("bundled dataset invalid");
  data = result.dataset;
});

function deal(id: string): Deal {
  const found = data.deals.find((d) => d.id === id);
  if (!found) throw new Error(`no deal ${id}`);
  return found;
}

function financial(entity: string, metric: string, period: string) {
  return data.financials.find((f) => f.entity === entity && f.metric === metric && f.period === period);
}

const cashFlows = (d: Deal): Flow[] => d.flows.filter((f) => f.kind === "cash" && f.unit === "USD");
const value = (figure: Figure | undefined) => (figure ? amountOf(figure).value : 0);

describe("issue 11 §5 corrections on the bundled data", () => {
  it("OpenAI's 2024 compute cost fits inside its total costs (revenue + loss); the article's $9B is kept apart", () => {
    const revenue = financial("openai", "revenue", "2024");
    const result = financial("openai", "net-income", "2024");
    const compute = financial("openai", "compute-cost", "2024");
    if (!revenue || !result || !compute) throw new Error("OpenAI 2024 financials missing");
    const totalCosts = amountOf(revenue).value - amountOf(result).value; // 3.7 + 5 = $8.7B today
    expect(amountOf(compute).value).toBeLessThanOrEqual(totalCosts);
    expect(compute.estimate).toBe(true);
    const article = compute.alternatives?.find((a) =>
      a.sources.includes("seed-arabian-business-circular-economy"),
    );
    expect(article?.value).toBeGreaterThan(totalCosts);
  });

  it("keeps the article's $330B Oracle gain with the close's smaller figure beside it", () => {
    const gain = financial("oracle", "market-cap-change", "2025-09-10");
    const close = gain?.alternatives?.[0];
    expect(gain?.sources[0]).toBe("seed-arabian-business-circular-economy");
    expect(close?.value).toBeLessThan(gain?.value ?? 0);
    expect(close?.sources.length).toBeGreaterThan(0);
  });

  it("runs the $44B cumulative loss from 2023, the projection's first year", () => {
    const cumulative = data.financials.filter(
      (f) => f.entity === "openai" && f.metric === "net-income" && String(f.period).endsWith("-2028"),
    );
    expect(cumulative.map((f) => f.period)).toEqual(["2023-2028"]);
  });

  it("books rounds with no per-investor split from a labelled group, keeping the named investors as parties", () => {
    for (const id of ["xai-series-e-20b", "anthropic-series-g-30b", "nvidia-financing-platforms-500b"]) {
      const d = deal(id);
      const [round] = cashFlows(d);
      const group = data.entities.find((e) => e.id === round?.from);
      expect(group?.id, id).toMatch(/-investors$/);
      expect(group?.kind, id).toBe("investor");
      expect(
        d.parties.some((p) => p.entity === group?.id),
        id,
      ).toBe(true);
      expect(
        d.parties.filter((p) => p.role === "investor" || p.role === "partner").length,
        id,
      ).toBeGreaterThan(2);
    }
    const abilene = deal("crusoe-abilene-jv-financing").flows.find((f) => f.id === "jv-equity");
    expect(abilene?.from).toBe("abilene-jv-equity-investors");
  });

  it("dates Nvidia-Intel's signing to 2025-09-18 and its payment to the closing", () => {
    const d = deal("nvidia-intel-5b");
    expect(d.status.find((s) => s.status === "signed")?.date).toBe("2025-09-18");
    const [equity] = cashFlows(d);
    expect(value(equity?.paid)).toBe(value(equity?.committed));
    expect(equity?.paid?.asOf).toBe(d.status.at(-1)?.date);
  });

  it("gives every closed bond a paid layer dated at its closing (same month)", () => {
    const bonds = data.deals.filter((d) => d.type === "bond" && d.status.at(-1)?.status === "closed");
    expect(bonds.length).toBeGreaterThanOrEqual(5);
    for (const d of bonds) {
      const closing = d.status.at(-1)?.date ?? "";
      for (const flow of cashFlows(d)) {
        expect(flow.paid, `${d.id}/${flow.id}`).toBeDefined();
        expect(flow.paid?.asOf?.slice(0, 7) ?? "", `${d.id}/${flow.id}`).toBe(closing.slice(0, 7));
      }
    }
  });

  it("flags the $500B OpenAI -> Nvidia systems value as an analysts' estimate", () => {
    const [payment] = cashFlows(deal("openai-nvidia-10gw-systems"));
    expect(payment?.announced?.estimate).toBe(true);
    expect(payment?.committed).toBeUndefined();
  });

  it("books Anthropic's $50B data-centre programme as its own capex, with no cash to Fluidstack", () => {
    const d = deal("anthropic-fluidstack-50b");
    expect(cashFlows(d).some((f) => f.to === "fluidstack")).toBe(false);
    const [capex] = cashFlows(d);
    expect(capex?.from).toBe("anthropic");
    expect(data.entities.find((e) => e.id === capex?.to)?.parent).toBe("anthropic");
  });

  it("never sums Meta's $21B CoreWeave expansion with the $14.2B contract it overlaps", () => {
    const flows = expandFlows(data, { basis: "committed", asOf: "2026-12-31" });
    const counted = new Set(
      flows.rows.filter((r) => r.from === "meta" && r.to === "coreweave").map((r) => r.deal),
    );
    expect(counted.size).toBe(1);
  });

  it("spreads Microsoft's OpenAI equity over its tranches, 2019 to 2023", () => {
    const [equity] = cashFlows(deal("microsoft-openai-equity"));
    expect(equity?.schedule?.map((s) => s.year)).toEqual([2019, 2021, 2023]);
  });

  it("reconciles the ~$22.4B OpenAI-CoreWeave aggregate with its parts and counts it once", () => {
    const aggregate = deal("openai-coreweave-total-2025");
    const parts = data.deals.filter((d) =>
      d.links?.some((l) => l.type === "part-of" && l.deal === aggregate.id),
    );
    expect(parts.length).toBe(3);
    const overlapped = new Set(aggregate.links?.filter((l) => l.type === "overlaps").map((l) => l.deal));
    for (const part of parts) expect(overlapped.has(part.id), part.id).toBe(true);
    const sumOfParts = parts.reduce((sum, p) => sum + value(cashFlows(p)[0]?.announced), 0);
    expect(sumOfParts).toBeCloseTo(value(cashFlows(aggregate)[0]?.announced), -6);
    const flows = expandFlows(data, { basis: "announced", asOf: "2026-12-31" });
    const counted = flows.rows.filter((r) => r.from === "openai" && r.to === "coreweave");
    const total = counted.reduce((sum, r) => sum + r.amount.value, 0);
    expect(total).toBeCloseTo(sumOfParts, -6);
  });

  it("has the four hyperscalers as Nvidia customers, with an amount only where a share is sourced", () => {
    const buyers = data.deals.filter(
      (d) => d.type === "chip-supply" && d.parties.some((p) => p.entity === "nvidia" && p.role === "seller"),
    );
    const byBuyer = new Map(
      buyers.flatMap((d) => d.parties.filter((p) => p.role === "buyer").map((p) => [p.entity, d])),
    );
    for (const id of ["microsoft", "meta", "amazon", "google"]) expect(byBuyer.has(id), id).toBe(true);
    for (const d of buyers.filter((b) => /^(microsoft|meta|amazon|google)-nvidia/.test(b.id))) {
      for (const flow of cashFlows(d)) {
        for (const layer of [flow.announced, flow.committed, flow.paid]) {
          if (layer) expect(layer.estimate, d.id).toBe(true);
        }
      }
    }
  });

  it("has Google both investing in Anthropic and paid by it as a supplier", () => {
    const cash = data.deals.flatMap((d) => cashFlows(d));
    expect(cash.some((f) => f.from === "google" && f.to === "anthropic")).toBe(true);
    expect(cash.some((f) => f.from === "anthropic" && f.to === "google")).toBe(true);
  });
});
