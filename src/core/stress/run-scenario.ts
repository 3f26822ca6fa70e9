/**
 * A stress scenario on the network built from the dataset: shocks become balance-sheet changes, the
 * scenario's contagion model clears the network, and the result is read back as defaults by wave,
 * losses per entity and the unfunded part of each obligation.
 *
 * Shock mapping (docs/methods/stress.md):
 * - revenue-shortfall f: the entity loses f × annual revenue × horizon of its assets;
 * - share-price-fall f: the entity loses f × its capital E of its assets, and each holder of a
 *   percent stake in it loses share × f × its market value M (a mark-to-market of the stake);
 * - payment-delay m months: the entity's obligations shrink by m / (12 × horizon), so its creditors
 *   receive that much less within the period and lose it;
 * - credit-pullback f: every borrower of the named lenders (or of all lenders) loses f × the credit
 *   as assets — the refinancing it counted on to pay its debts is gone while the debts stay;
 * - default: the entity is forced into default at wave 0;
 * - power-delay m months: each operator of an affected site loses the revenue of the site's capacity
 *   not yet online for m months (power-delay.ts), as a revenue shortfall.
 * An asset loss L at node i reaches the models that clear on assets (Eisenberg–Noe, Rogers–Veraart,
 * NEVA, Elliott–Golub–Jackson, cross-holdings) as external assets −L, and the models that read
 * equity losses (Furfine, DebtRank, linear DebtRank) as the fraction L / capital — never both, so a
 * loss is counted once.
 *
 * Reference: [1] Eisenberg & Noe (2001), "Systemic Risk in Financial Systems", Management Science
 * 47(2); [2] Battiston et al. (2012), "DebtRank: too central to fail?", Scientific Reports 2, 541.
 * Complexity: O(S·m) to apply S shocks over m obligations, plus the model's own cost.
 */

import type { ModelResult } from "../contagion/fixed-point.ts";
import { type ModelName, solveModel } from "../contagion/models.ts";
import { type FinancialNetwork, indexNetwork, type Shock } from "../contagion/network.ts";
import type { Dataset } from "../model/dataset.ts";
import type { Scenario } from "../model/scenario.ts";
import { mergeShockSteps, type StressStep } from "./account.ts";
import {
  type Assumption,
  type CapitalSource,
  networkFromDataset,
  type StressNetwork,
} from "./build-network.ts";
import {
  type PowerDelayShock,
  parametersEnd,
  powerDelayLosses,
  revenuePerGwYearAssumption,
} from "./power-delay.ts";

const EQUITY_MODELS: ReadonlySet<string> = new Set(["furfine", "debtrank", "debtrank-linear"]);

export type UnfundedDeal = {
  deal: string;
  debtor: string;
  creditor: string;
  committed: number;
  recoveryRate: number;
  unfunded: number;
};

export type StressResult = {
  scenario: string;
  model: string;
  basis: string;
  asOf: string;
  iterations: number;
  defaults: { entity: string; wave: number }[];
  waves: { wave: number; entities: string[] }[];
  /**
   * `capitalFrom`: what the capital is — book equity, market value, a private valuation, or the
   * capital-ratio estimate (build-network.ts) — so a share of one is not read as a share of another.
   */
  losses: { entity: string; capital: number; capitalFrom: CapitalSource; loss: number; share: number }[];
  unfunded: UnfundedDeal[];
  totalUnfunded: number;
  /** What happened, as coded steps the faces phrase (account.ts). */
  account: StressStep[];
  assumptions: Assumption[];
  result: ModelResult;
};

export type RunOptions = {
  asOf: string;
  /** Overrides the scenario's model name. */
  model?: ModelName;
  /** Resolves `{from}` fractions (the schema's resolveFraction bound to the dataset). */
  fraction: (f: number | { from: string }) => number;
};

type Changes = { assetLoss: Map<string, number>; scale: Map<string, number>; defaults: Set<string> };

