/**
 * The inputs of an economics analysis: each a number with its unit, the record it comes from, its
 * sources and its name in both languages, and — when the user changed it with `--set key=value` — the
 * value the data gives beside the one used. Reading an input marks its key as used, so a `--set` that
 * no analysis reads can be reported instead of silently ignored.
 */

import { amountOf } from "../dataset/figures.ts";
import type { Dataset } from "../model/dataset.ts";

export type Names = { en: string; ar: string };

export type EconInput = {
  /** The key `--set` takes: the parameter or indicator id, or a derived key. */
  key: string;
  name?: Names;
  /** For derived inputs: the message key of their label and its parameters (the CLI words it). */
  label?: { key: string; params: Record<string, string | number> };
  value: number;
  unit: string;
  /** Where the number comes from: `parameters:id`, `indicators:id`, `financials:entity/metric/period`. */
  from: string;
  sources: string[];
  estimate?: boolean;
  /** Set when the user overrode the value: what the data says. */
  dataValue?: number;
};

export type EconOutput = {
  key: string;
  value: number | null;
  unit: string;
  params?: Record<string, string | number>;
  /** The published figure this output recomputes, for comparison. */
  published?: { value: number; from: string; sources: string[] };
  /** True when |value − published| ≤ 1 % of published: the published figure is reproduced. */
  reproduced?: boolean;
  /**
   * True when an input was backed out from this very published figure (the coverage gives the answer,
   * not that input): agreeing with it then checks nothing, and the faces say "by construction".
   */
  calibrated?: boolean;
};

export type EconAnalysis = {
  id: string;
  inputs: EconInput[];
  outputs: EconOutput[];
  /** Inputs the data lacks (the outputs are then null). */
  missing: string[];
};

type Pick3 = "value" | "low" | "high";

/** Reads inputs from the dataset, applying the user's overrides. */
export class InputReader {
  readonly used = new Set<string>();
  constructor(
    private readonly dataset: Pick<Dataset, "parameters" | "indicators">,
    private readonly overrides: ReadonlyMap<string, number>,
  ) {}

  parameter(id: string, pick: Pick3 = "value"): EconInput | undefined {
    const p = this.dataset.parameters.find((x) => x.id === id);
    return p ? this.apply(recordInput("parameters", p, pick)) : this.missingKey(id);
  }

  indicator(id: string, pick: Pick3 = "value"): EconInput | undefined {
    const i = this.dataset.indicators.find((x) => x.id === id);
    return i ? this.apply(recordInput("indicators", i, pick)) : this.missingKey(id);
  }

  /** A published figure to compare against: never overridden, so it stays what the source said. */
  published(id: string, pick: Pick3 = "value"): EconInput | undefined {
    const i = this.dataset.indicators.find((x) => x.id === id);
    if (!i) return undefined;
    const { estimate: _, ...figure } = recordInput("indicators", i, pick);
    return figure;
  }

  /** An input halqa derives from other records (its key is its own). */
  derived(input: EconInput): EconInput {
    return this.apply(input);
  }

  private missingKey(id: string): undefined {
    this.used.add(id);
    return undefined;
  }

  private apply(input: EconInput): EconInput {
    this.used.add(input.key);
    const override = this.overrides.get(input.key);
    if (override === undefined || override === input.value) return input;
    return { ...input, value: override, dataValue: input.value };
  }
}

type CitedRecord = Dataset["parameters"][number] | Dataset["indicators"][number];

/** A parameter or indicator as an input: its chosen point of the figure, unit, names and sources. */
function recordInput(collection: "parameters" | "indicators", r: CitedRecord, pick: Pick3): EconInput {
  return {
    key: r.id,
    name: r.name,
    value: amountOf(r.figure)[pick],
    unit: r.unit,
    from: `${collection}:${r.id}`,
    sources: r.figure.sources,
    ...(r.figure.estimate ? { estimate: true } : {}),
  };
}

/** Percent → fraction for the formulas (the dataset stores shares in percent). */
export function fraction(input: EconInput): number {
  return input.unit === "percent" || input.unit === "percent-change" ? input.value / 100 : input.value;
}

export function output(
  key: string,
  value: number | null,
  unit: string,
  published?: EconInput,
  params?: Record<string, string | number>,
  options: { calibrated?: boolean } = {},
): EconOutput {
  const out: EconOutput = { key, value, unit, ...(params ? { params } : {}) };
  if (published && options.calibrated) out.calibrated = true;
  if (published) {
    out.published = { value: published.value, from: published.from, sources: published.sources };
    if (value !== null)
      out.reproduced = Math.abs(value - published.value) <= 0.01 * Math.abs(published.value);
  }
  return out;
}

export function present<T>(x: T | undefined): x is T {
  return x !== undefined;
}
