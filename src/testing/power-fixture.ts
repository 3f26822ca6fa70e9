/** Hand-built records for the power and funding tests: small enough to check every number by hand. */
import type { Dataset } from "../schema/dataset-file.ts";
import type { Deal, Flow } from "../schema/deal.ts";
import type { Site } from "../schema/records.ts";

type FlowSpec = Partial<Flow> & Pick<Flow, "kind" | "from" | "to" | "unit"> & { value: number };

export function deal(id: string, flows: FlowSpec[], extra: Partial<Deal> = {}): Deal {
  return {
    id,
    title: { en: id, ar: id },
    type: "compute-commitment",
    announced: "2025-01",
    status: [{ status: "signed", date: "2025-01" }],
    parties: [{ entity: flows[0]?.from ?? "a", role: "seller" }],
    flows: flows.map(({ value, ...f }, i) => ({
      id: f.id ?? `f${i + 1}`,
      conditional: false,
      ...f,
      committed: { value, sources: ["s"] },
    })),
    sources: ["s"],
    ...extra,
  } as Deal;
}

export function site(id: string, extra: Partial<Site> = {}): Site {
  return {
    id,
    name: { en: id, ar: id },
    operators: ["op"],
    location: { country: "US", region: "Texas" },
    capacity: [],
    power: [],
    ...extra,
  } as Site;
}

export function dataset(parts: Partial<Dataset>): Dataset {
  return {
    sources: [],
    entities: [],
    deals: [],
    financials: [],
    indicators: [],
    sites: [],
    parameters: [],
    ...parts,
  } as Dataset;
}

/** The three energy-bill parameters at round values: 50% utilisation, PUE 1.2, $100 per MWh. */
export const ENERGY_PARAMETERS_FIXTURE: Dataset["parameters"] = [
  { id: "power-utilisation-ai-dc", unit: "percent", value: 50 },
  { id: "power-pue-ai-campus", unit: "ratio", value: 1.2 },
  { id: "power-price-usd-per-mwh", unit: "USD-per-MWh", value: 100 },
].map((p) => ({
  id: p.id,
  name: { en: p.id, ar: p.id },
  unit: p.unit,
  figure: { value: p.value, sources: ["s"] },
})) as Dataset["parameters"];