export function runScenario(
  dataset: Pick<Dataset, "deals" | "entities" | "financials" | "parameters"> &
    Partial<Pick<Dataset, "sites">>,
  scenario: Scenario,
  options: RunOptions,
): StressResult {
  const built = networkFromDataset(dataset, {
    ...(scenario.basis ? { basis: scenario.basis } : {}),
    asOf: scenario.asOf ?? options.asOf,
    ...(scenario.parameters ? { parameters: scenario.parameters } : {}),
  });
  const { name, ...modelOptions } = scenario.model;
  const model = options.model ?? name;
  const asOf = scenario.asOf ?? options.asOf;
  // Priced once, when a power-delay shock asks for it, and listed among the assumptions.
  let perGwYear: Assumption | undefined;
  const power = (shock: PowerDelayShock) => {
    if (!perGwYear) {
      perGwYear = revenuePerGwYearAssumption(dataset, scenario.parameters);
      built.assumptions.splice(parametersEnd(built.assumptions), 0, perGwYear);
    }
    return powerDelayLosses({ ...dataset, sites: dataset.sites ?? [] }, shock, asOf, perGwYear.value);
  };
  const { changes, events } = applyShocks(built, scenario, options.fraction, power);
  const network = shockedNetwork(built, changes, EQUITY_MODELS.has(model));
  // Model options may cite the dataset (`lgd: { from: id }`) like shock fractions.
  const resolved = Object.fromEntries(
    Object.entries(modelOptions).map(([k, v]) => [k, isReference(v) ? options.fraction(v) : v]),
  );
  const result = solveModel(model, indexNetwork(network), options.model ? {} : resolved);
  return readResult(scenario, built, result, events);
}

const isReference = (v: unknown): v is { from: string } =>
  typeof v === "object" && v !== null && typeof (v as { from?: unknown }).from === "string";

function applyShocks(
  built: StressNetwork,
  scenario: Scenario,
  fraction: RunOptions["fraction"],
  power: (shock: PowerDelayShock) => { entity: string; site: string; amount: number }[],
) {
  const sheets = new Map(built.sheets.map((s) => [s.id, s]));
  const changes: Changes = { assetLoss: new Map(), scale: new Map(), defaults: new Set() };
  const events: StressStep[] = [];
  const lose = (id: string, amount: number) =>
    changes.assetLoss.set(id, (changes.assetLoss.get(id) ?? 0) + amount);
  for (const shock of scenario.shocks) {
    if (shock.type === "revenue-shortfall") {
      const loss = fraction(shock.fraction) * (sheets.get(shock.entity)?.revenue ?? 0) * built.horizonYears;
      lose(shock.entity, loss);
      events.push({ code: "revenue-loss", entity: shock.entity, amount: loss, years: built.horizonYears });
    } else if (shock.type === "share-price-fall") {
      // The issuer's capital falls by the same fraction; holders lose their share of the market value.
      const f = fraction(shock.fraction);
      const sheet = sheets.get(shock.entity);
      const marketLoss = f * (sheet?.marketValue ?? 0);
      lose(shock.entity, f * (sheet?.equity ?? 0));
      for (const h of built.network.holdings)
        if (h.issuer === shock.entity) lose(h.holder, h.share * marketLoss);
      events.push({ code: "market-value-loss", entity: shock.entity, amount: marketLoss });
    } else if (shock.type === "payment-delay") {
      const cut = Math.min(1, shock.months / (12 * built.horizonYears));
      changes.scale.set(shock.entity, (changes.scale.get(shock.entity) ?? 1) * (1 - cut));
      const owed = built.obligations
        .filter((o) => o.debtor === shock.entity)
        .reduce((s, o) => s + o.amount, 0);
      events.push({ code: "payment-withheld", entity: shock.entity, amount: cut * owed });
    } else if (shock.type === "credit-pullback") {
      const f = fraction(shock.fraction);
      const lenders = shock.lenders === "all" ? undefined : new Set(shock.lenders);
      const byBorrower = new Map<string, number>();
      for (const o of built.obligations) {
        if (o.kind !== "credit" || (lenders && !lenders.has(o.creditor))) continue;
        byBorrower.set(o.debtor, (byBorrower.get(o.debtor) ?? 0) + f * o.amount);
      }
      for (const [borrower, loss] of byBorrower) {
        lose(borrower, loss);
        events.push({ code: "refinancing-loss", entity: borrower, amount: loss });
      }
    } else if (shock.type === "power-delay") {
      for (const { entity, site, amount } of power(shock)) {
        lose(entity, amount);
        events.push({ code: "revenue-loss", entity, amount, sites: [site] });
      }
    } else {
      changes.defaults.add(shock.entity);
      events.push({ code: "forced-default", entity: shock.entity });
    }
  }
  return { changes, events };
}

