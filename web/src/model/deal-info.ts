/** Reading a deal for its panel: every source it cites, and a figure in its unit. */
import { amountOf } from "@core/dataset/figures.ts";
import type { Deal } from "@schema/deal.ts";
import type { Figure } from "@schema/figure.ts";
import type { I18n } from "../i18n/index.ts";

/** The deal's own sources first, then its statuses' and its figures' (alternatives included). */
export function dealSourceIds(deal: Deal): string[] {
  const figures = deal.flows.flatMap((f) => [f.announced, f.committed, f.paid]);
  return [
    ...new Set([
      ...deal.sources,
      ...deal.status.flatMap((s) => s.sources ?? []),
      ...figures.flatMap((fig) =>
        fig ? [...fig.sources, ...(fig.alternatives ?? []).flatMap((a) => a.sources)] : [],
      ),
    ]),
  ];
}

/** A quantity in its unit: "$10B", "$3.5B – $4B", "4.5 GW", "160M shares". */
export function quantity(i18n: I18n, value: number, unit: string): string {
  if (unit === "USD") return i18n.usd(value);
  if (unit === "GW") return i18n.m("web.units.gw", { value: i18n.number(value) });
  if (unit === "percent") return i18n.percent(value / 100);
  return `${i18n.compact(value)} ${unit}`;
}

/** A figure as written: its point value, or its range when the source gives one. */
export function figureText(i18n: I18n, figure: Pick<Figure, "value" | "low" | "high">, unit: string): string {
  const amount = amountOf(figure);
  const point = quantity(i18n, amount.value, unit);
  if (amount.low === amount.high) return point;
  const range = `${quantity(i18n, amount.low, unit)} – ${quantity(i18n, amount.high, unit)}`;
  return figure.value === undefined ? range : `${point} (${range})`;
}
