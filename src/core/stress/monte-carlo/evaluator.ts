/**
 * The compiled evaluator of a Monte Carlo stress run: the scenario's network is built from the dataset
 * and indexed ONCE; each shock is reduced to where its loss lands and how much per unit of its sampled
 * value (revenue × horizon, equity and the holders' shares, the credit each borrower drew, the rows a
 * delay scales). A sample then only fills the indexed network's arrays in place and re-solves the
 * model — the same mapping as runScenario (docs/methods/stress.md), with no dataset walk.
 *
 * Parameters that change the built network itself (any sampled parameter other than the horizon, such
 * as the capital ratio) make every sample rebuild the network from the dataset (about 5 ms a sample on
 * the bundled data, against tens of microseconds for the compiled path); the horizon only scales
 * shocks, so it stays on the compiled path.
 *
 * Complexity per sample: O(S + n + m) to apply S shock terms over n nodes and m liabilities, plus the
 * model's solve; O(n + m) memory reused across samples.
 */

import type { ModelResult } from "../../contagion/fixed-point.ts";
import { type ModelName, solveModel } from "../../contagion/models.ts";
import { type IndexedNetwork, indexNetwork } from "../../contagion/network.ts";
import { ModelInputError } from "../../errors.ts";
import type { Dataset } from "../../model/dataset.ts";
import type { Scenario, UncertainScenario } from "../../model/scenario.ts";
import { HORIZON_PARAMETER, networkFromDataset, type StressNetwork } from "../build-network.ts";
import {
  type PowerDelayLoss,
  type PowerDelayShock,
  powerDelayLosses,
  revenuePerGwYearAssumption,
} from "../power-delay.ts";
import { fixScenario, type SampledInput, sampledInputs } from "./inputs.ts";

const EQUITY_MODELS: ReadonlySet<string> = new Set(["furfine", "debtrank", "debtrank-linear"]);

export type EvaluatorOptions = {
  asOf: string;
  model?: ModelName;
  /** Resolves `{from}` fractions against the dataset. */
  fraction: (f: number | { from: string }) => number;
};

/** What one sample produced; arrays indexed like `Evaluator.entities`, overwritten by each sample. */
export type Outcome = {
  loss: Float64Array;
  defaulted: Uint8Array;
  systemLoss: number;
  unfunded: number;
};

export type Evaluator = {
  entities: string[];
  inputs: SampledInput[];
  model: ModelName;
  /** True when samples rebuild the network (a sampled parameter other than the horizon). */
  rebuilds: boolean;
  evaluate: (values: Float64Array, out: Outcome) => void;
};

type Dataset4 = Pick<Dataset, "deals" | "entities" | "financials" | "parameters"> &
  Partial<Pick<Dataset, "sites">>;
/** A shock term: `node` loses coef × value (× horizon when `perYear`). Value: a constant or an input. */
type Term = { node: number; coef: number; input: number; constant: number; perYear: boolean };
type Delay = { node: number; input: number; constant: number };

export function newOutcome(n: number): Outcome {
  return { loss: new Float64Array(n), defaulted: new Uint8Array(n), systemLoss: 0, unfunded: 0 };
}

export function compileScenario(
  dataset: Dataset4,
  scenario: UncertainScenario,
  options: EvaluatorOptions,
): Evaluator {
  const inputs = sampledInputs(scenario);
  const model = options.model ?? scenario.model.name;
  const sampledParameters = inputs.filter((x) => x.path[0] === "parameters").map((x) => x.path[1] as string);
  const rebuilds = sampledParameters.some((id) => id !== HORIZON_PARAMETER);
  const entities = dataset.entities.map((e) => e.id);
  if (rebuilds) {
    return {
      entities,
      inputs,
      model,
      rebuilds,
      evaluate: (values, out) => {
        const fixed = fixScenario(scenario, values);
        compileFixed(dataset, fixed, scenario, inputs, options, model).evaluate(values, out);
      },
    };
  }
  return { ...compileFixed(dataset, scenario, scenario, inputs, options, model), rebuilds };
}