function shockedNetwork(built: StressNetwork, changes: Changes, equityModel: boolean): FinancialNetwork {
  const capital = new Map(built.sheets.map((s) => [s.id, s.capital]));
  const loss = new Map(changes.assetLoss);
  const liabilities = built.network.liabilities.map((l) => {
    const scale = changes.scale.get(l.debtor);
    if (scale === undefined) return l;
    // Models that read only equity see the withheld payment as the creditor's loss.
    if (equityModel) loss.set(l.creditor, (loss.get(l.creditor) ?? 0) + l.amount * (1 - scale));
    return { ...l, amount: l.amount * scale };
  });
  const shocks: Shock[] = [];
  for (const [node, amount] of loss) {
    if (!(amount > 0)) continue;
    if (!equityModel) shocks.push({ node, externalAssets: -amount });
    else {
      const c = capital.get(node) ?? 0;
      shocks.push({ node, equityLoss: c > 0 ? Math.min(1, amount / c) : 1 });
    }
  }
  for (const node of changes.defaults) shocks.push({ node, default: true });
  return { ...built.network, liabilities, shocks };
}

function readResult(
  scenario: Scenario,
  built: StressNetwork,
  result: ModelResult,
  events: StressStep[],
): StressResult {
  const byId = new Map(result.nodes.map((n) => [n.id, n]));
  const lgd = typeof result.options.lgd === "number" ? result.options.lgd : 1;
  const defaults = result.nodes
    .filter((n) => n.defaulted)
    .map((n) => ({ entity: n.id, wave: n.wave ?? 0 }))
    .sort((a, b) => a.wave - b.wave || (a.entity < b.entity ? -1 : 1));
  const waves: StressResult["waves"] = [];
  for (const d of defaults) {
    const last = waves[waves.length - 1];
    if (last && last.wave === d.wave) last.entities.push(d.entity);
    else waves.push({ wave: d.wave, entities: [d.entity] });
  }
  const losses = built.sheets
    .map((s) => {
      const node = byId.get(s.id);
      const after =
        node?.relativeLoss != null
          ? s.capital * (1 - node.relativeLoss)
          : (node?.equity ?? node?.netWorth ?? s.capital);
      const loss = Math.min(s.capital, Math.max(0, s.capital - Math.max(0, after)));
      return {
        entity: s.id,
        capital: s.capital,
        capitalFrom: s.equityFrom,
        loss,
        share: s.capital > 0 ? loss / s.capital : 0,
      };
    })
    .filter((l) => l.loss > 0)
    .sort((a, b) => b.loss - a.loss);
  const unfunded = built.obligations
    .map((o) => {
      const node = byId.get(o.debtor);
      const recoveryRate = node?.recoveryRate ?? (node?.defaulted ? 1 - lgd : 1);
      return {
        deal: o.deal,
        debtor: o.debtor,
        creditor: o.creditor,
        committed: o.amount,
        recoveryRate,
        unfunded: o.amount * (1 - recoveryRate),
      };
    })
    .filter((u) => u.unfunded > 0)
    .sort((a, b) => b.unfunded - a.unfunded);
  const totalUnfunded = unfunded.reduce((s, u) => s + u.unfunded, 0);
  const account: StressStep[] = mergeShockSteps(events);
  if (waves.length === 0) account.push({ code: "no-default" });
  for (const w of waves) account.push({ code: "wave", wave: w.wave, entities: w.entities });
  const top = losses[0];
  if (top) account.push({ code: "largest-loss", entity: top.entity, amount: top.loss });
  if (unfunded.length > 0)
    account.push({
      code: "unfunded",
      amount: totalUnfunded,
      deals: new Set(unfunded.map((u) => u.deal)).size,
    });
  return {
    scenario: scenario.id,
    model: result.model,
    basis: built.basis,
    asOf: built.asOf,
    iterations: result.iterations,
    defaults,
    waves,
    losses,
    unfunded,
    totalUnfunded,
    account,
    assumptions: built.assumptions,
    result,
  };
}
