/**
 * The stress page's scenario: a bundled scenario (from GET /api/scenarios), with the shocks and the
 * model the reader may change in the URL, turned into the `Scenario` that src/core's `runScenario`
 * takes, and run in the browser. The dataset the page already holds (GET /api/dataset/model) has
 * every record runScenario reads (deals, entities, financials, parameters); the figures a bundled
 * scenario cites with `{ from: id }` come resolved with the scenario, with their sources.
 */
import { MODEL_NAMES, type ModelName } from "@core/contagion/models.ts";
import { type StressReport, stressReport } from "@core/reports/stress-report.ts";
import { latestFigure } from "@core/stress/build-network.ts";
import type { Lang } from "@i18n/lang.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import type { Scenario } from "@schema/scenario.ts";
import { failureReason } from "./failure.ts";
import { decodeOptions, decodeShocks, type EditShock, type OptionValue } from "./stress-url.ts";

/** A scenario as GET /api/scenarios lists it. */
export type OfferedScenario = Scenario & {
  file: string;
  references: {
    path: string;
    id: string;
    value: number;
    name: { en: string; ar: string };
    sources: string[];
    estimate: boolean;
  }[];
};

export type OptionSpec =
  | { key: string; kind: "fraction"; fallback: number }
  | { key: string; kind: "bool"; fallback: boolean }
  | { key: string; kind: "choice"; values: readonly string[]; fallback: string };

const zero: OptionSpec = { key: "zeroEquityIsDefault", kind: "bool", fallback: false };
const lgd: OptionSpec = { key: "lgd", kind: "fraction", fallback: 1 };

/** The options the page offers per model (the solvers' own names and defaults). */
export const MODEL_OPTIONS: Readonly<Record<ModelName, readonly OptionSpec[]>> = {
  "eisenberg-noe": [
    { key: "externalSeniority", kind: "choice", values: ["pari-passu", "senior"], fallback: "pari-passu" },
    zero,
  ],
  "rogers-veraart": [
    { key: "alpha", kind: "fraction", fallback: 1 },
    { key: "beta", kind: "fraction", fallback: 1 },
    zero,
  ],
  furfine: [lgd, zero],
  debtrank: [],
  "debtrank-linear": [{ key: "recovery", kind: "fraction", fallback: 0 }],
  neva: [
    {
      key: "valuation",
      kind: "choice",
      values: ["eisenberg-noe", "furfine", "linear-debtrank"],
      fallback: "eisenberg-noe",
    },
    { key: "externalSeniority", kind: "choice", values: ["pari-passu", "senior"], fallback: "pari-passu" },
    lgd,
    { key: "recovery", kind: "fraction", fallback: 0 },
    zero,
  ],
  "elliott-golub-jackson": [{ key: "failAtThreshold", kind: "bool", fallback: false }],
  "cross-holdings": [zero],
};

export const isModelName = (name: string | null): name is ModelName =>
  name !== null && (MODEL_NAMES as readonly string[]).includes(name);

/** A scenario's shocks with every cited fraction replaced by its value, as the editor shows them. */
export function editableShocks(scenario: OfferedScenario): EditShock[] {
  const cited = new Map(scenario.references.map((r) => [r.path, r.value]));
  return scenario.shocks.map((shock, i) => {
    if (!("fraction" in shock) || typeof shock.fraction === "number") return shock as EditShock;
    return { ...shock, fraction: cited.get(`shocks[${i}].fraction`) ?? 0 } as EditShock;
  });
}

/** The model options of a scenario, cited values resolved, read against the model's specs. */
export function scenarioOptions(
  scenario: OfferedScenario | null,
  name: ModelName,
): Record<string, OptionValue> {
  if (!scenario || scenario.model.name !== name) return {};
  const out: Record<string, OptionValue> = {};
  for (const spec of MODEL_OPTIONS[name]) {
    const raw = scenario.model[spec.key];
    const cited = scenario.references.find((r) => r.path === `model.${spec.key}`);
    if (cited) out[spec.key] = cited.value;
    else if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string")
      out[spec.key] = raw;
  }
  return out;
}

/** URL option text → values the specs accept (the rest dropped). */
export function readOptions(text: string, name: ModelName): Record<string, OptionValue> {
  const raw = decodeOptions(text);
  const out: Record<string, OptionValue> = {};
  for (const spec of MODEL_OPTIONS[name]) {
    const value = raw[spec.key];
    if (value === undefined) continue;
    if (spec.kind === "bool" && (value === "1" || value === "0")) out[spec.key] = value === "1";
    if (spec.kind === "choice" && spec.values.includes(value)) out[spec.key] = value;
    if (spec.kind === "fraction") {
      const x = Number(value);
      if (value !== "" && x >= 0 && x <= 1) out[spec.key] = x;
    }
  }
  return out;
}

export type StressState = {
  base: OfferedScenario | null;
  shocks: EditShock[];
  model: ModelName;
  options: Record<string, OptionValue>;
  /** Whether the shocks, model or options differ from the bundled scenario's. */
  edited: boolean;
};

/** What the page runs, from the view's scenario, shocks, model and options. */
export function stressState(
  offered: readonly OfferedScenario[],
  view: { scenario: string | null; shocks: string | null; model: string | null; options: string | null },
  known: (id: string) => boolean,
): StressState {
  const base =
    offered.find((s) => s.id === view.scenario) ?? (view.shocks === null ? (offered[0] ?? null) : null);
  const shocks = view.shocks !== null ? decodeShocks(view.shocks, known) : base ? editableShocks(base) : [];
  const model = isModelName(view.model) ? view.model : (base?.model.name ?? "eisenberg-noe");
  const options = view.options !== null ? readOptions(view.options, model) : scenarioOptions(base, model);
  const edited = view.shocks !== null || view.model !== null || view.options !== null;
  return { base, shocks, model, options, edited };
}

/** The scenario object runScenario (and POST /api/stress) takes. */
export function scenarioOf(state: StressState): Scenario {
  const base = state.base;
  return {
    id: base && !state.edited ? base.id : `${base?.id ?? "custom"}-edited`,
    title: base?.title ?? { en: "Custom scenario", ar: "سيناريو مخصص" },
    model: { name: state.model, ...state.options },
    ...(base?.basis ? { basis: base.basis } : {}),
    ...(base?.asOf ? { asOf: base.asOf } : {}),
    ...(base?.parameters ? { parameters: base.parameters } : {}),
    shocks: state.shocks as Scenario["shocks"],
  };
}

export type StressRun =
  | { ok: true; result: StressReport; ms: number }
  | { ok: false; reason: string; ms: number };

/** Runs the scenario with src/core and times it; a model that cannot solve is a reason, not a crash. */
export function runStress(dataset: Dataset, scenario: Scenario, asOf: string, lang: Lang = "en"): StressRun {
  const started = performance.now();
  try {
    const result = stressReport(dataset, scenario, {
      asOf,
      fraction: (f) => (typeof f === "number" ? f : Number.NaN),
    });
    return { ok: true, result, ms: performance.now() - started };
  } catch (error) {
    return {
      ok: false,
      reason: failureReason(error, lang),
      ms: performance.now() - started,
    };
  }
}

/** Entities a revenue shortfall can hit: those with a reported revenue on or before the year. */
export function withRevenue(dataset: Pick<Dataset, "entities" | "financials">, year: number): Set<string> {
  return new Set(
    dataset.entities.map((e) => e.id).filter((id) => latestFigure(dataset.financials, id, "revenue", year)),
  );
}