/** The compiled path: `built` from the scenario's fixed parameters; `scenario` gives the shock shapes. */
function compileFixed(
  dataset: Dataset4,
  fixed: UncertainScenario,
  scenario: UncertainScenario,
  inputs: SampledInput[],
  options: EvaluatorOptions,
  model: ModelName,
): Evaluator & { rebuilds: false } {
  const numbers = Object.fromEntries(
    Object.entries(fixed.parameters ?? {}).filter((e): e is [string, number] => typeof e[1] === "number"),
  );
  const built = networkFromDataset(dataset, {
    ...(scenario.basis ? { basis: scenario.basis } : {}),
    asOf: scenario.asOf ?? options.asOf,
    parameters: numbers,
  });
  const net = indexNetwork({ ...built.network, shocks: [] });
  const equityModel = EQUITY_MODELS.has(model);
  const { terms, delays, horizonInput } = compileShocks(built, net, scenario, inputs, options, (shock) =>
    powerDelayLosses(
      { sites: dataset.sites ?? [], parameters: dataset.parameters },
      shock,
      scenario.asOf ?? options.asOf,
      // The scenario's fixed value of the parameter when it sets one, as the single run reads it.
      revenuePerGwYearAssumption(dataset, numbers).value,
    ),
  );
  for (const shock of scenario.shocks)
    if (shock.type === "default") net.forcedDefault[net.index.get(shock.entity) as number] = 1;
  const modelOptions = resolveModelOptions(scenario, options);
  const n = net.n;
  const capital = Float64Array.from(built.sheets, (s) => s.capital);
  const baseAmount = Float64Array.from(net.liabilities.amount);
  const lossAt = new Float64Array(n);
  const scale = new Float64Array(n);
  const debtorOf = new Int32Array(built.obligations.map((o) => net.index.get(o.debtor) as number));
  const owedOf = Float64Array.from(built.obligations, (o) => o.amount);
  let scaled = false;

  const evaluate = (values: Float64Array, out: Outcome) => {
    const horizon = horizonInput >= 0 ? (values[horizonInput] as number) : built.horizonYears;
    if (!(horizon > 0)) {
      throw new ModelInputError("not-positive", ["parameters", HORIZON_PARAMETER], {
        value: horizon,
        sampled: true,
      });
    }
    lossAt.fill(0);
    scale.fill(1);
    for (const t of terms) {
      const v = t.input >= 0 ? (values[t.input] as number) : t.constant;
      lossAt[t.node] = (lossAt[t.node] as number) + v * t.coef * (t.perYear ? horizon : 1);
    }
    let anyDelay = false;
    for (const d of delays) {
      const months = d.input >= 0 ? (values[d.input] as number) : d.constant;
      const cut = Math.min(1, Math.max(0, months) / (12 * horizon));
      scale[d.node] = (scale[d.node] as number) * (1 - cut);
      anyDelay = true;
    }
    if (anyDelay || scaled) rescale(net, baseAmount, scale, equityModel ? lossAt : undefined);
    scaled = anyDelay;
    for (let i = 0; i < n; i++) {
      const l = lossAt[i] as number;
      const before = net.externalAssetsBefore[i] as number;
      if (!equityModel) net.externalAssets[i] = l > 0 ? Math.max(0, before - l) : before;
      else {
        const c = capital[i] as number;
        net.equityLoss[i] = l > 0 ? (c > 0 ? Math.min(1, l / c) : 1) : 0;
      }
    }
    readOutcome(solveModel(model, net, modelOptions), capital, debtorOf, owedOf, out);
  };
  return { entities: net.ids, inputs, model, rebuilds: false, evaluate };
}

function compileShocks(
  built: StressNetwork,
  net: IndexedNetwork,
  scenario: UncertainScenario,
  inputs: SampledInput[],
  options: EvaluatorOptions,
  perMonthOfPowerDelay: (shock: PowerDelayShock) => PowerDelayLoss[],
) {
  const inputAt = (path: string) => inputs.findIndex((x) => x.path.join(".") === path);
  const node = (id: string) => net.index.get(id) as number;
  const sheets = new Map(built.sheets.map((s) => [s.id, s]));
  const terms: Term[] = [];
  const delays: Delay[] = [];
  const sourceOf = (v: unknown, path: string) => {
    const input = inputAt(path);
    return { input, constant: input >= 0 ? 0 : options.fraction(v as number | { from: string }) };
  };
  scenario.shocks.forEach((shock, i) => {
    if (shock.type === "revenue-shortfall") {
      const v = sourceOf(shock.fraction, `shocks.${i}.fraction`);
      const revenue = sheets.get(shock.entity)?.revenue ?? 0;
      terms.push({ node: node(shock.entity), coef: revenue, perYear: true, ...v });
    } else if (shock.type === "share-price-fall") {
      const v = sourceOf(shock.fraction, `shocks.${i}.fraction`);
      const equity = sheets.get(shock.entity)?.equity ?? 0;
      terms.push({ node: node(shock.entity), coef: equity, perYear: false, ...v });
      for (const h of built.network.holdings)
        if (h.issuer === shock.entity)
          terms.push({ node: node(h.holder), coef: h.share * equity, perYear: false, ...v });
    } else if (shock.type === "credit-pullback") {
      const v = sourceOf(shock.fraction, `shocks.${i}.fraction`);
      const lenders = shock.lenders === "all" ? undefined : new Set(shock.lenders);
      const byBorrower = new Map<string, number>();
      for (const o of built.obligations) {
        if (o.kind !== "credit" || (lenders && !lenders.has(o.creditor))) continue;
        byBorrower.set(o.debtor, (byBorrower.get(o.debtor) ?? 0) + o.amount);
      }
      for (const [borrower, credit] of byBorrower)
        terms.push({ node: node(borrower), coef: credit, perYear: false, ...v });
    } else if (shock.type === "power-delay") {
      // The operators' loss is linear in the months of delay: the loss for one month is the coefficient.
      const input = inputAt(`shocks.${i}.months`);
      const v = { input, constant: input >= 0 ? 0 : (shock.months as number) };
      const { region, site } = shock;
      const where = { ...(region ? { region } : {}), ...(site ? { site } : {}) };
      for (const { entity, amount } of perMonthOfPowerDelay({ months: 1, ...where }))
        terms.push({ node: node(entity), coef: amount, perYear: false, ...v });
    } else if (shock.type === "payment-delay") {
      const input = inputAt(`shocks.${i}.months`);
      delays.push({ node: node(shock.entity), input, constant: input >= 0 ? 0 : (shock.months as number) });
    }
  });
  return { terms, delays, horizonInput: inputAt(`parameters.${HORIZON_PARAMETER}`) };
}

/**
 * Liabilities scaled by their debtor's factor; interbank totals and default weights follow. For the
 * equity models the withheld part is the creditor's loss, added to `creditorLoss`.
 */
function rescale(
  net: IndexedNetwork,
  base: Float64Array,
  scale: Float64Array,
  creditorLoss?: Float64Array,
): void {
  const { offsets, creditor, amount } = net.liabilities;
  net.interbankAssets.fill(0);
  for (let i = 0; i < net.n; i++) {
    const f = scale[i] as number;
    let owed = 0;
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const b = base[k] as number;
      const x = b * f;
      const j = creditor[k] as number;
      amount[k] = x;
      owed += x;
      net.interbankAssets[j] = (net.interbankAssets[j] as number) + x;
      if (creditorLoss && f !== 1) creditorLoss[j] = (creditorLoss[j] as number) + b * (1 - f);
    }
    net.interbankLiabilities[i] = owed;
  }
  for (let i = 0; i < net.n; i++)
    net.weight[i] = (net.externalAssetsBefore[i] as number) + (net.interbankAssets[i] as number);
}

const isReference = (v: unknown): v is { from: string } =>
  typeof v === "object" && v !== null && typeof (v as { from?: unknown }).from === "string";

function resolveModelOptions(scenario: UncertainScenario | Scenario, options: EvaluatorOptions) {
  if (options.model) return {};
  const { name: _name, ...rest } = scenario.model;
  return Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [k, isReference(v) ? options.fraction(v) : v]),
  );
}

/** Losses, defaults and the unfunded total, read as runScenario reads them (docs/methods/stress.md). */
function readOutcome(
  result: ModelResult,
  capital: Float64Array,
  debtorOf: Int32Array,
  owedOf: Float64Array,
  out: Outcome,
): void {
  const lgd = typeof result.options.lgd === "number" ? result.options.lgd : 1;
  const nodes = result.nodes;
  let system = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as ModelResult["nodes"][number];
    const c = capital[i] as number;
    const after =
      node.relativeLoss != null ? c * (1 - node.relativeLoss) : (node.equity ?? node.netWorth ?? c);
    const loss = Math.min(c, Math.max(0, c - Math.max(0, after)));
    out.loss[i] = loss;
    out.defaulted[i] = node.defaulted ? 1 : 0;
    system += loss;
  }
  let unfunded = 0;
  for (let k = 0; k < debtorOf.length; k++) {
    const node = nodes[debtorOf[k] as number] as ModelResult["nodes"][number];
    const recovery = node.recoveryRate ?? (node.defaulted ? 1 - lgd : 1);
    unfunded += (owedOf[k] as number) * (1 - recovery);
  }
  out.systemLoss = system;
  out.unfunded = unfunded;
}
